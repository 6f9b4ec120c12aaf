/**
 * Words the PDF alone prints: action statuses, partner types and whole levels. Scores, gaps and
 * sentences come from the report model (`shared/report`); counts, lists and dates from
 * `shared/words.ts`.
 */
import { PARTNER_KIND_NAMES, type PartnerKind, PROGRESS_STATUS_NAMES, type ProgressStatus } from '../domain';
import { levelWords } from '../report';

export { levelWords };

/** An action's status in words, "Dropped" included (dropped at a check-in). */
export function statusWords(status: ProgressStatus): string {
  return PROGRESS_STATUS_NAMES[status] ?? String(status);
}

export function partnerKindWords(kind: PartnerKind): string {
  return PARTNER_KIND_NAMES[kind] ?? String(kind);
}
