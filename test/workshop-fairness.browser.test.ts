/**
 * An even number of raters, 0, 1, 3 and 4, through the real UI: the stated rule for the middle
 * of an even count (the median halfway between the two middle ratings), both the lowest and the
 * highest rater asked to explain, the consensus starting with no level chosen and both middle
 * ratings marked, and the presenter view naming people in full, by initials or not at all, with
 * level names never broken inside a word, at 1920×1080 and 1280×720.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../shared/framework';
import { EVEN_COUNT_RULE, MEDIAN_RULE } from '../shared/workshop';
import { type AppSession, browserAvailability, SCREENSHOT_DIR, startSession } from './support/browser';
import { call } from './support/deps';

const { available } = browserAvailability();

const PEOPLE: { name: string; now: 0 | 1 | 3 | 4; target: 2 | 3 | 4 }[] = [
  { name: 'Dr Asha Patel', now: 0, target: 2 },
  { name: 'Ben Hughes', now: 1, target: 3 },
  { name: 'Carys Evans', now: 3, target: 3 },
  { name: 'Dr Dan Okoro', now: 4, target: 4 },
];

async function shot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Level names in the dot plots that wrap inside a word: more lines than words. */
function brokenLevelNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.app-dotplot__level-name')].flatMap((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const words = (el.textContent ?? '').trim().split(/\s+/).length;
      return lines > words ? [`${el.textContent} (${lines} lines)`] : [];
    }),
  );
}

describe.runIf(available)('a workshop with an even number of ratings: 0, 1, 3 and 4', () => {
  let app: AppSession;
  let assessmentId = '';
  const question = CURRENT_FRAMEWORK.areas[0]?.questions[0];

  beforeAll(async () => {
    if (!question) throw new Error('no first question');
    app = await startSession({ viewport: { width: 1280, height: 900 } });
    const deps = app.host.deps;
    const created = await call(deps, 'createAssessment', { pcnName: 'Even Count PCN', assessmentDate: '2026-12-02' });
    if (!created.ok) throw new Error(created.error.message);
    assessmentId = created.value.id;
    for (const person of PEOPLE) {
      const participantId = crypto.randomUUID();
      const saved = await call(deps, 'saveParticipant', {
        assessmentId,
        participant: { id: participantId, name: person.name, organisation: '', role: '' },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      const scored = await call(deps, 'saveParticipantScore', {
        assessmentId,
        score: { participantId, questionId: question.id, current: person.now, dontKnow: false, target: person.target },
      });
      if (!scored.ok) throw new Error(scored.error.message);
    }
    const revealed = await call(deps, 'revealScores', { assessmentId, questionIds: [question.id] });
    if (!revealed.ok) throw new Error(revealed.error.message);
    await call(deps, 'savePosition', { id: assessmentId, position: 'workshop' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('states the rule, marks both middle ratings, asks both sides and starts the consensus empty', async () => {
    if (!question) throw new Error('no first question');
    await app.open();
    const { page } = app;
    await page.getByRole('button', { name: /^Open Even Count PCN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    // The rule in full under "How the workshop works", and in one line on the question.
    await page.getByText(MEDIAN_RULE).waitFor({ state: 'attached' });
    expect(MEDIAN_RULE).toContain('for 0, 1, 3 and 4 the middle ratings are 1 and 3 and the median is 2');
    const card = page.locator(`[data-workshop-question="${question.id}"]`);
    await card.getByText(EVEN_COUNT_RULE).waitFor();
    const now = card.locator('figure').first();
    await expect(now.locator('.app-dotplot__summary').innerText()).resolves.toBe(
      'Median 2, halfway between 1 Emerging and 3 Established, range 0 to 4 (4 levels apart).',
    );
    await expect(now.locator('.app-dotplot__median').allInnerTexts()).resolves.toEqual([
      'Middle rating',
      'Middle rating',
    ]);
    // Both sides are asked, the same distance from the median.
    await card.getByLabel(/^Dr Asha Patel: rated now 0, 2 below the median/).waitFor();
    await card.getByLabel(/^Dr Dan Okoro: rated now 4, 2 above the median/).waitFor();
    await expect(card.getByLabel(/^(Ben Hughes|Carys Evans):/).count()).resolves.toBe(0);

    // The consensus starts with no level for now, and shows both middle ratings.
    await card
      .getByRole('button', { name: /^Agree the consensus/ })
      .first()
      .waitFor();
    const nowSelect = card.getByLabel('Agreed level now');
    await expect(nowSelect.inputValue()).resolves.toBe('');
    await expect(nowSelect.locator('option').allInnerTexts()).resolves.toEqual([
      'Not agreed',
      '0 – Not started',
      '1 – Emerging (a middle rating)',
      '2 – Developing',
      '3 – Established (a middle rating)',
      '4 – Thriving',
      'Don’t know',
    ]);
    await card.getByText('No level chosen to start with:').waitFor();
    // Agreeing 2, between the middle ratings, needs no reason; the target starts at its median, 3.
    await nowSelect.selectOption('2');
    await expect(card.getByLabel('Reason (optional)').count()).resolves.toBe(1);
    await nowSelect.selectOption('4');
    await expect(card.getByLabel('Reason (required)').count()).resolves.toBe(1);
    await nowSelect.selectOption('2');
    await card.getByRole('button', { name: /^Agree the consensus/ }).click();
    await card.getByText('Agreed: now 2 Developing, target 3 Established.').waitFor();
    await app.assertAccessible('workshop, even count');
    await card.screenshot({ path: path.join(SCREENSHOT_DIR, 'workshop-even-count.png') });
    await app.assertClean();
  });

  it('shows the rule on the projector, asks both sides, and can hide names', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Open the presenter view' }).click();
    await page.locator('.app-presenter__question').waitFor();
    const main = () => page.locator('main').innerText();
    await page.getByText(EVEN_COUNT_RULE).waitFor();
    await expect(main()).resolves.toContain('Dr Asha Patel (now 0, 2 below the median): asked to explain');
    await expect(main()).resolves.toContain('Dr Dan Okoro (now 4, 2 above the median): asked to explain');
    await expect(brokenLevelNames(page)).resolves.toEqual([]);
    await app.assertAccessible('presenter, even count');
    await shot(page, 'presenter-even-count-1920');

    // H: initials, then no names, then full names again.
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Names: initials (H)' }).waitFor();
    await expect(main()).resolves.toContain('A. P. (now 0, 2 below the median): asked to explain');
    await expect(main()).resolves.toContain('D. O. (now 4, 2 above the median): asked to explain');
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Names: no names (H)' }).waitFor();
    const text = await main();
    expect(text).toContain('One person (now 0, 2 below the median): asked to explain');
    expect(text).toContain('One person (now 4, 2 above the median): asked to explain');
    for (const person of PEOPLE) expect(text).not.toContain(person.name);
    await shot(page, 'presenter-even-count-no-names-1920');

    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(brokenLevelNames(page)).resolves.toEqual([]);
    await shot(page, 'presenter-even-count-1280');
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Names: full names (H)' }).waitFor();
    await app.assertClean();
  });
});
