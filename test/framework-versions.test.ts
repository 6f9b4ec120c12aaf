/**
 * A later release changes the framework: old assessments must still open and read against the
 * version they were made with, and new ones use the new version.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Framework } from '../shared/framework/types';

vi.mock('../shared/framework', async (importOriginal) => {
  const real = await importOriginal<typeof import('../shared/framework')>();
  const v1 = real.frameworkV1;
  const v2: Framework = {
    ...v1,
    version: '2027.1',
    releaseNote: 'Test release: one leadership question replaced.',
    areas: v1.areas.map((area) =>
      area.id === 'leadership'
        ? {
            ...area,
            questions: [
              ...area.questions.filter((q) => q.id !== 'leadership.cd-ambition'),
              { id: 'leadership.neighbourhood-mandate', text: 'Has the board given a mandate?', help: 'Test help.' },
            ],
          }
        : area,
    ),
  };
  const frameworks: Record<string, Framework> = { [v1.version]: v1, [v2.version]: v2 };
  return {
    ...real,
    CURRENT_FRAMEWORK: v2,
    FRAMEWORKS: frameworks,
    getFramework: (version: string) => (Object.hasOwn(frameworks, version) ? frameworks[version] : undefined),
  };
});

const store = await import('../electron/db/assessments');
const { call, testDeps } = await import('./support/deps');

describe('assessments made with an older framework version', () => {
  it('still open, count and accept answers against their own version', async () => {
    const deps = await testDeps();
    const profile = {
      pcnName: 'Old PCN',
      pcnCode: null,
      icb: '',
      population: null,
      practices: [],
      directoryExtractDate: null,
    };
    store.insertAssessment(deps.db, {
      id: '11111111-1111-4111-8111-111111111111',
      frameworkVersion: '2026.1',
      assessmentDate: '2026-06-01',
      planStart: '2026-07-01',
      previousAssessmentId: null,
      profile,
      now: '2026-06-01T10:00:00.000Z',
    });
    store.upsertResponse(
      deps.db,
      '11111111-1111-4111-8111-111111111111',
      { questionId: 'leadership.cd-ambition', current: 2, dontKnow: false, target: 3, notes: 'old answer' },
      '2026-06-01T10:00:00.000Z',
    );
    const created = await call(deps, 'createAssessment', {
      pcnName: 'New PCN',
      assessmentDate: '2027-06-01',
    });
    expect(created).toMatchObject({ ok: true, value: { frameworkVersion: '2027.1', questionCount: 36 } });

    const list = await call(deps, 'listAssessments', undefined);
    expect(list.ok && list.value.map((a) => [a.pcnName, a.frameworkVersion, a.answered, a.questionCount])).toEqual([
      ['New PCN', '2027.1', 0, 36],
      ['Old PCN', '2026.1', 1, 36],
    ]);
    const old = await call(deps, 'getAssessment', { id: '11111111-1111-4111-8111-111111111111' });
    expect(old.ok && old.value.responses[0]?.notes).toBe('old answer');

    // The retired question still takes answers in the old assessment, the new one does not exist there.
    await expect(
      call(deps, 'saveResponse', {
        assessmentId: '11111111-1111-4111-8111-111111111111',
        response: { questionId: 'leadership.cd-ambition', current: 3, dontKnow: false, target: 3, notes: '' },
      }),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      call(deps, 'saveResponse', {
        assessmentId: '11111111-1111-4111-8111-111111111111',
        response: { questionId: 'leadership.neighbourhood-mandate', current: 3, dontKnow: false, target: 3, notes: '' },
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // And the other way round for the new assessment.
    const newId = created.ok ? created.value.id : '';
    await expect(
      call(deps, 'saveResponse', {
        assessmentId: newId,
        response: { questionId: 'leadership.cd-ambition', current: 3, dontKnow: false, target: 3, notes: '' },
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('an assessment from an unknown, newer framework is listed and opens without being changed', async () => {
    const deps = await testDeps();
    store.insertAssessment(deps.db, {
      id: '22222222-2222-4222-8222-222222222222',
      frameworkVersion: '2099.1',
      assessmentDate: '2026-06-01',
      planStart: '2026-07-01',
      previousAssessmentId: null,
      profile: {
        pcnName: 'Future PCN',
        pcnCode: null,
        icb: '',
        population: null,
        practices: [],
        directoryExtractDate: null,
      },
      now: '2026-06-01T10:00:00.000Z',
    });
    const list = await call(deps, 'listAssessments', undefined);
    expect(list.ok && list.value[0]?.questionCount).toBe(0);
    await expect(
      call(deps, 'saveResponse', {
        assessmentId: '22222222-2222-4222-8222-222222222222',
        response: { questionId: 'leadership.cd-ambition', current: 3, dontKnow: false, target: 3, notes: '' },
      }),
    ).resolves.toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This assessment uses framework version 2099.1, which this version of the app does not know.',
      },
    });
  });
});
