/**
 * Reading one file sent to the ICB. Each file is checked completely on its own by the same
 * validation as "Open an assessment file" (assessment-file.ts); a workshop's response pack or
 * response file is refused with a word about what it is, since neither is a PCN's plan.
 */
import type { Assessment } from '../domain';
import { parseAssessmentFile, readEnvelope } from '../export/assessment-file';

export const RESPONSE_PACK_REFUSED =
  'This is a workshop response pack (the questions for one board member to answer before a workshop), not a PCN’s assessment. Ask the PCN for its assessment file.';
export const RESPONSE_FILE_REFUSED =
  'This is one board member’s workshop response file, not a PCN’s assessment. It belongs to the PCN that ran the workshop; ask the PCN for its assessment file.';

export type PortfolioFileRead = { ok: true; assessment: Assessment } | { ok: false; reason: string };

export function readPortfolioFile(text: string): PortfolioFileRead {
  const parsed = parseAssessmentFile(text);
  if (parsed.ok) return { ok: true, assessment: parsed.file.assessment };
  // Only on the failure path: is it one of the workshop's own files?
  if (readEnvelope(text, 'response-pack').ok) return { ok: false, reason: RESPONSE_PACK_REFUSED };
  if (readEnvelope(text, 'response').ok) return { ok: false, reason: RESPONSE_FILE_REFUSED };
  return { ok: false, reason: parsed.message };
}
