/**
 * A board workshop for a PCN with six participants, through the real UI and the real handlers:
 * people added on screen; two score before the day from response packs, one of them answering
 * in the app on "their own computer" (a second app with its own database); the other four scored
 * live in the grid with the keyboard; the page reloaded mid-workshop; questions revealed (one at
 * a time and a whole area); reasons recorded; consensus agreed (refused without a reason where
 * one is required); the presenter view driven by the keyboard at 1920×1080 and 1280×720; and the
 * PDF exported and read back with pdftotext.
 *
 * Hidden until the reveal is checked where it matters: every answer the renderer received from
 * the main process is recorded, and none may hold a score of a question not yet revealed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopView } from '../shared/domain';
import { type AppSession, browserAvailability, SCREENSHOT_DIR, startSession } from './support/browser';
import { call, insertV1Assessment } from './support/deps';
import { hasPdftotext, pdfText } from './support/pdf';

const { available } = browserAvailability();

const PCN = 'Millbrook & Dale PCN';
const PEOPLE = [
  { name: 'Dr Priya Raman', organisation: 'Millbrook Surgery', role: 'Clinical director' },
  { name: 'Tom Ellis', organisation: PCN, role: 'PCN manager' },
  { name: 'Dr Sarah O’Neill', organisation: 'Dale Valley Practice', role: 'GP partner' },
  { name: 'Dr Kwame Mensah', organisation: 'Riverside Health Centre', role: 'GP partner' },
  { name: 'Gwen Morgan', organisation: 'Dalebrook Community NHS Trust', role: 'Locality director' },
  { name: 'Aled Price', organisation: 'Millbrook Surgery', role: 'Practice manager' },
];

type Rating = 0 | 1 | 2 | 3 | 4;
/** Gwen's answers (participant 5), given in her response pack: question, now, target. */
const GWEN: [string, Rating, Rating][] = [
  ['cd-ambition', 4, 4],
  ['protected-time', 1, 2],
  ['team-depth', 2, 3],
  ['successor', 0, 1],
  ['shared-purpose', 2, 3],
];
/** Aled's (participant 6), answered on his computer. */
const ALED: [string, Rating | 'D', Rating | null][] = [
  ['leadership.cd-ambition', 0, 2],
  ['leadership.protected-time', 'D', null],
  ['leadership.team-depth', 1, 2],
  ['leadership.successor', 0, 1],
  ['leadership.shared-purpose', 2, 3],
];
/** The four people scored live, in the grid: per question, [now, target] for participants 1 to 4. */
const LIVE: [string, string[]][] = [
  ['leadership.cd-ambition', ['23', '23', '13', '23']],
  ['leadership.protected-time', ['12', '12', '12', '22']],
  ['leadership.team-depth', ['12', '22', '12', '12']],
  ['leadership.successor', ['01', '02', '11', '01']],
  ['leadership.shared-purpose', ['23', '23', '23', '33']],
];

/** Every workshop the renderer was sent must hold scores only of revealed questions. */
function findLeaks(body: unknown): string[] {
  const leaks: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.scores) && Array.isArray(record.questions) && 'anonymous' in record) {
      const w = record as unknown as WorkshopView;
      const revealed = new Set(w.questions.filter((q) => q.revealedAt).map((q) => q.questionId));
      for (const s of w.scores) if (!revealed.has(s.questionId)) leaks.push(`${s.questionId} by ${s.participantId}`);
    }
    for (const v of Object.values(record)) visit(v);
  };
  visit(body);
  return leaks;
}

function watchApi(page: Page): { bodies: unknown[] } {
  const seen = { bodies: [] as unknown[] };
  page.on('response', async (response) => {
    if (!response.url().includes('/api/')) return;
    try {
      seen.bodies.push(await response.json());
    } catch {
      // A navigation cancelled the request; nothing reached the page.
    }
  });
  return seen;
}

/** A screenshot of what is in the window (a whole long page is too tall to look at). */
async function viewportShot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * The presenter view at the window's size: a screenshot to look at, and a check that nothing is
 * cut off: no sideways scrolling, and every control and line of text inside the window.
 */
async function shotAndFit(page: Page, name: string) {
  await viewportShot(page, name);
  const overflow = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('scrolls sideways');
    if (document.documentElement.scrollHeight > window.innerHeight)
      out.push(`taller than the window by ${document.documentElement.scrollHeight - window.innerHeight}px`);
    for (const el of document.querySelectorAll(
      '.app-presenter button, .app-presenter h1, .app-presenter p, .app-presenter li',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1))
        out.push(`cut off at the side: ${el.textContent?.slice(0, 40)}`);
    }
    return out;
  });
  expect(overflow, name).toEqual([]);
}

async function settle(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('.app-save-status');
    return status?.textContent?.startsWith('All changes saved') ?? false;
  });
}

describe.runIf(available)('a PCN board workshop, start to finish', () => {
  let app: AppSession;
  let assessmentId = '';
  const participantId = async (index: number) =>
    (
      app.host.db
        .prepare('SELECT id FROM participant WHERE assessment_id = ? ORDER BY position LIMIT 1 OFFSET ?')
        .get(assessmentId, index) as { id: string }
    ).id;
  let api: { bodies: unknown[] };
  // Files shared between the steps (packs, responses, the PDF): removed after the last one.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-workshop-'));

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1280, height: 900 } });
    api = watchApi(app.page);
    const deps = app.host.deps;
    // Written against the 2026.1 questions, which 2026.1 assessments keep.
    assessmentId = insertV1Assessment(deps, PCN, '2026-11-24');
    await call(deps, 'savePosition', { id: assessmentId, position: 'workshop' });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds six participants on screen', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: new RegExp(`^Open ${PCN}`) }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await app.assertAccessible('workshop, nobody yet');
    for (const [i, person] of PEOPLE.entries()) {
      await page.getByRole('button', { name: 'Add a participant' }).click();
      await page.getByLabel(`Name or alias of Participant ${i + 1}`).fill(person.name);
      await page.getByLabel(`Organisation of Participant ${i + 1}`).fill(person.organisation);
      await page.getByLabel(`Role of Participant ${i + 1}`).fill(person.role);
      await page.getByLabel(`Role of Participant ${i + 1}`).blur();
    }
    await settle(page);
    expect(
      app.host.db
        .prepare('SELECT name, organisation, role FROM participant WHERE assessment_id = ? ORDER BY position')
        .all(assessmentId),
    ).toEqual(PEOPLE);
    await app.assertAccessible('workshop with participants');
    await page.locator('section[aria-labelledby="workshop-people"]').screenshot({
      path: path.join(SCREENSHOT_DIR, 'workshop-participants.png'),
    });
    expect(findLeaks(api.bodies)).toEqual([]);
    await app.assertClean();
  });

  it('two people score before the day: response packs out, one answered in the app, response files back', async () => {
    const { page } = app;
    const pack = (n: number) => path.join(dir, `pack-${n}.json`);
    const response = (n: number) => path.join(dir, `response-${n}.json`);
    await page.getByText('Scoring before the workshop, by file').click();
    for (const n of [5, 6]) {
      const person = PEOPLE[n - 1]?.name;
      app.host.dialogAnswers.save.push(pack(n));
      await page.getByRole('button', { name: `Save response pack for Participant ${n}, ${person}` }).click();
      await page.getByText(`Saved pack-${n}.json: the response pack for Participant ${n}, ${person}.`).waitFor();
    }
    const packText = fs.readFileSync(pack(5), 'utf8');
    expect(packText).toContain('"kind": "response-pack"');
    expect(packText).not.toContain('Dr Priya Raman');

    // Gwen answers on her own computer: another copy of the app with its own database.
    const gwen = await startSession({ viewport: { width: 1280, height: 900 } });
    try {
      await gwen.open();
      gwen.host.dialogAnswers.open.push([pack(5)]);
      await gwen.page.getByRole('button', { name: 'Answer a response pack' }).click();
      await gwen.page.getByRole('heading', { level: 1, name: /Your answers for Millbrook & Dale PCN/ }).waitFor();
      await gwen.page
        .getByText('You are answering as Gwen Morgan, Locality director, Dalebrook Community NHS Trust.')
        .waitFor();
      await gwen.assertAccessible('response pack, unanswered');
      for (const [q, now, target] of GWEN) {
        const id = `pack-leadership-${q}`;
        await gwen.page.locator(`#${id}-current-${now}`).check();
        await gwen.page.locator(`#${id}-target-${target}`).check();
      }
      await gwen.page
        .getByLabel('Why? (optional) for question 1.1')
        .fill('Our trust board hears from her monthly: she already speaks for the neighbourhood.');
      await gwen.page.getByLabel('Why? (optional) for question 1.1').blur();
      await settle(gwen.page);
      await gwen.page.getByText('5 of 36').waitFor();
      await gwen.assertAccessible('response pack, answered');
      await gwen.page.evaluate(() => window.scrollTo(0, 0));
      await viewportShot(gwen.page, 'workshop-response-pack');
      gwen.host.dialogAnswers.save.push(response(5));
      await gwen.page.getByRole('button', { name: 'Save your response file' }).click();
      await gwen.page.getByText(/^Saved response-5\.json\. Send it to the facilitator/).waitFor();
      // Back home, the pack is listed to continue later.
      await gwen.page.getByRole('button', { name: '← Home' }).click();
      await gwen.page
        .getByText(/Millbrook & Dale PCN, workshop of 24 November 2026, as Gwen Morgan: 5 of 36 answered/)
        .waitFor();
      await gwen.assertAccessible('home with a response pack');
      await gwen.page.locator('section[aria-labelledby="response-packs-heading"]').screenshot({
        path: path.join(SCREENSHOT_DIR, 'workshop-home-response-packs.png'),
      });
      await gwen.assertClean();

      // Aled answers his on his own computer too (through the same handlers, without the screen).
      gwen.host.dialogAnswers.open.push([pack(6)]);
      const opened = await call(gwen.host.deps, 'openResponsePack', undefined);
      if (!opened.ok || !opened.value) throw new Error('Aled’s pack did not open');
      for (const [questionId, now, target] of ALED) {
        const answer =
          now === 'D'
            ? { questionId, current: null, dontKnow: true, target: null, reason: '' }
            : { questionId, current: now, dontKnow: false, target, reason: '' };
        if (questionId === 'leadership.cd-ambition') answer.reason = 'Nobody has asked her; we are guessing.';
        await call(gwen.host.deps, 'saveResponsePackAnswer', { packId: opened.value.pack.id, answer });
      }
      gwen.host.dialogAnswers.save.push(response(6));
      await call(gwen.host.deps, 'exportResponseFile', { packId: opened.value.pack.id });
    } finally {
      await gwen.close();
    }

    app.host.dialogAnswers.open.push([[response(5), response(6)]].flat());
    await page.getByRole('button', { name: 'Import response files' }).click();
    await page.getByText('response-5.json: Gwen Morgan, 5 answers imported.').waitFor();
    await page.getByText('response-6.json: Aled Price, 5 answers imported.').waitFor();
    await page.getByText('Hidden: 2 of 6 people have scored.').first().waitFor();
    await app.assertAccessible('workshop after importing response files');
    // Importing Gwen's file again updates her answers: nobody is added twice.
    app.host.dialogAnswers.open.push([response(5)]);
    await page.getByRole('button', { name: 'Import response files' }).click();
    await page
      .getByText('response-5.json: Gwen Morgan, 5 answers updated (their earlier answers were replaced).')
      .waitFor();
    expect(app.host.db.prepare('SELECT count(*) AS n FROM participant').get()).toEqual({ n: 6 });
    expect(
      app.host.db.prepare("SELECT count(*) AS n FROM participant_score WHERE source = 'response-file'").get(),
    ).toEqual({
      n: 10,
    });
    expect(findLeaks(api.bodies)).toEqual([]);
    await app.assertClean();
  });

  it('scores the other four live with digits and Tab; nothing typed is shown, even after a reload', async () => {
    const { page } = app;
    for (const [questionId, pairs] of LIVE) {
      const first = page.locator(`#entry-${questionId.replace('.', '-')}-${await participantId(0)}-current`);
      await first.focus();
      for (const pair of pairs) {
        await page.keyboard.press(pair[0] as string);
        await page.keyboard.press('Tab');
        await page.keyboard.press(pair[1] as string);
        await page.keyboard.press('Tab');
      }
    }
    await settle(page);
    // Six people for every leadership question: four live, two from files.
    expect(
      app.host.db
        .prepare(
          "SELECT source, count(*) AS n FROM participant_score WHERE question_id LIKE 'leadership.%' GROUP BY source ORDER BY source",
        )
        .all(),
    ).toEqual([
      { source: 'live', n: 20 },
      { source: 'response-file', n: 10 },
    ]);
    expect(
      await page.locator('input.app-entry__input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(Array(5 * 6 * 2).fill(''));
    await expect(page.getByText('Hidden: 6 of 6 people have scored.').count()).resolves.toBe(5);
    await expect(
      page.getByText('Scores for question 1.1: 6 of 6 entered, hidden until revealed').isVisible(),
    ).resolves.toBe(true);
    await app.assertAccessible('grid, all entered, hidden');
    await page.locator('[data-workshop-question="leadership.cd-ambition"]').screenshot({
      path: path.join(SCREENSHOT_DIR, 'workshop-grid-hidden.png'),
    });

    // Mid-workshop the page is reloaded (as after the app was closed): still hidden, still entered.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: new RegExp(`^Open ${PCN}`) }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await expect(page.getByText('Hidden: 6 of 6 people have scored.').count()).resolves.toBe(5);
    await expect(page.locator('.app-entry__cell--entered').count()).resolves.toBe(5 * 6 * 2 - 1); // Aled's "don't know" has no target
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/Median|Our trust board hears/);
    expect(findLeaks(api.bodies)).toEqual([]);
    // Scores were sent to the page only as "entered" flags.
    expect(JSON.stringify(api.bodies)).not.toContain('Our trust board hears from her monthly');
    await app.assertClean();
  });

  it('reveals a split question, records the outliers’ reasons, and agrees a level away from the median only with a reason', async () => {
    const { page } = app;
    const card = page.locator('[data-workshop-question="leadership.cd-ambition"]');
    await card.getByRole('button', { name: 'Reveal the scores for question 1.1' }).click();
    await card.getByText('Revealed: 6 of 6 scored. Not agreed yet.').waitFor();
    const now = card.getByRole('figure', { name: 'Where the PCN is now' });
    await expect(now.locator('.app-dotplot__summary').innerText()).resolves.toBe(
      'Median 2 Developing, range 0 to 4 (4 levels apart).',
    );
    await expect(now.locator('.app-dotplot__column--median').innerText()).resolves.toMatch(
      /^3 people\nDr Priya Raman, Tom Ellis, Dr Kwame Mensah\n2\s*\nDeveloping\nMedian$/,
    );
    await expect(
      card.getByRole('figure', { name: 'Target in six months' }).locator('.app-dotplot__summary').innerText(),
    ).resolves.toBe('Median 3 Established, range 2 to 4 (2 levels apart).');
    await expect(card.locator('.app-split').innerText()).resolves.toBe(
      'This question is split. The rule: the ratings span 3 or more levels (for example 1 to 4), the two middle ratings are 2 or more levels apart, or at least a third of the people who gave a level are 2 or more levels away from the median.',
    );
    // The two outliers are invited to explain; their reasons from the response files are there.
    const gwenReason = card.getByLabel(/^Gwen Morgan: rated now 4, 2 above the median/);
    await expect(gwenReason.inputValue()).resolves.toBe(
      'Our trust board hears from her monthly: she already speaks for the neighbourhood.',
    );
    const aledReason = card.getByLabel(/^Aled Price: rated now 0, 2 below the median/);
    await aledReason.fill('Nobody has asked her; we are guessing. She told me she is unsure.');
    await aledReason.blur();
    await settle(page);
    await app.assertAccessible('question revealed, split');
    await card.screenshot({ path: path.join(SCREENSHOT_DIR, 'workshop-revealed-split.png') });

    // The consensus starts at the medians; the group agrees 1 for now, which needs a reason.
    const agreedNow = card.getByLabel('Agreed level now');
    await expect(agreedNow.inputValue()).resolves.toBe('2');
    await expect(card.getByLabel('Agreed target in six months').inputValue()).resolves.toBe('3');
    await agreedNow.selectOption('1');
    await card.getByRole('button', { name: 'Agree the consensus for question 1.1' }).click();
    await card.getByText('Say why the group agreed this: now differs from the median (2 Developing).').waitFor();
    await app.assertAccessible('consensus refused without a reason');
    expect(app.host.db.prepare('SELECT count(*) AS n FROM response').get()).toEqual({ n: 0 });
    await card
      .getByLabel('Reason (required)')
      .fill('She wants to lead but has not yet told the ICB: Emerging until she has.');
    await card.getByRole('button', { name: 'Agree the consensus for question 1.1' }).click();
    await card.getByText('Agreed: now 1 Emerging, target 3 Established.').waitFor();
    await settle(page);
    expect(
      app.host.db
        .prepare('SELECT question_id, current_level, dont_know, target_level FROM response WHERE assessment_id = ?')
        .all(assessmentId),
    ).toEqual([{ question_id: 'leadership.cd-ambition', current_level: 1, dont_know: 0, target_level: 3 }]);
    expect(
      app.host.db
        .prepare('SELECT consensus_reason FROM workshop_question WHERE question_id = ?')
        .get('leadership.cd-ambition'),
    ).toEqual({ consensus_reason: 'She wants to lead but has not yet told the ICB: Emerging until she has.' });
    await app.assertAccessible('consensus agreed');

    // The rest of the area at once. Other areas stay hidden: two scores entered for 2.1.
    await page.getByRole('button', { name: 'Reveal every score in this area' }).click();
    await expect.poll(() => page.getByText('Revealed: 6 of 6 scored. Not agreed yet.').count()).toBe(4);
    await page.getByLabel('Area', { exact: true }).selectOption('relationships');
    for (const who of [0, 1]) {
      await page.locator(`#entry-relationships-key-leaders-${await participantId(who)}-current`).focus();
      await page.keyboard.press(String(who + 1));
    }
    await settle(page);
    await page.getByText('Hidden: 2 of 6 people have scored.').first().waitFor();
    await page.getByLabel('Area', { exact: true }).selectOption('leadership');
    expect(findLeaks(api.bodies)).toEqual([]);
    await app.assertClean();
  });

  it('runs the presenter view from the keyboard, legible at 1920×1080 and 1280×720', async () => {
    const { page } = app;
    const sizes = [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ];
    await page.setViewportSize(sizes[0] as { width: number; height: number });
    await page.getByRole('button', { name: 'Open the presenter view' }).click();
    const question = page.locator('.app-presenter__question');
    await expect(question.innerText()).resolves.toBe(
      '1.1 Does the clinical director want to take a leading role in the neighbourhood?',
    );
    await page.getByText('Agreed: now 1 Emerging, target 3 Established.', { exact: false }).waitFor();
    await app.assertAccessible('presenter, agreed split question');

    // The area timer counts up, shown as mm:ss, and pauses.
    const clock = page.locator('.app-presenter__clock');
    await expect(clock.innerText()).resolves.toBe('00:00');
    // The page's clock is the test's to move (Playwright's clock): no waiting on the wall clock.
    await page.clock.install();
    await page.clock.pauseAt(new Date(Date.now() + 60_000));
    await page.keyboard.press('t');
    await page.clock.runFor(1300);
    await expect.poll(() => clock.innerText()).toBe('00:01');
    await page.keyboard.press('t');
    await page.clock.runFor(2000);
    await expect(clock.innerText()).resolves.toBe('00:01');
    await page.clock.resume();

    for (const size of sizes) {
      await page.setViewportSize(size);
      await shotAndFit(page, `presenter-revealed-${size.width}`);
    }

    // N and C agree 1.2 to 1.5 at their medians: the form starts there, so Tab to the button.
    const medians = [
      'now 1 Emerging, target 2 Developing',
      'now 1 Emerging, target 2 Developing',
      'now 0 Not started, target 1 Emerging',
      'now 2 Developing, target 3 Established',
    ];
    for (const [i, words] of medians.entries()) {
      await page.keyboard.press('n');
      await expect(question.innerText()).resolves.toMatch(new RegExp(`^1\\.${i + 2} `));
      await page.getByText('Not agreed yet.').waitFor();
      await page.keyboard.press('c');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/-now$/);
      if (i === 0) {
        await app.assertAccessible('presenter, consensus form');
        for (const size of sizes) {
          await page.setViewportSize(size);
          await shotAndFit(page, `presenter-consensus-${size.width}`);
        }
      }
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText(`Agreed: ${words}.`).waitFor();
    }
    await expect
      .poll(() => app.host.db.prepare('SELECT count(*) AS n FROM workshop_question WHERE agreed_at IS NOT NULL').get())
      .toEqual({ n: 5 });

    // On to area 2: question 2.1 is still hidden, with two of six scored.
    await page.keyboard.press('n');
    await expect(question.innerText()).resolves.toMatch(/^2\.1 /);
    await page.getByText('2 of 6 people have scored.').waitFor();
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/Median/);
    await app.assertAccessible('presenter, hidden question');
    for (const size of sizes) {
      await page.setViewportSize(size);
      await shotAndFit(page, `presenter-hidden-${size.width}`);
    }
    // P goes back; Esc leaves for the workshop screen.
    await page.keyboard.press('p');
    await expect(question.innerText()).resolves.toMatch(/^1\.5 /);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(findLeaks(api.bodies)).toEqual([]);
    await app.assertClean();
  });

  it('exports the PDF with the workshop: who took part, the spread, split items and reasons', async () => {
    const { page } = app;
    // The agreed levels are the answers the results and plan use.
    expect(
      app.host.db
        .prepare(
          'SELECT question_id, current_level, target_level FROM response WHERE assessment_id = ? ORDER BY question_id',
        )
        .all(assessmentId),
    ).toEqual([
      { question_id: 'leadership.cd-ambition', current_level: 1, target_level: 3 },
      { question_id: 'leadership.protected-time', current_level: 1, target_level: 2 },
      { question_id: 'leadership.shared-purpose', current_level: 2, target_level: 3 },
      { question_id: 'leadership.successor', current_level: 0, target_level: 1 },
      { question_id: 'leadership.team-depth', current_level: 1, target_level: 2 },
    ]);
    await page.getByRole('button', { name: /^1\. Leadership/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Leadership' }).waitFor();
    await expect(page.locator('#q-leadership-cd-ambition-current-1').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Action plan and exports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    const file = path.join(dir, 'workshop.pdf');
    app.host.dialogAnswers.save.push(file);
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    // Only five questions are answered, so the ready-to-share check lists what is missing first.
    await page.getByRole('button', { name: 'Save the draft PDF anyway' }).click();
    await page.getByText('Saved workshop.pdf').waitFor();
    await app.assertAccessible('plan after saving the PDF');
    await app.assertClean();
    if (!hasPdftotext) return;
    const text = pdfText(file);
    for (const person of PEOPLE) expect(text).toContain(person.name);
    for (const expected of [
      'Who took part (6)',
      '6 people scored each question privately (2 by response files before the day).',
      '5 questions were scored this way.',
      '1.1 Does the clinical director want to take a leading role in the neighbourhood? 1 → 3 2 → 3 0 to 4 Split',
      '1.2 Can the clinical director be freed from running the PCN day to day so they can focus on work with partners? 1 → 2 1 → 2 1 to 2; 1 don’t know —',
      'Split items and reasons',
      'Split. Ratings now: 0: 1, 1: 1, 2: 3, 4: 1. Median 2 Developing, range 0 to 4 (4 levels apart).',
      'Agreed: now 1 Emerging, target 3 Established.',
      'Why the group agreed this: She wants to lead but has not yet told the ICB: Emerging until she has.',
      '• Gwen Morgan (rated now 4, target 4): Our trust board hears from her monthly: she already speaks for the neighbourhood.',
      '• Aled Price (rated now 0, target 2): Nobody has asked her; we are guessing. She told me she is unsure.',
    ]) {
      expect(text).toContain(expected);
    }
    // Area 2 was never revealed: its two hidden scores are in no document.
    expect(text).not.toContain('2.1 Do PCN leaders');
    expect(text.slice(text.indexOf(' Workshop 6 people'), text.indexOf('Split items and reasons'))).not.toContain(
      'External relationships',
    );
  });
});

describe.runIf(available)('an anonymous workshop', () => {
  let app: AppSession;
  const names = ['Dr Hannah Blythe', 'Ravi Desai', 'Megan Turner'];

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1280, height: 900 } });
    const deps = app.host.deps;
    // Written against the 2026.1 questions, which 2026.1 assessments keep.
    const assessmentId = insertV1Assessment(deps, 'Quiet Waters PCN', '2026-11-24');
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const id = `30000000-0000-4000-8000-00000000000${i + 1}`;
      ids.push(id);
      await call(deps, 'saveParticipant', {
        assessmentId,
        participant: { id, name, organisation: 'Quiet Waters Surgery', role: 'GP partner' },
      });
    }
    for (const [i, level] of ([0, 2, 3] as const).entries()) {
      await call(deps, 'saveParticipantScore', {
        assessmentId,
        score: {
          participantId: ids[i] as string,
          questionId: 'leadership.cd-ambition',
          current: level,
          dontKnow: false,
          target: 3,
        },
      });
    }
    await call(deps, 'savePosition', { id: assessmentId, position: 'workshop' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows no names on screen once the session is anonymous, unless the facilitator asks to see them', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: /^Open Quiet Waters PCN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await page.getByLabel('Anonymous session').check();
    await settle(page);
    const main = () => page.locator('main').innerText();
    for (const name of names) await expect(main()).resolves.not.toContain(name);
    // The people table, and the grid of each of the five leadership questions.
    await expect(page.getByRole('rowheader', { name: 'Participant 2' }).count()).resolves.toBe(6);
    await app.assertAccessible('anonymous workshop');
    await page.getByRole('button', { name: 'Show names to me' }).click();
    await expect(page.getByLabel('Name or alias of Participant 2').inputValue()).resolves.toBe('Ravi Desai');
    await page.getByRole('button', { name: 'Hide names' }).click();
    await expect(page.getByLabel('Name or alias of Participant 2').count()).resolves.toBe(0);

    const card = page.locator('[data-workshop-question="leadership.cd-ambition"]');
    await card.getByRole('button', { name: 'Reveal the scores for question 1.1' }).click();
    await card.getByText('Revealed: 3 of 3 scored. Not agreed yet.').waitFor();
    await card.getByLabel(/^Participant 1: rated now 0, 2 below the median/).waitFor();
    for (const name of names) await expect(main()).resolves.not.toContain(name);
    await app.assertAccessible('anonymous, revealed');
    await card.screenshot({ path: path.join(SCREENSHOT_DIR, 'workshop-anonymous-revealed.png') });

    await page.getByRole('button', { name: 'Open the presenter view' }).click();
    await page.locator('.app-presenter__question').waitFor();
    for (const name of names) await expect(main()).resolves.not.toContain(name);
    await expect(main()).resolves.toContain('Participant 1 (now 0, 2 below the median): asked to explain');
    await app.assertAccessible('anonymous presenter');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await app.assertClean();
  });
});
