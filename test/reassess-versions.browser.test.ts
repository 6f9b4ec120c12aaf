/**
 * Reassessing an assessment made with framework 2026.1 (the worked example) in a real browser:
 * the new assessment uses 2026.2, each question shows last time's answer through the mapping,
 * new questions say so, and the results compare area by area across the two versions.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateLong } from '../shared/dates';
import type { AssessmentSummary, QuestionResponse } from '../shared/domain';
import { EXAMPLE_ASSESSMENT_ID, exampleAssessment } from '../shared/example';
import { findArea, frameworkV1, frameworkV2, LEVEL_NAMES, lastTimeFor } from '../shared/framework';
import { type AppSession, browserAvailability, SCREENSHOT_DIR, startSession } from './support/browser';
import { call } from './support/deps';

const { available } = browserAvailability();

/** What the walkthrough should print for one question, worked out from the mapping. */
function expectedLastTime(questionId: string, responses: QuestionResponse[], date: string): string | null {
  const last = lastTimeFor(frameworkV2, { framework: frameworkV1, responses }, questionId);
  if (last.kind === 'new-question') return `Last time (${date}): new question, not asked in framework 2026.1.`;
  if (last.kind === 'unanswered') return null;
  const r = last.response;
  const now = r.dontKnow ? "Don't know" : r.current !== null ? LEVEL_NAMES[r.current] : 'not answered';
  const target = r.target !== null ? LEVEL_NAMES[r.target] : 'not set';
  return `Last time (${date}): ${now} now, target ${target} (answered in framework 2026.1)`;
}

describe.runIf(available)('reassessing a 2026.1 assessment', () => {
  let app: AppSession;
  let next: AssessmentSummary;

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1366, height: 768 } });
    const { deps } = app.host;
    const loaded = await call(deps, 'loadExample', undefined);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const again = await call(deps, 'reassess', { fromId: EXAMPLE_ASSESSMENT_ID, assessmentDate: '2027-05-20' });
    if (!again.ok) throw new Error(again.error.message);
    next = again.value;
    await call(deps, 'savePosition', { id: next.id, position: 'area:governance' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows last time through the mapping and marks new questions', async () => {
    expect(next.frameworkVersion).toBe('2026.2');
    const example = exampleAssessment();
    const date = formatDateLong(example.assessmentDate);
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: /^Open Riverside Vale PCN \(fictional example\), 20 May 2027/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();

    const governance = findArea(frameworkV2, 'governance');
    const expected = (governance?.questions ?? [])
      .map((q) => expectedLastTime(q.id, example.responses, date))
      .filter((text): text is string => text !== null);
    expect(expected.some((text) => text.includes('new question'))).toBe(true);
    expect(expected.some((text) => text.includes(' now, target '))).toBe(true);
    await expect(page.locator('.app-last-time').allTextContents()).resolves.toEqual(expected);
    await app.assertAccessible('reassessed from 2026.1, governance');
    await app.screenshot('reassess-from-2026-1-governance-1366');
    // One carried and one new question, as a reader sees them.
    for (const id of ['v2.governance.convening', 'v2.governance.footprint']) {
      const card = page.locator(`[data-question-card="${id}"]`);
      await card.screenshot({ path: path.join(SCREENSHOT_DIR, `reassess-card-${id.replace(/\./g, '-')}.png`) });
    }
    await app.assertClean();
  });
});
