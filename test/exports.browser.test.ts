/**
 * From a completed assessment to an accepted plan and every export, through the real UI:
 * accept the drafted actions, name an owner, then save the PDF, CSV, HTML and assessment file
 * where the (stand-in) save dialog says, and read the files back.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allQuestions, CURRENT_FRAMEWORK } from '../shared/framework';
import { type AppSession, browserAvailability, SCREENSHOT_DIR, startSession } from './support/browser';
import { call } from './support/deps';
import { tempDir } from './support/temp';

const { available } = browserAvailability();

describe.runIf(available)('an accepted plan, exported in all four formats', () => {
  let app: AppSession;
  let assessmentId = '';

  beforeAll(async () => {
    app = await startSession();
    const deps = app.host.deps;
    const created = await call(deps, 'createAssessment', {
      pcnName: 'Łódź & Llanfair Ŵ PCN',
      assessmentDate: '2026-11-22',
    });
    if (!created.ok) throw new Error(created.error.message);
    assessmentId = created.value.id;
    for (const [i, q] of allQuestions(CURRENT_FRAMEWORK).entries()) {
      const current = (i % 3) as 0 | 1 | 2;
      await call(deps, 'saveResponse', {
        assessmentId,
        response: { questionId: q.id, current, dontKnow: false, target: (current + 1) as 1 | 2 | 3, notes: '' },
      });
    }
    await call(deps, 'setAssessmentStatus', { id: assessmentId, status: 'complete' });
    await call(deps, 'savePosition', { id: assessmentId, position: 'plan' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('accepts the drafted actions, then exports PDF, CSV, HTML and the assessment file', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: /^Open Łódź & Llanfair Ŵ PCN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Six-month action plan' }).waitFor();
    await app.assertAccessible('plan with suggestions');

    // Accept every suggestion, one at a time, as the board agrees them.
    const accept = page.getByRole('button', { name: /^Accept “/ });
    let accepted = 0;
    while ((await accept.count()) > 0) {
      await accept.first().press('Enter');
      accepted++;
      await expect.poll(() => app.host.db.prepare('SELECT count(*) AS n FROM action').get()).toEqual({ n: accepted });
    }
    // A focused set: one suggestion per gap, highest priority first, up to the capacity of 12.
    expect(accepted).toBe(12);
    await page.getByText(/All changes saved/).waitFor();
    await app.assertAccessible('plan accepted');
    await app.screenshot('exports-plan-accepted');

    const dir = tempDir('nr-exports-');
    const files = { pdf: 'plan.pdf', csv: 'actions.csv', html: 'plan.html', assessment: 'assessment.json' };
    const buttons = {
      pdf: 'Save as PDF',
      csv: 'Save actions as CSV',
      html: 'Save as a web page',
      assessment: 'Save the assessment file',
    };
    for (const format of ['pdf', 'csv', 'html', 'assessment'] as const) {
      app.host.dialogAnswers.save.push(path.join(dir, files[format]));
      await page.getByRole('button', { name: buttons[format] }).press('Enter');
      if (format === 'pdf' || format === 'html') {
        // Not ready to share: the check lists what is missing before anything is saved.
        const heading = page.getByRole('heading', { name: 'Before you share this plan with the ICB' });
        await heading.waitFor();
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('export-check-heading');
        expect(fs.readdirSync(dir)).not.toContain(files[format]);
        if (format === 'pdf') {
          const check = page.locator('.app-export-check');
          await expect(check.textContent()).resolves.toContain(`Actions without a named owner (${accepted})`);
          await expect(check.textContent()).resolves.toMatch(
            /Gaps with neither an action nor a reason to defer \(\d+\)/,
          );
          await app.assertAccessible('the ready-to-share check');
          await page.setViewportSize({ width: 1366, height: 768 });
          // What the user sees at 1366×768: the check, scrolled to its heading.
          await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
          await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exports-ready-to-share-check-1366.png') });
        }
        const draft = format === 'pdf' ? 'PDF' : 'web page';
        await page.getByRole('button', { name: `Save the draft ${draft} anyway` }).press('Enter');
      }
      await page.getByText(`Saved ${files[format]}`).waitFor();
    }
    await app.assertAccessible('plan after exports');
    await app.screenshot('exports-saved');
    await app.assertClean();
    expect(fs.readdirSync(dir).sort()).toEqual(['actions.csv', 'assessment.json', 'plan.html', 'plan.pdf']);

    const actions = app.host.db.prepare('SELECT title, owner_name, owner_role FROM action').all() as {
      title: string;
      owner_name: string;
      owner_role: string;
    }[];
    expect(actions).toHaveLength(accepted);

    // The PDF, read back with poppler.
    const pdf = path.join(dir, files.pdf);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toContain('Author:          Łódź & Llanfair Ŵ PCN');
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Łódź & Llanfair Ŵ PCN');
    // Saved anyway: a draft that says, in counts, what it does not cover.
    expect(text).toMatch(/Status Draft: \d+ things still to do \(see the summary\)/);
    expect(text).toMatch(
      new RegExp(
        `This is a draft\\. It does not yet cover: \\d+ gaps neither covered by an action nor deferred and ${accepted} actions without a named owner\\.`,
      ),
    );
    expect(text).toContain('Owner not yet named');
    for (const area of CURRENT_FRAMEWORK.areas) expect(text).toContain(area.title);
    for (const action of actions) {
      expect(text).toContain(action.title);
      expect(text).toContain(action.owner_name || action.owner_role);
    }

    // The CSV opens cleanly in Excel: BOM, CRLF, one row per action.
    const csv = fs.readFileSync(path.join(dir, files.csv), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(accepted + 1);

    // The HTML is self-contained and names every action.
    const html = fs.readFileSync(path.join(dir, files.html), 'utf8');
    expect(html).toContain('lang="en-GB"');
    expect(html).not.toMatch(/<script|src="https?:/);
    for (const action of actions) expect(html).toContain(action.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));

    // The assessment file carries the plan.
    const file = JSON.parse(fs.readFileSync(path.join(dir, files.assessment), 'utf8'));
    expect(file.format).toBe('neighbourhood-ready-assessment');
    expect(file.assessment.actions).toHaveLength(accepted);
  });
});
