import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateLong, todayIso } from '../shared/dates';
import { EXAMPLE_ASSESSMENT_ID } from '../shared/example';
import { type AppSession, browserAvailability, startSession } from './support/browser';
import { call } from './support/deps';
import { tempDir } from './support/temp';

const { available } = browserAvailability();

describe.runIf(available)('home screen in a real browser', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startSession();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a helpful empty state', async () => {
    await app.open();
    await app.page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
    await app.assertAccessible('empty home');
    await app.screenshot('home-empty');
    await app.assertClean();
  });

  it('refuses a blank PCN name with an error summary that takes focus and links to the field', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Start assessment' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary.getByRole('alert').textContent()).resolves.toContain('Enter the name of your PCN.');
    // Focus moves from the button to the summary, so a screen reader reads the problem first.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Enter the name of your PCN.' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('pcnName');
    await app.assertAccessible('home with error');
    await app.screenshot('home-blank-name');
    await app.assertClean();
  });

  it('refuses a PCN name of only invisible characters, as the main process and files do', async () => {
    // Hardening round 2, case 2: a zero-width space and a right-to-left override are not a name.
    const { page } = app;
    await page.locator('input[name="pcnName"]').fill('\u200B\u202E\u200B');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Enter the name of your PCN.');
    expect(app.host.db.prepare('SELECT count(*) AS n FROM assessment').get()).toEqual({ n: 0 });
    await page.locator('input[name="pcnName"]').fill('');
    await app.assertClean();
  });

  it('says in plain words when a PCN name is too long, with no internal field name', async () => {
    const { page } = app;
    await page.locator('input[name="pcnName"]').fill('N'.repeat(201));
    await page.getByRole('button', { name: 'Start assessment' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('PCN name must be 200 characters or fewer.');
    expect(await summary.textContent()).not.toContain('pcnName');
    await expect(page.locator('.nhsuk-error-message').first().textContent()).resolves.toBe(
      'Error: PCN name must be 200 characters or fewer.',
    );
    expect(app.host.db.prepare('SELECT count(*) AS n FROM assessment').get()).toEqual({ n: 0 });
    await app.assertClean();
  });

  it('creates an assessment with the keyboard only, and it is still there after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Tab from the top of the page to the PCN name field: every control is reachable by keyboard.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'pcnName');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('Riverside & Dales PCN');
    for (const part of ['14', '11', '2026']) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Enter');
    // Starting an assessment opens it at the PCN profile; the list has it on the way back.
    await page.getByRole('heading', { level: 1, name: 'Your PCN' }).waitFor();
    await page.getByRole('button', { name: /All assessments/ }).click();
    const row = page.getByRole('row', { name: /Riverside & Dales PCN/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('14 November 2026');

    await page.reload();
    await page.getByRole('row', { name: /Riverside & Dales PCN/ }).waitFor();
    const stored = app.host.db.prepare('SELECT pcn_name, assessment_date FROM assessment').all();
    expect(stored).toEqual([{ pcn_name: 'Riverside & Dales PCN', assessment_date: '2026-11-14' }]);
    await app.assertAccessible('home with assessments');
    await app.screenshot('home-with-assessments');
    await app.assertClean();
  });
});

describe.runIf(available)('home screen: example, delete and undo, importing a file', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startSession();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the worked example in one click, then deletes it with confirmation and undoes it', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: 'See a worked example' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await page.getByRole('button', { name: /All assessments/ }).click();
    const row = page.getByRole('row', { name: /Riverside Vale PCN/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('36 of 36 questions');

    await page.getByRole('button', { name: /^Delete Riverside Vale PCN/ }).click();
    await app.assertAccessible('home, confirming delete');
    await page.getByRole('button', { name: /^Yes, delete Riverside Vale PCN/ }).click();
    await page.getByText(/^Deleted Riverside Vale PCN/).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Riverside Vale PCN/ }).count()).toBe(0);
    // Deleted means hidden and restorable, not gone.
    expect(app.host.db.prepare('SELECT count(*) AS n FROM assessment WHERE deleted_at IS NOT NULL').get()).toEqual({
      n: 1,
    });
    await app.assertAccessible('home, deleted with undo');
    await app.screenshot('home-deleted-undo');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('row', { name: /Riverside Vale PCN/ }).waitFor();
    expect(app.host.db.prepare('SELECT count(*) AS n FROM assessment WHERE deleted_at IS NULL').get()).toEqual({
      n: 1,
    });
    await app.assertClean();
  });

  it('imports an assessment file, and asks before touching one that is already here', async () => {
    const { page } = app;
    const dir = tempDir('nr-home-import-');
    const file = path.join(dir, 'example.json');
    app.host.dialogAnswers.save.push(file);
    const saved = await call(app.host.deps, 'exportPlan', {
      assessmentId: EXAMPLE_ASSESSMENT_ID,
      format: 'assessment',
    });
    expect(saved.ok).toBe(true);

    app.host.dialogAnswers.open.push([file]);
    await page.getByRole('button', { name: 'Open an assessment file' }).click();
    await page.getByRole('heading', { name: /is already here/ }).waitFor();
    await app.assertAccessible('home, import question');
    await app.screenshot('home-import-exists');
    await page.getByRole('button', { name: 'Keep both (import as a copy)' }).click();
    await page.getByText(/^Imported Riverside Vale PCN/).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Riverside Vale PCN/ }).count()).toBe(2);
    // Two rows alike (same PCN, date, progress and status): screen readers still hear two different buttons.
    const openNames = await page
      .getByRole('button', { name: /^Open Riverside Vale PCN/ })
      .evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim() ?? ''));
    expect(openNames).toHaveLength(2);
    expect(new Set(openNames).size).toBe(2);
    for (const name of openNames) {
      expect(name).toMatch(
        /^Open Riverside Vale PCN \(fictional example\), \d+ \w+ \d{4} \(36 of 36 questions, .+, [12] of 2 alike\)$/,
      );
    }

    fs.writeFileSync(path.join(dir, 'broken.json'), '{"format": "neighbourhood-ready-assessment", "formatVersion": 1,');
    app.host.dialogAnswers.open.push([path.join(dir, 'broken.json')]);
    await page.getByRole('button', { name: 'Open an assessment file' }).click();
    await page.getByRole('heading', { name: 'The file was not imported' }).waitFor();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(
      /broken\.json: .*Nothing was imported\./,
    );
    expect(app.host.db.prepare('SELECT count(*) AS n FROM assessment').get()).toEqual({ n: 2 });
    await app.assertAccessible('home, import error');
    await app.assertClean();
  });
});

describe.runIf(available)('home screen: questions before deleting or reassessing', () => {
  let app: AppSession;
  const today = todayIso(() => new Date());
  const row = (name: string) => app.page.getByRole('row', { name: new RegExp(name) });
  const countNamed = (name: string) =>
    (app.host.db.prepare('SELECT count(*) AS n FROM assessment WHERE pcn_name = ?').get(name) as { n: number }).n;
  const focusedText = () => app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  beforeAll(async () => {
    app = await startSession();
    const created = await call(app.host.deps, 'createAssessment', { pcnName: 'Dales PCN', assessmentDate: today });
    expect(created.ok).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Escape cancels the delete question, wherever focus is in it, and returns focus to Delete', async () => {
    const { page } = app;
    await app.open();
    await row('Dales PCN').waitFor();
    await page.getByRole('button', { name: /^Delete Dales PCN/ }).click();
    const yes = page.getByRole('button', { name: /^Yes, delete Dales PCN/ });
    await yes.waitFor();
    // The question is read out first: focus is on its words.
    await expect(focusedText()).resolves.toMatch(/^Delete this assessment/);
    await page.keyboard.press('Escape');
    await expect.poll(() => yes.count()).toBe(0);
    await expect(focusedText()).resolves.toMatch(/^Delete Dales PCN/);

    await page.keyboard.press('Enter');
    await yes.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => yes.count()).toBe(0);
    expect(app.host.db.prepare('SELECT count(*) AS n FROM assessment WHERE deleted_at IS NOT NULL').get()).toEqual({
      n: 0,
    });
    await app.assertClean();
  });

  it('Reassess says what it will create, warns of a same-name, same-date row, and creates nothing until asked', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Reassess Dales PCN/ }).click();
    const yes = page.getByRole('button', { name: /^Yes, start the reassessment of Dales PCN/ });
    await yes.waitFor();
    const question = await page.locator('.app-row-confirm p').textContent();
    expect(question).toContain(`This creates a new assessment of Dales PCN dated ${formatDateLong(today)}`);
    expect(question).toContain('This assessment is not changed.');
    expect(question).toContain(
      `You already have an assessment of Dales PCN dated ${formatDateLong(today)}, so the list will show another with the same name and date.`,
    );
    await app.assertAccessible('home, reassess question');
    await app.screenshot('home-reassess-question');
    expect(countNamed('Dales PCN')).toBe(1);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => yes.count()).toBe(0);
    await expect(focusedText()).resolves.toMatch(/^Reassess Dales PCN/);
    expect(countNamed('Dales PCN')).toBe(1);

    await page.keyboard.press('Enter');
    await yes.click();
    await page.getByRole('heading', { level: 1, name: 'Your PCN' }).waitFor();
    expect(
      app.host.db
        .prepare(
          'SELECT assessment_date, previous_assessment_id IS NOT NULL AS reassessment FROM assessment WHERE pcn_name = ? ORDER BY reassessment',
        )
        .all('Dales PCN'),
    ).toEqual([
      { assessment_date: today, reassessment: 0 },
      { assessment_date: today, reassessment: 1 },
    ]);
    await app.assertClean();
  });
});
