/**
 * The start-up check against each fault of the reliability checklist, on real files: a damaged
 * or non-database file is moved aside (never deleted) and the newest good backup offered; a
 * newer-version file is left byte-for-byte; locks, read-only folders and a full disk get their
 * own message and a retry, and never the move-aside path. After every fault, the bytes the user
 * saved are still somewhere in the data folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { takeBackup } from '../electron/db/backup';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../electron/db/migrations';
import type { DB } from '../electron/db/open';
import { DB_FILE_NAME, moveAside, movedAsideFiles, openAppDatabase } from '../electron/db/startup';
import { call } from './support/deps';
import { bytesKeptIn, makeReadOnly, openSession, readOnly } from './support/session';
import { tempDir } from './support/temp';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const MOVED = 'neighbourhood-ready.damaged-2026-11-22T10-00-00Z.sqlite';

function insertAssessments(db: DB, count: number, name = 'Riverside Vale PCN'): void {
  const insert = db.prepare(
    `INSERT INTO assessment (id, framework_version, assessment_date, plan_start, pcn_name, created_at, updated_at)
     VALUES (?, '2026.1', '2026-11-22', '2026-12-01', ?, '2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++)
      insert.run(crypto.randomUUID(), count === 1 ? name : `${name} ${i} ${'x'.repeat(200)}`);
  })();
}

/** A data folder with a real, closed database holding `count` assessments, and a backup of it taken on 21 November. */
async function savedData(count = 1): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW, dailyBackup: false });
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.kind}`);
  insertAssessments(outcome.db, count);
  await takeBackup(outcome.db, path.join(dir, 'backups'), 'daily', new Date('2026-11-21T16:30:00.000Z'));
  outcome.db.close();
  return { dir, file: path.join(dir, DB_FILE_NAME) };
}

function pcnNames(db: DB): string[] {
  return (db.prepare('SELECT pcn_name FROM assessment ORDER BY pcn_name').pluck().all() as string[]).map((n) =>
    n.slice(0, 30),
  );
}

function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('a damaged or non-database file is moved aside, never deleted, and the newest backup offered', () => {
  it('garbage bytes: moved aside with the time in its name', async () => {
    const { dir, file } = await savedData();
    const garbage = crypto.randomBytes(16_384);
    fs.writeFileSync(file, garbage);

    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome).toMatchObject({
      kind: 'needs-recovery',
      cause: 'SQLITE_NOTADB',
      movedAside: path.join(dir, MOVED),
    });
    if (outcome.kind !== 'needs-recovery') return;
    expect(outcome.backups.map((b) => [b.createdAt, b.reason])).toEqual([['2026-11-21T16:30:00.000Z', 'daily']]);
    expect(listing(dir)).toEqual(['backups', MOVED]);
    expect(fs.readFileSync(path.join(dir, MOVED)).equals(garbage)).toBe(true);
  });

  it('a database damaged in the middle (it opens, but quick_check fails): moved aside with its -wal and -shm', async () => {
    const { dir, file } = await savedData(2000);
    const bytes = fs.readFileSync(file);
    const pages = bytes.length / 4096;
    expect(pages).toBeGreaterThan(100);
    for (let p = Math.floor(pages / 2); p < Math.floor(pages / 2) + 3; p++) bytes.fill(0xa5, p * 4096, (p + 1) * 4096);
    fs.writeFileSync(file, bytes);
    // It really is damaged in the way that matters: it opens and reads, and only the check finds it.
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.pragma('quick_check', { simple: true })).not.toBe('ok');
    raw.close();
    // Companion files as a crash would leave them.
    const wal = crypto.randomBytes(100);
    fs.writeFileSync(`${file}-wal`, wal);
    fs.writeFileSync(`${file}-shm`, Buffer.alloc(32_768));

    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome).toMatchObject({ kind: 'needs-recovery', cause: 'quick_check' });
    expect(listing(dir)).toEqual(['backups', MOVED, `${MOVED}-shm`, `${MOVED}-wal`]);
    expect(fs.readFileSync(path.join(dir, MOVED)).equals(bytes)).toBe(true);
    expect(fs.readFileSync(path.join(dir, `${MOVED}-wal`)).equals(wal)).toBe(true);
  });

  it('a truncated file: moved aside', async () => {
    const { dir, file } = await savedData(500);
    const truncated = fs.readFileSync(file).subarray(0, 4096 * 3);
    fs.writeFileSync(file, truncated);

    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW });
    expect(outcome).toMatchObject({ kind: 'needs-recovery', cause: 'SQLITE_CORRUPT' });
    expect(fs.readFileSync(path.join(dir, MOVED)).equals(truncated)).toBe(true);
  });

  it('never renames over an earlier damaged file', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    fs.writeFileSync(file, 'first');
    expect(path.basename(moveAside(file, NOW))).toBe(MOVED);
    fs.writeFileSync(file, 'second');
    const second = 'neighbourhood-ready.damaged-2026-11-22T10-00-00Z-2.sqlite';
    expect(path.basename(moveAside(file, NOW))).toBe(second);
    expect(fs.readFileSync(path.join(dir, MOVED), 'utf8')).toBe('first');
    expect(fs.readFileSync(path.join(dir, second), 'utf8')).toBe('second');
    expect(movedAsideFiles(dir)).toEqual([path.join(dir, second), path.join(dir, MOVED)]);
  });

  it('recovery: the newest good backup is offered (a damaged newer one is passed over) and restored', async () => {
    const { dir, file } = await savedData();
    // A newer backup that is itself damaged.
    const broken = path.join(dir, 'backups', 'neighbourhood-ready-2026-11-22T08-00-00-000Z-daily.sqlite');
    fs.writeFileSync(broken, crypto.randomBytes(8192));
    const damaged = crypto.randomBytes(8192);
    fs.writeFileSync(file, damaged);

    const h = await openSession(dir);
    expect(h.status).toEqual({
      kind: 'needs-recovery',
      folder: dir,
      movedAsideAs: MOVED,
      newestBackup: {
        name: 'neighbourhood-ready-2026-11-21T16-30-00-000Z-daily.sqlite',
        createdAt: '2026-11-21T16:30:00.000Z',
        reason: 'daily',
        bytes: expect.any(Number),
      },
    });
    // Nothing else works until the user has chosen.
    expect(await call(h.deps, 'listAssessments', undefined)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call(h.deps, 'recoverStartup', { choice: 'restore-newest' })).toEqual({
      ok: true,
      value: { kind: 'ok' },
    });
    expect(pcnNames(h.session.db)).toEqual(['Riverside Vale PCN']);
    expect(h.session.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(fs.readFileSync(path.join(dir, MOVED)).equals(damaged)).toBe(true);
    // The damaged backup is kept too: nothing is deleted on suspicion.
    expect(fs.existsSync(broken)).toBe(true);
    h.session.close();
  });

  it('recovery: starting with an empty database keeps the damaged file and the backups', async () => {
    const { dir, file } = await savedData();
    const damaged = crypto.randomBytes(8192);
    fs.writeFileSync(file, damaged);
    const h = await openSession(dir);
    expect(h.status.kind).toBe('needs-recovery');

    expect(await call(h.deps, 'recoverStartup', { choice: 'start-empty' })).toEqual({
      ok: true,
      value: { kind: 'ok' },
    });
    expect(pcnNames(h.session.db)).toEqual([]);
    expect(listing(dir)).toEqual(['backups', MOVED, DB_FILE_NAME, `${DB_FILE_NAME}-shm`, `${DB_FILE_NAME}-wal`]);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([
      'neighbourhood-ready-2026-11-21T16-30-00-000Z-daily.sqlite',
    ]);
    h.session.close();
  });

  it('recovery: when the app is closed before choosing, the next start asks again instead of starting empty', async () => {
    const { dir, file } = await savedData();
    fs.writeFileSync(file, crypto.randomBytes(8192));
    const first = await openSession(dir);
    expect(first.status.kind).toBe('needs-recovery');

    const second = await openSession(dir, '2026-11-22T11:00:00.000Z');
    expect(second.status).toMatchObject({ kind: 'needs-recovery', movedAsideAs: MOVED });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('recovery without any backup offers only an empty database', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), crypto.randomBytes(8192));
    const h = await openSession(dir);
    expect(h.status).toMatchObject({ kind: 'needs-recovery', newestBackup: null });
    expect(await call(h.deps, 'recoverStartup', { choice: 'restore-newest' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no backup that can be restored. Nothing was changed.' },
    });
    expect(fs.existsSync(path.join(dir, MOVED))).toBe(true);
  });
});

describe('a database from a newer version is refused and left byte-for-byte', () => {
  for (const mode of ['rollback journal', 'WAL'] as const) {
    it(`${mode}: no write, no backup, no move, and a message that says why`, async () => {
      const dir = tempDir();
      const file = path.join(dir, DB_FILE_NAME);
      const raw = new Database(file);
      if (mode === 'WAL') raw.pragma('journal_mode = WAL');
      raw.exec('CREATE TABLE assessment (id TEXT) STRICT; INSERT INTO assessment VALUES (42);');
      raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
      raw.close();
      const before = fs.readFileSync(file);

      const h = await openSession(dir);
      expect(h.status).toEqual({
        kind: 'newer',
        folder: dir,
        message:
          `This data was saved by a newer version of Neighbourhood Ready (data format ${LATEST_VERSION + 1}; ` +
          `this version understands up to ${LATEST_VERSION}). Nothing has been changed. ` +
          'Install the latest version of the app to open it.',
      });
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(listing(dir)).toEqual([DB_FILE_NAME]);
      // Trying again changes nothing either, and no channel can write to it.
      expect(await call(h.deps, 'retryStartup', undefined)).toMatchObject({ ok: true, value: { kind: 'newer' } });
      expect(await call(h.deps, 'createAssessment', { pcnName: 'X', assessmentDate: '2026-11-22' })).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(listing(dir)).toEqual([DB_FILE_NAME]);
    });
  }
});

describe('write problems that are not damage: their own message and a retry, never the move-aside path', () => {
  it('locked by another program (an exclusive lock held): "in use", then opens on retry', async () => {
    const { dir, file } = await savedData();
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const before = fs.readFileSync(file);

    const h = await openSession(dir);
    expect(h.status).toEqual({
      kind: 'unavailable',
      problem: 'locked',
      folder: dir,
      message:
        'Your data file is in use by another program, so Neighbourhood Ready cannot open it. Nothing has been changed. ' +
        'Close the other program (or another copy of Neighbourhood Ready), then try again.',
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(listing(dir).filter((f) => f.includes('damaged'))).toEqual([]);

    other.exec('ROLLBACK');
    other.close();
    expect(await call(h.deps, 'retryStartup', undefined)).toEqual({ ok: true, value: { kind: 'ok' } });
    expect(pcnNames(h.session.db)).toEqual(['Riverside Vale PCN']);
    h.session.close();
  });

  it('a lock taken after start: the save fails with "in use", earlier data intact, and the retry saves', async () => {
    const { dir, file } = await savedData();
    const h = await openSession(dir);
    h.session.db.pragma('busy_timeout = 100');
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const failed = await call(h.deps, 'createAssessment', { pcnName: 'Second PCN', assessmentDate: '2026-11-22' });
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'busy',
        message:
          'Not saved: the data file is in use by another program. Everything saved before this change is safe. Try again in a moment.',
      },
    });
    other.exec('ROLLBACK');
    other.close();
    expect(
      await call(h.deps, 'createAssessment', { pcnName: 'Second PCN', assessmentDate: '2026-11-22' }),
    ).toMatchObject({
      ok: true,
    });
    expect(pcnNames(h.session.db)).toEqual(['Riverside Vale PCN', 'Second PCN']);
    h.session.close();
  });

  it.runIf(readOnly.available)('a read-only data folder: "cannot write", nothing moved, opens on retry', async () => {
    const { dir, file } = await savedData();
    const before = fs.readFileSync(file);
    const undo = makeReadOnly(dir);
    let h: Awaited<ReturnType<typeof openSession>>;
    try {
      h = await openSession(dir);
      expect(h.status).toEqual({
        kind: 'unavailable',
        problem: 'read-only',
        folder: dir,
        message:
          `Neighbourhood Ready cannot write to its data folder, ${dir}. Nothing has been changed. ` +
          'Check that the folder and the file in it are not read-only and that you may change them, then try again.',
      });
      expect(listing(dir)).toEqual(['backups', DB_FILE_NAME]);
    } finally {
      undo();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(await call(h.deps, 'retryStartup', undefined)).toEqual({ ok: true, value: { kind: 'ok' } });
    expect(pcnNames(h.session.db)).toEqual(['Riverside Vale PCN']);
    h.session.close();
  });

  it.runIf(readOnly.available)(
    'a read-only data file: "cannot write", found at start rather than at the first save',
    async () => {
      const { dir, file } = await savedData();
      const before = fs.readFileSync(file);
      const undo = makeReadOnly(file);
      try {
        const h = await openSession(dir);
        expect(h.status).toMatchObject({ kind: 'unavailable', problem: 'read-only' });
        expect(listing(dir).filter((f) => f.includes('damaged'))).toEqual([]);
      } finally {
        undo();
      }
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    },
  );

  it('the disk filling up while the data format is updated: "disk is full", rolled back, nothing moved', async () => {
    const { dir, file } = await savedData(50);
    const filling: Migration = {
      version: LATEST_VERSION + 1,
      description: 'a step that needs more room than the disk has',
      up(db) {
        db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
        db.exec('CREATE TABLE big (x TEXT) STRICT; INSERT INTO big SELECT hex(randomblob(4000)) FROM assessment;');
      },
    };
    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW, migrations: [...MIGRATIONS, filling] });
    expect(outcome).toEqual({
      kind: 'disk-full',
      cause: 'SQLITE_FULL',
      message:
        'The disk is full, so your data cannot be opened safely. Nothing has been changed. Free some space, then try again.',
    });
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(after.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(50);
    after.close();
    expect(listing(dir).filter((f) => f.includes('damaged'))).toEqual([]);
    // The backup taken before the update is kept.
    expect(
      fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith(`before-migration-v${LATEST_VERSION}.sqlite`)),
    ).toHaveLength(1);
  });

  it('a migration that fails halfway: rolled back, backup kept, nothing moved, a message with the code', async () => {
    const { dir, file } = await savedData();
    const failing: Migration = {
      version: LATEST_VERSION + 1,
      description: 'breaks halfway',
      up(db) {
        db.exec('CREATE TABLE half (id TEXT) STRICT');
        throw Object.assign(new Error('went away'), { code: 'EIO' });
      },
    };
    const outcome = await openAppDatabase({ dataDir: dir, now: () => NOW, migrations: [...MIGRATIONS, failing] });
    expect(outcome).toEqual({
      kind: 'unreadable',
      cause: 'EIO',
      message:
        'Your data could not be opened (error EIO). Nothing has been changed or deleted. ' +
        'Try again; if it keeps happening, copy the diagnostic details for support.',
    });
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(pcnNames(after)).toEqual(['Riverside Vale PCN']);
    after.close();
    expect(listing(dir).filter((f) => !f.startsWith(DB_FILE_NAME))).toEqual(['backups']);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(2);
  });
});

describe('nothing a user saved is ever lost or deleted', () => {
  it('after every fault, the bytes of the saved data file are still in the data folder', async () => {
    // Each fault returns how to undo it (a lock to release), or null.
    const faults: [string, (file: string) => (() => void) | null][] = [
      [
        'garbage',
        (file) => {
          fs.writeFileSync(file, crypto.randomBytes(4096));
          return null;
        },
      ],
      [
        'truncated',
        (file) => {
          fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 2048));
          return null;
        },
      ],
      [
        'newer version',
        (file) => {
          const db = new Database(file);
          db.pragma(`user_version = ${LATEST_VERSION + 5}`);
          db.close();
          return null;
        },
      ],
      [
        'locked',
        (file) => {
          const db = new Database(file);
          db.exec('BEGIN EXCLUSIVE');
          return () => {
            db.exec('ROLLBACK');
            db.close();
          };
        },
      ],
    ];
    for (const [name, fault] of faults) {
      const { dir, file } = await savedData(3);
      const release = fault(file);
      const saved = fs.readFileSync(file);
      const h = await openSession(dir);
      expect(h.status.kind, name).not.toBe('ok');
      expect(bytesKeptIn(dir, saved), name).toBe(true);
      release?.();
      h.session.close();
    }
  });
});
