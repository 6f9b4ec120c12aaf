/**
 * Small calendar helpers for YYYY-MM-DD dates. All arithmetic is on calendar dates in UTC, so
 * results never shift with the computer's time zone or daylight saving. Only `todayIso` looks at
 * the local clock, because "today" is the user's own calendar date.
 */
import type { IsoDate } from './domain';

const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (month 1 to 12), allowing for leap years. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function parse(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(iso: string): DateParts {
  const parts = parse(iso);
  if (!parts) throw new RangeError(`Not a real YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return parts;
}

function format({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the value is a YYYY-MM-DD string naming a real calendar date (so not 2027-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parse(value) !== null;
}

/** The date n days later (n may be negative). Throws RangeError if `iso` is not a real date. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseOrThrow(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + n);
  return format({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/**
 * The same day n calendar months later (n may be negative). When that month is shorter, the
 * result is its last day: 2027-01-31 plus one month is 2027-02-28. Throws RangeError if `iso` is
 * not a real date.
 */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseOrThrow(iso);
  const index = year * 12 + (month - 1) + n;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return format({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** "22 November 2026". A value that is not a real date is returned unchanged. */
export function formatDateLong(iso: IsoDate): string {
  const parts = parse(iso);
  if (!parts) return iso;
  return `${parts.day} ${MONTHS_LONG[parts.month - 1]} ${parts.year}`;
}

/** "Nov 2026". A value that is not a real date is returned unchanged. */
export function formatMonthYear(iso: IsoDate): string {
  const parts = parse(iso);
  if (!parts) return iso;
  return `${MONTHS_SHORT[parts.month - 1]} ${parts.year}`;
}

/** Today's date on the user's own calendar (local time), as YYYY-MM-DD. Pass the clock in to test. */
export function todayIso(clock: () => Date = () => new Date()): IsoDate {
  const now = clock();
  return format({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
