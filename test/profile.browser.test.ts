/**
 * The PCN profile step in a real browser, through the real handlers and a real SQLite file:
 * (a) typed by hand, with a code error that is shown and not saved until fixed;
 * (b) picked from NHS England's real monthly files (in `shared/data/nhs` beside the repository;
 *     skipped with a printed reason elsewhere, required under CI), with the expected values worked
 *     out here from the CSV files themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../electron/handlers';
import { dispatch } from '../electron/ipc/dispatch';
import { OGL_ATTRIBUTION, readableName } from '../shared/directory';
import type { AssessmentSummary } from '../shared/domain';
import type { Result } from '../shared/result';
import { type AppSession, browserAvailability, startSession } from './support/browser';
import { tempDir } from './support/temp';

const { available } = browserAvailability();

const NHS_DIR = path.resolve(import.meta.dirname, '../../shared/data/nhs');
const FILES = {
  mapping: path.join(NHS_DIR, 'gp-reg-pat-prac-map_2026-08.csv'),
  listSize: path.join(NHS_DIR, 'gp-reg-pat-prac-all_2025-04.csv'),
  population: path.join(NHS_DIR, 'gp-reg-pat-prac-sing-age-regions_2026-08.csv'),
};
const missing = Object.values(FILES).filter((f) => !fs.existsSync(f));
const haveFiles = missing.length === 0;
if (available && !haveFiles) {
  const reason = `NHS England reference files not found in ${NHS_DIR} (missing: ${missing.map((f) => path.basename(f)).join(', ')})`;
  if (process.env.CI === 'true') {
    it('NHS England reference files are present (required in CI)', () => {
      throw new Error(reason);
    });
  } else {
    console.log(`Skipping the directory part of test/profile.browser.test.ts: ${reason}.`);
  }
}

/** Creates an assessment through the real handler, reloads the app and opens it from the home list. */
async function openNewAssessment(app: AppSession, pcnName: string): Promise<string> {
  const created = (await dispatch(handlers, app.host.deps, 'createAssessment', {
    pcnName,
    assessmentDate: '2026-11-22',
  })) as Result<AssessmentSummary>;
  if (!created.ok) throw new Error(created.error.message);
  await reopen(app, pcnName);
  return created.value.id;
}

/** Loads the app afresh and opens the assessment from the home list ("Open <PCN name>, <date>"). */
async function reopen(app: AppSession, pcnName: string): Promise<void> {
  await app.open();
  await app.page.getByRole('button', { name: new RegExp(`^Open ${escapeRegExp(pcnName)}`) }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Your PCN' }).waitFor();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Leaves the focused field with Tab, as a keyboard user does, which saves it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Waits until every queued save has been confirmed by the main process. */
async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.app-save-status').first().textContent()).toMatch(/^All changes saved at /);
}

// ---------------------------------------------------------------------------------------------

describe.runIf(available)('PCN profile typed by hand (no directory)', () => {
  let app: AppSession;
  let id: string;

  beforeAll(async () => {
    app = await startSession();
  });
  afterAll(async () => {
    await app?.close();
  });

  const row = () =>
    app.host.db
      .prepare('SELECT pcn_name, pcn_code, icb, population, directory_extract_date FROM assessment WHERE id = ?')
      .get(id);
  const practices = () =>
    app.host.db
      .prepare('SELECT position, code, name, list_size FROM practice WHERE assessment_id = ? ORDER BY position')
      .all(id);

  it('offers the import and manual entry on an empty profile', async () => {
    id = await openNewAssessment(app, 'Riverside PCN');
    const { page } = app;
    await page.getByRole('heading', { name: 'Find your PCN in the NHS directory' }).waitFor();
    await page.getByText('import NHS England’s free monthly').waitFor();
    await page.getByRole('button', { name: 'Import NHS England files' }).waitFor();
    // Where to download the files: the source and the page address, as text to copy (the app stays offline).
    await page.getByText('Which files to import').click();
    const files = page.locator('.app-directory-import .nhsuk-details__text');
    await expect(files.textContent()).resolves.toContain(
      'Source: NHS England, “Patients Registered at a GP Practice” (monthly official statistics).',
    );
    await expect(page.locator('.app-files-page code').textContent()).resolves.toBe(
      'https://digital.nhs.uk/data-and-information/publications/statistical/patients-registered-at-a-gp-practice',
    );
    await expect(files.locator('a').count()).resolves.toBe(0);
    await app.screenshot('profile-files-source');
    // Closed again, so the empty profile is seen as a new user first sees it.
    await page.getByText('Which files to import').click();
    await expect(files.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('combobox').count()).resolves.toBe(0);
    await expect(page.getByLabel('PCN name', { exact: true }).inputValue()).resolves.toBe('Riverside PCN');
    await page.getByText('No practices yet.').waitFor();
    await app.assertAccessible('profile, empty');
    await app.screenshot('profile-empty');
    await app.assertClean();
  });

  it('shows a wrong PCN code as an error, keeps it on screen and saves the rest', async () => {
    const { page } = app;
    await typeInto(page, page.getByLabel('PCN name', { exact: true }), 'Riverside and Dales PCN');
    await typeInto(page, page.getByLabel('PCN code (optional)', { exact: true }), 'U1234');
    const message = 'A PCN code is U followed by five digits, for example U41591.';
    const inline = page.locator('#profile-pcn-code-error');
    await inline.waitFor();
    await expect(inline.textContent()).resolves.toBe(`Error: ${message}`);
    await expect(page.getByLabel('PCN code (optional)', { exact: true }).inputValue()).resolves.toBe('U1234');
    await expect(
      page.getByLabel('PCN code (optional)', { exact: true }).getAttribute('aria-describedby'),
    ).resolves.toContain('profile-pcn-code-error');
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary.textContent()).resolves.toContain(`PCN code: ${message}`);
    await saved(page);
    expect(row()).toEqual({
      pcn_name: 'Riverside and Dales PCN',
      pcn_code: null,
      icb: '',
      population: null,
      directory_extract_date: null,
    });
    await app.assertAccessible('profile with a code error');
    await app.screenshot('profile-code-error');

    // The summary's link takes the user to the field.
    await summary.getByRole('link', { name: /PCN code/ }).click();
    await expect(focusedId(page)).resolves.toBe('profile-pcn-code');

    // Fixed (in lower case, with spaces): tidied, saved, the error gone.
    await typeInto(page, page.getByLabel('PCN code (optional)', { exact: true }), ' u12345 ');
    await expect(page.locator('#profile-pcn-code-error').count()).resolves.toBe(0);
    await expect(page.locator('.nhsuk-error-summary').count()).resolves.toBe(0);
    await expect(page.getByLabel('PCN code (optional)', { exact: true }).inputValue()).resolves.toBe('U12345');
    await typeInto(page, page.getByLabel(/^Integrated care board/), 'NHS Example Integrated Care Board');
    await typeInto(page, page.getByLabel('Registered population (optional)', { exact: true }), '24680');
    await expect(page.getByLabel('Registered population (optional)', { exact: true }).inputValue()).resolves.toBe(
      '24,680',
    );
    await saved(page);
    expect(row()).toEqual({
      pcn_name: 'Riverside and Dales PCN',
      pcn_code: 'U12345',
      icb: 'NHS Example Integrated Care Board',
      population: 24680,
      directory_extract_date: null,
    });
    await app.assertClean();
  });

  it('adds and removes practices with the keyboard', async () => {
    const { page } = app;
    const add = page.getByRole('button', { name: 'Add a practice' });
    const addPractice = async (code: string, name: string, listSize: string) => {
      await add.focus();
      await page.keyboard.press('Enter');
      // Focus moves to the new row's code field.
      await expect.poll(() => focusedId(page)).toMatch(/^practice-.+-code$/);
      await page.keyboard.type(code);
      await page.keyboard.press('Tab');
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(listSize);
      await page.keyboard.press('Tab');
    };
    await addPractice('a12345', 'Riverside Surgery', '12000');
    await addPractice('B23456', 'Dales Medical Practice', '9,500');
    await addPractice('ZZ1', 'Temporary Practice', '100');

    // A wrong practice code: shown, not saved, the rest of the row saved.
    const codeError = page.getByText('A practice code is a letter followed by five digits, for example A81001.');
    await codeError.first().waitFor();
    await saved(page);
    expect(practices()).toEqual([
      { position: 0, code: 'A12345', name: 'Riverside Surgery', list_size: 12000 },
      { position: 1, code: 'B23456', name: 'Dales Medical Practice', list_size: 9500 },
      { position: 2, code: null, name: 'Temporary Practice', list_size: 100 },
    ]);
    await app.assertAccessible('practices with a code error');
    await app.screenshot('profile-practice-error');
    await typeInto(page, page.getByLabel('Practice 3 code', { exact: true }), 'C34567');
    await expect(codeError.count()).resolves.toBe(0);
    await expect(page.getByLabel('Practice 2 list size', { exact: true }).inputValue()).resolves.toBe('9,500');

    // Remove asks once more: the button becomes "Confirm remove".
    const remove = page.getByRole('button', { name: 'Remove Temporary Practice' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('button', { name: 'Confirm remove Temporary Practice' });
    await confirm.waitFor();
    // Moving away cancels it.
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('button', { name: 'Remove Temporary Practice' }).waitFor();
    await page.getByRole('button', { name: 'Remove Temporary Practice' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Practice 3 name', { exact: true }).count()).toBe(0);
    await page.getByText('Total of list sizes: 21,500 patients').waitFor();
    await saved(page);
    await app.assertAccessible('practices');
    await app.screenshot('profile-manual');
    await app.assertClean();
  });

  it('keeps everything after a reload, exactly as typed', async () => {
    const { page } = app;
    await reopen(app, 'Riverside and Dales PCN');
    await expect(page.getByLabel('PCN name', { exact: true }).inputValue()).resolves.toBe('Riverside and Dales PCN');
    await expect(page.getByLabel('PCN code (optional)', { exact: true }).inputValue()).resolves.toBe('U12345');
    await expect(page.getByLabel(/^Integrated care board/).inputValue()).resolves.toBe(
      'NHS Example Integrated Care Board',
    );
    await expect(page.getByLabel('Registered population (optional)', { exact: true }).inputValue()).resolves.toBe(
      '24,680',
    );
    await expect(page.getByLabel('Practice 1 code', { exact: true }).inputValue()).resolves.toBe('A12345');
    await expect(page.getByLabel('Practice 2 name', { exact: true }).inputValue()).resolves.toBe(
      'Dales Medical Practice',
    );
    await expect(page.getByLabel('Practice 2 list size', { exact: true }).inputValue()).resolves.toBe('9,500');
    await expect(page.getByLabel('Practice 3 name', { exact: true }).count()).resolves.toBe(0);
    // Informational, never an error: the population (under 30,000) differs from the list sizes.
    await expect(page.locator('.app-list-total').textContent()).resolves.toContain(
      'The PCN’s registered population is 24,680, 3,180 more than the list sizes add up to.',
    );
    await expect(page.locator('.nhsuk-error-message, .nhsuk-error-summary').count()).resolves.toBe(0);

    expect(row()).toEqual({
      pcn_name: 'Riverside and Dales PCN',
      pcn_code: 'U12345',
      icb: 'NHS Example Integrated Care Board',
      population: 24680,
      directory_extract_date: null,
    });
    expect(practices()).toEqual([
      { position: 0, code: 'A12345', name: 'Riverside Surgery', list_size: 12000 },
      { position: 1, code: 'B23456', name: 'Dales Medical Practice', list_size: 9500 },
    ]);
    expect(app.host.db.prepare('SELECT count(*) AS n FROM practice').get()).toEqual({ n: 2 });

    // A blank required name is refused, the saved name kept.
    await typeInto(page, page.getByLabel('PCN name', { exact: true }), '');
    await expect(page.locator('#profile-pcn-name-error').textContent()).resolves.toBe('Error: PCN name is required.');
    // Nothing else changed, so nothing was sent to be saved.
    await expect(page.locator('.app-save-status').first().textContent()).resolves.toBe('Changes are saved as you go');
    expect(row()).toMatchObject({ pcn_name: 'Riverside and Dales PCN' });
    await typeInto(page, page.getByLabel('PCN name', { exact: true }), 'Riverside and Dales PCN');
    await expect(page.locator('#profile-pcn-name-error').count()).resolves.toBe(0);

    // On to the first area.
    await page.getByRole('button', { name: 'Continue to Leadership' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Your PCN');
    await app.assertClean();
  });
});

// ---------------------------------------------------------------------------------------------

/** One line of a CSV file: commas inside double quotes are part of the field. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

function readCsv(file: string): Record<string, string>[] {
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const header = splitCsvLine(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

interface Expected {
  name: string;
  icb: string;
  population: number;
  practices: { code: string; name: string; listSize: number | null }[];
}

/** What the profile should hold for a PCN, worked out from the source files. */
function expectedFor(
  code: string,
  mapping: Record<string, string>[],
  listSizes: Map<string, number>,
  populations: Map<string, number>,
): Expected {
  const rows = mapping.filter((r) => r.PCN_CODE === code);
  const icbs = new Map<string, { name: string; practices: number; patients: number }>();
  for (const r of rows) {
    const icb = icbs.get(r.ICB_CODE ?? '') ?? { name: r.ICB_NAME ?? '', practices: 0, patients: 0 };
    icb.practices++;
    icb.patients += listSizes.get(r.PRACTICE_CODE ?? '') ?? 0;
    icbs.set(r.ICB_CODE ?? '', icb);
  }
  const icbOrder = [...icbs.values()].sort(
    (a, b) => b.practices - a.practices || b.patients - a.patients || a.name.localeCompare(b.name),
  );
  return {
    name: readableName(rows[0]?.PCN_NAME ?? ''),
    icb: icbOrder.map((i) => readableName(i.name)).join(' and '),
    population: populations.get(code) ?? -1,
    practices: rows.map((r) => ({
      code: r.PRACTICE_CODE ?? '',
      name: readableName(r.PRACTICE_NAME ?? ''),
      listSize: listSizes.get(r.PRACTICE_CODE ?? '') ?? null,
    })),
  };
}

describe.runIf(available && haveFiles)('PCN profile from the real NHS England directory', () => {
  let app: AppSession;
  let id: string;
  let mapping: Record<string, string>[];
  let listSizes: Map<string, number>;
  let populations: Map<string, number>;

  beforeAll(async () => {
    mapping = readCsv(FILES.mapping);
    listSizes = new Map(
      readCsv(FILES.listSize)
        .filter((r) => r.SEX === 'ALL' && r.AGE === 'ALL')
        .map((r) => [r.CODE ?? '', Number(r.NUMBER_OF_PATIENTS)]),
    );
    populations = new Map(
      readCsv(FILES.population)
        .filter((r) => r.ORG_TYPE === 'PCN' && r.SEX === 'ALL' && r.AGE === 'ALL')
        .map((r) => [r.ORG_CODE ?? '', Number(r.NUMBER_OF_PATIENTS)]),
    );
    app = await startSession();
  });
  afterAll(async () => {
    await app?.close();
  });

  const directoryCounts = () =>
    app.host.db
      .prepare(
        `SELECT (SELECT count(*) FROM directory_import) AS imports, (SELECT count(*) FROM directory_pcn) AS pcns,
                (SELECT count(*) FROM directory_practice) AS practices`,
      )
      .get();

  const combobox = () => app.page.getByRole('combobox', { name: 'Search by PCN name or code' });
  const options = () => app.page.getByRole('option');

  /** Types a search, one key at a time, and waits for the announced result. */
  async function search(query: string): Promise<void> {
    const { page } = app;
    await combobox().focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(query);
    await expect.poll(() => page.locator('.app-combobox__listbox').getAttribute('data-results-for')).toBe(query);
  }

  /** Moves through the suggestions with the Down arrow until the one for `code` is highlighted; Enter chooses it. */
  async function chooseWithKeyboard(code: string): Promise<void> {
    const { page } = app;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowDown');
      const active = await combobox().getAttribute('aria-activedescendant');
      expect(active).toBeTruthy();
      const option = page.locator(`[id="${active}"]`);
      await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
      if ((await option.textContent())?.includes(code)) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error(`${code} was not among the suggestions`);
  }

  it('refuses a wrong file with a precise message and writes nothing', async () => {
    id = await openNewAssessment(app, 'Coast test');
    const { page } = app;
    app.host.dialogAnswers.open.push([FILES.listSize]);
    await page.getByRole('button', { name: 'Import NHS England files' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe(
      'The NHS England files were not imported' +
        'Include the practice-to-PCN mapping file (its name starts gp-reg-pat-prac-map); ' +
        'the other files only add patient numbers to it. Nothing was imported.',
    );
    // Focus moves to the summary, as the NHS.UK pattern does.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).resolves.toBe(
      true,
    );
    expect(directoryCounts()).toEqual({ imports: 0, pcns: 0, practices: 0 });
    await app.assertAccessible('import error');
    await app.screenshot('profile-import-error');
    await app.assertClean();
  });

  it('imports the mapping, list-size and age files together', async () => {
    const { page } = app;
    app.host.dialogAnswers.open.push([FILES.mapping, FILES.listSize, FILES.population]);
    await page.getByRole('button', { name: 'Import NHS England files' }).click();
    const banner = page.locator('.nhsuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(
      'Imported the directory for August 2026: 1,298 PCNs, 6,077 practices',
    );
    await expect(page.locator('.nhsuk-error-summary').count()).resolves.toBe(0);
    expect(directoryCounts()).toEqual({ imports: 1, pcns: 1298, practices: 6129 });
    await page.getByRole('button', { name: 'Update the NHS directory' }).waitFor();
    await app.assertAccessible('after import');
    await app.assertClean();
  });

  it('warns before a cut-down mapping file of the same month shrinks the directory, and keeps it when told to', async () => {
    const { page } = app;
    // The first 300 practices of the same month's mapping file: far fewer PCNs than the 1,298 held.
    const lines = fs.readFileSync(FILES.mapping, 'utf8').split('\n');
    const cut = path.join(tempDir('nr-cut-'), 'gp-reg-pat-prac-map-cut.csv');
    fs.writeFileSync(cut, `${lines.slice(0, 301).join('\n')}\n`);
    app.host.dialogAnswers.open.push([cut]);
    await page.getByRole('button', { name: 'Update the NHS directory' }).click();
    const heading = page.getByRole('heading', { name: 'Important: This would shrink your NHS directory' });
    await heading.waitFor();
    await expect(page.locator('.nhsuk-card--warning').textContent()).resolves.toMatch(
      /gp-reg-pat-prac-map-cut\.csv lists \d+ PCNs? and 300 practices, far fewer than the directory you have \(1,298 PCNs and 6,077 practices/,
    );
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    expect(directoryCounts()).toEqual({ imports: 1, pcns: 1298, practices: 6129 });
    await app.assertAccessible('directory shrink warning');
    await app.screenshot('profile-directory-shrink-warning');
    await page.getByRole('button', { name: 'Keep my current directory' }).click();
    await heading.waitFor({ state: 'detached' });
    expect(directoryCounts()).toEqual({ imports: 1, pcns: 1298, practices: 6129 });
    await expect(page.locator('.nhsuk-notification-banner--success').count()).resolves.toBe(0);
    await app.assertClean();
  });

  it('finds Coast and Country by part of its name and fills the profile, chosen with the keyboard', async () => {
    const { page } = app;
    await search('coast');
    await expect(combobox().getAttribute('aria-expanded')).resolves.toBe('true');
    const listId = await combobox().getAttribute('aria-controls');
    await expect(page.locator(`[id="${listId}"]`).getAttribute('role')).resolves.toBe('listbox');
    const texts = await options().allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    const coastText = texts.find((t) => t.includes('U41591'));
    const coast = expectedFor('U41591', mapping, listSizes, populations);
    expect(coastText).toBe(
      `Coast and Country PCN, U41591 · 2 ICBs · ${coast.practices.length} practices · ` +
        `${coast.population.toLocaleString('en-GB')} patients`,
    );
    await expect(page.locator('.app-combobox__status').textContent()).resolves.toMatch(
      /^(\d+ PCNs? match|12 closest matches shown)/,
    );
    await page.keyboard.press('ArrowDown');
    await app.assertAccessible('search open');
    await app.screenshot('profile-search-open');
    await page.keyboard.press('Escape');
    await expect(combobox().getAttribute('aria-expanded')).resolves.toBe('false');
    await search('coast');
    await chooseWithKeyboard('U41591');

    // The profile is filled from the directory and saved.
    await expect.poll(() => page.getByLabel('PCN name', { exact: true }).inputValue()).toBe('Coast and Country PCN');
    expect(coast.name).toBe('Coast and Country PCN');
    expect(coast.icb).toBe(
      'NHS Devon Integrated Care Board and NHS Cornwall and the Isles of Scilly Integrated Care Board',
    );
    await expect(page.getByLabel('PCN code (optional)', { exact: true }).inputValue()).resolves.toBe('U41591');
    await expect(page.getByLabel(/^Integrated care board/).inputValue()).resolves.toBe(coast.icb);
    await expect(page.getByLabel('Registered population (optional)', { exact: true }).inputValue()).resolves.toBe(
      coast.population.toLocaleString('en-GB'),
    );
    const byName = [...coast.practices].sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const [i, p] of byName.entries()) {
      await expect(page.getByLabel(`Practice ${i + 1} code`).inputValue()).resolves.toBe(p.code);
      await expect(page.getByLabel(`Practice ${i + 1} name`).inputValue()).resolves.toBe(p.name);
      await expect(page.getByLabel(`Practice ${i + 1} list size`).inputValue()).resolves.toBe(
        p.listSize === null ? '' : p.listSize.toLocaleString('en-GB'),
      );
    }
    await page.getByText('NHS England data from August 2026').first().waitFor();
    await page.getByText(OGL_ATTRIBUTION).first().waitFor();
    // Two ICBs is how this PCN is, not a mistake.
    await expect(page.locator('.nhsuk-error-message, .nhsuk-error-summary').count()).resolves.toBe(0);
    await saved(page);

    expect(
      app.host.db
        .prepare('SELECT pcn_name, pcn_code, icb, population, directory_extract_date FROM assessment WHERE id = ?')
        .get(id),
    ).toEqual({
      pcn_name: coast.name,
      pcn_code: 'U41591',
      icb: coast.icb,
      population: coast.population,
      directory_extract_date: '2026-08-01',
    });
    expect(
      app.host.db
        .prepare('SELECT code, name, list_size AS listSize FROM practice WHERE assessment_id = ? ORDER BY position')
        .all(id),
    ).toEqual(byName);
    await app.assertAccessible('profile filled from the directory');
    await app.screenshot('profile-filled');
    await app.assertClean();
  });

  it('finds PCNs by the start of a code, and never offers the pseudo-PCN "Unallocated"', async () => {
    const { page } = app;
    await search('U415');
    const texts = await options().allTextContents();
    expect(texts.some((t) => t.includes('U41591'))).toBe(true);
    for (const t of texts) expect(t).toMatch(/, U415\d\d · /);

    await search('unallocated');
    await expect(options().count()).resolves.toBe(0);
    await expect(combobox().getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('.app-combobox__status').textContent()).resolves.toBe('No PCNs match “unallocated”.');

    await search('U');
    for (const t of await options().allTextContents()) {
      expect(t).toMatch(/, U\d{5} · /);
      expect(t).not.toMatch(/unallocated/i);
    }
    await page.keyboard.press('Escape');
    await app.assertClean();
  });

  it('finds a PCN by a practice code or name and says which practice matched', async () => {
    const { page } = app;
    const hillfoot = mapping.find((r) => r.PRACTICE_CODE === 'B86011');
    expect(hillfoot?.PCN_CODE).toBe('U31269');
    const west = expectedFor('U31269', mapping, listSizes, populations);
    await search('B86011');
    await expect(options().allTextContents()).resolves.toEqual([
      `${west.name}, U31269 · ${west.icb.replace(/Integrated Care Board$/, 'ICB')} · ${west.practices.length} practices · ` +
        `${west.population.toLocaleString('en-GB')} patients, Includes Hillfoot Surgery (B86011)`,
    ]);
    await page.keyboard.press('ArrowDown');
    await app.assertAccessible('search by practice code');
    await app.screenshot('profile-search-practice');

    await search('hillfoot surgery');
    const texts = await options().allTextContents();
    expect(texts.find((t) => t.includes('U31269'))).toContain('Includes Hillfoot Surgery (B86011)');
    await chooseWithKeyboard('U31269');
    await expect.poll(() => page.getByLabel('PCN code (optional)', { exact: true }).inputValue()).toBe('U31269');
    await expect(page.getByLabel('PCN name', { exact: true }).inputValue()).resolves.toBe(west.name);
    await saved(page);
    expect(app.host.db.prepare('SELECT pcn_code FROM assessment WHERE id = ?').get(id)).toEqual({ pcn_code: 'U31269' });
    await app.assertClean();
  });

  it('shows a PCN under 30,000 patients as it is, without an error', async () => {
    const { page } = app;
    const [smallCode, smallPopulation] = [...populations].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
    expect(smallPopulation).toBeLessThan(30_000);
    const small = expectedFor(smallCode, mapping, listSizes, populations);
    await search(smallCode);
    await chooseWithKeyboard(smallCode);
    await expect.poll(() => page.getByLabel('PCN code (optional)', { exact: true }).inputValue()).toBe(smallCode);
    await expect(page.getByLabel('PCN name', { exact: true }).inputValue()).resolves.toBe(small.name);
    await expect(page.getByLabel('Registered population (optional)', { exact: true }).inputValue()).resolves.toBe(
      smallPopulation.toLocaleString('en-GB'),
    );
    await expect(page.locator('.nhsuk-error-message, .nhsuk-error-summary').count()).resolves.toBe(0);
    await saved(page);
    expect(app.host.db.prepare('SELECT pcn_code, population FROM assessment WHERE id = ?').get(id)).toEqual({
      pcn_code: smallCode,
      population: smallPopulation,
    });
    expect(app.host.db.prepare('SELECT count(*) AS n FROM practice WHERE assessment_id = ?').get(id)).toEqual({
      n: small.practices.length,
    });
    await app.assertAccessible('small PCN');
    await app.assertClean();
  });
});
