/**
 * Backups and restore on real files: the daily backup at start (at most one a day, clock
 * injected), rotation, a backup before every step that replaces data, "Back up now" to a chosen
 * file, restore from an automatic backup or a chosen file (current state backed up first, bad
 * files refused with nothing changed), "Open data folder" and the diagnostic details.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupInfos, takeBackup } from '../electron/db/backup';
import { LATEST_VERSION } from '../electron/db/migrations';
import type { DB } from '../electron/db/open';
import { DB_FILE_NAME } from '../electron/db/startup';
import { EXAMPLE_ASSESSMENT_ID } from '../shared/example';
import { call } from './support/deps';
import { makeReadOnly, openSession, readOnly, type SessionHarness } from './support/session';
import { tempDir } from './support/temp';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/nhs');

function backupNames(dir: string): string[] {
  return fs.readdirSync(path.join(dir, 'backups')).sort();
}

function pcnNamesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT pcn_name FROM assessment ORDER BY pcn_name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function pcnNames(db: DB): string[] {
  return db.prepare('SELECT pcn_name FROM assessment ORDER BY pcn_name').pluck().all() as string[];
}

async function create(h: SessionHarness, pcnName: string): Promise<void> {
  const result = await call(h.deps, 'createAssessment', { pcnName, assessmentDate: '2026-11-22' });
  if (!result.ok) throw new Error(result.error.message);
}

async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('automatic backups', () => {
  it('at start, at most once a calendar day, never of an empty database, each verified', async () => {
    const dir = tempDir();
    let h = await openSession(dir, '2026-11-22T09:00:00.000Z');
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false); // nothing saved yet, nothing to back up
    await create(h, 'Riverside Vale PCN');
    h.session.close();

    const starts = [
      '2026-11-22T10:00:00.000Z', // first start with data: backed up
      '2026-11-22T11:00:00.000Z', // same day: not again
      '2026-11-23T10:00:00.000Z', // next day: backed up
      '2026-11-23T10:30:00.000Z',
    ];
    for (const at of starts) {
      h = await openSession(dir, at);
      expect(h.status).toEqual({ kind: 'ok' });
      h.session.close();
    }
    expect(backupNames(dir)).toEqual([
      'neighbourhood-ready-2026-11-22T10-00-00-000Z-daily.sqlite',
      'neighbourhood-ready-2026-11-23T10-00-00-000Z-daily.sqlite',
    ]);
    for (const name of backupNames(dir)) {
      const copy = new Database(path.join(dir, 'backups', name), { readonly: true });
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      // A single self-contained file: no -wal or -shm beside it.
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      copy.close();
      expect(pcnNamesIn(path.join(dir, 'backups', name))).toEqual(['Riverside Vale PCN']);
    }
    expect(backupNames(dir)).toHaveLength(2);
  });

  it('a backup dated in the future (the clock was changed) does not stop today’s', async () => {
    const dir = tempDir();
    const h = await openSession(dir);
    await create(h, 'Riverside Vale PCN');
    await takeBackup(h.session.db, path.join(dir, 'backups'), 'daily', new Date('2027-01-01T10:00:00.000Z'));
    h.session.close();
    const again = await openSession(dir, '2026-11-22T12:00:00.000Z');
    again.session.close();
    expect(backupNames(dir)).toEqual([
      'neighbourhood-ready-2026-11-22T12-00-00-000Z-daily.sqlite',
      'neighbourhood-ready-2027-01-01T10-00-00-000Z-daily.sqlite',
    ]);
  });

  it(`keeps the newest ${BACKUPS_KEPT} in rotation, whatever their reason`, async () => {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    const backupDir = path.join(h.dir, 'backups');
    for (let day = 1; day <= 12; day++) {
      const at = new Date(Date.UTC(2026, 10, day, 9));
      await takeBackup(h.session.db, backupDir, day % 2 ? 'daily' : 'before-restore', at);
    }
    const kept = backupInfos(backupDir);
    expect(BACKUPS_KEPT).toBe(10);
    expect(kept.map((b) => b.createdAt.slice(0, 10))).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-11-${String(12 - i).padStart(2, '0')}`),
    );
    expect(fs.readdirSync(backupDir)).toHaveLength(10);
    h.session.close();
  });

  it('lists backups newest first with their reason, including the older naming', async () => {
    const dir = tempDir();
    const backupDir = path.join(dir, 'backups');
    fs.mkdirSync(backupDir);
    for (const name of [
      'neighbourhood-ready-before-migration-v1-2026-11-20T08-00-00-000Z.sqlite',
      'neighbourhood-ready-2026-11-21T08-00-00-000Z-daily.sqlite',
      'neighbourhood-ready-2026-11-19T08-00-00-000Z-before-import-replace.sqlite',
      'notes.txt',
      'neighbourhood-ready-2026-11-21T08-00-00-000Z-daily.sqlite-journal',
    ]) {
      fs.writeFileSync(path.join(backupDir, name), 'x');
    }
    expect(backupInfos(backupDir).map((b) => [b.createdAt, b.reason])).toEqual([
      ['2026-11-21T08:00:00.000Z', 'daily'],
      ['2026-11-20T08:00:00.000Z', 'before-migration-v1'],
      ['2026-11-19T08:00:00.000Z', 'before-import-replace'],
    ]);
  });

  it('replacing an assessment with an imported file is preceded by a verified backup holding the old version', async () => {
    const h = await openSession();
    const exported = path.join(tempDir(), 'example.json');
    await must(call(h.deps, 'loadExample', undefined));
    h.answers.save.push(exported);
    await must(call(h.deps, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'assessment' }));
    h.session.db.prepare("UPDATE assessment SET pcn_name = 'Edited here' WHERE id = ?").run(EXAMPLE_ASSESSMENT_ID);

    h.answers.open.push([exported]);
    const asked = await must(call(h.deps, 'importAssessmentFile', undefined));
    if (asked?.outcome !== 'exists') throw new Error('expected a question');
    h.clock.now = new Date('2026-11-22T10:05:00.000Z');
    await must(call(h.deps, 'resolveImport', { token: asked.token, choice: 'replace' }));

    expect(backupNames(h.dir)).toEqual(['neighbourhood-ready-2026-11-22T10-05-00-000Z-before-import-replace.sqlite']);
    const [backup] = backupInfos(path.join(h.dir, 'backups'));
    expect(pcnNamesIn(backup?.file ?? '')).toEqual(['Edited here']);
    expect(pcnNames(h.session.db)).toEqual(['Riverside Vale PCN (fictional example)']);
    h.session.close();
  });

  it('importing the NHS directory over an earlier one is preceded by a backup', async () => {
    const h = await openSession();
    const mapping = path.join(FIXTURES, 'gp-reg-pat-prac-map_fixture.csv');
    h.answers.open.push([mapping], [mapping]);
    await must(call(h.deps, 'importDirectory', undefined));
    expect(fs.existsSync(path.join(h.dir, 'backups'))).toBe(false);
    h.clock.now = new Date('2026-11-22T10:07:00.000Z');
    await must(call(h.deps, 'importDirectory', undefined));
    expect(backupNames(h.dir)).toEqual(['neighbourhood-ready-2026-11-22T10-07-00-000Z-before-directory-import.sqlite']);
    h.session.close();
  });
});

describe('Back up now', () => {
  it('writes a verified copy where the user chose, and nothing when they cancel', async () => {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    const out = tempDir();
    const target = path.join(out, 'My backup.sqlite');
    h.answers.save.push(target, null);

    const saved = await must(call(h.deps, 'backupNow', undefined));
    expect(saved).toEqual({ fileName: 'My backup.sqlite', bytes: fs.statSync(target).size });
    expect(fs.readdirSync(out)).toEqual(['My backup.sqlite']);
    expect(pcnNamesIn(target)).toEqual(['Riverside Vale PCN']);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();

    expect(await call(h.deps, 'backupNow', undefined)).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(out)).toEqual(['My backup.sqlite']);
    h.session.close();
  });

  it('replaces an older file of the same name only once the new copy is complete', async () => {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    const target = path.join(tempDir(), 'backup.sqlite');
    fs.writeFileSync(target, 'an older file');
    h.answers.save.push(target);
    await must(call(h.deps, 'backupNow', undefined));
    expect(pcnNamesIn(target)).toEqual(['Riverside Vale PCN']);
    h.session.close();
  });

  it.runIf(readOnly.available)('to a folder that cannot be written: a clear message, no partial file', async () => {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    const out = tempDir();
    h.answers.save.push(path.join(out, 'backup.sqlite'));
    const undo = makeReadOnly(out);
    try {
      expect(await call(h.deps, 'backupNow', undefined)).toEqual({
        ok: false,
        error: {
          code: 'read-only',
          message:
            'backup.sqlite was not saved: that folder cannot be written to, or the file is open in another program. ' +
            'Your data itself is safe and unchanged. Choose another place, then try again.',
        },
      });
    } finally {
      undo();
    }
    expect(fs.readdirSync(out)).toEqual([]);
    expect(pcnNames(h.session.db)).toEqual(['Riverside Vale PCN']);
    h.session.close();
  });
});

describe('restore', () => {
  async function withTwoStates() {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    const backupFile = await h.session.backup('daily');
    h.clock.now = new Date('2026-11-22T15:30:00.000Z');
    await create(h, 'Added later PCN');
    return { h, backupName: path.basename(backupFile) };
  }

  it('from an automatic backup: checked, the current state backed up first, then restored for every handler', async () => {
    const { h, backupName } = await withTwoStates();
    const candidate = await must(call(h.deps, 'prepareRestore', { name: backupName }));
    expect(candidate).toEqual({
      token: expect.any(String),
      fileName: backupName,
      createdAt: '2026-11-22T10:00:00.000Z',
      assessments: 1,
      lastChanged: '2026-11-22T10:00:00.000Z',
    });
    // Checking changes nothing.
    expect(pcnNames(h.session.db)).toEqual(['Added later PCN', 'Riverside Vale PCN']);

    const done = await must(call(h.deps, 'restoreBackup', { token: candidate.token }));
    expect(done).toEqual({
      fileName: backupName,
      safetyBackup: {
        name: 'neighbourhood-ready-2026-11-22T15-30-00-000Z-before-restore.sqlite',
        createdAt: '2026-11-22T15:30:00.000Z',
        reason: 'before-restore',
        bytes: expect.any(Number),
      },
    });
    // Every handler now sees the restored data.
    const listed = await must(call(h.deps, 'listAssessments', undefined));
    expect(listed.map((a) => a.pcnName)).toEqual(['Riverside Vale PCN']);
    // The state before the restore is kept, verified.
    expect(pcnNamesIn(path.join(h.dir, 'backups', done.safetyBackup.name))).toEqual([
      'Added later PCN',
      'Riverside Vale PCN',
    ]);
    // The restored database is healthy, durable and can be written to.
    expect(h.session.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(h.session.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await create(h, 'After the restore PCN');
    expect(pcnNames(h.session.db)).toEqual(['After the restore PCN', 'Riverside Vale PCN']);
    // Nothing is left in the staging folder, and a token works once.
    expect(fs.existsSync(path.join(h.dir, 'restore-staging'))).toBe(false);
    expect(await call(h.deps, 'restoreBackup', { token: candidate.token })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That restore is no longer waiting. Choose the backup again.' },
    });
    h.session.close();
  });

  it('from the oldest of a full set of backups: rotation after the safety backup cannot remove what is being restored', async () => {
    const h = await openSession();
    await create(h, 'Oldest state PCN');
    const backupDir = path.join(h.dir, 'backups');
    const oldest = path.basename(await takeBackup(h.session.db, backupDir, 'daily', new Date('2026-11-01T09:00:00Z')));
    await create(h, 'Newer PCN');
    for (let day = 2; day <= BACKUPS_KEPT; day++) {
      await takeBackup(h.session.db, backupDir, 'daily', new Date(Date.UTC(2026, 10, day, 9)));
    }
    const candidate = await must(call(h.deps, 'prepareRestore', { name: oldest }));
    await must(call(h.deps, 'restoreBackup', { token: candidate.token }));
    expect(pcnNames(h.session.db)).toEqual(['Oldest state PCN']);
    expect(fs.existsSync(path.join(backupDir, oldest))).toBe(false); // rotated out, after being restored
    h.session.close();
  });

  it('from a chosen file: a backup made with "Back up now" is restored', async () => {
    const { h } = await withTwoStates();
    const file = path.join(tempDir(), 'Board copy.sqlite');
    h.session.db.prepare("UPDATE assessment SET pcn_name = 'In the copy PCN' WHERE pcn_name = 'Added later PCN'").run();
    h.answers.save.push(file);
    await must(call(h.deps, 'backupNow', undefined));
    await create(h, 'Not in the copy PCN');

    h.answers.open.push([file]);
    const candidate = await must(call(h.deps, 'chooseRestoreFile', undefined));
    expect(candidate).toMatchObject({ fileName: 'Board copy.sqlite', createdAt: null, assessments: 2 });
    await must(call(h.deps, 'restoreBackup', { token: candidate?.token ?? '' }));
    expect(pcnNames(h.session.db)).toEqual(['In the copy PCN', 'Riverside Vale PCN']);
    expect(fs.existsSync(file)).toBe(true); // the chosen file is only read
    h.session.close();
  });

  it('from a chosen file that is not a good Neighbourhood Ready database: a precise error, nothing changed', async () => {
    const { h } = await withTwoStates();
    const out = tempDir();
    const files = {
      garbage: path.join(out, 'garbage.sqlite'),
      other: path.join(out, 'other app.sqlite'),
      newer: path.join(out, 'newer.sqlite'),
      damaged: path.join(out, 'damaged.sqlite'),
      empty: path.join(out, 'empty.sqlite'),
    };
    fs.writeFileSync(files.garbage, crypto.randomBytes(10_000));
    const other = new Database(files.other);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.pragma('user_version = 1');
    other.close();
    h.answers.save.push(files.newer);
    await must(call(h.deps, 'backupNow', undefined));
    const newer = new Database(files.newer);
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    // A big enough copy whose middle pages are overwritten: it opens, but fails the check.
    const big = new Database(files.damaged);
    big.exec(
      "CREATE TABLE assessment (id TEXT, pcn_name TEXT, updated_at TEXT, deleted_at TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO assessment SELECT i, hex(randomblob(100)), '', NULL FROM n;",
    );
    big.pragma('user_version = 1');
    big.close();
    const bytes = fs.readFileSync(files.damaged);
    bytes.fill(0x5a, 4096 * 20, 4096 * 24);
    fs.writeFileSync(files.damaged, bytes);
    fs.writeFileSync(files.empty, '');

    const before = { names: pcnNames(h.session.db), backups: backupNames(h.dir) };
    const expected: Record<keyof typeof files, string> = {
      garbage: 'garbage.sqlite is not a Neighbourhood Ready backup: it is not a database file. Nothing was changed.',
      other: 'other app.sqlite is a database, but not one made by Neighbourhood Ready. Nothing was changed.',
      newer:
        `newer.sqlite was saved by a newer version of Neighbourhood Ready (data format ${LATEST_VERSION + 1}; this version ` +
        `understands up to ${LATEST_VERSION}). Install the latest version of the app to restore it. Nothing was changed.`,
      damaged: 'damaged.sqlite is damaged: it failed the database integrity check. Nothing was changed.',
      empty: 'empty.sqlite is a database, but not one made by Neighbourhood Ready. Nothing was changed.',
    };
    for (const [kind, file] of Object.entries(files) as [keyof typeof files, string][]) {
      const original = fs.readFileSync(file);
      h.answers.open.push([file]);
      expect(await call(h.deps, 'chooseRestoreFile', undefined), kind).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: expected[kind] },
      });
      expect(fs.readFileSync(file).equals(original), kind).toBe(true);
    }
    expect(pcnNames(h.session.db)).toEqual(before.names);
    expect(backupNames(h.dir)).toEqual(before.backups);
    expect(fs.readdirSync(path.join(h.dir, 'restore-staging'))).toEqual([]);

    h.answers.open.push([path.join(h.dir, DB_FILE_NAME)]);
    expect(await call(h.deps, 'chooseRestoreFile', undefined)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'neighbourhood-ready.sqlite is the data file in use now. Choose a backup. Nothing was changed.',
      },
    });
    h.session.close();
  });

  it('refuses a backup name that is not in the folder, or is a path', async () => {
    const { h } = await withTwoStates();
    expect(
      await call(h.deps, 'prepareRestore', { name: 'neighbourhood-ready-2020-01-01T00-00-00-000Z-daily.sqlite' }),
    ).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That backup is no longer in the backups folder. Nothing was changed.' },
    });
    expect(await call(h.deps, 'prepareRestore', { name: '../neighbourhood-ready.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    h.session.close();
  });
});

describe('Your data: overview, folder and diagnostics', () => {
  it('shows where the data lives and the backups, and opens the folder through the desktop', async () => {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    await h.session.backup('daily');
    const overview = await must(call(h.deps, 'dataOverview', undefined));
    expect(overview).toEqual({
      folder: h.dir,
      fileName: 'neighbourhood-ready.sqlite',
      bytes: (h.session.db.pragma('page_count', { simple: true }) as number) * 4096,
      schemaVersion: LATEST_VERSION,
      backups: [
        {
          name: 'neighbourhood-ready-2026-11-22T10-00-00-000Z-daily.sqlite',
          createdAt: '2026-11-22T10:00:00.000Z',
          reason: 'daily',
          bytes: expect.any(Number),
        },
      ],
      backupsKept: 10,
    });
    expect(await call(h.deps, 'openDataFolder', undefined)).toEqual({ ok: true, value: null });
    expect(h.desktopCalls.openFolder).toEqual([h.dir]);
    h.session.close();
  });

  it('diagnostic details: versions, counts and error codes, never names, content or paths', async () => {
    const h = await openSession();
    await create(h, 'Riverside Vale PCN');
    await create(h, 'Second Neighbourhood PCN');
    // A save that fails on a full disk is recorded by its code.
    h.session.db.pragma(`max_page_count = ${h.session.db.pragma('page_count', { simple: true })}`);
    let failure: unknown;
    let created = 0;
    for (let i = 0; i < 200 && !failure; i++) {
      const result = await call(h.deps, 'createAssessment', {
        pcnName: `Confidential ${i} ${'x'.repeat(150)}`,
        assessmentDate: '2026-11-22',
      });
      if (!result.ok) failure = result.error;
      else created++;
    }
    expect(failure).toMatchObject({ code: 'disk-full' });
    h.session.db.pragma('max_page_count = 1073741823');

    const { text, copied } = await must(call(h.deps, 'copyDiagnostics', undefined));
    expect(copied).toBe(true);
    expect(h.desktopCalls.copied).toEqual([text]);
    expect(text).toBe(
      [
        'Neighbourhood Ready 0.1.0',
        'Generated: 2026-11-22T10:00:00.000Z',
        'Operating system: TestOS 1.0 (linux, x64)',
        'Electron: 45.4.1',
        'Chrome: 140.0.0.0',
        'Node: 24.0.0',
        'Start-up check: ok',
        `Data format: ${LATEST_VERSION} (this version understands up to ${LATEST_VERSION})`,
        `Assessments: ${2 + created} (0 recently deleted)`,
        `Data file size: ${(h.session.db.pragma('page_count', { simple: true }) as number) * 4096} bytes`,
        'Automatic backups: 0 of 10 kept, newest none',
        'Recent errors:',
        '  2026-11-22T10:00:00.000Z createAssessment: disk-full (SQLITE_FULL)',
        '',
      ].join('\n'),
    );
    for (const secret of ['Riverside', 'Neighbourhood PCN', 'Confidential', h.dir]) expect(text).not.toContain(secret);
    h.session.close();
  });

  it('diagnostic details work when the data could not be opened', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), crypto.randomBytes(4096));
    const h = await openSession(dir);
    const { text } = await must(call(h.deps, 'copyDiagnostics', undefined));
    expect(text).toContain('Start-up check: needs-recovery\n');
    expect(text).toContain('Assessments: not open\n');
    expect(text).toContain('  2026-11-22T10:00:00.000Z start-up: damaged (SQLITE_NOTADB)\n');
    expect(text).not.toContain(dir);
  });
});
