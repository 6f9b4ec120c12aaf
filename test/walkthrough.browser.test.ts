/**
 * The area pages in a real browser, driven by the keyboard: levels with digits, "Don't know"
 * with D, J and K between questions, Alt+arrows between areas. Every answer is checked in the
 * real SQLite file, and again on screen after a reload.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../electron/handlers';
import { dispatch } from '../electron/ipc/dispatch';
import type { AssessmentSummary, Partner, QuestionResponse } from '../shared/domain';
import { CURRENT_FRAMEWORK, LEVEL_NAMES } from '../shared/framework';
import { type AppSession, browserAvailability, SCREENSHOT_DIR, startSession } from './support/browser';

const { available } = browserAvailability();

async function call<T>(app: AppSession, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, app.host.deps, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

async function createAssessment(app: AppSession, pcnName: string, assessmentDate: string, position: string) {
  const summary = await call<AssessmentSummary>(app, 'createAssessment', { pcnName, assessmentDate });
  await call(app, 'savePosition', { id: summary.id, position });
  return summary.id;
}

/** Opens an assessment from the home list, where the user left it. */
async function openFromHome(app: AppSession, pcnName: string, heading: string) {
  await app.open();
  await app.page.getByRole('button', { name: new RegExp(`^Open ${pcnName}`) }).click();
  await app.page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function waitSaved(page: Page) {
  await page.getByText(/^All changes saved at/).waitFor();
}

/** Waits until the save queue is idle and says saved (a new save may be starting as we look). */
async function settle(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('.app-save-status');
    return status?.textContent?.startsWith('All changes saved') ?? false;
  });
}

function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

function responses(app: AppSession, assessmentId: string, prefix: string) {
  return app.host.db
    .prepare(
      `SELECT question_id, current_level, dont_know, target_level, notes FROM response
        WHERE assessment_id = ? AND question_id LIKE ? ORDER BY question_id`,
    )
    .all(assessmentId, `${prefix}%`);
}

function partners(app: AppSession, assessmentId: string) {
  return app.host.db
    .prepare(
      'SELECT position, kind, name, contact, strength, notes FROM partner WHERE assessment_id = ? ORDER BY position',
    )
    .all(assessmentId);
}

const radio = (page: Page, id: string) => page.locator(`#${id}`);

describe.runIf(available)('area pages in a real browser, keyboard only', () => {
  let app: AppSession;
  let id: string;
  const pcn = 'Riverside & Dales PCN';

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1280, height: 860 } });
    id = await createAssessment(app, pcn, '2026-11-14', 'area:leadership');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows an empty area clearly and accessibly', async () => {
    await openFromHome(app, pcn, 'Leadership');
    const { page } = app;
    await expect(page.getByText('Area 1 of 8').isVisible()).resolves.toBe(true);
    // Framework 2026.2: each question has its own words for every level, so the area's table is not shown.
    await expect(page.getByRole('table', { name: 'What each level looks like' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: /^Question 1\.1/ }).isVisible()).resolves.toBe(true);
    const group = page.getByRole('group', {
      name: 'Where is your PCN now, and where do you want to be in six months? (question 1.5)',
    });
    await expect(group.count()).resolves.toBe(1);
    // Every level's words are on the page without opening anything, as the choices for now and target.
    const question = CURRENT_FRAMEWORK.areas[0]?.questions[4];
    if (!question?.anchors) throw new Error('question 1.5 has no anchors');
    for (const level of [0, 1, 2, 3, 4] as const) {
      const statement = group.getByText(question.anchors[level].text, { exact: true });
      await expect(statement.isVisible()).resolves.toBe(true);
      await expect(
        group.getByRole('radio', { name: `Now: ${level} – ${LEVEL_NAMES[level]}` }).getAttribute('aria-describedby'),
      ).resolves.toContain(`level-${level}`);
    }
    await expect(group.getByText(question.anchors[2].evidence).count()).resolves.toBe(0);
    // Ids are unique on the page.
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((x, i) => ids.indexOf(x) !== i);
    });
    expect(duplicates).toEqual([]);
    await app.assertAccessible('empty area');
    await app.screenshot('area-empty-1280');

    // The shortcuts are listed on the page, behind a keyboard-operable "Keyboard shortcuts".
    const shortcuts = page.locator('summary', { hasText: 'Keyboard shortcuts' });
    await shortcuts.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: 'Keyboard shortcuts on this page' }).isVisible()).resolves.toBe(true);
    await app.assertAccessible('area with keyboard shortcuts open');
    await app.screenshot('area-shortcuts-1280');
    await page.keyboard.press('Enter');
    await page.locator('main').focus();
    await app.assertClean();
  });

  it('answers every question of an area with the keyboard only', async () => {
    const { page } = app;
    const q = (n: string) => `q-v2-leadership-${n}`;

    // J from the top of the page goes to the first question; a digit chooses "now".
    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(`${q('cd-ambition')}-current-0`);
    await page.keyboard.press('2');
    expect(await focusedId(page)).toBe(`${q('cd-ambition')}-current-2`);
    await expect(radio(page, `${q('cd-ambition')}-current-2`).isChecked()).resolves.toBe(true);
    // No target appears until the user chooses one, and the card says so.
    const targetChecked = (question: string) =>
      page.locator(`[data-question-card="v2.leadership.${question}"] input[name$="-target"]:checked`).count();
    await expect(targetChecked('cd-ambition')).resolves.toBe(0);
    await expect(page.locator(`#${q('cd-ambition')}-target-state`).textContent()).resolves.toBe('Target not set.');
    // U: one level up from now, in one key; focus stays on "now", so J goes straight on.
    await page.keyboard.press('u');
    await expect(radio(page, `${q('cd-ambition')}-target-3`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`#${q('cd-ambition')}-blocked`).textContent()).resolves.toBe(
      'Target set to 3 – Established, one level up from now.',
    );
    await expect(page.locator(`#${q('cd-ambition')}-target-state`).textContent()).resolves.toBe(
      'Target: 3 – Established',
    );
    expect(await focusedId(page)).toBe(`${q('cd-ambition')}-current-2`);
    // E shows an example of the evidence under each level's words, and hides them again.
    const evidence = page.locator(`[data-question-card="v2.leadership.cd-ambition"] .app-anchor-grid__evidence`);
    await page.keyboard.press('e');
    await expect(evidence.count()).resolves.toBe(5);
    await expect(evidence.first().textContent()).resolves.toMatch(/^Evidence, for example: /);
    await app.screenshot('area-anchors-evidence-1280');
    await page.keyboard.press('e');
    await expect(evidence.count()).resolves.toBe(0);
    expect(await focusedId(page)).toBe(`${q('cd-ambition')}-current-2`);

    // Question 1.2: now 0, U for 1, then the target changed to 3 by Tab (now, then target) and a digit.
    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(`${q('freed-up')}-current-0`);
    await page.keyboard.press('0');
    await expect(targetChecked('freed-up')).resolves.toBe(0);
    await page.keyboard.press('u');
    await expect(radio(page, `${q('freed-up')}-target-1`).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${q('freed-up')}-target-1`);
    await page.keyboard.press('3');
    await expect(radio(page, `${q('freed-up')}-target-3`).isChecked()).resolves.toBe(true);

    // Question 1.3: "Don't know" with D, worded as an evidence gap; S has no "now" to copy, and
    // says so; a target can still be set (Tab goes from now to the target).
    await page.keyboard.press('j');
    await page.keyboard.press('d');
    await page.keyboard.press('s');
    await expect(targetChecked('team-depth')).resolves.toBe(0);
    await expect(page.locator(`#${q('team-depth')}-blocked`).textContent()).resolves.toMatch(
      /^Choose where your PCN is now first/,
    );
    expect(await focusedId(page)).toBe(`${q('team-depth')}-current-dont-know`);
    await expect(radio(page, `${q('team-depth')}-current-dont-know`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`#${q('team-depth')}-dont-know-note`).textContent()).resolves.toMatch(
      /^Noted as an evidence gap, not a low score\./,
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('2');
    await expect(radio(page, `${q('team-depth')}-target-2`).isChecked()).resolves.toBe(true);

    // Question 1.4: now 4; U cannot go above Thriving and says so; S keeps it at 4.
    await page.keyboard.press('j');
    await page.keyboard.press('4');
    await page.keyboard.press('u');
    await expect(targetChecked('successor')).resolves.toBe(0);
    await expect(page.locator(`#${q('successor')}-blocked`).textContent()).resolves.toMatch(
      /^4 – Thriving is the top level/,
    );
    await page.keyboard.press('s');
    await expect(radio(page, `${q('successor')}-target-4`).isChecked()).resolves.toBe(true);

    // Question 1.5: now 3, S for the same; a lower target needs the user to say so.
    await page.keyboard.press('j');
    await page.keyboard.press('3');
    await page.keyboard.press('s');
    await expect(radio(page, `${q('shared-purpose')}-target-3`).isChecked()).resolves.toBe(true);
    await expect(radio(page, `${q('shared-purpose')}-target-1`).isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${q('shared-purpose')}-target-3`);
    await page.keyboard.press('1');
    await expect(radio(page, `${q('shared-purpose')}-target-3`).isChecked()).resolves.toBe(true);
    const blocked = page.locator(`#${q('shared-purpose')}-blocked`);
    await expect(blocked.textContent()).resolves.toContain('1 – Emerging is lower than where you are now');
    // Past S, U and the evidence examples to the box.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${q('shared-purpose')}-lower`);
    await page.keyboard.press('Space');
    await expect(radio(page, `${q('shared-purpose')}-target-1`).isDisabled()).resolves.toBe(false);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('1');
    await expect(radio(page, `${q('shared-purpose')}-target-1`).isChecked()).resolves.toBe(true);

    // K goes back; raising "now" above an existing target keeps it and asks to confirm or change.
    for (let i = 0; i < 3; i++) await page.keyboard.press('k');
    expect(await focusedId(page)).toBe(`${q('freed-up')}-current-0`);
    await page.keyboard.press('4');
    await expect(radio(page, `${q('freed-up')}-target-3`).isChecked()).resolves.toBe(true);
    const confirm = page.locator(`#${q('freed-up')}-confirm`);
    await expect(confirm.textContent()).resolves.toBe(
      'Check the target: 3 – Established is below where you are now (4 – Thriving). ' +
        'Choose a higher target, or tick the box above to keep it.',
    );
    const describedBy = await page
      .getByRole('group', { name: /where do you want to be in six months\? \(question 1\.2\)/i })
      .getAttribute('aria-describedby');
    expect(describedBy?.split(' ')).toContain(`${q('freed-up')}-confirm`);
    await settle(page);
    expect(responses(app, id, 'v2.leadership.freed-up')).toEqual([
      { question_id: 'v2.leadership.freed-up', current_level: 4, dont_know: 0, target_level: 3, notes: '' },
    ]);
    await app.assertAccessible('area with the lower-target message');
    await app.screenshot('area-lower-target-1280');

    // Changing the target clears the message.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${q('freed-up')}-target-3`);
    await page.keyboard.press('4');
    await expect(confirm.count()).resolves.toBe(0);

    // Notes: digits typed in a text box are text, not shortcuts; saved once typing stops.
    await page.keyboard.press('k');
    expect(await focusedId(page)).toBe(`${q('cd-ambition')}-current-2`);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${q('cd-ambition')}-notes`);
    await page.keyboard.type('Board minute of 3 March: the CD wants the role.');
    await expect(radio(page, `${q('cd-ambition')}-current-2`).isChecked()).resolves.toBe(true);
    await waitSaved(page);
    await settle(page);

    // Importance, by keyboard: back from question 1.1 to the Lower / Medium / High radios.
    await page.keyboard.press('Shift+Tab'); // the "lower" box
    await page.keyboard.press('Shift+Tab'); // evidence examples
    await page.keyboard.press('Shift+Tab'); // one level up
    await page.keyboard.press('Shift+Tab'); // same as now
    await page.keyboard.press('Shift+Tab'); // target
    await page.keyboard.press('Shift+Tab'); // now
    await page.keyboard.press('Shift+Tab'); // help
    await page.keyboard.press('Shift+Tab'); // importance (none chosen: the last option)
    expect(await focusedId(page)).toBe('importance-leadership-3');
    await page.keyboard.press('Space');

    // The summary, then straight on to the next area: nothing typed is lost.
    await page.getByLabel('Summary of this area (optional)').focus();
    await page.keyboard.type('Strong CD; the team behind them is thin.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'External relationships' }).waitFor();
    await settle(page);

    expect(responses(app, id, 'v2.leadership.')).toEqual([
      {
        question_id: 'v2.leadership.cd-ambition',
        current_level: 2,
        dont_know: 0,
        target_level: 3,
        notes: 'Board minute of 3 March: the CD wants the role.',
      },
      { question_id: 'v2.leadership.freed-up', current_level: 4, dont_know: 0, target_level: 4, notes: '' },
      { question_id: 'v2.leadership.shared-purpose', current_level: 3, dont_know: 0, target_level: 1, notes: '' },
      { question_id: 'v2.leadership.successor', current_level: 4, dont_know: 0, target_level: 4, notes: '' },
      { question_id: 'v2.leadership.team-depth', current_level: null, dont_know: 1, target_level: 2, notes: '' },
    ]);
    expect(
      app.host.db.prepare('SELECT area_id, importance, summary FROM area_response WHERE assessment_id = ?').all(id),
    ).toEqual([{ area_id: 'leadership', importance: 3, summary: 'Strong CD; the team behind them is thin.' }]);
    await app.assertAccessible('area answered (leadership, after leaving it)');
    await app.assertClean();
  });

  it('records partner organisations: fill in the standard rows, add, edit and remove', async () => {
    const { page } = app;
    // A new assessment offers one row per standard kind of partner; none is saved until edited.
    const headings = await page.locator('.app-partner__heading').allTextContents();
    expect(headings).toEqual([
      'Organisation 1Community trust',
      'Organisation 2Mental health trust',
      'Organisation 3Acute trust',
      'Organisation 4Social care',
      'Organisation 5Voluntary sector',
    ]);
    expect(partners(app, id)).toEqual([]);
    await app.assertAccessible('relationships with empty partner rows');

    const rows = page.locator('[data-partner-row]');
    const fill = async (row: number, label: string | RegExp, text: string) => {
      await rows.nth(row).getByLabel(label, { exact: true }).focus();
      await page.keyboard.type(text);
    };
    const strength = async (row: number, level: string) => {
      await rows
        .nth(row)
        .getByRole('group', { name: /^Strength of relationship/ })
        .locator('input')
        .first()
        .focus();
      await page.keyboard.press(level);
    };

    await fill(0, 'Organisation name', 'Northshire Community Health NHS Trust');
    await fill(0, 'Named contact', 'Sam Patel, Director of Operations');
    await strength(0, '2');
    await fill(2, 'Organisation name', 'Northshire Hospitals NHS Foundation Trust');
    await strength(2, '1');

    await page.getByRole('button', { name: 'Add another organisation' }).press('Enter');
    await expect(rows.count()).resolves.toBe(6);
    // Focus moves to the new row.
    await expect(page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).resolves.toBe('other');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Northshire Hospice');
    await strength(5, '3');
    await fill(5, /^Notes \(optional\)/, 'Runs the end-of-life MDT with us.');
    await page.keyboard.press('Tab');
    await settle(page);
    await expect(page.getByRole('heading', { name: /Northshire Hospice \(Other\)/ }).isVisible()).resolves.toBe(true);

    // Remove asks first.
    const remove = page.getByRole('button', { name: 'Remove Northshire Hospitals NHS Foundation Trust (Acute trust)' });
    await remove.focus();
    await page.keyboard.press('Enter');
    // The same button, still focused, now asks to confirm; "Keep it" backs out.
    const confirm = page.getByRole('button', { name: /^Confirm remove Northshire Hospitals/ });
    await expect(confirm.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(confirm.getAttribute('aria-describedby')).resolves.toMatch(/-remove-note$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Keep it
    await expect(remove.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(partners(app, id)).toHaveLength(3);
    await page.keyboard.press('Enter'); // Confirm remove
    await expect(rows.count()).resolves.toBe(5);
    await settle(page);

    expect(partners(app, id)).toEqual([
      {
        position: 0,
        kind: 'community-trust',
        name: 'Northshire Community Health NHS Trust',
        contact: 'Sam Patel, Director of Operations',
        strength: 2,
        notes: '',
      },
      {
        position: 2,
        kind: 'other',
        name: 'Northshire Hospice',
        contact: '',
        strength: 3,
        notes: 'Runs the end-of-life MDT with us.',
      },
    ]);
    await app.assertAccessible('relationships with partners');
    await app.screenshot('area-relationships-1280');
    await app.assertClean();
  });

  it('shows a failed save truthfully, keeps the choice, and saves on "Try again"', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.locator('main').focus();
    await page.keyboard.press('j');
    app.host.db.pragma('query_only = ON');
    try {
      await page.keyboard.press('1');
      const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
      await alert.waitFor();
      // Said once, though main's message already starts "Not saved:".
      expect((await alert.textContent())?.match(/not saved/gi)).toHaveLength(1);
      await expect(radio(page, 'q-v2-relationships-key-leaders-current-1').isChecked()).resolves.toBe(true);
      expect(responses(app, id, 'v2.relationships.key-leaders')).toEqual([]);
      await app.screenshot('area-save-failed-1280');
    } finally {
      app.host.db.pragma('query_only = OFF');
    }
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitSaved(page);
    expect(responses(app, id, 'v2.relationships.key-leaders')).toEqual([
      { question_id: 'v2.relationships.key-leaders', current_level: 1, dont_know: 0, target_level: null, notes: '' },
    ]);
    await app.assertClean();
  });

  it('finds everything as it was left after a reload', async () => {
    const { page } = app;
    await page.reload();
    await openFromHome(app, pcn, 'External relationships');
    const names = await page
      .locator('[data-partner-row] input[id$="-name"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(['Northshire Community Health NHS Trust', 'Northshire Hospice']);
    await expect(
      page.locator('[data-partner-row]').first().getByLabel('2 – We meet regularly').isChecked(),
    ).resolves.toBe(true);
    await expect(radio(page, 'q-v2-relationships-key-leaders-current-1').isChecked()).resolves.toBe(true);

    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'Leadership' }).waitFor();
    const checked = await page.locator('input[type=radio]:checked').evaluateAll((inputs) => inputs.map((i) => i.id));
    expect(checked).toEqual([
      'importance-leadership-3',
      'q-v2-leadership-cd-ambition-current-2',
      'q-v2-leadership-cd-ambition-target-3',
      'q-v2-leadership-freed-up-current-4',
      'q-v2-leadership-freed-up-target-4',
      'q-v2-leadership-team-depth-current-dont-know',
      'q-v2-leadership-team-depth-target-2',
      'q-v2-leadership-successor-current-4',
      'q-v2-leadership-successor-target-4',
      'q-v2-leadership-shared-purpose-current-3',
      'q-v2-leadership-shared-purpose-target-1',
    ]);
    // A saved lower target reads as agreed: the box is ticked and nothing nags.
    await expect(radio(page, 'q-v2-leadership-shared-purpose-lower').isChecked()).resolves.toBe(true);
    await expect(page.locator('.app-confirm').count()).resolves.toBe(0);
    await expect(
      page.getByLabel(/^Evidence, barriers or context \(optional\) for question 1\.1/).inputValue(),
    ).resolves.toBe('Board minute of 3 March: the CD wants the role.');
    await expect(page.getByLabel('Summary of this area (optional)').inputValue()).resolves.toBe(
      'Strong CD; the team behind them is thin.',
    );
    await app.assertAccessible('area answered after reload');
    await app.screenshot('area-answered-1280');
    await app.assertClean();
  });

  it('goes from the first area back to the profile and from the last on to "Check your answers"', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+ArrowLeft');
    await expect
      .poll(() => app.host.db.prepare('SELECT last_position FROM assessment WHERE id = ?').pluck().get(id))
      .toBe('profile');
    await page.getByRole('button', { name: /^8\. / }).click();
    await page.getByRole('heading', { level: 1, name: 'Voice and influence' }).waitFor();
    await expect(page.getByRole('button', { name: 'Check your answers' }).count()).resolves.toBe(2);
    await page.locator('main').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect
      .poll(() => app.host.db.prepare('SELECT last_position FROM assessment WHERE id = ?').pluck().get(id))
      .toBe('review');
    await app.assertClean();
  });
});

describe.runIf(available)('a reassessment on a large screen', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1920, height: 1080 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows last time beside each question and each partner', async () => {
    const firstId = await createAssessment(app, 'Westmoor PCN', '2026-05-16', 'area:relationships');
    const answer = (response: Omit<QuestionResponse, 'notes'>) =>
      call(app, 'saveResponse', { assessmentId: firstId, response: { ...response, notes: '' } });
    await answer({ questionId: 'v2.relationships.key-leaders', current: 1, dontKnow: false, target: 2 });
    await answer({ questionId: 'v2.relationships.acute-trust', current: null, dontKnow: true, target: 1 });
    await answer({ questionId: 'v2.relationships.joint-rationale', current: 0, dontKnow: false, target: 2 });
    const partner = (p: Omit<Partner, 'id' | 'notes'>) =>
      call(app, 'savePartner', { assessmentId: firstId, partner: { ...p, id: crypto.randomUUID(), notes: '' } });
    await partner({ kind: 'community-trust', name: 'Westmoor Community Trust', contact: 'Ana Ruiz', strength: 1 });
    await partner({ kind: 'acute-trust', name: 'Moor Hospitals NHS Trust', contact: '', strength: 0 });
    await partner({ kind: 'voluntary-sector', name: 'Moor Volunteers', contact: '', strength: 2 });
    const second = await call<AssessmentSummary>(app, 'reassess', { fromId: firstId, assessmentDate: '2026-11-20' });
    // The new assessment starts with last time's partners; this one is no longer listed.
    const copied = await call<{ partners: Partner[] }>(app, 'getAssessment', { id: second.id });
    const volunteers = copied.partners.find((p) => p.name === 'Moor Volunteers');
    await call(app, 'deletePartner', { assessmentId: second.id, partnerId: volunteers?.id });
    await call(app, 'savePosition', { id: second.id, position: 'area:relationships' });
    await call(app, 'saveResponse', {
      assessmentId: second.id,
      response: { questionId: 'v2.relationships.key-leaders', current: 2, dontKnow: false, target: 3, notes: '' },
    });

    await app.open();
    await app.page.getByRole('button', { name: /^Open Westmoor PCN, 20 November 2026/ }).click();
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'External relationships' }).waitFor();
    const lastTimes = await page.locator('.app-last-time').allTextContents();
    expect(lastTimes).toEqual([
      'Last time (16 May 2026): Emerging now, target Developing',
      "Last time (16 May 2026): Don't know now, target Emerging",
      'Last time (16 May 2026): Not started now, target Developing',
      'Last time (16 May 2026): 1 – We know who to contact',
      'Last time (16 May 2026): 0 – No relationship yet',
    ]);
    const gone = page.getByRole('table', { name: 'Recorded last time (16 May 2026), not listed now' });
    await expect(gone.getByRole('row').allTextContents()).resolves.toEqual([
      'OrganisationStrength of relationship',
      'Moor Volunteers (Voluntary sector)2 – We meet regularly',
    ]);
    await app.assertAccessible('reassessment with last time');
    await app.screenshot('area-reassessment-1920');

    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'Leadership' }).waitFor();
    await app.screenshot('area-empty-1920');
    await app.assertClean();
  });
});

describe.runIf(available)('targets are chosen, never implied (1366 by 768)', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('rates a whole area with the keyboard; only the targets chosen appear, the rest are listed to check', async () => {
    const id = await createAssessment(app, 'Harbour PCN', '2026-12-01', 'area:voice');
    await openFromHome(app, 'Harbour PCN', 'Voice and influence');
    const { page } = app;
    const area = CURRENT_FRAMEWORK.areas.find((a) => a.title === 'Voice and influence');
    if (!area) throw new Error('no voice area');
    // J and a digit for each question; S on the second, U on the fourth; nothing else.
    const plan = area.questions.map((question, i) => ({
      question,
      now: i % 5,
      key: i === 1 ? 's' : i === 3 ? 'u' : null,
    }));
    for (const { now, key } of plan) {
      await page.keyboard.press('j');
      await page.keyboard.press(String(now));
      if (key) await page.keyboard.press(key);
    }
    await settle(page);
    const expected = plan.map(({ question, now, key }) => ({
      question_id: question.id,
      current_level: now,
      target_level: key === 's' ? now : key === 'u' ? now + 1 : null,
    }));
    const rows = app.host.db
      .prepare('SELECT question_id, current_level, target_level FROM response WHERE assessment_id = ?')
      .all(id);
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);
    // On screen: the chosen targets only, and "Target not set" on every other question.
    const checked = await page
      .locator('input[name$="-target"]:checked')
      .evaluateAll((inputs) => inputs.map((i) => i.id));
    expect(checked).toEqual([
      `q-${plan[1]?.question.id.replace(/\./g, '-')}-target-${plan[1]?.now}`,
      `q-${plan[3]?.question.id.replace(/\./g, '-')}-target-${(plan[3]?.now ?? 0) + 1}`,
    ]);
    await expect(page.locator('.app-question__target-state--unset').allTextContents()).resolves.toEqual(
      Array(plan.length - 2).fill('Target not set.'),
    );
    // One question as the window shows it after J: every level's words on screen at 1366 by 768.
    await page.evaluate((qid) => {
      document.querySelector(`[data-question-card="${qid}"]`)?.scrollIntoView({ block: 'start' });
    }, plan[3]?.question.id ?? '');
    const fits = await page.evaluate((qid) => {
      const card = document.querySelector(`[data-question-card="${qid}"]`);
      const last = card?.querySelector('.app-anchor-grid__dont-know');
      return last ? last.getBoundingClientRect().bottom <= window.innerHeight : false;
    }, plan[3]?.question.id ?? '');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'question-anchors-1366x768.png') });
    expect(fits, 'every level of the question fits in the window').toBe(true);
    await app.assertAccessible('area rated without targets');
    await app.screenshot('area-targets-unset-1366');

    // "Check your answers" lists the questions without a target, each linking to its question.
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    const section = page.getByRole('region', { name: 'No six-month target yet' });
    const links = section.getByRole('button');
    const unset = plan.filter((p) => p.key === null);
    await expect(links.allTextContents()).resolves.toEqual(
      unset.map(
        (p) =>
          `Question ${CURRENT_FRAMEWORK.areas.indexOf(area) + 1}.${area.questions.indexOf(p.question) + 1}: ${p.question.text}`,
      ),
    );
    await app.assertAccessible('check your answers with targets not set');
    await app.screenshot('review-targets-unset-1366');
    await links.first().click();
    await page.getByRole('heading', { level: 1, name: 'Voice and influence' }).waitFor();
    await expect
      .poll(() => focusedId(page))
      .toBe(`q-${unset[0]?.question.id.replace(/\./g, '-')}-current-${unset[0]?.now}`);
    await app.assertClean();
  });
});
