/**
 * Hardening, round 2 (issue 13), cases 7–9: the start-up check on real files. An empty database
 * file with backups beside it is damage; a SQLite header followed by garbage is damage, not a
 * newer version; a lock is reported within 2 seconds.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { takeBackup } from '../electron/db/backup';
import { DB_FILE_NAME, openAppDatabase } from '../electron/db/startup';
import { openSession } from './support/session';
import { tempDir } from './support/temp';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const MOVED = 'neighbourhood-ready.damaged-2026-11-22T10-00-00Z.sqlite';

/** A data folder with a real database holding one assessment, and a backup of it from 21 November. */
async function savedData(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW, dailyBackup: false });
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.kind}`);
  outcome.db
    .prepare(
      `INSERT INTO assessment (id, framework_version, assessment_date, plan_start, pcn_name, created_at, updated_at)
       VALUES (?, '2026.1', '2026-11-22', '2026-12-01', 'Riverside Vale PCN', '2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z')`,
    )
    .run(crypto.randomUUID());
  await takeBackup(outcome.db, path.join(dir, 'backups'), 'daily', new Date('2026-11-21T16:30:00.000Z'));
  outcome.db.close();
  return { dir, file: path.join(dir, DB_FILE_NAME) };
}

describe('case 7: a zero-byte database file', () => {
  test('with backups beside it, it is damage: moved aside and the newest backup offered', async () => {
    const { dir, file } = await savedData();
    fs.writeFileSync(file, '');
    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome).toMatchObject({ kind: 'needs-recovery', cause: 'empty-file', movedAside: path.join(dir, MOVED) });
    if (outcome.kind === 'needs-recovery') {
      expect(outcome.backups.map((b) => b.createdAt)).toEqual(['2026-11-21T16:30:00.000Z']);
    }
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.statSync(path.join(dir, MOVED)).size).toBe(0);

    // Through the session, as the app starts: the user is offered the backup.
    fs.writeFileSync(file, '');
    const h = await openSession(dir);
    expect(h.status).toMatchObject({ kind: 'needs-recovery' });
  });

  test('with no backups, it is a new start (nothing could have been lost)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), '');
    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') outcome.db.close();
  });
});

describe('case 8: a SQLite header followed by garbage', () => {
  test('is damage (moved aside, backup offered), not "saved by a newer version"', async () => {
    const { dir, file } = await savedData();
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(16_384 - 16, 'A')]);
    fs.writeFileSync(file, bytes);
    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome).toMatchObject({ kind: 'needs-recovery', cause: 'bad-header', movedAside: path.join(dir, MOVED) });
    expect(JSON.stringify(outcome)).not.toMatch(/newer version|1094795585/);
    expect(fs.readFileSync(path.join(dir, MOVED)).equals(bytes)).toBe(true);
  });

  test('a sane header with a higher data format is still "newer", and left byte-for-byte', async () => {
    const { dir, file } = await savedData();
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);
    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome).toMatchObject({ kind: 'newer' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('case 9: a database locked by another program', () => {
  test('is reported as in use within 2 seconds', async () => {
    const { dir, file } = await savedData();
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const started = performance.now();
      const h = await openSession(dir);
      const took = performance.now() - started;
      expect(h.status).toMatchObject({ kind: 'unavailable', problem: 'locked' });
      expect(took).toBeLessThan(2000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  test('once open, a save still waits up to the usual 3 seconds for a brief lock', async () => {
    const { dir } = await savedData();
    const h = await openSession(dir);
    expect(h.session.db.pragma('busy_timeout', { simple: true })).toBe(3000);
    h.session.close();
  });
});
