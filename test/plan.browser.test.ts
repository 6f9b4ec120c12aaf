/**
 * The six-month action plan in a real browser, through the real handlers and a real SQLite file:
 * suggestions accepted, edited and discarded, own actions added, a due date outside the plan
 * refused, statuses changed and actions removed, with the keyboard wherever practical.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleAssessment } from '../shared/example';
import { SUGGESTED_ACTIONS } from '../shared/framework';
import type { Level } from '../shared/framework/types';
import { type AppSession, browserAvailability, SCREENSHOT_DIR, startSession } from './support/browser';
import { call, insertV1Assessment } from './support/deps';

const { available } = browserAvailability();

const PCN = 'Fenwick & Moor PCN';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function suggestion(id: string) {
  const found = SUGGESTED_ACTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`No suggestion ${id}`);
  return found;
}

async function mustSucceed<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Replaces the text of the focused field. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

async function typeDueDate(page: Page, day: string, month: string, year: string): Promise<void> {
  await tabTo(page, 'input[name="dueDate-day"]');
  await retype(page, day);
  await page.keyboard.press('Tab');
  await retype(page, month);
  await page.keyboard.press('Tab');
  await retype(page, year);
}

async function press(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.runIf(available)('the six-month action plan in a real browser', () => {
  let app: AppSession;
  let assessmentId = '';

  const actionRows = () =>
    app.host.db
      .prepare(
        `SELECT area_id, question_ids, title, description, owner_name, owner_role, start_month, due_date, status,
                success_measure, suggestion_id
           FROM action ORDER BY position`,
      )
      .all();
  const actionIds = () => app.host.db.prepare('SELECT id FROM action ORDER BY position').all() as { id: string }[];
  const dismissedRows = () =>
    app.host.db.prepare('SELECT assessment_id, suggestion_id FROM dismissed_suggestion').all();
  const gapItems = () => app.page.locator('.app-plan-gaps__item .app-plan-gaps__question').allTextContents();
  const suggestionTitles = () => app.page.locator('.app-plan-card--suggestion h4').allTextContents();

  async function openPlan() {
    await app.open();
    await app.page.getByRole('button', { name: `Open ${PCN}, 16 November 2026` }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
  }

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1280, height: 860 } });
    const { deps } = app.host;
    // Written against the 2026.1 questions and suggestions, which 2026.1 assessments keep.
    assessmentId = insertV1Assessment(deps, PCN, '2026-11-16');
    const answers: [string, Level, Level][] = [
      ['leadership.protected-time', 1, 2],
      ['leadership.team-depth', 1, 1],
      ['relationships.acute-trust', 0, 1],
      ['governance.convening', 2, 2],
      ['data-sharing.ig-basics', 0, 1],
      ['voice.place-board', 1, 2],
    ];
    for (const [questionId, current, target] of answers) {
      await mustSucceed(
        call(deps, 'saveResponse', {
          assessmentId,
          response: { questionId, current, dontKnow: false, target, notes: '' },
        }),
      );
    }
    await mustSucceed(
      call(deps, 'saveResponse', {
        assessmentId,
        response: { questionId: 'teams.impact', current: null, dontKnow: true, target: null, notes: '' },
      }),
    );
    for (const [areaId, importance] of [
      ['relationships', 3],
      ['voice', 1],
    ] as const) {
      await mustSucceed(call(deps, 'saveAreaResponse', { assessmentId, areaId, importance, summary: '' }));
    }
    await mustSucceed(call(deps, 'savePosition', { id: assessmentId, position: 'plan' }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the plan period, every gap without an action and suggestions by priority', async () => {
    const { page } = app;
    await openPlan();
    await expect(page.locator('.app-plan-period').textContent()).resolves.toBe(
      'Plan period 1 December 2026 to 31 May 2027',
    );
    await expect(gapItems()).resolves.toEqual([
      'Can the clinical director be freed from running the PCN day to day so they can focus on work with partners?',
      'Is there a small joint group of senior managers and clinicians from the PCN and the acute trust?',
      expect.stringContaining('Data Security and Protection Toolkit'),
      expect.stringContaining('place-based partnership board'),
    ]);
    await expect(page.locator('.app-plan-gaps__item').first().textContent()).resolves.toContain(
      'LeadershipCan the clinical director',
    );
    await expect(page.locator('.app-plan-gaps__step').first().textContent()).resolves.toBe(
      'Emerging → Developingfrom Emerging to Developing',
    );
    // A focused set: one suggestion per gap (four gaps, room for 12 actions), shown by area
    // priority: relationships (High importance) first, then data sharing; voice and leadership tie
    // on priority and voice has the larger gap. The other two wait behind "Show other suggestions".
    await expect(suggestionTitles()).resolves.toEqual(
      [
        'relationships.ask-icb-for-contacts',
        'data-sharing.dspt-audit',
        'voice.joint-representative',
        'leadership.rewrite-cd-job-plan',
      ].map((id) => suggestion(id).title),
    );
    await page.getByRole('button', { name: 'Show other suggestions (2)' }).waitFor();
    await expect(page.locator('.app-plan-coverage').textContent()).resolves.toBe(
      '0 of 4 gaps covered, 0 deferred, 4 open.',
    );
    const first = page.locator('.app-plan-card--suggestion').first();
    await expect(first.textContent()).resolves.toContain(
      'Closes the gap from Not started to Emerging on “Is there a small joint group',
    );
    await expect(first.textContent()).resolves.toContain('Month 1 — December 2026');
    await expect(first.textContent()).resolves.toContain('31 January 2027');
    await page.getByText("1 question is answered “Don't know”").waitFor();
    await app.assertAccessible('plan with gaps and suggestions');
    await app.screenshot('plan-start-1280');
    await app.assertClean();
  });

  it('accepts a suggestion as it stands, with the keyboard', async () => {
    const { page } = app;
    const chosen = suggestion('relationships.ask-icb-for-contacts');
    await press(page, `Accept “${chosen.title}”`);
    await expect.poll(actionRows).toEqual([
      {
        area_id: 'relationships',
        question_ids: '["relationships.acute-trust"]',
        title: chosen.title,
        description: chosen.description,
        owner_name: '',
        owner_role: 'Clinical director',
        start_month: 1,
        due_date: '2027-01-31',
        status: 'not-started',
        success_measure: chosen.successMeasure,
        suggestion_id: chosen.id,
      },
    ]);
    expect(actionIds()[0]?.id).toMatch(UUID);
    // Focus moves on to the next suggestion; the accepted one has left the list.
    await expect(focusedId(page)).resolves.toBe('plan-suggestion-data-sharing-dspt-audit');
    await expect(suggestionTitles()).resolves.not.toContain(chosen.title);
    await expect(page.getByRole('status').filter({ hasText: 'Accepted' }).textContent()).resolves.toContain(
      `Accepted “${chosen.title}”. It is now in your actions, due 31 January 2027.`,
    );
    await expect(gapItems()).resolves.toHaveLength(3);
    const card = page.locator('.app-plan-card--action').filter({ hasText: chosen.title });
    await expect(card.textContent()).resolves.toContain('No owner named yet');
    await app.assertClean();
  });

  it('edits a suggestion before accepting it, changing the owner and the due date', async () => {
    const { page } = app;
    const chosen = suggestion('leadership.rewrite-cd-job-plan');
    await press(page, `Edit and accept “${chosen.title}”`);
    await expect(focusedId(page)).resolves.toBe('action-form-heading');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Edit and accept a suggested action',
    );
    await expect(page.locator('#action-title').inputValue()).resolves.toBe(chosen.title);
    await tabTo(page, '#action-owner-name');
    await page.keyboard.type('Zoë Hart');
    await typeDueDate(page, '15', '3', '2027');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    await expect
      .poll(() => actionRows()[1])
      .toEqual({
        area_id: 'leadership',
        question_ids: '["leadership.protected-time"]',
        title: chosen.title,
        description: chosen.description,
        owner_name: 'Zoë Hart',
        owner_role: 'PCN manager',
        start_month: 2,
        due_date: '2027-03-15',
        status: 'not-started',
        success_measure: chosen.successMeasure,
        suggestion_id: chosen.id,
      });
    const id = actionIds()[1]?.id ?? '';
    expect(id).toMatch(UUID);
    // Focus comes back to the new action in the list.
    await expect(focusedId(page)).resolves.toBe(`plan-action-${id}`);
    const card = page.locator('.app-plan-card--action').filter({ hasText: chosen.title });
    await expect(card.textContent()).resolves.toContain('Zoë Hart, PCN manager');
    await expect(card.textContent()).resolves.toContain('Month 2 — January 2027');
    await expect(card.textContent()).resolves.toContain('15 March 2027');
    await expect(gapItems()).resolves.toHaveLength(2);
    await app.assertClean();
  });

  it('discards a suggestion, keeps it discarded after a reload, and can bring it back', async () => {
    const { page } = app;
    const chosen = suggestion('data-sharing.name-dpo');
    await press(page, 'Show other suggestions (2)');
    await press(page, `Discard “${chosen.title}”`);
    await expect.poll(dismissedRows).toEqual([{ assessment_id: assessmentId, suggestion_id: chosen.id }]);
    await expect(suggestionTitles()).resolves.not.toContain(chosen.title);
    // Focus moves on within the other suggestions.
    await expect(focusedId(page)).resolves.toBe('plan-suggestion-leadership-appoint-deputy');

    await openPlan();
    await expect(suggestionTitles()).resolves.toEqual(
      ['data-sharing.dspt-audit', 'voice.joint-representative'].map((id) => suggestion(id).title),
    );
    await page.getByRole('button', { name: 'Show other suggestions (1)' }).waitFor();
    const toggle = page.getByRole('button', { name: 'Show discarded suggestions (1)' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const hide = page.getByRole('button', { name: 'Hide discarded suggestions (1)' });
    await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(focusedId(page)).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Hide discarded suggestions (1)',
    );
    await app.assertAccessible('plan with discarded suggestions shown');
    await press(page, `Bring back “${chosen.title}”`);
    await expect.poll(dismissedRows).toEqual([]);
    await expect(suggestionTitles()).resolves.toContain(chosen.title);
    await expect(focusedId(page)).resolves.toBe('plan-suggestion-data-sharing-name-dpo');

    // And discarded again, for the rest of the story.
    await press(page, `Discard “${chosen.title}”`);
    await expect.poll(dismissedRows).toEqual([{ assessment_id: assessmentId, suggestion_id: chosen.id }]);
    await app.assertClean();
  });

  it('refuses a due date outside the plan with the same message as the main process, saving nothing', async () => {
    const { page } = app;
    await press(page, 'Add your own action');
    await expect(focusedId(page)).resolves.toBe('action-form-heading');

    // Nothing filled in: the error summary lists each problem and links to its field.
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('li').allTextContents()).resolves.toEqual([
      'Enter a title for the action.',
      'Choose the area this action belongs to.',
      'Enter the due date as a real date, for example 31 3 2027.',
    ]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')))
      .toBe(true);
    await expect(page.locator('#action-title-error').textContent()).resolves.toBe(
      'Error: Enter a title for the action.',
    );
    await app.assertAccessible('action form with errors');
    await app.screenshot('plan-form-errors-1280');

    await tabTo(page, '.nhsuk-error-summary a');
    await page.keyboard.press('Enter');
    await expect(focusedId(page)).resolves.toBe('action-title');
    await page.keyboard.type('Brief the place board on our neighbourhood ambitions');
    await page.locator('#action-area').selectOption('voice');
    await page.locator('#action-area').focus();
    await tabTo(page, 'input[value="voice.place-board"]');
    await page.keyboard.press('Space');
    await tabTo(page, '#action-owner-name');
    await page.keyboard.type('Dr Amir Patel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Clinical director');
    await page.locator('#action-start-month').selectOption('4');
    await page.locator('#action-start-month').focus();
    await typeDueDate(page, '14', '7', '2027');
    await page.keyboard.press('Enter');

    const message =
      'The due date 14 July 2027 is after the plan ends on 31 May 2027. Choose a date inside the six months, or split the action.';
    await expect(summary.locator('li').allTextContents()).resolves.toEqual([message]);
    await expect(
      page.locator('.nhsuk-date-input').locator('..').locator('.nhsuk-error-message').textContent(),
    ).resolves.toBe(`Error: ${message}`);
    // Nothing saved, and everything typed is still there.
    expect(actionRows()).toHaveLength(2);
    await expect(page.locator('#action-title').inputValue()).resolves.toBe(
      'Brief the place board on our neighbourhood ambitions',
    );
    await expect(page.locator('#action-owner-name').inputValue()).resolves.toBe('Dr Amir Patel');
    await expect(page.locator('input[name="dueDate-month"]').inputValue()).resolves.toBe('7');
    await app.assertAccessible('action form with a due date outside the plan');
    await app.screenshot('plan-form-outside-window-1280');

    await typeDueDate(page, '30', '4', '2027');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    await expect
      .poll(() => actionRows()[2])
      .toEqual({
        area_id: 'voice',
        question_ids: '["voice.place-board"]',
        title: 'Brief the place board on our neighbourhood ambitions',
        description: '',
        owner_name: 'Dr Amir Patel',
        owner_role: 'Clinical director',
        start_month: 4,
        due_date: '2027-04-30',
        status: 'not-started',
        success_measure: '',
        suggestion_id: null,
      });
    await expect(focusedId(page)).resolves.toBe(`plan-action-${actionIds()[2]?.id}`);
    await expect(gapItems()).resolves.toEqual([expect.stringContaining('Data Security and Protection Toolkit')]);
    await app.assertClean();
  });

  it('adds an action for a gap from the list, until every gap has an action', async () => {
    const { page } = app;
    await press(page, /^Add an action for/);
    await expect(page.locator('#action-area').inputValue()).resolves.toBe('data-sharing');
    await expect(page.locator('input[value="data-sharing.ig-basics"]').isChecked()).resolves.toBe(true);
    await tabTo(page, '#action-title');
    await page.keyboard.type("Check every practice's toolkit status");
    await tabTo(page, '#action-owner-name');
    await page.keyboard.type('Priya Shah');
    await page.keyboard.press('Tab');
    await page.keyboard.type('IG lead / data protection officer');
    await typeDueDate(page, '18', '12', '2026');
    // Tab reaches the chosen radio of the group; the arrow keys move the choice.
    await tabTo(page, '#action-status-not-started');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '#action-success');
    await page.keyboard.type('All five practices show "Standards met" on the toolkit.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    await expect
      .poll(() => actionRows()[3])
      .toEqual({
        area_id: 'data-sharing',
        question_ids: '["data-sharing.ig-basics"]',
        title: "Check every practice's toolkit status",
        description: '',
        owner_name: 'Priya Shah',
        owner_role: 'IG lead / data protection officer',
        start_month: 1,
        due_date: '2026-12-18',
        status: 'in-progress',
        success_measure: 'All five practices show "Standards met" on the toolkit.',
        suggestion_id: null,
      });
    await expect(page.locator('.app-plan-covered').textContent()).resolves.toContain(
      'Every gap is accounted for: 4 of 4 gaps covered, 0 deferred, 0 open.',
    );
    await expect(page.locator('.app-plan-covered svg').getAttribute('aria-hidden')).resolves.toBe('true');
    await app.assertAccessible('plan with every gap covered');
    await app.assertClean();
  });

  it('shows a refusal from the main process in the form and keeps what was typed', async () => {
    const { page } = app;
    const title = 'Brief the place board on our neighbourhood ambitions';
    await press(page, `Edit “${title}”`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Change an action');
    await tabTo(page, '#action-title');
    await retype(page, 'Brief the place board and ask for a standing item');
    // The assessment is deleted behind the app's back (say, from another window).
    await mustSucceed(call(app.host.deps, 'deleteAssessment', { id: assessmentId }));
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('li').allTextContents()).resolves.toEqual([
      'That assessment no longer exists. It may have been deleted.',
    ]);
    await expect(page.locator('#action-title').inputValue()).resolves.toBe(
      'Brief the place board and ask for a standing item',
    );
    await app.assertAccessible('action form with a refusal from the main process');

    await mustSucceed(call(app.host.deps, 'restoreAssessment', { id: assessmentId }));
    await page.locator('#action-title').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    await expect
      .poll(() => (actionRows()[2] as { title: string }).title)
      .toBe('Brief the place board and ask for a standing item');
    await expect(page.locator('.app-save-status').textContent()).resolves.toContain('All changes saved');
    await app.assertClean();
  });

  it('changes the status of an action from the list', async () => {
    const { page } = app;
    const title = suggestion('leadership.rewrite-cd-job-plan').title;
    const select = page.getByRole('combobox', { name: `Status of “${title}”` });
    await select.focus();
    await select.selectOption('in-progress');
    await expect.poll(() => (actionRows()[1] as { status: string }).status).toBe('in-progress');
    const card = page.locator('.app-plan-card--action').filter({ hasText: title });
    await expect(card.locator('.nhsuk-tag').textContent()).resolves.toBe('Status: In progress');
    const row = page.locator('.app-plan-timeline tr').filter({ hasText: title });
    await expect(row.locator('td.app-plan-timeline__span').textContent()).resolves.toBe(
      'Starts Jan, Due 15 Mar, In progress',
    );
    await app.assertClean();
  });

  it('removes an action after asking, and its gap comes back', async () => {
    const { page } = app;
    const title = 'Brief the place board and ask for a standing item';
    await press(page, `Remove “${title}”`);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      `Remove “${title}” from the plan? This cannot be undone.`,
    );
    await app.assertAccessible('plan asking to confirm a removal');
    // "No, keep it" first: nothing changes and focus returns to Remove.
    await tabTo(page, '.app-plan-confirm .nhsuk-button--secondary');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('No, keep it');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(`Remove “${title}”`);
    expect(actionRows()).toHaveLength(4);

    await page.keyboard.press('Enter');
    await tabTo(page, '.app-plan-confirm .nhsuk-button--warning');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, remove it');
    await page.keyboard.press('Enter');
    await expect.poll(() => actionRows().length).toBe(3);
    expect(actionRows().map((r) => (r as { title: string }).title)).not.toContain(title);
    await expect(gapItems()).resolves.toEqual([expect.stringContaining('place-based partnership board')]);
    await expect(page.getByRole('status').filter({ hasText: 'Removed' }).textContent()).resolves.toBe(
      `Removed “${title}” from the plan.`,
    );
    await app.assertClean();
  });

  it('draws an accessible six-month timeline, readable at 1280 and 1920 pixels wide', async () => {
    const { page } = app;
    const table = page.getByRole('table', { name: 'Actions by month, Dec 2026 to May 2027' });
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual([
      'Action',
      'Month 1Dec 2026',
      'Month 2Jan 2027',
      'Month 3Feb 2027',
      'Month 4Mar 2027',
      'Month 5Apr 2027',
      'Month 6May 2027',
    ]);
    await expect(table.locator('th[scope="row"]').allTextContents()).resolves.toEqual([
      `${suggestion('relationships.ask-icb-for-contacts').title}No owner named yet`,
      "Check every practice's toolkit statusPriya Shah",
      `${suggestion('leadership.rewrite-cd-job-plan').title}Zoë Hart`,
    ]);
    const cells = await table
      .locator('tbody tr')
      .nth(1)
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => ({ span: (td as HTMLTableCellElement).colSpan, text: td.textContent })));
    expect(cells).toEqual([
      { span: 2, text: 'Starts Dec, Due 31 Jan, Not started' },
      { span: 1, text: '' },
      { span: 1, text: '' },
      { span: 1, text: '' },
      { span: 1, text: '' },
    ]);
    await app.assertAccessible('plan with actions and timeline');
    await app.screenshot('plan-actions-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.screenshot('plan-actions-1920');
    await page.setViewportSize({ width: 1280, height: 860 });
    await app.assertClean();
  });

  it('accounts for every gap: defers one with a reason, states the capacity and warns when the plan is too much', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const coverage = () => page.locator('.app-plan-coverage').textContent();
    const deferrals = () =>
      app.host.db
        .prepare('SELECT question_id, reason, note FROM gap_deferral WHERE assessment_id = ?')
        .all(assessmentId);
    await expect(coverage()).resolves.toBe('3 of 4 gaps covered, 0 deferred, 1 open.');

    // Defer the open gap: "Another reason" needs words, and says so before anything is saved.
    await press(page, /^Defer “.*” to a later plan$/);
    await page.getByLabel('Another reason').check();
    await page.getByRole('button', { name: 'Defer this gap' }).click();
    await page.getByText('Say why this gap is left to a later plan.').waitFor();
    expect(deferrals()).toEqual([]);
    await page.getByLabel('Depends on a partner').check();
    await page.getByLabel('In your words (optional)').fill('The place board sets its agenda in April.');
    await app.assertAccessible('plan deferring a gap');
    await page.getByRole('button', { name: 'Defer this gap' }).click();
    await expect.poll(deferrals).toEqual([
      {
        question_id: 'voice.place-board',
        reason: 'depends-on-partner',
        note: 'The place board sets its agenda in April.',
      },
    ]);
    await expect(coverage()).resolves.toBe('3 of 4 gaps covered, 1 deferred, 0 open.');
    await page.getByText('Deferred: Depends on a partner: The place board sets its agenda in April.').waitFor();
    await page.locator('.app-plan-glance').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'plan-coverage-1366.png') });

    // Capacity: 2 actions in six months is less than the plan has, so it warns, with the rule.
    await page.locator('#plan-capacity').fill('2');
    await page.getByRole('button', { name: 'Save how many actions the PCN can deliver' }).click();
    await expect
      .poll(() => app.host.db.prepare('SELECT plan_capacity FROM assessment WHERE id = ?').get(assessmentId))
      .toEqual({ plan_capacity: 2 });
    await page
      .getByText('The plan has 3 actions, more than the 2 the PCN says it can deliver in six months.', {
        exact: false,
      })
      .waitFor();
    await page.getByText('3 actions in the plan; the PCN says it can deliver 2 in six months.').waitFor();
    // One action has no named owner: listed, with a way to fix it.
    await page.getByText('1 action needs a named owner or a due date').waitFor();
    await app.assertAccessible('plan over capacity');
    await page.locator('#plan-capacity').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'plan-capacity-1366.png') });

    // Back as it was: the gap taken back into the plan, the capacity 12.
    await press(page, /^Take back into the plan/);
    await expect.poll(deferrals).toEqual([]);
    await page.locator('#plan-capacity').fill('12');
    await page.locator('#plan-capacity').press('Enter');
    await expect
      .poll(() => app.host.db.prepare('SELECT plan_capacity FROM assessment WHERE id = ?').get(assessmentId))
      .toEqual({ plan_capacity: 12 });
    await page.setViewportSize({ width: 1280, height: 860 });
    await app.assertClean();
  });
});

describe.runIf(available)('the worked example plan (30 actions) in a real browser', () => {
  let app: AppSession;
  const example = exampleAssessment();

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1280, height: 860 } });
    const { deps } = app.host;
    // The example is a 2026.1 assessment, so it is entered into one.
    const id = insertV1Assessment(deps, example.profile.pcnName, example.assessmentDate);
    await mustSucceed(call(deps, 'updateProfile', { id, profile: example.profile }));
    for (const response of example.responses) {
      await mustSucceed(call(deps, 'saveResponse', { assessmentId: id, response }));
    }
    for (const area of example.areaResponses) {
      await mustSucceed(call(deps, 'saveAreaResponse', { assessmentId: id, ...area }));
    }
    for (const action of example.actions) {
      await mustSucceed(call(deps, 'saveAction', { assessmentId: id, action }));
    }
    for (const suggestionId of example.dismissedSuggestionIds) {
      await mustSucceed(call(deps, 'dismissSuggestion', { assessmentId: id, suggestionId, dismissed: true }));
    }
    await mustSucceed(call(deps, 'savePosition', { id, position: 'plan' }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every action and draws them all on the timeline', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: `Open ${example.profile.pcnName}, 16 November 2026` }).click();
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    await expect(page.locator('.app-plan-card--action').count()).resolves.toBe(example.actions.length);
    await expect(page.locator('.app-plan-timeline th[scope="row"]').count()).resolves.toBe(example.actions.length);
    await page.getByRole('button', { name: 'Show discarded suggestions (2)' }).waitFor();
    await app.assertAccessible('worked example plan');
    await app.screenshot('plan-example-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.screenshot('plan-example-1920');
    await app.assertClean();
  });
});
