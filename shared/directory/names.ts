/**
 * Readable names for the upper-case practice and PCN names in NHS England's files:
 * "WEST NORWICH PCN" → "West Norwich PCN".
 *
 * Rules, in order, for each word:
 * - known initialisms stay upper case (PCN, NHS, ICB, GP, UK, CIC, NE, SE, IW, …);
 * - a few abbreviations without vowels are ordinary words (St, Dr, Rd, Ltd, Ctr, …);
 * - small words are lower case except at the start of the name, after "(" or after " - "
 *   (and, of, the, on, upon, in, at, by, with, for, to, under, le, de, la, en, cum, super, …);
 * - single letters, Roman numerals (II, VII) and words with no vowel (PMS, SWB, BNSSG) stay upper case:
 *   they are initials or abbreviations;
 * - two-letter words stay upper case (they are nearly always initials: SE, MK, AP) unless they
 *   are common English words (Go, Up, My, …);
 * - a word that abbreviates the words in a bracket beside it, or the words before its own
 *   bracket, stays upper case: "ABOUT BETTER CARE (ABC)", "FABB (FISHPONDS, AIR BALLOON & BEECHWOOD)";
 *   likewise a word before " - " that abbreviates what follows ("HASP PCN - HULL ASSOCIATION …");
 * - words with digits keep short letter runs upper case ("LS25", "E4", "1D") and case long ones
 *   ("TOGETHER4HEALTHCARE" → "Together4Healthcare"); ordinals read "4th";
 * - every other word is capitalised, the letter after an apostrophe lower case ("John's")
 *   except after O' and D' ("O'Connell").
 * Hyphens, slashes, dots, brackets, "&" and "+" are kept; hyphenated parts are words in their own
 * right ("Barrow-in-Furness"). Trailing commas are dropped and spaces tidied.
 *
 * Text that already has lower-case letters ("NHS Devon Integrated Care Board", "Unallocated")
 * is returned unchanged apart from tidied spaces. Some short acronyms with vowels that do not
 * abbreviate words in the same name cannot be told from words ("ABC PCN" → "Abc PCN").
 */

const INITIALISMS = new Set([
  'PCN',
  'PCNS',
  'NHS',
  'ICB',
  'ICS',
  'GP',
  'GPS',
  'UK',
  'CIC',
  'CCG',
  'LLP',
  'PLC',
  'NE',
  'NW',
  'SE',
  'SW',
  'IW',
  'MK',
  'UEA',
]);

/** Vowel-less abbreviations that are read as words. */
const WORD_ABBREVIATIONS = new Set([
  'ST',
  'STS',
  'DR',
  'DRS',
  'MR',
  'MRS',
  'MS',
  'RD',
  'LTD',
  'CTR',
  'CTRS',
  'CNTR',
  'HLTH',
  'PTNR',
  'PTNRS',
  'GRP',
  'SQ',
  'BLVD',
  'CWM',
]);

const SMALL_WORDS = new Set([
  'and',
  'of',
  'the',
  'on',
  'upon',
  'in',
  'at',
  'by',
  'with',
  'for',
  'to',
  'under',
  'or',
  'le',
  'la',
  'de',
  'en',
  'sur',
  'cum',
  'super',
]);

/** Two-letter words that are words, not initials. */
const TWO_LETTER_WORDS = new Set(['GO', 'UP', 'MY', 'ME', 'NO', 'SO', 'DO', 'WE', 'HE', 'US', 'BE', 'OH', 'AL', 'OM']);

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const VOWEL = /[AEIOUY]/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]*)*/gu;

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  const m = /^([od])(['’])(\p{L})(.*)$/u.exec(lower);
  if (m && (m[4] ?? '').length > 0) {
    return `${(m[1] ?? '').toUpperCase()}${m[2]}${(m[3] ?? '').toUpperCase()}${m[4]}`;
  }
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function caseLetters(word: string, first: boolean): string {
  const bare = word.replace(/['’]/g, '');
  if (INITIALISMS.has(bare)) return word;
  if (WORD_ABBREVIATIONS.has(bare)) return capitalise(word);
  const lower = word.toLowerCase();
  if (SMALL_WORDS.has(lower)) return first ? capitalise(word) : lower;
  if (bare.length === 1) return word;
  if (ROMAN.test(bare)) return word;
  if (!VOWEL.test(bare)) return word;
  if (bare.length === 2 && !TWO_LETTER_WORDS.has(bare)) return word;
  return capitalise(word);
}

function caseWithDigits(word: string): string {
  const ordinal = /^(\d+)(ST|ND|RD|TH)$/.exec(word);
  if (ordinal) return `${ordinal[1]}${(ordinal[2] ?? '').toLowerCase()}`;
  return word.replace(/\p{L}+/gu, (run) => (run.length >= 6 && VOWEL.test(run) ? capitalise(run) : run));
}

/**
 * Whether `acronym` can be read as the initials of `words`, in order (words may be skipped):
 * each chosen word gives its first letter and up to two more of its letters in order
 * (SEOXHA: South East OXford Health Alliance; HIPC: HolIstic Patient Centred Care).
 */
function abbreviates(acronym: string, words: readonly string[]): boolean {
  if (acronym.length < 2 || acronym.length > 8 || !/^\p{Lu}+$/u.test(acronym)) return false;
  const go = (a: number, w: number, used: number): boolean => {
    if (a === acronym.length) return used >= 2;
    for (let j = w; j < words.length; j++) {
      const word = words[j] ?? '';
      if (word.charAt(0) !== acronym.charAt(a)) continue;
      // Take 1..3 letters of the acronym from this word: its initial, then letters found in order.
      let pos = 0;
      for (let k = a + 1; k <= Math.min(a + 3, acronym.length); k++) {
        if (k > a + 1) {
          pos = word.indexOf(acronym.charAt(k - 1), pos + 1);
          if (pos === -1) break;
        }
        if (go(k, j + 1, used + 1)) return true;
      }
    }
    return false;
  };
  return go(0, 0, 0);
}

function lettersOnly(words: readonly string[]): string[] {
  return words.filter((w) => /^\p{L}+$/u.test(w));
}

/** Words of the name that abbreviate neighbouring words and so stay upper case. */
function findAbbreviations(name: string): Set<string> {
  const keep = new Set<string>();
  const wordsIn = (s: string) => lettersOnly(s.match(WORD) ?? []);
  for (const m of name.matchAll(/\(([^()]*)\)/g)) {
    const inner = wordsIn(m[1] ?? '');
    const before = wordsIn(name.slice(0, m.index));
    const single = inner.length === 1 ? inner[0] : undefined;
    if (single !== undefined && abbreviates(single, before)) keep.add(single);
    const last = before[before.length - 1];
    if (last !== undefined && abbreviates(last, inner)) keep.add(last);
  }
  const dash = name.indexOf(' - ');
  if (dash !== -1) {
    const after = wordsIn(name.slice(dash + 3));
    for (const w of wordsIn(name.slice(0, dash))) {
      if (!INITIALISMS.has(w) && abbreviates(w, after)) keep.add(w);
    }
  }
  return keep;
}

/** A readable form of an upper-case name from NHS England's files (see the rules above). */
export function readableName(upper: string): string {
  const tidy = upper
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;]+$/, '');
  if (/\p{Ll}/u.test(tidy)) return tidy;
  const keep = findAbbreviations(tidy);
  let out = '';
  let last = 0;
  // A word starts a phrase at the start of the name, after "(" and after " - " or ": ".
  let phraseStart = true;
  for (const m of tidy.matchAll(WORD)) {
    const gap = tidy.slice(last, m.index);
    if (last > 0 && /\(|\s-\s|:\s/.test(gap)) phraseStart = true;
    out += gap;
    const word = m[0];
    if (keep.has(word)) out += word;
    else if (/\p{N}/u.test(word)) out += caseWithDigits(word);
    else out += caseLetters(word, phraseStart);
    phraseStart = false;
    last = m.index + word.length;
  }
  return out + tidy.slice(last);
}
