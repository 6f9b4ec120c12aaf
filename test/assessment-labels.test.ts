import { describe, expect, it } from 'vitest';
import { assessmentLabels } from '../renderer/src/assessment-labels';
import type { AssessmentSummary } from '../shared/domain';

function summary(id: string, over: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id,
    pcnName: 'Riverside Vale PCN',
    pcnCode: null,
    assessmentDate: '2026-12-04',
    status: 'in-progress',
    frameworkVersion: '2026.1',
    answered: 10,
    questionCount: 36,
    previousAssessmentId: null,
    updatedAt: '2026-12-04T10:00:00.000Z',
    planStart: '2027-01-01',
    actionCount: 0,
    lastCheckInOn: null,
    ...over,
  };
}

describe('assessment labels for the home screen buttons', () => {
  it('is the PCN name and date when no other row shares them', () => {
    const labels = assessmentLabels([summary('a'), summary('b', { pcnName: 'Dales PCN' })]);
    expect(labels.get('a')).toBe('Riverside Vale PCN, 4 December 2026');
    expect(labels.get('b')).toBe('Dales PCN, 4 December 2026');
  });

  it('adds what the row shows when two rows share a name and date', () => {
    const labels = assessmentLabels([
      summary('a', { answered: 36, status: 'complete' }),
      summary('b', { previousAssessmentId: 'a' }),
      summary('c', { assessmentDate: '2026-06-01' }),
    ]);
    expect(labels.get('a')).toBe('Riverside Vale PCN, 4 December 2026 (36 of 36 questions, complete)');
    expect(labels.get('b')).toBe('Riverside Vale PCN, 4 December 2026 (reassessment, 10 of 36 questions, in progress)');
    expect(labels.get('c')).toBe('Riverside Vale PCN, 1 June 2026');
  });

  it('numbers rows that are alike in every shown detail, so every label differs', () => {
    const list = [summary('a'), summary('b'), summary('c', { answered: 3 }), summary('d')];
    const labels = assessmentLabels(list);
    expect(labels.get('a')).toBe('Riverside Vale PCN, 4 December 2026 (10 of 36 questions, in progress, 1 of 3 alike)');
    expect(labels.get('b')).toBe('Riverside Vale PCN, 4 December 2026 (10 of 36 questions, in progress, 2 of 3 alike)');
    expect(labels.get('c')).toBe('Riverside Vale PCN, 4 December 2026 (3 of 36 questions, in progress)');
    expect(labels.get('d')).toBe('Riverside Vale PCN, 4 December 2026 (10 of 36 questions, in progress, 3 of 3 alike)');
    expect(new Set(labels.values()).size).toBe(list.length);
  });
});
