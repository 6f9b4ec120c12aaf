/**
 * The list of assessments reads figures stored on each assessment row (migration 6): questions
 * answered, actions, the latest check-in. After every kind of write, and after migrating a
 * database made before them, each stored figure must equal a recount from the rows themselves,
 * and the list must show the recount (answered counted the way the list did before: questions
 * of the assessment's framework with a level or "don't know").
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as store from '../electron/db/assessments';
import { MIGRATIONS } from '../electron/db/migrations';
import { type DB, openDatabase } from '../electron/db/open';
import type { Deps } from '../electron/deps';
import type { Assessment, AssessmentSummary } from '../shared/domain';
import { EXAMPLE_ASSESSMENT_ID, exampleAssessment } from '../shared/example';
import { allQuestions, CURRENT_FRAMEWORK, getFramework } from '../shared/framework';
import { call, ok, testDeps } from './support/deps';
import { tempDir } from './support/temp';

interface Figures {
  answered: number;
  actionCount: number;
  lastCheckInOn: string | null;
}

function stored(db: DB, id: string): Figures {
  const row = db
    .prepare('SELECT answered_count, action_count, last_check_in_on FROM assessment WHERE id = ?')
    .get(id) as { answered_count: number; action_count: number; last_check_in_on: string | null };
  return { answered: row.answered_count, actionCount: row.action_count, lastCheckInOn: row.last_check_in_on };
}

function recount(db: DB, id: string): Figures {
  const { framework_version } = db.prepare('SELECT framework_version FROM assessment WHERE id = ?').get(id) as {
    framework_version: string;
  };
  const framework = getFramework(framework_version);
  const ids = new Set(framework ? allQuestions(framework).map((q) => q.id) : []);
  const answered = (
    db
      .prepare(
        'SELECT question_id FROM response WHERE assessment_id = ? AND (current_level IS NOT NULL OR dont_know = 1)',
      )
      .pluck()
      .all(id) as string[]
  ).filter((q) => ids.has(q)).length;
  const count = (sql: string) => db.prepare(sql).pluck().get(id) as number | string | null;
  return {
    answered,
    actionCount: count('SELECT count(*) FROM action WHERE assessment_id = ?') as number,
    lastCheckInOn: count('SELECT max(checked_on) FROM check_in WHERE assessment_id = ?') as string | null,
  };
}

/** Every assessment's stored figures equal the recount, and the list shows them. */
async function expectInStep(deps: Deps): Promise<void> {
  const ids = deps.db.prepare('SELECT id FROM assessment').pluck().all() as string[];
  const list = await ok<AssessmentSummary[]>(call(deps, 'listAssessments', undefined));
  for (const id of ids) {
    const truth = recount(deps.db, id);
    expect(stored(deps.db, id), id).toEqual(truth);
    const row = list.find((r) => r.id === id);
    if (row)
      expect({ answered: row.answered, actionCount: row.actionCount, lastCheckInOn: row.lastCheckInOn }).toEqual(truth);
  }
}

/** The example under a new id, its answers and actions kept; rows with ids of their own left out or given new ids. */
function copyOf(example: Assessment, actions = example.actions.length): Assessment {
  return {
    ...example,
    id: randomUUID(),
    profile: { ...example.profile, practices: [] },
    partners: [],
    participants: [],
    workshop: { anonymous: false, questions: [], scores: [] },
    actions: example.actions.slice(0, actions).map((x) => ({ ...x, id: randomUUID() })),
    checkIns: [],
  } as Assessment;
}

const Q = allQuestions(CURRENT_FRAMEWORK).map((q) => q.id);
const answer = (questionId: string, current: 0 | 1 | 2 | null, dontKnow = false) => ({
  questionId,
  current,
  dontKnow,
  target: null,
  notes: '',
});

describe('the stored list figures', () => {
  it('follow answers saved, changed, unanswered and marked "don\'t know"', async () => {
    const deps = await testDeps();
    const a = await ok<AssessmentSummary>(
      call(deps, 'createAssessment', { pcnName: 'Riverside PCN', assessmentDate: '2026-11-22' }),
    );
    expect(a.answered).toBe(0);
    const save = (response: ReturnType<typeof answer>) =>
      ok(call(deps, 'saveResponse', { assessmentId: a.id, response }));
    await save(answer(Q[0] as string, 1));
    await save(answer(Q[1] as string, null, true));
    await save(answer(Q[2] as string, null)); // notes-only row: not answered
    await expectInStep(deps);
    expect(stored(deps.db, a.id).answered).toBe(2);
    await save(answer(Q[0] as string, 2)); // changed level: still answered
    await save(answer(Q[1] as string, null)); // "don't know" taken back
    await save(answer(Q[2] as string, 0));
    await expectInStep(deps);
    expect(stored(deps.db, a.id).answered).toBe(2);
  });

  it('follow actions added and deleted, and check-ins recorded', async () => {
    const deps = await testDeps('2027-02-01T09:30:00.000Z');
    const a = await ok<AssessmentSummary>(
      call(deps, 'createAssessment', { pcnName: 'Riverside PCN', assessmentDate: '2026-11-22' }),
    );
    const action = (id: string) => ({
      id,
      areaId: CURRENT_FRAMEWORK.areas[0]?.id as string,
      questionIds: [],
      title: `Action ${id.slice(-1)}`,
      description: '',
      ownerName: 'Sam',
      ownerRole: '',
      startMonth: 1,
      dueDate: '2027-01-31',
      status: 'not-started' as const,
      successMeasure: '',
      suggestionId: null,
    });
    const first = randomUUID();
    const second = randomUUID();
    await ok(call(deps, 'saveAction', { assessmentId: a.id, action: action(first) }));
    await ok(call(deps, 'saveAction', { assessmentId: a.id, action: action(second) }));
    await ok(call(deps, 'saveAction', { assessmentId: a.id, action: { ...action(second), title: 'Renamed' } }));
    await expectInStep(deps);
    expect(stored(deps.db, a.id).actionCount).toBe(2);
    await ok(call(deps, 'deleteAction', { assessmentId: a.id, actionId: first }));
    const checkIn = (checkedOn: string) =>
      ok(
        call(deps, 'recordCheckIn', {
          assessmentId: a.id,
          checkIn: {
            checkedOn,
            note: '',
            entries: [{ actionId: second, status: 'in-progress', note: '', newDueDate: null }],
            ratings: [],
          },
        }),
      );
    await checkIn('2027-01-05');
    await checkIn('2026-12-20'); // recorded later for an earlier day: the latest day stays
    await expectInStep(deps);
    expect(stored(deps.db, a.id)).toEqual({ answered: 0, actionCount: 1, lastCheckInOn: '2027-01-05' });
  });

  it('come with an import, a copy, a replace, the worked example, a reassessment and a workshop consensus', async () => {
    const deps = await testDeps();
    await ok(call(deps, 'loadExample', undefined));
    const example = exampleAssessment();
    // An import as a copy, and a replace (removed, then written again from the file).
    store.insertFullAssessment(deps.db, copyOf(example, 3), 'now');
    deps.db.transaction(() => {
      store.hardDelete(deps.db, EXAMPLE_ASSESSMENT_ID);
      store.insertFullAssessment(deps.db, { ...example, responses: example.responses.slice(0, 5) }, 'now');
    })();
    await expectInStep(deps);
    expect(stored(deps.db, EXAMPLE_ASSESSMENT_ID).answered).toBe(5);

    const next = await ok<AssessmentSummary>(
      call(deps, 'reassess', { fromId: EXAMPLE_ASSESSMENT_ID, assessmentDate: '2027-06-01' }),
    );
    await ok(call(deps, 'deleteAssessment', { id: next.id }));
    await ok(call(deps, 'restoreAssessment', { id: next.id }));
    await expectInStep(deps);

    // The example's workshop: agreeing a consensus writes the answer.
    const { workshop } = store.getAssessment(deps.db, EXAMPLE_ASSESSMENT_ID) as Assessment;
    const revealed = workshop.questions.find((q) => q.revealedAt !== null);
    if (!revealed) throw new Error('The example has no revealed question.');
    await ok(
      call(deps, 'setConsensus', {
        assessmentId: EXAMPLE_ASSESSMENT_ID,
        questionId: revealed.questionId,
        current: null,
        dontKnow: true,
        target: null,
        reason: 'Nobody could show the evidence.',
      }),
    );
    await expectInStep(deps);
  });

  it('are worked out when a database made before them is migrated', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'neighbourhood-ready.sqlite');
    const before = MIGRATIONS.filter((m) => m.version < 6);
    const old = await openDatabase(file, { backupDir: path.join(dir, 'backups'), migrations: before });
    const example = exampleAssessment();
    store.insertFullAssessment(old, example, 'now');
    store.insertFullAssessment(old, { ...copyOf(example, 0), responses: [] }, 'now');
    old.close();

    const db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    const deps: Deps = { db, now: () => new Date('2026-11-22T09:30:00.000Z'), newId: randomUUID, log: () => {} };
    await expectInStep(deps);
    expect(stored(db, EXAMPLE_ASSESSMENT_ID)).toEqual({
      answered: example.responses.filter((r) => r.current !== null || r.dontKnow).length,
      actionCount: example.actions.length,
      lastCheckInOn:
        example.checkIns
          .map((c) => c.checkedOn)
          .sort()
          .at(-1) ?? null,
    });
    expect(fs.readdirSync(path.join(dir, 'backups')).length).toBe(1);
    db.close();
  });
});
