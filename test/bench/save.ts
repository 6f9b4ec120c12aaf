/**
 * Save: one answer saved through the app's full path (contract validation in dispatch, the
 * saveResponse handler, SQLite opened with the app's durable settings, on a real file), beside a
 * bare better-sqlite3 prepared upsert of the same row with the same journal settings (WAL,
 * synchronous=FULL, foreign_keys=ON) on a file of its own. Batches of each alternate (compare()),
 * so both see the same noise on a shared machine; the budget is on the median paired ratio.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { insertFullAssessment } from '../../electron/db/assessments';
import { openDatabase } from '../../electron/db/open';
import type { Deps } from '../../electron/deps';
import { handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { EXAMPLE_ASSESSMENT_ID, EXAMPLE_FRAMEWORK, exampleAssessment } from '../../shared/example';
import { allQuestions } from '../../shared/framework';
import type { Level } from '../../shared/framework/types';
import { type BenchResult, compare, comparisonFigures, ms, p99, progress, ratioRow, timeMs } from './stats';

/** Saves in one sample: a single fsync-bound save varies too much to pair on its own. */
const BATCH = 25;
const RUNS = 80;
const BUDGET_RATIO = 1.2;

export async function benchSave(dir: string): Promise<BenchResult> {
  progress('save', `${RUNS} batches of ${BATCH} saves through the app beside as many bare upserts, alternating…`);
  const example = exampleAssessment();
  const now = '2026-11-22T09:30:00.000Z';

  // The app: its own open (pragmas, migrations) and the worked example, a complete assessment.
  const appDb = await openDatabase(path.join(dir, 'app.sqlite'), { backupDir: path.join(dir, 'backups') });
  insertFullAssessment(appDb, example, now);
  const deps: Deps = { db: appDb, now: () => new Date(), newId: () => 'unused', log: console.error };

  // Bare: the same tables and rows, then a plain connection with the app's pragmas (durable WAL,
  // foreign keys checked), so the reference is the same durable upsert and nothing else.
  const bareFile = path.join(dir, 'bare.sqlite');
  const seed = await openDatabase(bareFile, { backupDir: path.join(dir, 'backups') });
  insertFullAssessment(seed, example, now);
  seed.close();
  const bare = new Database(bareFile);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.pragma('foreign_keys = ON');
  // The app's answer triggers (marking the assessment changed, its answered count, a changed
  // consensus withdrawn) are the app's work, not the write's: the reference upserts without them.
  for (const { name } of bare
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'response'")
    .all() as { name: string }[]) {
    bare.exec(`DROP TRIGGER ${name}`);
  }
  const upsert = bare.prepare(
    `INSERT INTO response (assessment_id, question_id, current_level, dont_know, target_level, notes, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (assessment_id, question_id) DO UPDATE SET
       current_level = excluded.current_level, dont_know = excluded.dont_know,
       target_level = excluded.target_level, notes = excluded.notes, updated_at = excluded.updated_at`,
  );

  const questions = allQuestions(EXAMPLE_FRAMEWORK).map((q) => q.id);
  const answer = (i: number) => ({
    questionId: questions[i % questions.length] as string,
    current: (i % 5) as Level,
    dontKnow: false,
    target: Math.min(4, (i % 5) + 1) as Level,
    notes: `Discussed at the board on ${1 + (i % 28)} November; agreed by the practice leads.`,
  });

  let failures = 0;
  let appCount = 0;
  let bareCount = 0;
  const saveApp = async () => {
    const start = performance.now();
    for (let k = 0; k < BATCH; k++) {
      const result = await dispatch(handlers, deps, 'saveResponse', {
        assessmentId: EXAMPLE_ASSESSMENT_ID,
        response: answer(appCount++),
      });
      if (!result.ok) failures++;
    }
    return (performance.now() - start) / BATCH;
  };
  const saveBare = () =>
    timeMs(() => {
      for (let k = 0; k < BATCH; k++) {
        const r = answer(bareCount++);
        upsert.run(EXAMPLE_ASSESSMENT_ID, r.questionId, r.current, 0, r.target, r.notes, new Date().toISOString());
      }
    }) / BATCH;

  const c = await compare('save', saveApp, saveBare, { runs: RUNS, warmUp: 4 });
  appDb.close();
  bare.close();
  if (failures > 0) throw new Error(`${failures} app saves failed.`);
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });

  return {
    name: 'save',
    rows: [
      {
        measure: `Save one answer: app (dispatch + handler + SQLite), per save in batches of ${BATCH}`,
        figure: `median ${ms(c.appMedian)}, p99 ${ms(p99(c.app))}`,
        budget: '',
        holds: null,
      },
      {
        measure: 'Save one answer: bare prepared upsert, same pragmas',
        figure: `median ${ms(c.referenceMedian)}, p99 ${ms(p99(c.reference))}`,
        budget: '',
        holds: null,
      },
      ratioRow('Save: app / bare durable upsert (median of paired ratios)', c, BUDGET_RATIO),
    ],
    figures: { batch: BATCH, ...comparisonFigures(c, BUDGET_RATIO) },
    notes: [],
  };
}
