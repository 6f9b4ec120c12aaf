/**
 * First screen: the built renderer served on loopback by the browser-test host, opened in
 * Debian's Chromium, from navigation to the home screen being usable (the heading "Your
 * assessments", the list loaded and "Start assessment" ready), beside a blank page served on
 * loopback in the same way; both alternate in one run, each in a fresh browser context (no
 * cache). For information, a floor page (one module script, the app's style sheet and one api
 * call to the app's handlers) against the same blank page: the least a page showing data costs
 * here, so the app's distance from it is visible apart from the browser's own costs. Also the
 * initial JavaScript: what index.html loads before anything else, gzipped.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Deps } from '../../electron/deps';
import { handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { CHANNELS } from '../../shared/contract';
import { startSession } from '../support/browser';
import { apiShim, RENDERER_DIR } from '../support/host';
import { type BenchResult, compare, comparisonFigures, kb, median, ms, progress, ratioRow, round } from './stats';
import { formatBreakdown, traceLoad } from './trace';

const NAVIGATIONS = 15;
/** The first screen usable within twice a blank page's time, served the same way. */
const BUDGET_RATIO = 2;
const BUDGET_GZIP_BYTES = 250_000;

/** Static imports and re-exports of a built chunk (not `import("…")`, which loads lazily). */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The JavaScript files index.html loads at start: its module scripts, modulepreloads and their static imports. */
export function initialJavaScript(dir = RENDERER_DIR): {
  files: string[];
  bytes: number;
  gzipBytes: number;
  css: number;
} {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => path.resolve(dir, m[1] as string));
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(path.resolve(path.dirname(file), m[1] as string));
  }
  const files = [...seen];
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => gzipSync(fs.readFileSync(path.resolve(dir, m[1] as string)), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);
  return {
    files: files.map((f) => path.relative(dir, f)),
    bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
    gzipBytes: files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(f), { level: 9 }).length, 0),
    css,
  };
}

/**
 * Runs in the page before its own scripts: notes the time (from navigation start) of the first
 * animation frame after the page is usable, so the app and the blank page are timed alike.
 */
function readyProbe(heading: string, selectors: string[]): string {
  return `(() => {
    window.__usableAt = null;
    let seen = false;
    const check = () => {
      if (seen) return;
      const h1 = document.querySelector('h1');
      if (!h1 || h1.textContent !== ${JSON.stringify(heading)}) return;
      if (!${JSON.stringify(selectors)}.every((s) => document.querySelector(s))) return;
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => { window.__usableAt = performance.now(); performance.mark('usable'); });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  })();`;
}

const BLANK_PAGE =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title></head>' +
  '<body><h1>Blank</h1></body></html>';

/**
 * The least any app page can do to show data: one module script, the app's style sheet, and one
 * api call answered by the app's handlers over the same fetch bridge; then a heading.
 */
const FLOOR_PAGE =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Floor</title>' +
  '<script type="module" src="/floor.js"></script><link rel="stylesheet" href="/app.css"></head>' +
  '<body></body></html>';
const FLOOR_SCRIPT =
  'window.api.listAssessments().then(() => {' +
  ' const h = document.createElement("h1"); h.textContent = "Floor"; document.body.append(h); });';

/** The app's built style sheet: the one index.html links. */
function appStyleSheet(): Buffer {
  const html = fs.readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const href = /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('The built index.html links no style sheet.');
  return fs.readFileSync(path.resolve(RENDERER_DIR, href));
}

/**
 * The two reference pages, with the same headers as the host's static files: a blank page, and
 * the floor page, whose api calls go to the app's handlers as the host's do.
 */
async function serveReferences(deps: Deps): Promise<{ blank: string; floor: string; close(): Promise<void> }> {
  const css = appStyleSheet();
  const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY });
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const api = /^\/api\/([A-Za-z]+)$/.exec(url);
    if (req.method === 'POST' && api?.[1]) {
      const channel = api[1];
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { input } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { input?: unknown };
        void dispatch(handlers, deps, channel, input).then((result) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
        );
      });
    } else if (url === '/blank/') res.writeHead(200, headers('text/html; charset=utf-8')).end(BLANK_PAGE);
    else if (url === '/floor/') res.writeHead(200, headers('text/html; charset=utf-8')).end(FLOOR_PAGE);
    else if (url === '/floor.js') res.writeHead(200, headers('text/javascript')).end(FLOOR_SCRIPT);
    else if (url === '/app.css') res.writeHead(200, headers('text/css')).end(css);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    blank: `http://127.0.0.1:${port}/blank/`,
    floor: `http://127.0.0.1:${port}/floor/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Timing {
  usable: number;
  fcp: number;
  /** When the last script or style sheet had arrived. */
  filesLoaded: number;
  domContentLoaded: number;
  /** The first window.api call (the list) starting, and the last one ending. */
  apiStart: number;
  apiEnd: number;
}

/** A page in a fresh context (no cache) with the api shim and the probe. */
async function freshPage(browser: Browser, probe: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  await context.addInitScript(apiShim(CHANNELS));
  await context.addInitScript(probe);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`);
  });
  return { page, errors };
}

/** Waits until the probe saw the page usable; returns that time from navigation start. */
async function usableAt(page: Page, url: string, errors: string[]): Promise<number> {
  try {
    await page.waitForFunction(() => (window as unknown as { __usableAt: number | null }).__usableAt !== null, null, {
      timeout: 30_000,
    });
  } catch {
    await page.context().close();
    throw new Error(
      `${url} did not become usable within 30 s (${errors.join('; ') || 'no errors seen'}). ` +
        'If another build replaced dist/renderer meanwhile, run the bench again.',
    );
  }
  return page.evaluate(() => (window as unknown as { __usableAt: number }).__usableAt);
}

async function navigate(browser: Browser, url: string, probe: string): Promise<Timing> {
  const { page, errors } = await freshPage(browser, probe);
  const context = page.context();
  await page.goto(url);
  await usableAt(page, url, errors);
  const timing = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const files = resources.filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname));
    const api = resources.filter((r) => new URL(r.name).pathname.startsWith('/api/'));
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      usable: (window as unknown as { __usableAt: number }).__usableAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      filesLoaded: Math.max(0, ...files.map((r) => r.responseEnd)),
      domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      apiStart: Math.min(...api.map((r) => r.startTime)),
      apiEnd: Math.max(...api.map((r) => r.responseEnd)),
    };
  });
  await context.close();
  if (errors.length > 0) throw new Error(`Page errors at ${url}: ${errors.join('; ')}`);
  return timing;
}

export async function benchFirstScreen(dir: string): Promise<BenchResult> {
  const initial = initialJavaScript();
  progress('first-screen', `initial JavaScript ${kb(initial.gzipBytes)} gzip in ${initial.files.join(', ')}`);
  const session = await startSession({ dataDir: dir });
  let references: Awaited<ReturnType<typeof serveReferences>> | null = null;
  try {
    references = await serveReferences(session.host.deps);
    const { blank, floor } = references;
    // One assessment in the list, as on a real machine after the first use.
    const created = await dispatch(handlers, session.host.deps, 'createAssessment', {
      pcnName: 'Riverside Vale PCN',
      assessmentDate: '2026-11-16',
    });
    if (!created.ok) throw new Error(created.error.message);
    const appProbe = readyProbe('Your assessments', [
      'table.nhsuk-table tbody tr',
      'button[type="submit"]:not([disabled])',
    ]);
    const blankProbe = readyProbe('Blank', []);
    const floorProbe = readyProbe('Floor', []);
    // Where one load's time goes (traced apart from the timed runs: tracing slows the page).
    await navigate(session.browser, session.host.url, appProbe);
    let traceErrors: string[] = [];
    const traced = await traceLoad(
      session.browser,
      async () => {
        const fresh = await freshPage(session.browser, appProbe);
        traceErrors = fresh.errors;
        return fresh.page;
      },
      session.host.url,
      (page) => usableAt(page, session.host.url, traceErrors),
    );
    const breakdown = formatBreakdown('First screen, one traced load of the app (tracing adds its own cost):', traced);
    progress('first-screen', `\n${breakdown}`);
    progress('first-screen', `${NAVIGATIONS}+ navigations each to the app and to a blank page, alternating…`);
    const appRuns: Timing[] = [];
    const comparison = await compare(
      'first-screen',
      async () => {
        const t = await navigate(session.browser, session.host.url, appProbe);
        appRuns.push(t);
        return t.usable;
      },
      async () => (await navigate(session.browser, blank, blankProbe)).usable,
      { runs: NAVIGATIONS },
    );
    // Information: how far the app is from the least a page can do to show data, and how far
    // that floor itself is from the blank page.
    progress('first-screen', `${NAVIGATIONS}+ navigations each to the floor page and to a blank page, alternating…`);
    const floorVsBlank = await compare(
      'first-screen',
      async () => (await navigate(session.browser, floor, floorProbe)).usable,
      async () => (await navigate(session.browser, blank, blankProbe)).usable,
      { runs: NAVIGATIONS },
    );
    const phase = (key: keyof Timing) => round(median(appRuns.map((t) => t[key])));
    return {
      name: 'first-screen',
      rows: [
        {
          measure: 'Initial JavaScript (index.html and its static imports), gzip',
          figure: `${kb(initial.gzipBytes)} (${kb(initial.bytes)} raw; CSS ${kb(initial.css)} gzip)`,
          budget: `< ${kb(BUDGET_GZIP_BYTES)}`,
          holds: initial.gzipBytes < BUDGET_GZIP_BYTES,
        },
        ratioRow('First screen usable (home, list loaded) vs a blank page served alike', comparison, BUDGET_RATIO),
        {
          measure: 'First screen usable, median (information)',
          figure: `${ms(comparison.appMedian)} (blank page ${ms(comparison.referenceMedian)})`,
          budget: '',
          holds: null,
        },
        {
          measure: "Floor page (one script, the app's CSS, one api call) vs a blank page (information)",
          figure:
            `${floorVsBlank.ratio.toFixed(2)}× (${ms(floorVsBlank.appMedian)} vs ${ms(floorVsBlank.referenceMedian)}); ` +
            `the app is ${(comparison.appMedian / floorVsBlank.appMedian).toFixed(2)}× the floor`,
          budget: '',
          holds: null,
        },
      ],
      figures: {
        navigations: comparison.app.length,
        initialJsFiles: initial.files,
        initialJsBytes: initial.bytes,
        initialJsGzipBytes: initial.gzipBytes,
        initialCssGzipBytes: initial.css,
        budgetGzipBytes: BUDGET_GZIP_BYTES,
        appUsableMedianMs: round(comparison.appMedian),
        // Where the time goes, medians from navigation start: files arrive, scripts run, the list is fetched.
        appPhasesMs: {
          filesLoaded: phase('filesLoaded'),
          domContentLoaded: phase('domContentLoaded'),
          apiStart: phase('apiStart'),
          apiEnd: phase('apiEnd'),
          firstContentfulPaint: phase('fcp'),
          usable: round(comparison.appMedian),
        },
        blankUsableMedianMs: round(comparison.referenceMedian),
        floorUsableMedianMs: round(floorVsBlank.appMedian),
        floorVsBlank: comparisonFigures(floorVsBlank, BUDGET_RATIO),
        comparison: comparisonFigures(comparison, BUDGET_RATIO),
        traced,
      },
      notes: [breakdown],
    };
  } finally {
    await references?.close();
    await session.close();
  }
}
