/**
 * Restoring: a backup (automatic, or a file the user chose) is first copied into a staging folder
 * and checked there: it must open, pass `PRAGMA quick_check`, be a Neighbourhood Ready database
 * (it has the assessment table) and not be from a newer version. Only a checked copy is ever
 * written over the data, with SQLite's backup API, so the -wal and -shm files stay consistent.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { LATEST_VERSION } from './migrations';
import type { DB } from './open';
import { errorCode } from './startup';

export interface CheckedCopy {
  /** The checked copy in the staging folder. */
  file: string;
  assessments: number;
  lastChanged: string | null;
}

function refuse(message: string): AppError {
  return new AppError('invalid-input', `${message} Nothing was changed.`);
}

function removeCopy(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

function checkCopy(file: string, label: string): CheckedCopy {
  let db: DB;
  let version: number;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw refuse(`${label} could not be opened (${errorCode(error)}).`);
  }
  try {
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (error) {
      const code = errorCode(error);
      if (code.startsWith('SQLITE_NOTADB'))
        throw refuse(`${label} is not a Neighbourhood Ready backup: it is not a database file.`);
      throw refuse(`${label} is damaged and cannot be read (${code}).`);
    }
    let check: unknown;
    try {
      check = db.pragma('quick_check', { simple: true });
    } catch (error) {
      throw refuse(`${label} is damaged and cannot be read (${errorCode(error)}).`);
    }
    if (check !== 'ok') throw refuse(`${label} is damaged: it failed the database integrity check.`);
    if (version > LATEST_VERSION) {
      throw refuse(
        `${label} was saved by a newer version of Neighbourhood Ready (data format ${version}; this version ` +
          `understands up to ${LATEST_VERSION}). Install the latest version of the app to restore it.`,
      );
    }
    const hasAssessments =
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'assessment'").get() !== undefined;
    if (version < 1 || !hasAssessments) {
      throw refuse(`${label} is a database, but not one made by Neighbourhood Ready.`);
    }
    // Folds any -wal copied with it into the file, so the copy is one self-contained file.
    db.pragma('journal_mode = DELETE');
    const counts = db
      .prepare('SELECT count(*) AS n, max(updated_at) AS last FROM assessment WHERE deleted_at IS NULL')
      .get() as { n: number; last: string | null };
    return { file, assessments: counts.n, lastChanged: counts.last };
  } finally {
    db.close();
  }
}

/**
 * Copies `source` (and its -wal, if it has one beside it) into `stagingDir` and checks the copy.
 * The source itself is only read. Throws an AppError with a precise reason if it is not a
 * Neighbourhood Ready database that this version can restore; then nothing is left behind.
 */
export function stageForRestore(source: string, stagingDir: string, label: string): CheckedCopy {
  fs.mkdirSync(stagingDir, { recursive: true });
  const file = path.join(stagingDir, `${randomUUID()}.sqlite`);
  try {
    try {
      fs.copyFileSync(source, file);
      if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${file}-wal`);
    } catch (error) {
      throw refuse(`${label} could not be read (${errorCode(error)}).`);
    }
    return checkCopy(file, label);
  } catch (error) {
    removeCopy(file);
    throw error;
  }
}

export function discardStaged(file: string): void {
  removeCopy(file);
}

/** Removes copies left in the staging folder by restores that were not confirmed. */
export function clearStaging(stagingDir: string): void {
  try {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  } catch {
    // Only the app's own copies are there; a folder that cannot be changed now is cleared next time.
  }
}

/**
 * Writes a checked copy over the database file with SQLite's backup API. The caller has closed
 * every connection to `dbFile`. The backup runs in one write transaction on the target, so if it
 * fails the target is left as it was.
 */
export async function copyDatabaseInto(source: string, dbFile: string): Promise<void> {
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await src.backup(dbFile);
  } finally {
    src.close();
  }
}
