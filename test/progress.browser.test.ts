/**
 * Check-ins and progress in a real browser, through the real handlers and a real SQLite file:
 * the home screen's reminder, two check-ins recorded on the worked example's plan (one with a
 * moved date and a dropped action, one rating a question again), a refused check-in, and the
 * progress view showing both in its timeline, with the burn-down and its table. Checked with axe;
 * screenshots at 1366x768.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleAssessment } from '../shared/example';
import { type AppSession, browserAvailability, startSession } from './support/browser';

const { available } = browserAvailability();

// Mid-plan: the worked example's plan runs from 1 December 2026 to 31 May 2027.
const NOW = new Date('2027-02-15T10:00:00.000Z');

async function typeDate(page: Page, scope: string, day: string, month: string, year: string): Promise<void> {
  await page.locator(`input[name="${scope}-day"]`).fill(day);
  await page.locator(`input[name="${scope}-month"]`).fill(month);
  await page.locator(`input[name="${scope}-year"]`).fill(year);
}

describe.skipIf(!available)('check-ins and progress', () => {
  let app: AppSession;
  const actions = exampleAssessment().actions;
  const [first, second, third] = actions as [(typeof actions)[0], (typeof actions)[0], (typeof actions)[0]];

  beforeAll(async () => {
    app = await startSession({ now: () => NOW, viewport: { width: 1366, height: 768 } });
    await app.page.clock.setFixedTime(NOW);
    await app.open();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('reminds on the home screen that the plan has had no check-in', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'See a worked example' }).first().click();
    await page.getByRole('button', { name: /All assessments/ }).click();
    const reminder = page.getByRole('heading', { name: 'Time for a check-in' });
    await reminder.waitFor();
    await expect(
      page.getByText(/plan started on 1 December 2026 and has had no check-in yet/).isVisible(),
    ).resolves.toBe(true);
    await app.assertAccessible('home with a check-in reminder');
    await page.getByRole('button', { name: /^Check in on Riverside Vale/ }).click();
    await page.getByRole('heading', { name: 'Check-ins and progress', level: 1 }).waitFor();
  });

  it('refuses a check-in that drops an action without a reason, and says so beside it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    await page.getByRole('heading', { name: 'Record a check-in' }).waitFor();
    await page.locator(`#checkin-${third.id}-status`).selectOption('dropped');
    await page.getByRole('button', { name: 'Save the check-in' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'The check-in was not saved' });
    await summary.waitFor();
    await expect(summary.getByRole('link', { name: `Say why “${third.title}” is dropped.` }).isVisible()).resolves.toBe(
      true,
    );
    await app.assertAccessible('check-in form with an error');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('records two check-ins, and the progress view shows both', async () => {
    const { page } = app;
    // First check-in, in January: one done, one moved with a reason, one dropped with a reason.
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    await typeDate(page, 'checkin-date', '12', '1', '2027');
    await page.locator('#checkin-note').fill('January board: first monthly check-in.');
    await page.locator(`#checkin-${first.id}-status`).selectOption('done');
    await page.locator(`#checkin-${first.id}-note`).fill('Signed off at the board.');
    await page.locator(`#checkin-${second.id}-status`).selectOption('blocked');
    await page.locator(`#checkin-${second.id}-note`).fill('Waiting for the ICB to share the contract timetable.');
    await page.getByLabel('Agree a new due date').nth(1).check();
    await typeDate(page, `checkin-${second.id}-due`, '30', '4', '2027');
    await page.locator(`#checkin-${third.id}-status`).selectOption('dropped');
    await page.locator(`#checkin-${third.id}-note`).fill('The ICB now runs this across the place.');
    await app.screenshot('progress-checkin-form');
    await page.getByRole('button', { name: 'Save the check-in' }).click();
    await page.getByText('Check-in of 12 January 2027 saved.').waitFor();

    // Second check-in, in February: the blocked action moves on, and a question is rated again.
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    await typeDate(page, 'checkin-date', '10', '2', '2027');
    await page.locator(`#checkin-${second.id}-status`).selectOption('in-progress');
    await page.locator(`#checkin-${second.id}-note`).fill('Timetable received; drafting now.');
    await page.getByText('Rate the questions the plan targets again (optional)').click();
    const question = first.questionIds[0] as string;
    await page.locator(`#checkin-rating-${question.replace(/[^A-Za-z0-9-]/g, '-')}`).selectOption('4');
    await page.getByRole('button', { name: 'Save the check-in' }).click();
    await page.getByText('Check-in of 10 February 2027 saved.').waitFor();

    // The timeline holds both, newest first, each with what it said.
    const timeline = page.locator('.app-checkin-timeline');
    const items = timeline.locator('> li');
    await expect(items.count()).resolves.toBe(2);
    await expect(items.nth(0).getByRole('heading').textContent()).resolves.toContain('10 February 2027');
    await expect(items.nth(1).getByRole('heading').textContent()).resolves.toContain('12 January 2027');
    await expect(items.nth(1).textContent()).resolves.toContain('The ICB now runs this across the place.');
    await expect(items.nth(0).textContent()).resolves.toContain('1 question rated again');

    // By status: 1 dropped; slipped with its reason; the gap closed; the burn-down table.
    const byStatus = page.getByRole('table', { name: 'By status now' });
    await expect(byStatus.getByRole('row', { name: /Dropped/ }).textContent()).resolves.toMatch(/Dropped\s*1/);
    await expect(page.locator('.app-slipped').textContent()).resolves.toContain(
      'Waiting for the ICB to share the contract timetable.',
    );
    await expect(
      page.getByRole('table', { name: 'Questions rated again at a check-in' }).textContent(),
    ).resolves.toContain('Yes, closed');
    const burn = page.getByRole('table', { name: /Actions still open/ });
    await expect(burn.getByRole('row', { name: /^Start/ }).textContent()).resolves.toMatch(/30\s*30/);
    await expect(burn.getByRole('row', { name: /^Today/ }).isVisible()).resolves.toBe(true);

    await app.assertAccessible('progress view with two check-ins');
    await page.getByRole('heading', { name: 'Check-ins and progress', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/output/screenshots/progress-view.png' });
    await app.screenshot('progress-view-full');
    await page.getByRole('heading', { name: 'Burn-down of the plan' }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: 'test/output/screenshots/progress-burndown.png' });
    await app.assertClean();

    // The step in the journey says how many check-ins there are.
    await expect(
      page
        .getByRole('navigation', { name: 'Assessment steps' })
        .getByRole('button', { name: /Check-ins and progress/ })
        .textContent(),
    ).resolves.toContain('2 check-ins');
  });

  it('saves the action tracker, and imports it back as a check-in after showing the changes', async () => {
    const { page, host } = app;
    const tracker = path.join(app.dataDir, 'tracker.xlsx');
    host.dialogAnswers.save.push(tracker);
    await page.getByRole('button', { name: 'Save the action tracker (Excel)' }).click();
    await page.getByText(/^Saved tracker\.xlsx/).waitFor();
    expect(fs.statSync(tracker).size).toBeGreaterThan(5000);

    host.dialogAnswers.open.push([tracker]);
    await page.getByRole('button', { name: 'Import the action tracker (Excel)' }).click();
    await page.getByRole('heading', { name: 'Check the changes from tracker.xlsx' }).waitFor();
    // Nothing was edited in the file, so nothing changes; it can still be recorded to confirm.
    await page.getByText('Nothing has changed since the tracker was saved.').waitFor();
    await app.assertAccessible('tracker import preview');
    await page.getByRole('button', { name: 'Record this check-in' }).click();
    await page.getByText('Check-in from tracker.xlsx saved.').waitFor();
    const items = page.locator('.app-checkin-timeline > li');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.nth(0).getByRole('heading').textContent()).resolves.toContain('from the spreadsheet');
    await app.assertClean();
  });

  it('shows the dropped action as dropped on the plan, with no status list for it', async () => {
    const { page } = app;
    // The plan says the dropped action is dropped, and how to take it up again; no status list for it.
    await page
      .getByRole('navigation', { name: 'Assessment steps' })
      .getByRole('button', { name: /^Action plan/ })
      .click();
    const card = page
      .locator('li.app-plan-card--action')
      .filter({ has: page.getByRole('heading', { name: third.title }) });
    await expect(card.locator('.app-plan-card__tag').textContent()).resolves.toBe('Status: Dropped');
    await expect(card.textContent()).resolves.toContain('Dropped at the check-in of 12 January 2027.');
    await expect(card.getByRole('combobox').count()).resolves.toBe(0);
    await expect(page.getByText(/30 actions with .*: .*1 dropped/).count()).resolves.toBe(1);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/output/screenshots/plan-dropped-action.png' });
    await app.assertAccessible('plan with a dropped action');
    await app.assertClean();
  });
});
