/**
 * How values are put into words in the PDF: levels, gaps, statuses, partner types, dates and
 * counts. Scores are always printed as words and numbers, never as colour alone.
 */
import { formatDateLong } from '../dates';
import { ACTION_STATUS_NAMES, type ActionStatus, type IsoDate, PARTNER_KIND_NAMES, type PartnerKind } from '../domain';
import { isLevel, LEVEL_NAMES } from '../framework/types';
import { formatLevel, levelLabel } from '../scoring';

export function statusWords(status: ActionStatus): string {
  return ACTION_STATUS_NAMES[status] ?? String(status);
}

export function partnerKindWords(kind: PartnerKind): string {
  return PARTNER_KIND_NAMES[kind] ?? String(kind);
}

/** A whole level as "2 Developing"; anything else as `otherwise`. */
export function levelWords(level: unknown, otherwise = '—'): string {
  return isLevel(level) ? `${level} ${LEVEL_NAMES[level]}` : otherwise;
}

/** An area or overall score as "Developing (2.4)", or "Not assessed". */
export function scoreWords(score: number | null): string {
  return score === null ? 'Not assessed' : `${levelLabel(score)} (${formatLevel(score)})`;
}

/** A gap with its sign: "+1.2", "0.0", "−0.5" (true minus sign). */
export function signedGap(gap: number | null, decimals = true): string {
  if (gap === null || !Number.isFinite(gap)) return '—';
  const text = decimals ? formatLevel(Math.abs(gap)) : String(Math.abs(gap));
  if (gap > 0) return `+${text}`;
  if (gap < 0) return `−${text}`;
  return text;
}

/** "28 Feb 2027"; a value that is not a date is returned unchanged. */
export function shortDate(iso: IsoDate): string {
  const long = formatDateLong(iso);
  const parts = long.split(' ');
  return parts.length === 3 ? `${parts[0]} ${parts[1]?.slice(0, 3)} ${parts[2]}` : long;
}

/** "December 2026" from any date in that month. */
export function monthLong(iso: IsoDate): string {
  return formatDateLong(iso).replace(/^\d{1,2} /, '');
}

/** "1 question", "3 questions". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A list in prose: "a, b and c". */
export function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 45210 → "45,210" (not locale-dependent, so every machine prints the same). */
export function formatNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
