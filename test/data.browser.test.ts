/**
 * The "Your data and backups" screen and the recovery screens at start, in a real browser over
 * the real handlers and files: back up now, restore with the second confirmation (the safe
 * button has the focus), a bad restore file refused, diagnostics without names, and what the
 * start-up check shows for a damaged, a newer-version and a locked data file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../electron/db/migrations';
import { DataSession } from '../electron/db/session';
import { DB_FILE_NAME } from '../electron/db/startup';
import { type AppSession, browserAvailability, startSession } from './support/browser';
import { call } from './support/deps';

const { available } = browserAvailability();

function pcnNames(app: AppSession): string[] {
  return app.host.db.prepare('SELECT pcn_name FROM assessment ORDER BY pcn_name').pluck().all() as string[];
}

/** A data folder holding one assessment and a daily backup of it taken at 10:04 on 22 November 2026. */
async function folderWithBackup(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-browser-data-'));
  const session = new DataSession(dir, { now: () => new Date('2026-11-22T10:04:00.000Z') });
  await session.start();
  session.db
    .prepare(
      `INSERT INTO assessment (id, framework_version, assessment_date, plan_start, pcn_name, created_at, updated_at)
       VALUES (?, '2026.1', '2026-11-22', '2026-12-01', 'Riverside Vale PCN', '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')`,
    )
    .run(crypto.randomUUID());
  await session.backup('daily');
  session.close();
  return dir;
}

describe.runIf(available)('Your data and backups, in a real browser', () => {
  let app: AppSession;
  const clock = { now: new Date('2026-11-22T10:04:00.000Z') };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-browser-out-'));

  beforeAll(async () => {
    app = await startSession({ now: () => clock.now });
    const created = await call(app.host.deps, 'createAssessment', {
      pcnName: 'Riverside Vale PCN',
      assessmentDate: '2026-11-22',
    });
    expect(created.ok).toBe(true);
    await app.host.session.backup('daily');
    clock.now = new Date('2026-11-22T11:30:00.000Z');
    await call(app.host.deps, 'createAssessment', { pcnName: 'Added later PCN', assessmentDate: '2026-11-22' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is reachable from the home screen and shows where the data lives and the backups', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('main').getByRole('button', { name: 'Your data and backups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data and backups' }).waitFor();
    await expect(page.locator('.nhsuk-summary-list').textContent()).resolves.toBe(
      `Folder${app.dataDir}Data file${DB_FILE_NAME} (${Math.round(((app.host.db.pragma('page_count', { simple: true }) as number) * 4096) / 1024)} KB)` +
        'Automatic backupsIn the backups folder inside it',
    );
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows).toEqual([expect.stringMatching(/^22 November 2026 at 10:04Daily, when the app started\d+ KBRestore/)]);
    await app.assertAccessible('your data');
    await app.screenshot('your-data');

    await page.getByRole('button', { name: 'Open data folder' }).click();
    await expect.poll(() => app.host.desktopCalls.openFolder).toEqual([app.dataDir]);
    await app.assertClean();
  });

  it('backs up now to the file the user chose, checked', async () => {
    const { page } = app;
    const target = path.join(out, 'My backup.sqlite');
    app.host.dialogAnswers.save.push(target);
    await page.getByRole('button', { name: 'Back up now' }).click();
    const notice = page.getByText(/^Backup saved as My backup\.sqlite/);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe(
      `Backup saved as My backup.sqlite (${Math.round(fs.statSync(target).size / 1024)} KB). It was checked after it was written and is complete.`,
    );
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT pcn_name FROM assessment ORDER BY pcn_name').pluck().all()).toEqual([
      'Added later PCN',
      'Riverside Vale PCN',
    ]);
    copy.close();
    await app.assertClean();
  });

  it('restores only after a second confirmation whose default is the safe choice, backing up first', async () => {
    const { page } = app;
    const restoreRow = page.getByRole('button', { name: 'Restore the backup from 22 November 2026 at 10:04' });
    await restoreRow.click();
    const heading = page.getByRole('heading', { name: 'Restore the backup from 22 November 2026 at 10:04?' });
    await heading.waitFor();
    await expect(page.locator('.app-question-panel').textContent()).resolves.toContain(
      'It holds 1 assessment, last changed 22 November 2026 at 10:04.',
    );
    // The safe button has the focus: pressing Enter keeps the data as it is.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('No, keep my data as it is');
    await app.assertAccessible('restore confirmation');
    await app.screenshot('your-data-confirm-restore');
    await page.keyboard.press('Enter');
    await heading.waitFor({ state: 'detached' });
    expect(pcnNames(app)).toEqual(['Added later PCN', 'Riverside Vale PCN']);

    await restoreRow.click();
    await page.getByRole('button', { name: 'Yes, restore this backup' }).click();
    const notice = page.getByText(/^Restored the backup from/);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe(
      'Restored the backup from 22 November 2026 at 10:04. Your data as it was just before is kept as a backup from ' +
        '22 November 2026 at 11:30, listed below.',
    );
    expect(pcnNames(app)).toEqual(['Riverside Vale PCN']);
    await expect
      .poll(() => page.locator('tbody tr td:nth-child(2)').allTextContents())
      .toEqual(['Before a restore', 'Daily, when the app started']);
    const safety = path.join(
      app.dataDir,
      'backups',
      'neighbourhood-ready-2026-11-22T11-30-00-000Z-before-restore.sqlite',
    );
    const kept = new Database(safety, { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(2);
    kept.close();
    await app.assertAccessible('after restore');
    await app.screenshot('your-data-restored');

    // The home screen shows the restored data.
    await page.getByRole('button', { name: 'Neighbourhood Ready', exact: true }).click();
    await page.getByRole('row', { name: /Riverside Vale PCN/ }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Added later PCN/ }).count()).toBe(0);
    await app.assertClean();
  });

  it('refuses a file that is not a Neighbourhood Ready database, precisely, changing nothing', async () => {
    const { page } = app;
    await page.locator('footer').getByRole('button', { name: 'Your data and backups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data and backups' }).waitFor();
    const garbage = path.join(out, 'holiday photos.sqlite');
    fs.writeFileSync(garbage, crypto.randomBytes(20_000));
    app.host.dialogAnswers.open.push([garbage]);
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(
      'This file cannot be restored' +
        'holiday photos.sqlite is not a Neighbourhood Ready backup: it is not a database file. Nothing was changed.',
    );
    expect(pcnNames(app)).toEqual(['Riverside Vale PCN']);
    await app.assertAccessible('bad restore file');
    await app.screenshot('your-data-bad-file');
    await app.assertClean();
  });

  it('copies diagnostic details without any PCN name, and shows them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Copy diagnostic details' }).click();
    const pre = page.locator('pre.app-diagnostics');
    await pre.waitFor();
    const text = await pre.textContent();
    expect(app.host.desktopCalls.copied).toEqual([text]);
    expect(text).toMatch(/^Neighbourhood Ready 0\.1\.0\n/);
    expect(text).toContain('Assessments: 1 (0 recently deleted)\n');
    for (const secret of ['Riverside', 'Vale', 'Added later', app.dataDir]) expect(text).not.toContain(secret);
    await app.assertAccessible('diagnostics');
    await app.screenshot('your-data-diagnostics');
    await app.assertClean();
  });
});

describe.runIf(available)('what the start-up check shows, in a real browser', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('a damaged data file: kept, explained, and the newest backup restored', async () => {
    const dataDir = await folderWithBackup();
    fs.writeFileSync(path.join(dataDir, DB_FILE_NAME), crypto.randomBytes(16_384));
    app = await startSession({ dataDir, now: () => new Date('2026-11-23T09:00:00.000Z') });
    const { page } = app;
    await app.open();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Your data file could not be read',
    );
    await expect(page.locator('.app-notice').textContent()).resolves.toBe(
      `Nothing has been deleted. The file has been kept, renamed, in ${dataDir} as ` +
        'neighbourhood-ready.damaged-2026-11-23T09-00-00Z.sqlite.Your backups are kept in the backups folder beside it.',
    );
    // The safe choice is the main button; starting empty is the secondary one.
    await expect(page.locator('main .nhsuk-button:not(.nhsuk-button--secondary)').allTextContents()).resolves.toEqual([
      'Restore the newest backup, from 22 November 2026 at 10:04',
    ]);
    await app.assertAccessible('recovery');
    await app.screenshot('startup-damaged');

    await page.getByRole('button', { name: 'Restore the newest backup, from 22 November 2026 at 10:04' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toBe(
      'Your data was restored from the backup of 22 November 2026 at 10:04. The file that could not be read is kept ' +
        'in the data folder as neighbourhood-ready.damaged-2026-11-23T09-00-00Z.sqlite.',
    );
    await page.getByRole('row', { name: /Riverside Vale PCN/ }).waitFor();
    expect(fs.existsSync(path.join(dataDir, 'neighbourhood-ready.damaged-2026-11-23T09-00-00Z.sqlite'))).toBe(true);
    await app.assertAccessible('recovered');
    await app.screenshot('startup-recovered');
    await app.assertClean();
  });

  it('a newer-version data file: says why, no way to delete it, and it stays byte-for-byte', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-browser-newer-'));
    const file = path.join(dataDir, DB_FILE_NAME);
    const raw = new Database(file);
    raw.exec('CREATE TABLE assessment (id TEXT); INSERT INTO assessment VALUES (1);');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    app = await startSession({ dataDir });
    const { page } = app;
    await app.open();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Your data is from a newer version of Neighbourhood Ready',
    );
    await expect(
      page
        .getByRole('main')
        .getByText(/^This data was saved by a newer version/)
        .textContent(),
    ).resolves.toBe(
      `This data was saved by a newer version of Neighbourhood Ready (data format ${LATEST_VERSION + 1}; this version ` +
        `understands up to ${LATEST_VERSION}). Nothing has been changed. Install the latest version of the app to open it.`,
    );
    await expect(page.getByRole('main').getByRole('button').allTextContents()).resolves.toEqual([
      'Open data folder',
      'Copy diagnostic details',
    ]);
    await app.assertAccessible('newer version');
    await app.screenshot('startup-newer');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([DB_FILE_NAME]);
    await app.assertClean();
  });

  it('a data file locked by another program: its own message, nothing moved, and "Try again" opens it', async () => {
    const dataDir = await folderWithBackup();
    const other = new Database(path.join(dataDir, DB_FILE_NAME));
    other.exec('BEGIN EXCLUSIVE');
    app = await startSession({ dataDir });
    const { page } = app;
    await app.open();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Neighbourhood Ready cannot open your data',
    );
    await page.getByText(/^Your data file is in use by another program/).waitFor();
    await app.assertAccessible('locked');
    await app.screenshot('startup-locked');
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([]);

    other.exec('ROLLBACK');
    other.close();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('row', { name: /Riverside Vale PCN/ }).waitFor();
    await app.assertClean();
  });
});
