/**
 * Names for the assessments on the home screen, as screen readers hear them on each row's buttons
 * ("Open Riverside Vale PCN, 4 December 2026"). Two rows can share a PCN name and date (a copy
 * imported beside the original, or a reassessment made the same day); their buttons must still be
 * told apart, so those rows add what the row shows (reassessment, progress, status) and, if that
 * is not enough, their place among the rows that look alike.
 */
import { formatDateLong } from '../../shared/dates';
import type { AssessmentSummary } from '../../shared/domain';

export function baseLabel(a: Pick<AssessmentSummary, 'pcnName' | 'assessmentDate'>): string {
  return `${a.pcnName}, ${formatDateLong(a.assessmentDate)}`;
}

function details(a: AssessmentSummary): string[] {
  return [
    ...(a.previousAssessmentId ? ['reassessment'] : []),
    `${a.answered} of ${a.questionCount} questions`,
    a.status === 'complete' ? 'complete' : 'in progress',
  ];
}

/** A label per assessment id, distinct across the list, in the list's order of appearance. */
export function assessmentLabels(list: readonly AssessmentSummary[]): Map<string, string> {
  const countBy = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  const bases = list.map(baseLabel);
  const baseCounts = countBy(bases);
  const parts = list.map((a, i) => ((baseCounts.get(bases[i] ?? '') ?? 0) > 1 ? details(a) : []));
  const keys = list.map((_, i) => `${bases[i]}|${parts[i]?.join(', ')}`);
  const keyCounts = countBy(keys);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  list.forEach((a, i) => {
    const key = keys[i] ?? '';
    const same = keyCounts.get(key) ?? 0;
    const extra = [...(parts[i] ?? [])];
    if (same > 1) {
      const place = (seen.get(key) ?? 0) + 1;
      seen.set(key, place);
      extra.push(`${place} of ${same} alike`);
    }
    labels.set(a.id, extra.length > 0 ? `${bases[i]} (${extra.join(', ')})` : (bases[i] ?? ''));
  });
  return labels;
}
