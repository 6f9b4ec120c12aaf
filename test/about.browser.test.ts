import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../electron/db/migrations';
import { CURRENT_FRAMEWORK, POLICY_SOURCES } from '../shared/framework';
import { type AppSession, browserAvailability, startSession } from './support/browser';
import { call } from './support/deps';

const { available } = browserAvailability();
const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
  version: string;
};

describe.runIf(available)('About Neighbourhood Ready', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startSession();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens from the footer with the version, the data statement and the licence notices', async () => {
    const { page } = app;
    await app.open();
    await page.getByRole('contentinfo').getByRole('button', { name: 'About Neighbourhood Ready' }).click();
    await page.getByRole('heading', { level: 1, name: 'About Neighbourhood Ready' }).waitFor();

    const facts = await page
      .locator('.nhsuk-summary-list__row')
      .evaluateAll((rows) => rows.map((row) => row.textContent?.trim()));
    expect(facts).toEqual([
      `Version${version}`,
      `Readiness framework${CURRENT_FRAMEWORK.version}`,
      `Data format version${LATEST_VERSION}`,
    ]);
    // The release note of the current framework, with each policy source and its date on its own line.
    await page
      .getByRole('heading', { level: 2, name: `What is new in readiness framework ${CURRENT_FRAMEWORK.version}` })
      .waitFor();
    const sources = await page.getByRole('main').getByRole('listitem').allTextContents();
    for (const source of POLICY_SOURCES) {
      expect(sources).toContain(`${source.title} (${source.publisher}, ${source.published})`);
    }
    await expect(page.locator('.nhsuk-inset-text').textContent()).resolves.toContain(
      'Neighbourhood Ready never sends anything over the network',
    );
    const main = page.getByRole('main');
    await main
      .getByText(
        'Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England, Patients Registered at a GP Practice).',
      )
      .waitFor();
    await main.getByRole('heading', { level: 3, name: 'DejaVu fonts' }).waitFor();
    await main.getByRole('heading', { level: 4, name: 'Bitstream Vera Fonts Copyright' }).waitFor();
    await main.getByText(/Fonts are \(c\) Bitstream \(see below\)\. DejaVu changes are in public domain\./).waitFor();
    const libraries = await main
      .getByRole('table')
      .getByRole('row')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('th, td')?.textContent));
    expect(libraries.slice(0, 3)).toEqual(['Library', 'better-sqlite3', 'SQLite (inside better-sqlite3)']);
    expect(libraries).toContain('jsPDF');
    // The licence texts wrap inside the page: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await app.assertAccessible('about');
    await app.screenshot('about');
    await page.getByRole('button', { name: '← Back' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await app.assertClean();
  });

  it('goes back to the open assessment it was opened from', async () => {
    const { page } = app;
    const created = await call(app.host.deps, 'createAssessment', {
      pcnName: 'About Test PCN',
      assessmentDate: '2026-11-22',
    });
    if (!created.ok) throw new Error(created.error.message);
    await page.reload();
    await page.getByRole('button', { name: /^Open About Test PCN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Your PCN' }).waitFor();
    await page.getByRole('button', { name: 'About Neighbourhood Ready' }).click();
    await page.getByRole('heading', { level: 1, name: 'About Neighbourhood Ready' }).waitFor();
    await page.getByRole('button', { name: '← Back' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your PCN' }).waitFor();
    await app.assertClean();
  });
});
