/**
 * Drives the real renderer in Debian's Chromium through playwright-core. Every page is watched:
 * a console error, a CSP violation or a request that leaves loopback fails the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { apiShim, type HostOptions, startHost, type TestHost } from './host';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../output/screenshots');

/** Browser tests run wherever Chromium is installed, and must run under CI. */
export function browserAvailability(): { available: boolean; reason: string } {
  if (fs.existsSync(CHROMIUM)) return { available: true, reason: '' };
  const reason = `Chromium not found at ${CHROMIUM} (install Debian's chromium package, or set CHROMIUM_PATH).`;
  if (process.env.CI === 'true') throw new Error(`Browser tests must run under CI: ${reason}`);
  console.log(`Skipping browser tests: ${reason}`);
  return { available: false, reason };
}

export interface AppSession {
  host: TestHost;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** Problems seen so far: console errors, page errors, CSP violations, off-loopback requests. */
  problems: string[];
  /** Loads the app (again) and waits for the home screen. */
  open(): Promise<void>;
  /** Fails the test on any problem seen so far, including CSP violations recorded in the page. */
  assertClean(): Promise<void>;
  /** Runs axe for WCAG 2.0, 2.1 and 2.2 A and AA; fails with the violations listed. */
  assertAccessible(label: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** True for this machine's own addresses and for URLs that never reach a network (data:, blob:, about:). */
export function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export async function startSession(
  options: Partial<HostOptions> & { viewport?: { width: number; height: number } } = {},
): Promise<AppSession> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'nr-browser-'));
  const host = await startHost({ dataDir, ...(options.now ? { now: options.now } : {}) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  // CI machines have two shared cores and run several browser test files at once: give each
  // wait room, so a slow moment is not mistaken for a failure (a real failure still fails).
  context.setDefaultTimeout(60_000);
  const problems: string[] = [];
  await context.addInitScript(apiShim(CHANNELS));
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!isLoopback(request.url())) problems.push(`request left loopback: ${request.url()}`);
  });

  const session: AppSession = {
    host,
    browser,
    page,
    dataDir,
    problems,
    async open() {
      await page.goto(host.url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
    async assertClean() {
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect([...problems, ...csp.map((v) => `CSP violation: ${v}`)]).toEqual([]);
    },
    async assertAccessible(label) {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    },
    async screenshot(name) {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      // Every screen fits the window's width: a page that scrolls sideways hides a column or a button.
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        window: document.documentElement.clientWidth,
      }));
      expect(widths.page, `${name}: the page is wider than the window and scrolls sideways`).toBeLessThanOrEqual(
        widths.window,
      );
    },
    async close() {
      await browser.close();
      await host.close();
    },
  };
  return session;
}
