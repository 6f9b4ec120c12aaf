/**
 * Saving tells the truth: the status says "Saved" only when nothing is waiting, the status shows
 * beside the text being typed, and text still waiting for its pause in typing is saved when the
 * user moves on or the page is reloaded (as when the window is closed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../shared/framework';
import { type AppSession, browserAvailability, startSession } from './support/browser';
import { callOk } from './support/deps';

const { available } = browserAvailability();
/** New assessments use the current framework; the notes typed here are the first question's. */
const FIRST_QUESTION = CURRENT_FRAMEWORK.areas[0]?.questions[0]?.id ?? '';

describe.runIf(available)('saving tells the truth', () => {
  let app: AppSession;
  let id: string;
  const pcn = 'Harbourside PCN';

  function noteInDatabase(questionId: string): string | null {
    const row = app.host.db
      .prepare('SELECT notes FROM response WHERE assessment_id = ? AND question_id = ?')
      .get(id, questionId) as { notes: string } | undefined;
    return row?.notes ?? null;
  }

  async function openLeadership() {
    await app.open();
    await app.page.getByRole('button', { name: new RegExp(`^Open ${pcn}`) }).click();
    await app.page.getByRole('heading', { level: 1, name: /Leadership/ }).waitFor();
  }

  const notes = () => app.page.locator('textarea.app-question__notes').first();
  const headerStatus = () => app.page.locator('.app-assessment__bar .app-save-status');

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1366, height: 768 } });
    id = (await callOk(app.host.deps, 'createAssessment', { pcnName: pcn, assessmentDate: '2026-11-14' })).id;
    await callOk(app.host.deps, 'savePosition', { id, position: 'area:leadership' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says "Not saved yet" while a note waits for the pause in typing, beside the note and at the top', async () => {
    await openLeadership();
    // The page's clock is held (Playwright's clock), so the pause in typing ends when the test
    // says, however slow the machine: the note is pending until then.
    await app.page.clock.install();
    await app.page.clock.pauseAt(new Date(Date.now() + 60_000));
    await notes().pressSequentially('Board agreed', { delay: 20 });
    await expect.poll(() => headerStatus().textContent()).toMatch(/^Not saved yet/);
    await expect.poll(() => notes().locator('xpath=following-sibling::p').textContent()).toBe('Not saved yet');
    expect(noteInDatabase(FIRST_QUESTION)).toBeNull();
    // Then, after the pause: saved in the data file, and only then "Saved".
    await app.page.clock.runFor(700);
    await app.page.clock.resume();
    await expect.poll(() => headerStatus().textContent()).toMatch(/^All changes saved at/);
    await expect.poll(() => notes().locator('xpath=following-sibling::p').textContent()).toBe('Saved');
    await app.screenshot('saving-status-beside-the-note');
    expect(app.problems).toEqual([]);
    expect(noteInDatabase(FIRST_QUESTION)).toBe('Board agreed');
    await app.assertAccessible('note saved');
  });

  it('keeps a note typed 100 ms before a reload', async () => {
    await openLeadership();
    await notes().fill('');
    await notes().pressSequentially('Chair named; deputy to follow', { delay: 5 });
    // The user reloads (or closes the window) straight after typing, well inside the 600 ms pause.
    await app.page.waitForTimeout(100);
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => noteInDatabase(FIRST_QUESTION)).toBe('Chair named; deputy to follow');
    await openLeadership();
    await expect(notes().inputValue()).resolves.toBe('Chair named; deputy to follow');
    await app.assertClean();
  });

  it('saves a note at once when the user moves to another step', async () => {
    await openLeadership();
    await notes().fill('');
    await notes().pressSequentially('Moved on quickly', { delay: 5 });
    await app.page.getByRole('button', { name: /^Check your answers/ }).click();
    await expect.poll(() => noteInDatabase(FIRST_QUESTION)).toBe('Moved on quickly');
    await expect.poll(() => headerStatus().textContent()).toMatch(/^All changes saved at/);
    await app.assertClean();
  });
});
