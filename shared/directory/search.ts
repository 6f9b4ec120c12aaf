/**
 * Finding a PCN by part of its name or by its code, or by one of its member practices' name or code.
 *
 * Matching ignores case and punctuation ("st johns" finds "ST JOHN'S WOOD …"; "&" reads as
 * "and"), so a query in the readable or the source form matches alike. Every word of the query
 * must match. The word "PCN" in a query is optional, as a few PCN names lack it.
 *
 * Ranking: exact PCN code, PCN code prefix ("u415"), exact practice code ("B86011"), practice code
 * prefix ("b860"), name starts with the query, a word of the name starts with the query, every
 * query word starts a word of the name, every query word appears somewhere; then PCNs whose
 * member practice's name has every query word starting one of its words. Ties in name order (then
 * code). A PCN found through a practice says which practice matched, so the user can see why. The
 * pseudo-PCN "U" and its practices are never returned.
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

/** A member practice, as the search needs it (the name as in the source). */
export interface PracticeForSearch {
  code: string;
  name: string;
  pcnCode: string;
}

interface PracticeSearchEntry {
  practice: PracticeForSearch;
  pcn: DirectoryPcn;
  /** Normalised name, with a leading space for word-start tests. */
  spaced: string;
}

export interface PcnSearchIndex {
  /** Real PCNs in name order. */
  readonly entries: readonly PcnSearchEntry[];
  /** Practices of real PCNs, in name order (then code). */
  readonly practices: readonly PracticeSearchEntry[];
}

/** A PCN found by a search; `practice` is set when it was found through one of its practices. */
export interface PcnSearchHit {
  pcn: DirectoryPcn;
  practice: { code: string; name: string } | null;
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

/**
 * Precomputes search keys; reuse the index for every query over the same PCNs. Practices let the
 * search find a PCN by a member practice's code or name; those of unknown PCNs are left out.
 */
export function buildSearchIndex(
  pcns: readonly DirectoryPcn[],
  practices: readonly PracticeForSearch[] = [],
): PcnSearchIndex {
  const entries = pcns
    .filter((pcn) => isPcnCode(pcn.code))
    .map((pcn) => {
      const key = normaliseForSearch(pcn.name);
      return { pcn, code: pcn.code, key, spaced: ` ${key}` };
    })
    .sort((a, b) => compareKeys(a.key, a.code, b.key, b.code));
  const byCode = new Map(entries.map((e) => [e.code, e.pcn]));
  const practiceEntries: (PracticeSearchEntry & { key: string })[] = [];
  for (const practice of practices) {
    const pcn = byCode.get(practice.pcnCode);
    if (!pcn) continue;
    const key = normaliseForSearch(practice.name);
    practiceEntries.push({ practice, pcn, key, spaced: ` ${key}` });
  }
  practiceEntries.sort((a, b) => compareKeys(a.key, a.practice.code, b.key, b.practice.code));
  return { entries, practices: practiceEntries };
}

function compareKeys(aKey: string, aCode: string, bKey: string, bCode: string): number {
  if (aKey !== bKey) return aKey < bKey ? -1 : 1;
  return aCode < bCode ? -1 : aCode > bCode ? 1 : 0;
}

/** Tiers 0-1 PCN code, 2-3 practice code, 4-7 PCN name, 8 practice name. */
const TIERS = 9;

/** PCNs matching `query`, best first, at most `limit`. An empty query finds nothing. */
export function searchIndex(index: PcnSearchIndex, query: string, limit = 20): DirectoryPcn[] {
  return searchDirectory(index, query, limit).map((hit) => hit.pcn);
}

/** As `searchIndex`, saying for each PCN whether a member practice is what matched. */
export function searchDirectory(index: PcnSearchIndex, query: string, limit = 20): PcnSearchHit[] {
  const normal = normaliseForSearch(query);
  if (normal === '' || limit <= 0) return [];
  const compact = normal.replace(/ /g, '').toUpperCase();
  const codeQuery = /^U\d{1,5}$/.test(compact) ? compact : null;
  // Practice codes are a letter and five digits; "U" starts PCN codes. Two digits avoid noise.
  const practiceCodeQuery = /^[A-TV-Z]\d{2,5}$/.test(compact) ? compact : null;
  let words = normal.split(' ');
  const withoutPcn = words.filter((w) => w !== 'pcn');
  if (withoutPcn.length > 0) words = withoutPcn;
  const phrase = words.join(' ');
  const spacedPhrase = ` ${phrase}`;
  const spacedWords = words.map((w) => ` ${w}`);
  const n = words.length;

  /**
   * The best tier found for each PCN so far, and through which practice. `order` is the position in
   * the list that matched (PCNs or practices, both in name order); a tier only ever holds matches
   * from one of the two lists, so sorting a tier by it keeps ties in name order.
   */
  const best = new Map<string, { tier: number; order: number; hit: PcnSearchHit }>();
  const offer = (tier: number, order: number, pcn: DirectoryPcn, practice: PracticeForSearch | null) => {
    const seen = best.get(pcn.code);
    if (seen && seen.tier <= tier) return;
    const hit = { pcn, practice: practice && { code: practice.code, name: practice.name } };
    best.set(pcn.code, { tier, order, hit });
  };

  const first = words[0] as string;
  for (const [order, e] of index.entries.entries()) {
    let tier = -1;
    if (codeQuery !== null && e.code.startsWith(codeQuery)) tier = e.code === codeQuery ? 0 : 1;
    else if (!e.key.includes(first))
      continue; // every name tier needs the first word
    else if (e.key.startsWith(phrase)) tier = 4;
    else if (e.spaced.includes(spacedPhrase)) tier = 5;
    else {
      let i = 0;
      while (i < n && e.spaced.includes(spacedWords[i] as string)) i++;
      if (i === n) tier = 6;
      else {
        // Words before i start a word of the name, so they also appear in it.
        while (i < n && e.key.includes(words[i] as string)) i++;
        if (i === n) tier = 7;
      }
    }
    if (tier >= 0) offer(tier, order, e.pcn, null);
  }
  for (const [order, p] of index.practices.entries()) {
    if (practiceCodeQuery !== null && p.practice.code.startsWith(practiceCodeQuery)) {
      offer(p.practice.code === practiceCodeQuery ? 2 : 3, order, p.pcn, p.practice);
    } else if (spacedWords.every((w) => p.spaced.includes(w))) {
      offer(8, order, p.pcn, p.practice);
    }
  }

  const tiers: { order: number; hit: PcnSearchHit }[][] = Array.from({ length: TIERS }, () => []);
  for (const { tier, order, hit } of best.values()) tiers[tier]?.push({ order, hit });
  const out: PcnSearchHit[] = [];
  for (const t of tiers) {
    t.sort((a, b) => a.order - b.order);
    for (const { hit } of t) {
      if (out.length >= limit) return out;
      out.push(hit);
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
