/**
 * The PCN profile form: what is on screen (text as typed) and the profile that can be saved.
 *
 * Each field is checked with the same zod schema the main process uses, so the messages match
 * the server's word for word. A field that is not valid keeps its typed text on screen and is not
 * saved: the profile sent keeps that field's last saved value, so the rest of the profile still
 * saves.
 */
import { profileSchema } from '../../shared/contract';
import { formatDateLong } from '../../shared/dates';
import type { PcnProfile, Practice } from '../../shared/domain';
import { PRACTICE_LIMIT } from '../../shared/limits';

export interface PracticeDraft {
  id: string;
  code: string;
  name: string;
  listSize: string;
}

export interface ProfileDraft {
  pcnName: string;
  pcnCode: string;
  icb: string;
  population: string;
  practices: PracticeDraft[];
}

export type PracticeField = 'code' | 'name' | 'listSize';
export type FieldKey = 'pcnName' | 'pcnCode' | 'icb' | 'population' | `practice:${string}:${PracticeField}`;

export function practiceKey(id: string, field: PracticeField): FieldKey {
  return `practice:${id}:${field}`;
}

export { PRACTICE_LIMIT };

const shape = profileSchema.shape;
const practiceShape = shape.practices.element.shape;

/** "35,726". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "August 2026" from "2026-08-01". */
export function formatMonthYearLong(iso: string): string {
  return formatDateLong(iso).replace(/^\d{1,2} /, '');
}

export function practiceDraft(p: Practice): PracticeDraft {
  return { id: p.id, code: p.code ?? '', name: p.name, listSize: p.listSize === null ? '' : formatCount(p.listSize) };
}

export function draftFromProfile(profile: PcnProfile): ProfileDraft {
  return {
    pcnName: profile.pcnName,
    pcnCode: profile.pcnCode ?? '',
    icb: profile.icb,
    population: profile.population === null ? '' : formatCount(profile.population),
    practices: profile.practices.map(practiceDraft),
  };
}

type Check<T> = { ok: true; value: T } | { ok: false; message: string };

function fromSchema<T>(
  result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
) {
  return result.success
    ? ({ ok: true, value: result.data } as const)
    : ({ ok: false, message: result.error.issues[0]?.message ?? 'Check this value.' } as const);
}

/** A number of patients as typed: blank is "not known"; commas and spaces are allowed ("35,726"). */
export function checkCount(text: string): Check<number | null> {
  const bare = text.replace(/[\s,]/g, '');
  if (bare === '') return { ok: true, value: null };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(bare)) return { ok: false, message: 'Enter a whole number.' };
  return fromSchema(shape.population.safeParse(Number(bare)));
}

export function checkPcnCode(text: string): Check<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  return fromSchema(shape.pcnCode.safeParse(text));
}

export function checkPracticeCode(text: string): Check<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  return fromSchema(practiceShape.code.safeParse(text));
}

function isBlankRow(p: PracticeDraft): boolean {
  return p.code.trim() === '' && p.name.trim() === '' && p.listSize.trim() === '';
}

export interface Checked {
  /** What can be saved now: valid fields as typed, other fields as last saved. */
  profile: PcnProfile;
  /** Problems by field, in the order the fields appear on screen. */
  errors: Map<FieldKey, string>;
}

/** Checks every field of the draft against the last saved profile. */
export function checkDraft(draft: ProfileDraft, saved: PcnProfile): Checked {
  const errors = new Map<FieldKey, string>();
  const take = <T>(key: FieldKey, check: Check<T>, fallback: T): T => {
    if (check.ok) return check.value;
    errors.set(key, check.message);
    return fallback;
  };

  const pcnName = take('pcnName', fromSchema(shape.pcnName.safeParse(draft.pcnName)), saved.pcnName);
  const pcnCode = take('pcnCode', checkPcnCode(draft.pcnCode), saved.pcnCode);
  const icb = take('icb', fromSchema(shape.icb.safeParse(draft.icb)), saved.icb);
  const population = take('population', checkCount(draft.population), saved.population);

  // Codes first, so a code given twice is an error on every row that gives it.
  const codeChecks = draft.practices.map((p) => checkPracticeCode(p.code));
  const seen = new Map<string, number>();
  for (const c of codeChecks) if (c.ok && c.value !== null) seen.set(c.value, (seen.get(c.value) ?? 0) + 1);

  const practices: Practice[] = [];
  const keptOldCode = new Set<Practice>();
  for (const [i, p] of draft.practices.entries()) {
    const before = saved.practices.find((s) => s.id === p.id);
    // A row just added and still empty is neither saved nor an error.
    if (!before && isBlankRow(p)) continue;
    let codeCheck = codeChecks[i] ?? checkPracticeCode(p.code);
    if (codeCheck.ok && codeCheck.value !== null && (seen.get(codeCheck.value) ?? 0) > 1) {
      codeCheck = { ok: false, message: `Practice ${codeCheck.value} is listed twice.` };
    }
    const code = take(practiceKey(p.id, 'code'), codeCheck, before?.code ?? null);
    const nameCheck = fromSchema(practiceShape.name.safeParse(p.name));
    const name = take(practiceKey(p.id, 'name'), nameCheck, before?.name ?? '');
    const listSize = take(practiceKey(p.id, 'listSize'), checkCount(p.listSize), before?.listSize ?? null);
    // A new practice without a valid name is not saved until it has one.
    if (!nameCheck.ok && !before) continue;
    const practice = { id: p.id, code, name, listSize };
    if (!codeCheck.ok) keptOldCode.add(practice);
    practices.push(practice);
  }
  // A code kept from the last save because the new one is wrong must not clash with a code typed
  // on another row: the typed one wins and the old one is dropped until the row is fixed.
  const typed = new Set(practices.filter((p) => !keptOldCode.has(p) && p.code !== null).map((p) => p.code));
  for (const p of keptOldCode) if (p.code !== null && typed.has(p.code)) p.code = null;

  return {
    profile: {
      pcnName,
      pcnCode,
      icb,
      population,
      practices: practices.slice(0, PRACTICE_LIMIT),
      directoryExtractDate: saved.directoryExtractDate,
    },
    errors,
  };
}

export function sameProfile(a: PcnProfile, b: PcnProfile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The text to show once a valid count has been saved: with thousands separators. */
export function tidyCount(text: string): string {
  const check = checkCount(text);
  return check.ok && check.value !== null ? formatCount(check.value) : text;
}

/** Tidies a valid code to the form it is saved in (upper case, no spaces). */
export function tidyCode(text: string, check: (t: string) => Check<string | null>): string {
  const result = check(text);
  return result.ok ? (result.value ?? '') : text;
}
