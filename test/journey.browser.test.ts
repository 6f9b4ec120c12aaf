/**
 * The whole assessment journey with the keyboard only, on the real NHS England files: start an
 * assessment, import the directory, pick a PCN, answer every question in all eight areas, reload,
 * and find everything as it was left. axe runs on every screen on the way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allQuestions, CURRENT_FRAMEWORK } from '../shared/framework';
import { type AppSession, browserAvailability, startSession } from './support/browser';

const NHS_DATA = path.resolve(import.meta.dirname, '../../shared/data/nhs');
const haveData = fs.existsSync(path.join(NHS_DATA, 'gp-reg-pat-prac-map_2026-08.csv'));
if (!haveData) {
  if (process.env.CI === 'true') throw new Error(`The NHS data files must be present under CI: ${NHS_DATA}`);
  console.log(`Skipping the journey test: the NHS England files are not at ${NHS_DATA}.`);
}
const { available } = browserAvailability();

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, match: RegExp, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Only a control counts: a focused region (the main landmark) holds every button's text.
      if (!el?.matches('a, button, input, select, textarea, summary')) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.getAttribute('aria-label') ?? ''} ${labelled ?? ''} ${el.textContent ?? ''} ${el.getAttribute('name') ?? ''}`;
    });
    if (match.test(label)) return;
  }
  throw new Error(`Could not reach ${match} with the Tab key`);
}

/** The level chosen for question n (0-based) in the whole framework: a fixed, varied pattern. */
function plannedAnswer(n: number): number | 'd' {
  return n === 7 || n === 23 ? 'd' : n % 4;
}

describe.runIf(available && haveData)('the whole journey, keyboard only', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startSession();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts an assessment, fills the profile from the directory and answers every question', async () => {
    const { page } = app;
    await app.open();
    await app.assertAccessible('home, empty');

    await tabTo(page, /pcnName/);
    await page.keyboard.type('Journey test');
    await tabTo(page, /Start assessment/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your PCN' }).waitFor();
    await app.assertAccessible('profile, empty');

    app.host.dialogAnswers.open.push([
      path.join(NHS_DATA, 'gp-reg-pat-prac-map_2026-08.csv'),
      path.join(NHS_DATA, 'gp-reg-pat-prac-all_2025-04.csv'),
      path.join(NHS_DATA, 'gp-reg-pat-prac-sing-age-regions_2026-08.csv'),
    ]);
    await tabTo(page, /Import NHS England files/);
    await page.keyboard.press('Enter');
    await page
      .getByText(/1,298 PCNs/)
      .first()
      .waitFor();
    await app.assertAccessible('profile, directory imported');

    await tabTo(page, /Search by PCN name or code/);
    await page.keyboard.type('coast and country');
    await page.getByRole('option', { name: /U41591/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await app.assertAccessible('profile, search open');
    await page.keyboard.press('Enter');
    await page.getByText(/Filled in from NHS England data/).waitFor();
    await expect
      .poll(() => app.host.db.prepare('SELECT pcn_code FROM assessment').get())
      .toEqual({ pcn_code: 'U41591' });
    await app.assertAccessible('profile, filled');

    await tabTo(page, /Continue to Leadership/);
    await page.keyboard.press('Enter');

    let n = 0;
    for (const [index, area] of CURRENT_FRAMEWORK.areas.entries()) {
      await page.getByRole('heading', { level: 1, name: area.title }).waitFor();
      for (const _question of area.questions) {
        await page.keyboard.press('j');
        const answer = plannedAnswer(n++);
        await page.keyboard.press(answer === 'd' ? 'd' : String(answer));
        // The target is chosen, never filled in: U aims one level up, S (at the top) stays.
        if (answer !== 'd') await page.keyboard.press(answer === 4 ? 's' : 'u');
      }
      await page.getByText(/All changes saved/).waitFor();
      if (index === 0 || area.tracksPartners) await app.assertAccessible(`area ${area.id}, answered`);
      await page.keyboard.press('Alt+ArrowRight');
    }
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await page.getByText('Every question has an answer.').waitFor();
    await app.assertAccessible('check your answers');
    await app.assertClean();
  });

  it('finds everything as it was left after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await tabTo(page, /Open Coast and Country/i);
    await page.keyboard.press('Enter');
    // It reopens where the user was.
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();

    const rows = app.host.db
      .prepare('SELECT question_id, current_level, dont_know, target_level FROM response')
      .all() as { question_id: string; current_level: number | null; dont_know: number; target_level: number | null }[];
    const byId = new Map(rows.map((r) => [r.question_id, r]));
    const questions = allQuestions(CURRENT_FRAMEWORK);
    expect(rows).toHaveLength(questions.length);
    questions.forEach((q, i) => {
      const planned = plannedAnswer(i);
      const row = byId.get(q.id);
      if (planned === 'd') expect(row, q.id).toMatchObject({ current_level: null, dont_know: 1 });
      else
        expect(row, q.id).toEqual({
          question_id: q.id,
          current_level: planned,
          dont_know: 0,
          // The target chosen with U (one level up), or S at the top level.
          target_level: Math.min(planned + 1, 4),
        });
    });
    const profile = app.host.db.prepare('SELECT pcn_name, pcn_code, icb, population FROM assessment').get() as {
      pcn_name: string;
      icb: string;
      population: number;
    };
    expect(profile.pcn_name).toMatch(/Coast and Country/i);
    expect(profile.icb).toMatch(/ and /); // two ICBs
    expect(app.host.db.prepare('SELECT count(*) AS n FROM practice').get()).toEqual({ n: 4 });

    // The answers show on screen as they were left: Leadership's first question.
    await tabTo(page, /1\. Leadership/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Leadership' }).waitFor();
    const firstQuestion = questions[0];
    if (!firstQuestion) throw new Error('no questions');
    const checked = await page
      // 2026.2 questions answer in the anchor grid, where each radio says which choice it is.
      .locator(`[data-question-card="${firstQuestion.id}"] input[data-level-choice="current"]:checked`)
      .getAttribute('value');
    expect(checked).toBe(String(plannedAnswer(0)));
    await app.assertAccessible('leadership after reload');
    await app.screenshot('journey-leadership-after-reload');
    await app.assertClean();
  });
});
