/**
 * A full session never leaves this computer: home, a new assessment, the worked example through
 * its profile, all eight areas, review, results and plan, every export, and the About screen.
 * Every request the page makes is counted three ways: Playwright's request events, the Chrome
 * DevTools Protocol's Network domain (which also reports requests the CSP blocks), and a route
 * on the whole browser context (which also sees workers, and aborts anything off loopback so a
 * regression cannot reach the network even while the test fails).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../shared/framework';
import { type AppSession, browserAvailability, isLoopback, startSession } from './support/browser';
import { tempDir } from './support/temp';

const { available } = browserAvailability();

describe.runIf(available)('network use during a full session', () => {
  let app: AppSession;
  const events: string[] = [];
  const devtools: string[] = [];
  const routed: string[] = [];

  beforeAll(async () => {
    app = await startSession();
    const { page } = app;
    page.on('request', (request) => events.push(request.url()));
    page.on('websocket', (socket) => events.push(socket.url()));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => devtools.push(e.request.url));
    cdp.on('Network.webSocketCreated', (e) => devtools.push(e.url));
    await page.context().route('**/*', async (route) => {
      const url = route.request().url();
      routed.push(url);
      await (isLoopback(url) ? route.continue() : route.abort('blockedbyclient'));
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sends nothing beyond loopback, from the first screen to the last export', async () => {
    const { page } = app;
    const h1 = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
    await app.open();
    await h1('Your assessments');
    await app.assertAccessible('home');

    // A new assessment.
    await page.locator('input[name="pcnName"]').fill('Network check PCN');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await h1('Your PCN');
    await page.getByRole('button', { name: /All assessments/ }).click();

    // The worked example, every step of it.
    await page.getByRole('button', { name: 'See a worked example' }).first().click();
    await h1('Results');
    const steps = page.getByRole('navigation', { name: 'Assessment steps' });
    await steps.getByRole('button', { name: /^PCN profile/ }).click();
    await h1('Your PCN');
    for (const [i, area] of CURRENT_FRAMEWORK.areas.entries()) {
      await steps.getByRole('button', { name: new RegExp(`^${i + 1}\\. ${area.title}`) }).click();
      await h1(area.title);
    }
    await steps.getByRole('button', { name: /^Check your answers/ }).click();
    await h1('Check your answers');
    await steps.getByRole('button', { name: /^Results/ }).click();
    await h1('Results');
    await app.assertAccessible('example results');
    await steps.getByRole('button', { name: /^Action plan and exports/ }).click();
    await h1('Six-month action plan');

    // Every export, saved where the (stand-in) save dialog says.
    const dir = tempDir('nr-network-');
    const exports = [
      ['Save as PDF', 'plan.pdf'],
      ['Save actions as CSV', 'actions.csv'],
      ['Save as a web page', 'plan.html'],
      ['Save the assessment file', 'assessment.json'],
    ] as const;
    for (const [button, file] of exports) {
      app.host.dialogAnswers.save.push(path.join(dir, file));
      await page.getByRole('button', { name: button }).click();
      await page.getByText(`Saved ${file}`).waitFor();
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['actions.csv', 'assessment.json', 'plan.html', 'plan.pdf']);

    await page.getByRole('button', { name: 'About Neighbourhood Ready' }).click();
    await h1('About Neighbourhood Ready');
    await page.getByRole('button', { name: '← Back' }).click();
    await h1('Six-month action plan');
    await app.assertAccessible('plan after exports');

    const offLoopback = [...events, ...devtools, ...routed].filter((url) => !isLoopback(url));
    expect(offLoopback).toEqual([]);
    // The three counters agree, and they saw the session: the page, its lazily loaded screens
    // and every export call.
    expect([...devtools].sort()).toEqual([...events].sort());
    expect([...routed].sort()).toEqual([...events].sort());
    for (const seen of [events, devtools, routed]) {
      expect(seen.length).toBeGreaterThan(20);
      expect(seen.filter((url) => url.endsWith('/api/exportPlan'))).toHaveLength(4);
      expect(seen.some((url) => /\/assets\/About-[\w-]+\.js$/.test(url))).toBe(true);
    }
    console.log(
      `Requests in the session: ${events.length} (page events), ${devtools.length} (DevTools), ${routed.length} (routed); off loopback: ${offLoopback.length}.`,
    );
    await app.assertClean();
  });
});
