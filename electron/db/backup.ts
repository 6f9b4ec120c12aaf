/**
 * Backups with SQLite's online backup API: taken before risky steps, verified after writing, and
 * kept in rotation so the folder does not grow without bound.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DB } from './open';

/** How many automatic backups are kept; older ones are removed after a new one is verified. */
export const BACKUPS_KEPT = 10;
const PREFIX = 'neighbourhood-ready-';

export class BackupError extends Error {}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Opens a backup read-only and checks it: a backup that fails the check is not a backup. */
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

/** Automatic backups in the folder, newest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

/**
 * Writes a verified backup named for its time and reason, then keeps only the newest
 * BACKUPS_KEPT. Throws BackupError (and keeps every older backup) if the new one fails its check.
 */
export async function takeBackup(db: DB, dir: string, reason: string, now: Date): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${PREFIX}${stamp(now)}-${reason.replace(/[^a-z0-9-]/gi, '')}.sqlite`);
  await db.backup(file);
  if (!verifyBackup(file)) {
    fs.rmSync(file, { force: true });
    throw new BackupError('The backup could not be verified, so the change was not made.');
  }
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) fs.rmSync(old, { force: true });
  return file;
}
