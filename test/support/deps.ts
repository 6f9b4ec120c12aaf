import path from 'node:path';
import { insertAssessment } from '../../electron/db/assessments';
import { openDatabase } from '../../electron/db/open';
import type { Deps } from '../../electron/deps';
import { handlers } from '../../electron/handlers';
import { planStartFor } from '../../electron/handlers/assessments';
import { dispatch } from '../../electron/ipc/dispatch';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { tempDir } from './temp';

/** Handler dependencies over a real SQLite file in a fresh temporary folder, with a fixed clock. */
export async function testDeps(now = '2026-11-22T09:30:00.000Z'): Promise<Deps & { dir: string }> {
  const dir = tempDir();
  const db = await openDatabase(path.join(dir, 'neighbourhood-ready.sqlite'), { backupDir: path.join(dir, 'backups') });
  let n = 0;
  return {
    dir,
    db,
    now: () => new Date(now),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    log: () => {},
  };
}

/** Calls a channel through the real dispatcher with the contract's types. */
export async function call<K extends ChannelName>(
  deps: Deps,
  name: K,
  input: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  return (await dispatch(handlers, deps, name, input)) as Result<ChannelOutput<K>>;
}

/**
 * A new, empty assessment made with framework 2026.1, as the app made them before 2026.2 became
 * current: for tests of screens written against 2026.1 questions and suggestions.
 */
export function insertV1Assessment(deps: Deps, pcnName: string, assessmentDate: string): string {
  const id = deps.newId();
  insertAssessment(deps.db, {
    id,
    frameworkVersion: '2026.1',
    assessmentDate,
    planStart: planStartFor(assessmentDate),
    previousAssessmentId: null,
    profile: { pcnName, pcnCode: null, icb: '', population: null, practices: [], directoryExtractDate: null },
    now: deps.now().toISOString(),
  });
  return id;
}

/** The value of a successful call; fails the test with the error otherwise. */
export async function ok<T>(promise: Promise<Result<unknown>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Calls a channel through the real dispatcher and returns its value; fails the test on an error. */
export function callOk<K extends ChannelName>(deps: Deps, name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  return ok<ChannelOutput<K>>(call(deps, name, input));
}
