/**
 * Memory: the renderer's JavaScript heap in Chromium after a full walkthrough of the worked
 * example (every step: profile, the eight area pages, review, results, action plan, check-ins)
 * and a PDF export from the plan page, after forcing garbage collection. Read through the DevTools
 * protocol (Performance.getMetrics, JSHeapUsedSize), as Electron's renderer would report it.
 */
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { type AppSession, startSession } from '../support/browser';
import { type BenchResult, mb, progress, round } from './stats';

const BUDGET_BYTES = 60 * 1_000_000;

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium did not report JSHeapUsedSize.');
  return used;
}

/** Clicks a step in the assessment's step list and waits until that step is the current one. */
async function goToStep(app: AppSession, label: string | RegExp): Promise<void> {
  const step = app.page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: label });
  await step.click();
  await app.page.waitForFunction((el) => el?.getAttribute('aria-current') === 'step', await step.elementHandle());
  await app.page.locator('main h1').first().waitFor();
}

export async function benchMemory(dir: string): Promise<BenchResult> {
  const app = await startSession({ dataDir: dir });
  try {
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Performance.enable');
    await app.open();
    await app.page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
    const atHome = await heapUsed(cdp);

    progress('memory', 'walking through the worked example: every step, then a PDF export…');
    await app.page.getByRole('button', { name: 'See a worked example' }).first().click();
    await app.page.getByRole('navigation', { name: 'Assessment steps' }).waitFor();
    const steps = await app.page
      .getByRole('navigation', { name: 'Assessment steps' })
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.firstChild?.textContent ?? ''));
    for (const label of steps) await goToStep(app, label);
    // The export is made from the action plan, as a user would after walking every step.
    const plan = steps.find((label) => /^Action plan/.test(label));
    if (!plan) throw new Error(`No action plan step among: ${steps.join(', ')}`);
    await goToStep(app, plan);

    const pdf = path.join(dir, 'plan.pdf');
    app.host.dialogAnswers.save.push(pdf);
    await app.page.getByRole('button', { name: 'Save as PDF' }).click();
    await app.page.getByText(/^Saved .*\.pdf \(/).waitFor({ timeout: 30_000 });
    const afterWalkthrough = await heapUsed(cdp);
    if (app.problems.length > 0) throw new Error(`Problems in the page: ${app.problems.join('; ')}`);
    return {
      name: 'memory',
      rows: [
        {
          measure: `Renderer JS heap after a full walkthrough (${steps.length} steps) and a PDF export`,
          figure: `${mb(afterWalkthrough)} (home screen: ${mb(atHome)})`,
          budget: `< ${mb(BUDGET_BYTES)}`,
          holds: afterWalkthrough < BUDGET_BYTES,
        },
      ],
      figures: {
        steps,
        heapAtHomeBytes: atHome,
        heapAfterWalkthroughBytes: afterWalkthrough,
        heapAfterWalkthroughMB: round(afterWalkthrough / 1_000_000, 2),
        budgetBytes: BUDGET_BYTES,
      },
      notes: [],
    };
  } finally {
    await app.close();
  }
}
