/**
 * Finding a PCN by part of its name or by its code.
 *
 * Matching ignores case and punctuation ("st johns" finds "ST JOHN'S WOOD …"; "&" reads as
 * "and"), so a query in the readable or the source form matches alike. Every word of the query
 * must match. The word "PCN" in a query is optional, as a few PCN names lack it.
 *
 * Ranking: exact code, code prefix ("u415"), name starts with the query, a word of the name
 * starts with the query, every query word starts a word of the name, every query word appears
 * somewhere; ties in name order (then code). The pseudo-PCN "U" is never returned.
 */
import { type DirectoryPcn, isPcnCode } from './types';

export interface PcnSearchEntry {
  pcn: DirectoryPcn;
  code: string;
  /** Normalised name. */
  key: string;
  /** " " + key, for word-start tests. */
  spaced: string;
}

export interface PcnSearchIndex {
  /** Real PCNs in name order. */
  readonly entries: readonly PcnSearchEntry[];
}

/** Lower case, no accents or apostrophes, "&" → "and", other punctuation → space, single spaces. */
export function normaliseForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Precomputes search keys; reuse the index for every query over the same PCNs. */
export function buildSearchIndex(pcns: readonly DirectoryPcn[]): PcnSearchIndex {
  const entries = pcns
    .filter((pcn) => isPcnCode(pcn.code))
    .map((pcn) => {
      const key = normaliseForSearch(pcn.name);
      return { pcn, code: pcn.code, key, spaced: ` ${key}` };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { entries };
}

const TIERS = 6;

/** PCNs matching `query`, best first, at most `limit`. An empty query finds nothing. */
export function searchIndex(index: PcnSearchIndex, query: string, limit = 20): DirectoryPcn[] {
  const normal = normaliseForSearch(query);
  if (normal === '' || limit <= 0) return [];
  const compact = normal.replace(/ /g, '').toUpperCase();
  const codeQuery = /^U\d{1,5}$/.test(compact) ? compact : null;
  let words = normal.split(' ');
  const withoutPcn = words.filter((w) => w !== 'pcn');
  if (withoutPcn.length > 0) words = withoutPcn;
  const phrase = words.join(' ');
  const spacedPhrase = ` ${phrase}`;
  const spacedWords = words.map((w) => ` ${w}`);
  const n = words.length;

  const tiers: DirectoryPcn[][] = Array.from({ length: TIERS }, () => []);
  const first = words[0] as string;
  for (const e of index.entries) {
    let tier = -1;
    if (codeQuery !== null && e.code.startsWith(codeQuery)) tier = e.code === codeQuery ? 0 : 1;
    else if (!e.key.includes(first))
      continue; // every name tier needs the first word
    else if (e.key.startsWith(phrase)) tier = 2;
    else if (e.spaced.includes(spacedPhrase)) tier = 3;
    else {
      let i = 0;
      while (i < n && e.spaced.includes(spacedWords[i] as string)) i++;
      if (i === n) tier = 4;
      else {
        // Words before i start a word of the name, so they also appear in it.
        while (i < n && e.key.includes(words[i] as string)) i++;
        if (i === n) tier = 5;
      }
    }
    if (tier >= 0) tiers[tier]?.push(e.pcn);
  }
  const out: DirectoryPcn[] = [];
  for (const t of tiers) {
    for (const pcn of t) {
      if (out.length >= limit) return out;
      out.push(pcn);
    }
  }
  return out;
}

const cache = new WeakMap<readonly DirectoryPcn[], PcnSearchIndex>();

/**
 * PCNs matching `query`, best first, at most `limit`. Builds the search index on first use for a
 * given array and reuses it while that array lives (do not mutate the array afterwards; build a
 * new one, or use buildSearchIndex/searchIndex directly).
 */
export function searchPcns(pcns: readonly DirectoryPcn[], query: string, limit = 20): DirectoryPcn[] {
  let index = cache.get(pcns);
  if (!index) {
    index = buildSearchIndex(pcns);
    cache.set(pcns, index);
  }
  return searchIndex(index, query, limit);
}
