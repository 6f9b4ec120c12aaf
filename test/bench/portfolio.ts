/**
 * The ICB view at national scale: an assessment file for every one of England's 1,298 PCNs
 * (generated from NHS England's directory by a seeded generator, varied answers, every framework
 * version the app knows), imported as a folder through the full dispatch path; the views'
 * figures worked out per filter; each interaction on the screen timed in Chromium from the
 * user's input to the next frame after it is drawn; and the roll-up PDF of all 1,298.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { portfolioAssessments, portfolioData } from '../../electron/db/portfolio';
import { handlers } from '../../electron/handlers';
import { importDirectoryFiles } from '../../electron/handlers/directory';
import { readPortfolioPaths } from '../../electron/handlers/portfolio';
import { dispatch } from '../../electron/ipc/dispatch';
import { loadPdfFonts } from '../../electron/pdf-fonts';
import { renderPortfolio } from '../../electron/portfolio-exports';
import { parseMappingCsv, readableName } from '../../shared/directory';
import { FRAMEWORKS } from '../../shared/framework';
import { filterOptions, portfolioView } from '../../shared/portfolio/aggregate';
import type { PortfolioImportReport } from '../../shared/portfolio/types';
import { startSession } from '../support/browser';
import { nhsFiles, writePortfolioFiles } from '../support/portfolio-files';
import { bareJsPdf, recordPdfCalls } from './pdf-reference';
import {
  type BenchResult,
  compare,
  comparisonFigures,
  mb,
  median,
  ms,
  progress,
  quantile,
  ratioRow,
  round,
  timeMsAsync,
  withCpu,
} from './stats';

const BUDGET_IMPORT_MS = 15_000;
const BUDGET_INTERACTION_MS = 100;
/** The roll-up PDF may take at most this many times a bare jsPDF document of the same pages. */
const BUDGET_PDF_RATIO = 2;

/** Times, in the page, from an input to the next frame after React has drawn its result. */
async function timeInPage(page: import('playwright-core').Page, act: string, arg: string): Promise<number> {
  return page.evaluate(
    async ([what, value]) => {
      const t0 = performance.now();
      if (what === 'select') {
        const [label, option] = value.split('|') as [string, string];
        const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === label);
        if (!select) throw new Error(`No select ${label}`);
        select.value = option;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const target = [...document.querySelectorAll('button, label')].find((b) => b.textContent?.trim() === value);
        if (!target) throw new Error(`No control ${value}`);
        (target as HTMLElement).click();
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    [act, arg] as const,
  );
}

export async function benchPortfolio(dir: string): Promise<BenchResult> {
  const nhs = nhsFiles();
  if (!nhs) {
    return {
      name: 'portfolio',
      rows: [],
      figures: {},
      notes: ['Skipped: NHS England files not found in ../shared/data/nhs beside the repository.'],
    };
  }
  const mapping = parseMappingCsv(fs.readFileSync(nhs.mapping, 'utf8'));
  const folder = path.join(dir, 'files');
  const versions = Object.keys(FRAMEWORKS);
  progress('portfolio', `writing ${mapping.pcns.length} assessment files (framework ${versions.join(' and ')})…`);
  writePortfolioFiles(
    folder,
    mapping.pcns.map((p) => ({ code: p.code, name: readableName(p.name), icb: readableName(p.icbs[0]?.name ?? '') })),
    { seed: 1298, versions },
  );
  const bytes = fs.readdirSync(folder).reduce((t, f) => t + fs.statSync(path.join(folder, f)).size, 0);

  // Reading the folder the way an import does (size check, decoding, every file checked against
  // its framework) beside a bare read and JSON.parse of the same files: information, the checks
  // are the point of the import.
  progress('portfolio', 'reading the folder beside a bare JSON.parse of the same files…');
  const read = await compare(
    'portfolio',
    async () => timeMsAsync(() => readPortfolioPaths([folder])),
    async () =>
      timeMsAsync(async () => {
        for (const f of fs.readdirSync(folder).sort())
          JSON.parse(await fs.promises.readFile(path.join(folder, f), 'utf8'));
      }),
  );

  const app = await startSession({ dataDir: path.join(dir, 'app'), viewport: { width: 1366, height: 768 } });
  try {
    const deps = app.host.deps;
    await importDirectoryFiles(deps, [nhs.mapping, nhs.population]);
    progress('portfolio', 'importing the folder…');
    app.host.dialogAnswers.open.push([folder]);
    const t0 = performance.now();
    const imported = await dispatch(handlers, deps, 'importPortfolio', { source: 'folder' });
    const importMs = performance.now() - t0;
    if (!imported.ok) throw new Error(imported.error.message);
    const report = imported.value as PortfolioImportReport;

    // The views' data: the first read works out every PCN's figures; later reads use the cache.
    const tRead = performance.now();
    const firstRead = await dispatch(handlers, deps, 'getPortfolio', undefined);
    const firstReadMs = performance.now() - tRead;
    if (!firstRead.ok) throw new Error(firstRead.error.message);
    const reads: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const t = performance.now();
      await dispatch(handlers, deps, 'getPortfolio', undefined);
      reads.push(performance.now() - t);
    }
    const data = portfolioData(deps.db);
    const filters = [
      { icbCode: null, subIcbCode: null },
      ...filterOptions(data).flatMap((o) => [
        { icbCode: o.icb.code, subIcbCode: null },
        ...o.subIcbs.map((s) => ({ icbCode: o.icb.code, subIcbCode: s.code })),
      ]),
    ];
    const aggregate = filters.map((f) => {
      const t = performance.now();
      portfolioView(data, f);
      return performance.now() - t;
    });

    // The screen, in Chromium, with all 1,298 PCNs.
    progress('portfolio', 'timing the screen…');
    const { page } = app;
    await app.open();
    const tOpen = performance.now();
    await page.getByRole('button', { name: 'PCNs’ plans in one place' }).click();
    await page.getByRole('table', { name: /^PCNs by area/ }).waitFor();
    const openMs = performance.now() - tOpen;
    const busiest = filterOptions(data).sort((a, b) => b.subIcbs.length - a.subIcbs.length)[0];
    const interactions: Record<string, number[]> = {};
    const record = (name: string, value: number) => {
      interactions[name] = [...(interactions[name] ?? []), value];
    };
    for (let round = 0; round < 5; round += 1) {
      record('filter by ICB', await timeInPage(page, 'select', `ICB|${busiest?.icb.code ?? ''}`));
      record(
        'filter by sub-ICB',
        await timeInPage(page, 'select', `Sub-ICB location|${busiest?.subIcbs[0]?.code ?? ''}`),
      );
      record('back to all ICBs', await timeInPage(page, 'select', 'ICB|'));
      for (const tab of ['Spread per area', 'Ranking', 'Shared gaps', 'Actions', 'Plans and population', 'Heat map']) {
        record(`open the ${tab} view`, await timeInPage(page, 'click', tab));
      }
      record('heat map: next 50 PCNs', await timeInPage(page, 'click', 'Next 50'));
      record('heat map: order by name', await timeInPage(page, 'click', 'Name'));
      record('heat map: order by readiness', await timeInPage(page, 'click', 'Overall readiness'));
    }

    progress('portfolio', 'the roll-up PDF and workbook…');
    const view = portfolioView(data, { icbCode: null, subIcbCode: null });
    const pdfCpu: number[] = [];
    let pdfBytes = 0;
    const rollupPdf = async () =>
      (await renderPortfolio('pdf', { view, assessments: () => new Map(), generatedOn: '2026-12-04' })) as Uint8Array;
    // Against a bare jsPDF document with the same pages, text and fonts (pdf-reference.ts).
    const calls = await recordPdfCalls(rollupPdf);
    const fonts = loadPdfFonts();
    const pdfComparison = await compare(
      'portfolio',
      withCpu(async () => {
        pdfBytes = (await rollupPdf()).byteLength;
      }, pdfCpu),
      () => {
        const t = performance.now();
        bareJsPdf(calls, fonts);
        return performance.now() - t;
      },
    );
    const pdfTimes = pdfComparison.app;
    const tX = performance.now();
    const xlsx = await renderPortfolio('xlsx', {
      view,
      assessments: () => portfolioAssessments(deps.db),
      generatedOn: '2026-12-04',
    });
    const xlsxMs = performance.now() - tX;

    const slowest = Object.entries(interactions).map(([name, times]) => ({
      name,
      median: median(times),
      max: Math.max(...times),
    }));
    const worstMedian = Math.max(...slowest.map((s) => s.median));
    const rows = [
      {
        measure: `ICB view: import a folder of ${report.imported} assessment files (${mb(bytes)}, framework ${versions.join(' and ')})`,
        figure: `${ms(importMs)} (${report.refused} refused)`,
        budget: `< ${ms(BUDGET_IMPORT_MS)}`,
        holds: importMs < BUDGET_IMPORT_MS && report.imported === mapping.pcns.length,
      },
      {
        measure: `ICB view: read and check ${report.imported} files as an import does / bare read + JSON.parse`,
        figure:
          `${read.ratio.toFixed(2)}× (${ms(read.appMedian)} vs ${ms(read.referenceMedian)}, ` +
          `${read.app.length} each, spread ${(read.spread * 100).toFixed(0)}%)`,
        budget: '—',
        holds: null,
      },
      {
        measure: 'ICB view: read the portfolio (getPortfolio), first read after import / later reads',
        figure: `${ms(firstReadMs)} / median ${ms(median(reads))}`,
        budget: '—',
        holds: null,
      },
      {
        measure: `ICB view: work out the views for one filter (${filters.length} filters: all, each ICB, each sub-ICB)`,
        figure: `median ${ms(median(aggregate))}, max ${ms(Math.max(...aggregate))}`,
        budget: '—',
        holds: null,
      },
      {
        measure: 'ICB view: open the screen with 1,298 PCNs (click to heat map shown)',
        figure: ms(openMs),
        budget: '—',
        holds: null,
      },
      ...slowest.map((s) => ({
        measure: `ICB view, 1,298 PCNs: ${s.name} (input to next frame, 5 runs)`,
        figure: `median ${ms(s.median)}, max ${ms(s.max)}`,
        budget: `< ${ms(BUDGET_INTERACTION_MS)}`,
        holds: s.median < BUDGET_INTERACTION_MS,
      })),
      ratioRow(
        'ICB view: roll-up PDF of 1,298 PCNs, against bare jsPDF with the same pages, text and fonts',
        pdfComparison,
        BUDGET_PDF_RATIO,
      ),
      {
        measure: 'ICB view: roll-up PDF of 1,298 PCNs (information)',
        figure: `median ${ms(median(pdfTimes))}, CPU ${ms(median(pdfCpu))}, ${mb(pdfBytes)}`,
        budget: '—',
        holds: null,
      },
      {
        measure: 'ICB view: workbook of 1,298 PCNs (PCN × area rows and every action)',
        figure: `${ms(xlsxMs)}, ${mb((xlsx as Uint8Array).byteLength)}`,
        budget: '—',
        holds: null,
      },
    ];
    return {
      name: 'portfolio',
      rows,
      figures: {
        files: report.imported,
        bytes,
        importMs: round(importMs),
        readFiles: {
          appMedianMs: round(read.appMedian),
          referenceMedianMs: round(read.referenceMedian),
          ratio: round(read.ratio),
          spread: round(read.spread),
        },
        firstReadMs: round(firstReadMs),
        readMs: reads.map((r) => round(r)),
        aggregateMs: {
          median: round(median(aggregate)),
          p90: round(quantile(aggregate, 0.9)),
          max: round(Math.max(...aggregate)),
        },
        openMs: round(openMs),
        interactionsMs: Object.fromEntries(Object.entries(interactions).map(([k, v]) => [k, v.map((x) => round(x))])),
        worstInteractionMedianMs: round(worstMedian),
        pdfMs: pdfTimes.map((t) => round(t)),
        pdfCpuMs: pdfCpu.map((t) => round(t)),
        pdfBytes,
        pdfComparison: comparisonFigures(pdfComparison, BUDGET_PDF_RATIO),
        xlsxMs: round(xlsxMs),
      },
      notes: [],
    };
  } finally {
    await app.close();
  }
}
