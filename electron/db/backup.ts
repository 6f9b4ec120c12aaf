/**
 * Backups with SQLite's online backup API: taken at start (once a day), before risky steps and
 * when the user asks; each verified after writing, and the automatic ones kept in rotation so the
 * folder does not grow without bound.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupSummary } from '../../shared/data-api';
import { todayIso } from '../../shared/dates';
import { AppError } from '../../shared/result';

/** An open database (the alias open.ts exports; not imported from there, as open.ts backs up through this module). */
type DB = Database.Database;

/** How many automatic backups are kept; older ones are removed after a new one is verified. */
export const BACKUPS_KEPT = 10;
const PREFIX = 'neighbourhood-ready-';
/** `neighbourhood-ready-2026-11-22T10-04-00-000Z-daily.sqlite` (older builds put the reason first). */
const NAME = /^neighbourhood-ready-(?:(.+)-)?(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(.+))?\.sqlite$/;

/** A backup that failed its check; the step it was taken for is not made. */
export class BackupError extends AppError {
  constructor(message: string) {
    super('internal', message);
  }
}

export interface BackupInfo extends BackupSummary {
  file: string;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Opens a copy read-only and checks it: a backup that fails the check is not a backup. */
export function verifyBackup(file: string): boolean {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return copy.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}

/**
 * Makes a freshly written copy a single self-contained file (a copy of a WAL database is marked
 * as WAL, and opening it would leave -wal and -shm files beside it), then checks it.
 */
function finishCopy(file: string): boolean {
  try {
    const copy = new Database(file, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
  return verifyBackup(file);
}

/** The automatic backups in the folder, newest first, with their time and reason read from the name. */
export function backupInfos(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const infos: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const match = NAME.exec(name);
    if (!match) continue;
    const [, reasonFirst, day, hh, mm, ss, ms, reasonLast] = match;
    const file = path.join(dir, name);
    let bytes: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) continue;
      bytes = stat.size;
    } catch {
      continue;
    }
    infos.push({
      file,
      name,
      createdAt: `${day}T${hh}:${mm}:${ss}.${ms}Z`,
      reason: reasonLast ?? reasonFirst ?? 'automatic',
      bytes,
    });
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Paths of the automatic backups, newest first. */
export function listBackups(dir: string): string[] {
  return backupInfos(dir).map((b) => b.file);
}

/** The newest backup that passes its check, or null. */
export function newestGoodBackup(dir: string): BackupInfo | null {
  return backupInfos(dir).find((b) => verifyBackup(b.file)) ?? null;
}

/**
 * Writes a verified backup named for its time and reason, then keeps only the newest
 * BACKUPS_KEPT. Throws BackupError (and keeps every older backup) if the new one fails its check.
 */
export async function takeBackup(db: DB, dir: string, reason: string, now: Date): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${PREFIX}${stamp(now)}-${reason.replace(/[^a-z0-9-]/gi, '')}.sqlite`);
  await writeVerifiedCopy(db, file, 'The backup could not be verified, so the change was not made.');
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) fs.rmSync(old, { force: true });
  return file;
}

/** True when any table holds a row: an empty database has nothing worth backing up. */
export function hasSavedData(db: DB): boolean {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.some(
    (t) =>
      db
        .prepare(`SELECT EXISTS (SELECT 1 FROM "${t.replace(/"/g, '""')}")`)
        .pluck()
        .get() === 1,
  );
}

/**
 * The backup taken when the app starts: at most one per calendar day (the user's own), judged by
 * the newest backup in the folder, and none for a database with nothing in it. Returns its path,
 * or null when none was needed.
 */
export async function takeDailyBackup(db: DB, dir: string, now: Date): Promise<string | null> {
  if (!hasSavedData(db)) return null;
  const newest = backupInfos(dir)[0];
  if (newest) {
    const taken = new Date(newest.createdAt);
    // A backup dated in the future (the clock was changed) does not count as today's.
    if (taken <= now && todayIso(() => taken) === todayIso(() => now)) return null;
  }
  return takeBackup(db, dir, 'daily', now);
}

/**
 * Writes a verified copy of the database to `target`: first to a temporary file beside it, renamed
 * over the target only once the copy has passed its check and is on disk, so a full disk, a failed
 * check or the app being killed never leaves a partial file under a backup's name.
 */
async function writeVerifiedCopy(db: DB, target: string, failure: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    await db.backup(temp);
    if (!finishCopy(temp)) throw new BackupError(failure);
    const handle = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temp, target);
  } finally {
    for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`])
      fs.rmSync(leftover, { force: true });
  }
}

/** A copy being written when the app was stopped (see writeVerifiedCopy). */
const UNFINISHED = /^\.neighbourhood-ready-.*\.sqlite\.[0-9a-f-]{36}\.tmp(?:-journal|-wal|-shm)?$/;

/** Removes the app's own unfinished copies from the backups folder (run at start, before any backup). */
export function removeUnfinishedCopies(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (UNFINISHED.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** "Back up now": a verified copy at a path the user chose. Returns its size in bytes. */
export async function backupToFile(db: DB, target: string): Promise<number> {
  await writeVerifiedCopy(db, target, 'The copy could not be verified.');
  return fs.statSync(target).size;
}
