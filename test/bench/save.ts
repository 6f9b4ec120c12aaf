/**
 * Save: one answer saved through the app's full path (contract validation in dispatch, the
 * saveResponse handler, SQLite opened with the app's durable settings, on a real file), beside a
 * bare better-sqlite3 prepared upsert of the same row with the same journal settings (WAL,
 * synchronous=FULL) on a file of its own. The two alternate within one loop, so both see the
 * same noise on a shared machine; the budget is on the ratio of the medians.
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
import { type BenchResult, median, ms, p99, progress, round, timeMs } from './stats';

const SAVES = 2_000;
const WARM_UP = 100;
const BUDGET_RATIO = 1.3;

export async function benchSave(dir: string): Promise<BenchResult> {
  progress('save', `${SAVES} saves through the app beside ${SAVES} bare upserts, alternating…`);
  const example = exampleAssessment();
  const now = '2026-11-22T09:30:00.000Z';

  // The app: its own open (pragmas, migrations) and the worked example, a complete assessment.
  const appDb = await openDatabase(path.join(dir, 'app.sqlite'), { backupDir: path.join(dir, 'backups') });
  insertFullAssessment(appDb, example, now);
  const deps: Deps = { db: appDb, now: () => new Date(), newId: () => 'unused', log: console.error };

  // Bare: the same schema and rows, then a plain connection with only the journal settings.
  const bareFile = path.join(dir, 'bare.sqlite');
  const seed = await openDatabase(bareFile, { backupDir: path.join(dir, 'backups') });
  insertFullAssessment(seed, example, now);
  seed.close();
  const bare = new Database(bareFile);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
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

  const appTimes: number[] = [];
  const bareTimes: number[] = [];
  let failures = 0;
  const saveApp = async (i: number) => {
    const start = performance.now();
    const result = await dispatch(handlers, deps, 'saveResponse', {
      assessmentId: EXAMPLE_ASSESSMENT_ID,
      response: answer(i),
    });
    const elapsed = performance.now() - start;
    if (!result.ok) failures++;
    return elapsed;
  };
  const saveBare = (i: number) =>
    timeMs(() => {
      const r = answer(i);
      upsert.run(EXAMPLE_ASSESSMENT_ID, r.questionId, r.current, 0, r.target, r.notes, new Date().toISOString());
    });

  for (let i = 0; i < WARM_UP; i++) {
    await saveApp(i);
    saveBare(i);
  }
  for (let i = 0; i < SAVES; i++) {
    // Alternate which goes first, so neither always follows the other's fsync.
    if (i % 2 === 0) {
      appTimes.push(await saveApp(i));
      bareTimes.push(saveBare(i));
    } else {
      bareTimes.push(saveBare(i));
      appTimes.push(await saveApp(i));
    }
    if ((i + 1) % 500 === 0) progress('save', `${i + 1} of ${SAVES}`);
  }
  appDb.close();
  bare.close();
  if (failures > 0) throw new Error(`${failures} app saves failed.`);
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });

  const appMedian = median(appTimes);
  const bareMedian = median(bareTimes);
  const ratio = appMedian / bareMedian;
  return {
    name: 'save',
    rows: [
      {
        measure: 'Save one answer: app (dispatch + handler + SQLite)',
        figure: `median ${ms(appMedian)}, p99 ${ms(p99(appTimes))}`,
        budget: '',
        holds: null,
      },
      {
        measure: 'Save one answer: bare prepared upsert',
        figure: `median ${ms(bareMedian)}, p99 ${ms(p99(bareTimes))}`,
        budget: '',
        holds: null,
      },
      {
        measure: 'Save: app median / bare median',
        figure: `${ratio.toFixed(2)}×`,
        budget: `≤ ${BUDGET_RATIO}×`,
        holds: ratio <= BUDGET_RATIO,
      },
    ],
    figures: {
      saves: SAVES,
      appMedianMs: round(appMedian),
      appP99Ms: round(p99(appTimes)),
      bareMedianMs: round(bareMedian),
      bareP99Ms: round(p99(bareTimes)),
      ratio: round(ratio),
      budgetRatio: BUDGET_RATIO,
    },
    notes: [],
  };
}
