/**
 * The start-up check. The data file is opened, read and checked (`PRAGMA quick_check`) before
 * anything writes to it, and the outcome is one of:
 *
 * - ok: open, migrated, and backed up if no backup was taken today;
 * - needs-recovery: the file is damaged or not a database. It is moved aside (renamed with the
 *   time, together with its -wal and -shm files), never deleted, and the backups are offered;
 * - newer: written by a newer version of the app; left exactly as it is;
 * - locked, read-only, disk-full, unreadable: the file could not be opened or written for a
 *   reason that is not damage. Nothing is moved or changed, and the user can try again.
 *
 * Only positive evidence of damage (SQLITE_NOTADB, SQLITE_CORRUPT, a failed quick_check, an empty
 * file with backups beside it, a header SQLite would not write) moves a file aside; every other
 * error leaves it where it is. A lock is reported within 2 seconds (STARTUP_LOCK_WAIT_MS).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StartupProblem } from '../../shared/data-api';
import { type BackupInfo, backupInfos, takeDailyBackup } from './backup';
import { MIGRATIONS, type Migration } from './migrations';
import { type DB, NewerDatabaseError, openDatabase } from './open';

export const DB_FILE_NAME = 'neighbourhood-ready.sqlite';
const BASE = path.basename(DB_FILE_NAME, '.sqlite');
const MOVED_ASIDE = /^neighbourhood-ready\.damaged-([0-9T-]+Z)(?:-(\d+))?\.sqlite$/;
/** The files SQLite keeps beside a database; they belong to it and move with it. */
const COMPANIONS = ['-wal', '-shm'] as const;

/** Where the data lives: the database and, beside it, the backups folder. */
export interface DataPlace {
  dataDir: string;
  dbFile: string;
  backupDir: string;
}

export function dataPlace(dataDir: string): DataPlace {
  return { dataDir, dbFile: path.join(dataDir, DB_FILE_NAME), backupDir: path.join(dataDir, 'backups') };
}

export interface StartupOptions {
  dataDir: string;
  now: () => Date;
  /** Migrations to apply; tests pass their own list to exercise failures. */
  migrations?: readonly Migration[];
  /** Take the once-a-day backup (default true; not after a restore, which has just taken one). */
  dailyBackup?: boolean;
  /** Create a new empty database even though a damaged one was moved aside (the user chose to). */
  startEmpty?: boolean;
}

export type StartupOutcome =
  | {
      kind: 'ok';
      db: DB;
      /** The backup taken at this start, or null when one was taken earlier today (or there is no data). */
      dailyBackup: string | null;
      /** The error code when the daily backup failed (the app still opens). */
      backupProblem: string | null;
    }
  | { kind: 'needs-recovery'; movedAside: string; backups: BackupInfo[]; cause: string }
  | { kind: 'newer'; message: string }
  | { kind: StartupProblem; message: string; cause: string };

/**
 * Positive evidence that the file is damaged, so it is safe to say so and move it aside:
 * quick_check failed, the file is empty although backups show there was data, or it starts
 * like a database but the rest of its header is not one SQLite would write.
 */
class DamagedError extends Error {
  constructor(readonly code: 'quick_check' | 'empty-file' | 'bad-header') {
    super(code);
  }
}

/**
 * How long start-up waits for another program's lock before saying the file is in use: two
 * waits at most (the read-only check, then the first write) stay well within 2 seconds.
 */
export const STARTUP_LOCK_WAIT_MS = 750;

/** The error's code (SQLite's or the system's), without its message, which could name a file. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Za-z_-]{1,40}$/.test(code) ? code : 'unknown';
}

export function classifyOpenError(error: unknown): 'damaged' | StartupProblem {
  const code = errorCode(error);
  if (
    ['quick_check', 'empty-file', 'bad-header'].includes(code) ||
    code.startsWith('SQLITE_NOTADB') ||
    code.startsWith('SQLITE_CORRUPT')
  ) {
    return 'damaged';
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'locked';
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_AUTH' ||
    ['EACCES', 'EPERM', 'EROFS'].includes(code)
  ) {
    return 'read-only';
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  return 'unreadable';
}

export function problemMessage(problem: StartupProblem, folder: string, cause: string): string {
  switch (problem) {
    case 'locked':
      return (
        'Your data file is in use by another program, so Neighbourhood Ready cannot open it. ' +
        'Nothing has been changed. Close the other program (or another copy of Neighbourhood Ready), then try again.'
      );
    case 'read-only':
      return (
        `Neighbourhood Ready cannot write to its data folder, ${folder}. Nothing has been changed. ` +
        'Check that the folder and the file in it are not read-only and that you may change them, then try again.'
      );
    case 'disk-full':
      return 'The disk is full, so your data cannot be opened safely. Nothing has been changed. Free some space, then try again.';
    case 'unreadable':
      return (
        `Your data could not be opened (error ${cause}). Nothing has been changed or deleted. ` +
        'Try again; if it keeps happening, copy the diagnostic details for support.'
      );
  }
}

/** Damaged files moved aside earlier, newest first. */
export function movedAsideFiles(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return [];
  const key = (name: string) => {
    const [, stamp = '', n = '1'] = MOVED_ASIDE.exec(name) ?? [];
    return `${stamp}#${n.padStart(6, '0')}`;
  };
  return fs
    .readdirSync(dataDir)
    .filter((name) => MOVED_ASIDE.test(name))
    .sort((a, b) => key(b).localeCompare(key(a)))
    .map((name) => path.join(dataDir, name));
}

/**
 * Renames a damaged database and its -wal and -shm files to
 * `neighbourhood-ready.damaged-2026-11-22T10-00-00Z.sqlite` (with -wal, -shm) in the same folder,
 * never over an existing file. If any rename fails, the ones already done are undone, so the
 * database and its companions always stay together. Returns the new path of the database.
 */
export function moveAside(dbFile: string, now: Date): string {
  const dir = path.dirname(dbFile);
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  let target = path.join(dir, `${BASE}.damaged-${stamp}.sqlite`);
  for (let n = 2; [target, ...COMPANIONS.map((c) => target + c)].some((f) => fs.existsSync(f)); n++) {
    target = path.join(dir, `${BASE}.damaged-${stamp}-${n}.sqlite`);
  }
  const moves: [string, string][] = [[dbFile, target]];
  for (const suffix of COMPANIONS) if (fs.existsSync(dbFile + suffix)) moves.push([dbFile + suffix, target + suffix]);
  const done: [string, string][] = [];
  try {
    for (const [from, to] of moves) {
      fs.renameSync(from, to);
      done.push([from, to]);
    }
  } catch (error) {
    for (const [from, to] of done.reverse()) fs.renameSync(to, from);
    throw error;
  }
  return target;
}

function close(db: DB | null): void {
  try {
    db?.close();
  } catch {
    // Closing a connection that failed to open has nothing to release.
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * `PRAGMA user_version` read from the file's 100-byte header, or null if it has no SQLite header.
 * A header that starts like SQLite's but whose fixed fields are not what SQLite writes is damage
 * (throws), not a database from a newer version: its "version" is garbage.
 */
function versionInHeader(file: string): number | null {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return null;
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
  if (!saneHeader(header)) throw new DamagedError('bad-header');
  return header.readUInt32BE(60);
}

/** The fields of SQLite's file header that have fixed or few allowed values (sqlite.org/fileformat.html). */
function saneHeader(header: Buffer): boolean {
  const pageSize = header.readUInt16BE(16);
  const pageSizeOk = pageSize === 1 || (pageSize >= 512 && pageSize <= 32_768 && (pageSize & (pageSize - 1)) === 0);
  const versionsOk = [1, 2].includes(header[18] ?? 0) && [1, 2].includes(header[19] ?? 0);
  const fractionsOk = header[21] === 64 && header[22] === 32 && header[23] === 32;
  const schemaFormat = header.readUInt32BE(44);
  const encoding = header.readUInt32BE(56);
  return pageSizeOk && versionsOk && fractionsOk && schemaFormat <= 4 && encoding <= 3;
}

/** Reads the version and runs quick_check without writing anything; throws if the file is damaged. */
function inspect(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: STARTUP_LOCK_WAIT_MS });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new DamagedError('quick_check');
    return version;
  } finally {
    close(db);
  }
}

/** Runs the start-up check on the database in `dataDir`; see the top of this file. */
export async function openAppDatabase(options: StartupOptions): Promise<StartupOutcome> {
  const place = dataPlace(options.dataDir);
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;

  // A damaged file was moved aside at an earlier start and the user has not chosen what to do yet.
  const earlier = movedAsideFiles(place.dataDir)[0];
  if (earlier && !options.startEmpty && !fs.existsSync(place.dbFile)) {
    return { kind: 'needs-recovery', movedAside: earlier, backups: backupInfos(place.backupDir), cause: 'earlier' };
  }

  let db: DB | null = null;
  try {
    fs.mkdirSync(place.dataDir, { recursive: true });
    if (fs.existsSync(place.dbFile)) {
      // An empty file where backups show there was data is damage (a crash or a sync tool
      // emptied it), not a new start: adopting it would hide the data the backups hold.
      if (fs.statSync(place.dbFile).size === 0 && backupInfos(place.backupDir).length > 0) {
        throw new DamagedError('empty-file');
      }
      // A newer database must be left exactly as it is: its header is read as plain bytes, so
      // not even SQLite's -wal and -shm files appear beside it.
      const headerVersion = versionInHeader(place.dbFile);
      if (headerVersion !== null && headerVersion > latest) {
        return { kind: 'newer', message: new NewerDatabaseError(headerVersion, latest).message };
      }
      // Then checked through a read-only connection (which also sees a newer version recorded
      // only in the -wal): a damaged file must not be written to, not even by a checkpoint,
      // before it is moved aside.
      const version = inspect(place.dbFile);
      if (version > latest) return { kind: 'newer', message: new NewerDatabaseError(version, latest).message };
    }
    db = await openDatabase(place.dbFile, {
      backupDir: place.backupDir,
      now: options.now,
      migrations,
      lockWaitMs: STARTUP_LOCK_WAIT_MS,
    });
  } catch (error) {
    close(db);
    const cause = errorCode(error);
    if (error instanceof NewerDatabaseError) return { kind: 'newer', message: error.message };
    const problem = classifyOpenError(error);
    if (problem !== 'damaged') return { kind: problem, message: problemMessage(problem, place.dataDir, cause), cause };
    try {
      const movedAside = moveAside(place.dbFile, options.now());
      return { kind: 'needs-recovery', movedAside, backups: backupInfos(place.backupDir), cause };
    } catch (moveError) {
      // The damaged file could not even be renamed: leave it as it is and say why.
      const moveProblem = classifyOpenError(moveError);
      const kind = moveProblem === 'damaged' ? 'unreadable' : moveProblem;
      return { kind, message: problemMessage(kind, place.dataDir, cause), cause: `${cause}+${errorCode(moveError)}` };
    }
  }

  let dailyBackup: string | null = null;
  let backupProblem: string | null = null;
  if (options.dailyBackup !== false) {
    try {
      dailyBackup = await takeDailyBackup(db, place.backupDir, options.now());
    } catch (error) {
      // A failed backup must not keep the user from their data; it is recorded for diagnostics.
      const code = errorCode(error);
      backupProblem = code === 'unknown' ? 'backup-failed' : code;
    }
  }
  return { kind: 'ok', db, dailyBackup, backupProblem };
}
