/**
 * Words the PDF alone prints: action statuses, partner types and whole levels. Scores, gaps and
 * sentences come from the report model (`shared/report`); counts, lists and dates from
 * `shared/words.ts`.
 */
import { ACTION_STATUS_NAMES, type ActionStatus, PARTNER_KIND_NAMES, type PartnerKind } from '../domain';
import { levelWords } from '../report';

export { levelWords };

export function statusWords(status: ActionStatus): string {
  return ACTION_STATUS_NAMES[status] ?? String(status);
}

export function partnerKindWords(kind: PartnerKind): string {
  return PARTNER_KIND_NAMES[kind] ?? String(kind);
}
