/**
 * Small helpers for putting counts, lists, numbers and dates into plain English. Every output
 * (screens, PDF, HTML, CSV and the ones to come) uses these, so the same thing reads the same.
 */
import { formatDateLong } from './dates';
import type { IsoDate } from './domain';

/**
 * "1 question", "3 questions", "45,210 patients"; `many` for irregular plurals:
 * plural(2, 'person', 'people').
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${Number.isInteger(n) ? formatNumber(n) : String(n)} ${n === 1 ? one : many}`;
}

/** A list in prose: "a", "a and b", "a, b and c" (no Oxford comma, as NHS style). */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 45210 → "45,210", rounded to a whole number; not locale-dependent, so every machine prints the same. */
export function formatNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "4 December 2026"; a value that is not a date is returned unchanged. */
export function dateLong(iso: IsoDate): string {
  return formatDateLong(iso);
}

/** "28 Feb 2027"; a value that is not a date is returned unchanged. */
export function dateShort(iso: IsoDate): string {
  const parts = formatDateLong(iso).split(' ');
  return parts.length === 3 ? `${parts[0]} ${parts[1]?.slice(0, 3)} ${parts[2]}` : formatDateLong(iso);
}

/** "28 Feb", for a date inside the plan's six months. */
export function dayMonth(iso: IsoDate): string {
  const [day, month] = formatDateLong(iso).split(' ');
  return month ? `${day} ${month.slice(0, 3)}` : iso;
}

/** "December 2026" from any date in that month. */
export function monthLong(iso: IsoDate): string {
  return formatDateLong(iso).replace(/^\d{1,2} /, '');
}
