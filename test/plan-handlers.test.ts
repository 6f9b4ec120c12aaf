/**
 * The plan's deferred gaps and capacity through the IPC handlers: validated in main before any
 * write, stored, read back with the assessment, and carried through the assessment file.
 */
import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../shared/domain';
import { parseAssessmentFile, toAssessmentFile } from '../shared/export/assessment-file';
import { CURRENT_FRAMEWORK } from '../shared/framework';
import { call, testDeps } from './support/deps';

/** A new assessment uses the current framework: its first two questions. */
const GAP = CURRENT_FRAMEWORK.areas[0]?.questions[0]?.id ?? '';
const NO_GAP = CURRENT_FRAMEWORK.areas[0]?.questions[1]?.id ?? '';

async function setUp() {
  const deps = await testDeps();
  const created = await call(deps, 'createAssessment', { pcnName: 'Riverside PCN', assessmentDate: '2026-11-22' });
  if (!created.ok) throw new Error(created.error.message);
  const a: AssessmentSummary = created.value;
  const rate = (questionId: string, current: 0 | 1 | 2, target: 0 | 1 | 2 | 3 | null) =>
    call(deps, 'saveResponse', {
      assessmentId: a.id,
      response: { questionId, current, dontKnow: false, target, notes: '' },
    });
  await rate(GAP, 1, 3);
  await rate(NO_GAP, 2, 2);
  return { deps, id: a.id };
}

describe('deferring a gap', () => {
  it('stores a reason, replaces it, takes it back, and carries it in the assessment file', async () => {
    const { deps, id } = await setUp();
    const first = await call(deps, 'deferGap', {
      assessmentId: id,
      questionId: GAP,
      deferral: { reason: 'depends-on-icb', note: '  Waiting for the ICB.  ' },
    });
    expect(first.ok && first.value.deferrals).toEqual([
      { questionId: GAP, reason: 'depends-on-icb', note: 'Waiting for the ICB.' },
    ]);
    const second = await call(deps, 'deferGap', {
      assessmentId: id,
      questionId: GAP,
      deferral: { reason: 'not-this-cycle', note: '' },
    });
    expect(second.ok && second.value.deferrals).toEqual([{ questionId: GAP, reason: 'not-this-cycle', note: '' }]);
    const read = await call(deps, 'getAssessment', { id });
    if (!read.ok) throw new Error(read.error.message);
    const file = parseAssessmentFile(
      toAssessmentFile(read.value, { exportedAt: '2026-11-22T10:00:00.000Z', app: { name: 'NR', version: '1' } }),
    );
    expect(file.ok && file.file.assessment.deferrals).toEqual(second.ok && second.value.deferrals);

    const back = await call(deps, 'deferGap', {
      assessmentId: id,
      questionId: GAP,
      deferral: null,
    });
    expect(back.ok && back.value.deferrals).toEqual([]);
  });

  it('refuses, writing nothing: no gap, an unknown question, "another reason" without words, an unknown reason', async () => {
    const { deps, id } = await setUp();
    const refused = async (input: unknown, message: string | RegExp) => {
      const result = await call(deps, 'deferGap', input as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    };
    await refused(
      { assessmentId: id, questionId: NO_GAP, deferral: { reason: 'not-this-cycle', note: '' } },
      'This question has no gap to defer: its target is not above where the PCN is now.',
    );
    await refused(
      { assessmentId: id, questionId: 'finance.cash', deferral: { reason: 'not-this-cycle', note: '' } },
      'There is no question finance.cash in this assessment.',
    );
    await refused(
      { assessmentId: id, questionId: GAP, deferral: { reason: 'other', note: '   ' } },
      /Say why the gap is left out of this plan\./,
    );
    await refused(
      { assessmentId: id, questionId: GAP, deferral: { reason: 'maybe', note: '' } },
      /Choose why the gap is left out of this plan\./,
    );
    expect(deps.db.prepare('SELECT COUNT(*) AS n FROM gap_deferral').get()).toEqual({ n: 0 });
  });
});

describe('the plan capacity', () => {
  it('is 12 for a new assessment, can be changed, and refuses anything but 1 to 100 whole actions', async () => {
    const { deps, id } = await setUp();
    const read = await call(deps, 'getAssessment', { id });
    expect(read.ok && read.value.planCapacity).toBe(12);
    const set = await call(deps, 'setPlanCapacity', { assessmentId: id, capacity: 8 });
    expect(set.ok && set.value.planCapacity).toBe(8);
    for (const capacity of [0, 101, 2.5, '9']) {
      const result = await call(deps, 'setPlanCapacity', { assessmentId: id, capacity } as never);
      expect(result.ok, String(capacity)).toBe(false);
    }
    const again = await call(deps, 'getAssessment', { id });
    expect(again.ok && again.value.planCapacity).toBe(8);
  });
});
