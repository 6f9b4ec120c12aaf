import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, browserAvailability, startSession } from './support/browser';

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
    await expect(app.page.getByRole('heading', { name: 'No assessments yet' }).isVisible()).resolves.toBe(true);
    await app.assertAccessible('empty home');
    await app.screenshot('home-empty');
    await app.assertClean();
  });

  it('refuses a blank PCN name with a clear error', async () => {
    await app.page.getByRole('button', { name: 'Start assessment' }).click();
    await expect(app.page.getByRole('alert').textContent()).resolves.toContain('Enter the name of your PCN.');
    await app.assertAccessible('home with error');
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
