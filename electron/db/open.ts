/**
 * Opening the database: durable pragmas, a guard against databases from newer versions of the
 * app, and migrations applied in a single transaction after a backup of any existing data.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { takeBackup } from './backup';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type DB = Database.Database;

/** The database was written by a newer version of the app; it is left untouched. */
export class NewerDatabaseError extends Error {
  readonly code = 'newer-database';
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This data was saved by a newer version of Neighbourhood Ready (data format ${fileVersion}; ` +
        `this version understands up to ${appVersion}). Nothing has been changed. ` +
        'Install the latest version of the app to open it.',
    );
  }
}

export interface OpenOptions {
  /** Folder for the copy taken before migrating an existing database. */
  backupDir: string;
  /** Clock, injected for tests. */
  now?: () => Date;
  /** Migrations to apply; tests pass their own list to exercise failures. */
  migrations?: readonly Migration[];
  /**
   * How long opening waits for another program's lock before giving up, in ms (the start-up
   * check reports a lock within 2 seconds). Once open, saves wait the usual BUSY_WAIT_MS.
   */
  lockWaitMs?: number;
}

/** How long a save waits for a brief lock held by another connection. */
const BUSY_WAIT_MS = 3000;

function applyPragmas(db: DB): void {
  db.pragma('journal_mode = WAL');
  // Saves are human-paced, so take the fully durable setting: an acknowledged save survives power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
}

function hasUserData(db: DB): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return row.n > 0;
}

/**
 * Applies all pending migrations in one transaction. On any failure the transaction rolls back,
 * leaving the database exactly as it was (the backup taken beforehand is kept either way).
 */
async function migrate(db: DB, options: OpenOptions): Promise<void> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;

  if (current > 0 || hasUserData(db)) {
    // Verified and kept in rotation like every automatic backup; if it cannot be verified, nothing is migrated.
    await takeBackup(db, options.backupDir, `before-migration-v${current}`, (options.now ?? (() => new Date()))());
  }

  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

/**
 * Opens (creating if needed) and migrates the database file. The one way the database is opened:
 * by the app's start-up check (`openAppDatabase`, which inspects the file first), the tests and
 * the bench alike.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<DB> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lockWait = options.lockWaitMs ?? BUSY_WAIT_MS;
  const db = new Database(file, { timeout: lockWait });
  try {
    // Check the version before any pragma: switching to WAL writes to the file, and a database
    // from a newer app must be left exactly as it is.
    const latest = (options.migrations ?? MIGRATIONS).at(-1)?.version ?? 0;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw new NewerDatabaseError(version, latest);
    applyPragmas(db);
    db.pragma(`busy_timeout = ${lockWait}`);
    // A write, rolled back at once: a read-only file or a database held by another program shows
    // up here, before the user types anything, rather than at the first save.
    db.exec('BEGIN IMMEDIATE');
    try {
      db.pragma(`user_version = ${version}`);
    } finally {
      db.exec('ROLLBACK');
    }
    await migrate(db, options);
    db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export { LATEST_VERSION };
