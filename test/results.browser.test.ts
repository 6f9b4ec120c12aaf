/**
 * The results screen in a real browser, with data set up through the real handlers: a complete
 * assessment (figures checked against the scoring model), an empty one, one answered entirely
 * "Don't know", a reassessment compared with the last one, and a previous assessment made with a
 * framework version this app cannot read. Axe runs in every state; screenshots at 1280×860 and
 * 1920×1080 go to test/output/screenshots/results-*.png.
 *
 * The comparison logic is also checked without a browser, against a made-up older framework.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../electron/deps';
import { buildResults } from '../renderer/src/components/results/model';
import { formatDateLong } from '../shared/dates';
import type { Assessment, Importance, QuestionResponse } from '../shared/domain';
import { IMPORTANCE_NAMES } from '../shared/domain';
import { allQuestions, CURRENT_FRAMEWORK, type Framework, findQuestion, type Level } from '../shared/framework';
import { type AreaScore, formatLevel, levelLabel, scoreAssessment, shownGap } from '../shared/scoring';
import { type AppSession, browserAvailability, startSession } from './support/browser';
import { call } from './support/deps';

const { available } = browserAvailability();
const AREAS = CURRENT_FRAMEWORK.areas;

/** An answer per question: [current, target], 'dk' for "Don't know", or null for no answer. */
type Answer = [Level, Level | null] | 'dk' | null;

/** A complete first assessment: every question answered, one "Don't know". */
const FIRST: Record<string, Answer[]> = {
  leadership: [
    [1, 2],
    [1, 3],
    [2, null],
    [0, 2],
    [1, 2],
  ],
  relationships: [
    [2, 3],
    [2, 3],
    [1, 3],
    [3, 3],
    [2, 4],
  ],
  governance: [
    [0, 3],
    [1, 3],
    [0, 2],
    [1, 3],
    [0, 2],
    [1, 2],
  ],
  teams: [
    [2, 3],
    [1, 3],
    [2, 3],
    [1, 2],
    [1, 2],
    [0, 1],
  ],
  'population-health': [
    [1, 1],
    [2, 2],
    [1, null],
    [2, 2],
    [1, 1],
  ],
  'it-data': [[3, 4], 'dk', [2, 3], [3, 3], [2, 3]],
  'health-centre': [
    [0, 2],
    [1, 2],
    [0, 1],
    [1, 3],
    [0, 1],
  ],
  voice: [
    [2, 3],
    [1, 3],
    [2, 2],
    [1, 2],
    [1, 2],
  ],
};
const FIRST_IMPORTANCE: Record<string, Importance | null> = {
  leadership: 3,
  relationships: 2,
  governance: 3,
  teams: 3,
  'population-health': 1,
  'it-data': 2,
  'health-centre': null,
  voice: 2,
};

/** Six months on: most areas up, the health centre not yet answered, voice half answered. */
const SECOND: Record<string, Answer[]> = {
  leadership: [
    [2, 3],
    [2, 3],
    [2, 3],
    [1, 2],
    [2, 3],
  ],
  relationships: [
    [3, 4],
    [2, 3],
    [2, 3],
    [3, 4],
    [3, 4],
  ],
  governance: [
    [1, 3],
    [2, 3],
    [1, 2],
    [1, 3],
    [1, 2],
    [1, 3],
  ],
  teams: [
    [2, 3],
    [2, 3],
    [3, 3],
    [2, 3],
    [2, 3],
    [1, 2],
  ],
  'population-health': [
    [1, 2],
    [2, 3],
    [2, 2],
    [2, 3],
    [1, 2],
  ],
  'it-data': [
    [3, 4],
    [2, 3],
    [3, 3],
    [3, 4],
    [3, 3],
  ],
  'health-centre': [null, null, null, null, null],
  voice: [[2, 3], 'dk', null, null],
};

function responsesFor(pattern: Record<string, Answer[]>): QuestionResponse[] {
  return AREAS.flatMap((area) =>
    area.questions.flatMap((question, j): QuestionResponse[] => {
      const answer = pattern[area.id]?.[j] ?? null;
      if (answer === null) return [];
      if (answer === 'dk') return [{ questionId: question.id, current: null, dontKnow: true, target: null, notes: '' }];
      return [{ questionId: question.id, current: answer[0], dontKnow: false, target: answer[1], notes: '' }];
    }),
  );
}

const ALL_DONT_KNOW: Record<string, Answer[]> = Object.fromEntries(
  AREAS.map((area) => [area.id, area.questions.map((): Answer => 'dk')]),
);

async function fill(
  deps: Deps,
  id: string,
  pattern: Record<string, Answer[]>,
  importance?: Record<string, Importance | null>,
) {
  for (const response of responsesFor(pattern)) {
    const saved = await call(deps, 'saveResponse', { assessmentId: id, response });
    expect(saved.ok).toBe(true);
  }
  for (const [areaId, value] of Object.entries(importance ?? {})) {
    const saved = await call(deps, 'saveAreaResponse', { assessmentId: id, areaId, importance: value, summary: '' });
    expect(saved.ok).toBe(true);
  }
  const position = await call(deps, 'savePosition', { id, position: 'results' });
  expect(position.ok).toBe(true);
}

async function create(deps: Deps, pcnName: string, assessmentDate: string): Promise<string> {
  const created = await call(deps, 'createAssessment', { pcnName, assessmentDate });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.id;
}

async function stored(deps: Deps, id: string): Promise<Assessment> {
  const result = await call(deps, 'getAssessment', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The figures the screen should show, worked out here from the scoring model itself. */
function expectedRow(score: AreaScore, title: string, number: number, chosen: boolean): string[] {
  const now = score.current === null ? 'Not assessed' : `${score.levelLabel} (${formatLevel(score.current)})`;
  const target = score.target === null ? 'Not assessed' : `${levelLabel(score.target)} (${formatLevel(score.target)})`;
  // The gap shown is the shown target minus the shown current, so the figures add up.
  const difference = shownGap(score.current, score.target) ?? 0;
  const shown = Math.abs(difference).toFixed(1);
  const sign = difference === 0 ? '' : difference > 0 ? '+' : '−';
  const gap = score.noEvidence ? 'No answers yet' : `${sign}${shown} (${score.gapLabel})`;
  const importance = `${IMPORTANCE_NAMES[score.importance]}${chosen ? '' : ' (not chosen)'}`;
  return [`${number}. ${title}`, now, target, gap, importance, score.noEvidence ? 'Not ranked' : String(score.rank)];
}

function shownChange(now: number | null, before: number | null): string {
  if (now === null) return 'Not assessed this time';
  if (before === null) return 'Not assessed last time';
  const tenths = Math.round(Number(formatLevel(now)) * 10) - Math.round(Number(formatLevel(before)) * 10);
  return tenths === 0 ? 'no change' : `${tenths > 0 ? 'up' : 'down'} ${(Math.abs(tenths) / 10).toFixed(1)}`;
}

describe('comparing with a previous assessment made with another framework version', () => {
  // An older framework: no health centre area, and a "voice" area with different questions.
  const older: Framework = {
    ...CURRENT_FRAMEWORK,
    version: '2025.9',
    areas: CURRENT_FRAMEWORK.areas
      .filter((area) => area.id !== 'health-centre')
      .map((area) =>
        area.id === 'voice'
          ? { ...area, questions: [{ id: 'voice.old-question', text: 'Old question', help: '' }] }
          : area,
      ),
  };
  const base = {
    id: '11111111-1111-4111-8111-111111111111',
    assessmentDate: '2026-05-14',
    planStart: '2026-06-01',
    status: 'complete' as const,
    previousAssessmentId: null,
    profile: {
      pcnName: 'Test PCN',
      pcnCode: null,
      icb: '',
      population: null,
      practices: [],
      directoryExtractDate: null,
    },
    partners: [],
    participants: [],
    actions: [],
    dismissedSuggestionIds: [],
    deferrals: [],
    planCapacity: 12,
    workshop: { anonymous: false, questions: [], scores: [] },
    checkIns: [],
    createdAt: '2026-05-14T09:00:00.000Z',
    updatedAt: '2026-05-14T09:00:00.000Z',
  };
  const previous: Assessment = {
    ...base,
    frameworkVersion: older.version,
    responses: [
      ...responsesFor(FIRST).filter((r) => findQuestion(CURRENT_FRAMEWORK, r.questionId)?.area.id !== 'voice'),
      { questionId: 'voice.old-question', current: 1, dontKnow: false, target: 2, notes: '' },
    ],
    areaResponses: [],
  };
  const current: Assessment = {
    ...base,
    id: '22222222-2222-4222-8222-222222222222',
    frameworkVersion: CURRENT_FRAMEWORK.version,
    assessmentDate: '2026-11-20',
    previousAssessmentId: previous.id,
    responses: responsesFor(SECOND),
    areaResponses: [],
  };
  const lookup = (version: string) =>
    version === older.version ? older : version === CURRENT_FRAMEWORK.version ? CURRENT_FRAMEWORK : undefined;

  it('compares areas by id, skips areas the older version lacks and says what changed', () => {
    const model = buildResults(CURRENT_FRAMEWORK, current, previous, lookup);
    expect(model.comparison).toMatchObject({
      kind: 'compared',
      date: '14 May 2026',
      versionChanged: true,
      previousVersion: '2025.9',
      newAreas: ['Neighbourhood health centre'],
    });
    const byId = new Map(model.areas.map((a) => [a.areaId, a]));
    expect(byId.get('health-centre')?.previous).toEqual({ kind: 'missing' });
    // Voice is compared by area id even though its questions changed.
    const voice = byId.get('voice')?.previous;
    expect(voice?.kind === 'scored' && voice.score.current).toBe(1);
    const leadership = byId.get('leadership')?.previous;
    expect(leadership?.kind === 'scored' && leadership.score.current).toBe(1);
  });

  it('does not compare at all when the older version is unknown, and copes with no previous', () => {
    const unknown = buildResults(CURRENT_FRAMEWORK, current, { ...previous, frameworkVersion: '1999.1' }, lookup);
    expect(unknown.comparison).toEqual({ kind: 'unreadable', date: '14 May 2026', version: '1999.1' });
    expect(unknown.areas.every((a) => a.previous === null)).toBe(true);
    const alone = buildResults(CURRENT_FRAMEWORK, current, null, lookup);
    expect(alone.comparison).toEqual({ kind: 'none' });
  });
});

describe.runIf(available)('results screen in a real browser', () => {
  let app: AppSession;
  let deps: Deps;

  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1280, height: 860 } });
    deps = app.host.deps;
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Opens an assessment from the home list, at its results (it opens where it was left). */
  async function openResults(pcnName: string, date: string) {
    const saved = await call(deps, 'savePosition', { id: await idOf(pcnName, date), position: 'results' });
    expect(saved.ok).toBe(true);
    await app.page.setViewportSize({ width: 1280, height: 860 });
    await app.open();
    await app.page.getByRole('button', { name: `Open ${pcnName}, ${formatDateLong(date)}`, exact: true }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  }

  async function openTables() {
    const summaries = app.page.locator('summary', { hasText: 'Show as a table' });
    for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  }

  async function tableRows(name: string): Promise<string[][]> {
    const table = app.page.getByRole('table', { name });
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
      );
  }

  it('shows a friendly empty state with no charts when nothing is answered', async () => {
    await create(deps, 'Empty Vale PCN', '2026-11-02');
    await openResults('Empty Vale PCN', '2026-11-02');
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'No results yet' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.recharts-surface').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Go to the action plan' }).count()).resolves.toBe(0);
    await app.assertAccessible('results empty');
    await app.screenshot('results-empty-1280');
    await page.getByRole('button', { name: 'Start with Leadership' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Assessment steps' }).locator('[aria-current="step"]').textContent(),
    ).resolves.toContain('1. Leadership');
    await app.assertClean();
  });

  it('shows the figures of a complete assessment, as the scoring model works them out', async () => {
    const id = await create(deps, 'Riverside Vale PCN', '2026-05-14');
    await fill(deps, id, FIRST, FIRST_IMPORTANCE);
    const assessment = await stored(deps, id);
    const scores = scoreAssessment(CURRENT_FRAMEWORK, assessment.responses, assessment.areaResponses);
    const chosen = new Set(assessment.areaResponses.filter((r) => r.importance !== null).map((r) => r.areaId));
    await openResults('Riverside Vale PCN', '2026-05-14');
    const { page } = app;
    const { overall } = scores;

    const headline = (await page.locator('.app-results-headline__sentence').textContent())?.replace(/\s+/g, ' ');
    expect(headline).toBe(
      `Overall: ${levelLabel(overall.current)} (${formatLevel(overall.current)} of 4) now; six-month target ${levelLabel(overall.target)} (${formatLevel(overall.target)})`,
    );
    const counts = (await page.locator('.app-results-headline__counts').textContent())?.replace(/\s+/g, ' ');
    expect(counts).toContain(
      `Of ${allQuestions(CURRENT_FRAMEWORK).length} questions: ${overall.answered} answered, ${overall.dontKnow} "Don't know"`,
    );
    expect(counts).toContain('0 not answered yet.');
    // Everything answered: no link to the unanswered questions.
    await expect(page.getByRole('button', { name: /unanswered question/ }).count()).resolves.toBe(0);

    // The radar chart is one named image with nothing focusable inside it.
    const radar = page.getByRole('img', { name: /^Radar chart of the current level and six-month target/ });
    await expect(radar.locator('svg.recharts-surface').count()).resolves.toBe(1);
    const label = await radar.getAttribute('aria-label');
    for (const area of AREAS) expect(label).toContain(area.title);
    await expect(radar.locator('[tabindex]:not([tabindex="-1"]), a, button').count()).resolves.toBe(0);
    await expect(radar.locator('.recharts-radar').count()).resolves.toBe(2);

    // The gap chart lists areas in priority order.
    const gapNames = await page.locator('.app-results-gaps__name').allTextContents();
    expect(gapNames).toEqual(scores.ranked.map((areaId) => AREAS.find((a) => a.id === areaId)?.title));

    await app.assertAccessible('results complete');
    await app.screenshot('results-complete-1280');

    await openTables();
    await page.locator('summary', { hasText: 'How scores work' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Which areas come first' }).isVisible()).resolves.toBe(
      true,
    );
    const byFramework = await tableRows('Current level and six-month target, by area');
    expect(byFramework).toEqual(
      scores.areas.map((score, i) => expectedRow(score, AREAS[i]?.title ?? '', i + 1, chosen.has(score.areaId))),
    );
    const byPriority = await tableRows('Areas in priority order');
    expect(byPriority).toEqual(
      scores.ranked.map((areaId) => {
        const i = AREAS.findIndex((a) => a.id === areaId);
        const score = scores.areas[i] as AreaScore;
        return expectedRow(score, AREAS[i]?.title ?? '', i + 1, chosen.has(areaId));
      }),
    );
    await app.assertAccessible('results complete, tables open');
    await app.screenshot('results-complete-tables-1280');

    // A card per area, with a way into it.
    const governance = scores.areas.find((a) => a.areaId === 'governance') as AreaScore;
    const card = page.getByRole('region', { name: '3. Governance' });
    await expect(card.textContent()).resolves.toContain(
      `Now${governance.levelLabel} (${formatLevel(governance.current)})`,
    );
    await card.getByRole('button', { name: 'Review the answers for Governance' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Assessment steps' }).locator('[aria-current="step"]').textContent(),
    ).resolves.toContain('3. Governance');
    await app.assertClean();
  });

  it('works by keyboard alone: focus never enters the chart and reaches the action plan button', async () => {
    await openResults('Riverside Vale PCN', '2026-05-14');
    const { page } = app;
    let onPlanButton = false;
    for (let i = 0; i < 80 && !onPlanButton; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return {
          inChart: Boolean(el?.closest('.app-results-radar__chart')),
          text: el?.textContent ?? '',
          outline: el ? getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow : '',
        };
      });
      expect(where.inChart).toBe(false);
      onPlanButton = where.text === 'Go to the action plan';
    }
    expect(onPlanButton).toBe(true);
    await app.screenshot('results-keyboard-focus-1280');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('navigation', { name: 'Assessment steps' }).locator('[aria-current="step"]').textContent(),
    ).resolves.toContain('Action plan');
    await app.assertClean();
  });

  it('looks right on a 1920×1080 screen', async () => {
    await openResults('Riverside Vale PCN', '2026-05-14');
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.assertAccessible('results complete 1920');
    await app.screenshot('results-complete-1920');
    // A small laptop screen: the chart shrinks to fit rather than spilling over.
    await app.page.setViewportSize({ width: 1024, height: 768 });
    // The chart redraws for the new width when its container is resized: wait until it has (its
    // drawing fits the narrower page), then check no label spills out of it.
    await expect
      .poll(() =>
        app.page.evaluate(() => {
          const svg = document.querySelector('.app-results-radar svg')?.getBoundingClientRect();
          return svg !== undefined && svg.right <= document.documentElement.clientWidth;
        }),
      )
      .toBe(true);
    const spills = () =>
      app.page.evaluate(() => {
        const box = document.querySelector('.app-results-radar')?.getBoundingClientRect();
        if (!box) return ['no chart'];
        return Array.from(document.querySelectorAll('.app-results-radar text'))
          .filter((text) => {
            const r = text.getBoundingClientRect();
            return r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom;
          })
          .map((text) => text.textContent);
      });
    await expect.poll(spills).toEqual([]);
    await app.screenshot('results-complete-1024');
    await app.assertClean();
  });

  it('puts a reassessment beside the last assessment, with the change in words', async () => {
    const firstId = await idOf('Riverside Vale PCN', '2026-05-14');
    const again = await call(deps, 'reassess', { fromId: firstId, assessmentDate: '2026-11-20' });
    if (!again.ok) throw new Error(again.error.message);
    await fill(deps, again.value.id, SECOND);
    const before = await stored(deps, firstId);
    const after = await stored(deps, again.value.id);
    const was = scoreAssessment(CURRENT_FRAMEWORK, before.responses, before.areaResponses);
    const now = scoreAssessment(CURRENT_FRAMEWORK, after.responses, after.areaResponses);

    await openResults('Riverside Vale PCN', '2026-11-20');
    const { page } = app;
    await expect(page.locator('.nhsuk-inset-text').textContent()).resolves.toContain(
      'each area is shown beside the last assessment, made on 14 May 2026',
    );
    await expect(page.locator('.app-results-legend').textContent()).resolves.toContain('Last time (14 May 2026)');
    const radar = page.getByRole('img', { name: /^Radar chart/ });
    await expect(radar.locator('.recharts-radar').count()).resolves.toBe(3);
    // Unanswered questions: a link to them.
    await expect(page.locator('.app-results-headline__counts').textContent()).resolves.toContain(
      `${now.overall.unanswered} not answered yet`,
    );
    // The area with no answers comes last in the gap chart, labelled.
    await expect(page.locator('.app-results-gaps__row').last().textContent()).resolves.toContain('No answers yet');

    await app.assertAccessible('results reassessment');
    await app.screenshot('results-reassessment-1280');
    await openTables();
    const header = await page
      .getByRole('table', { name: 'Current level and six-month target, by area' })
      .locator('thead th')
      .allTextContents();
    expect(header).toEqual([
      'Area',
      'Now',
      'Six-month target',
      'Gap',
      'Importance',
      'Priority rank',
      'Last time (14 May 2026)',
      'Change since then',
    ]);
    const rows = await tableRows('Current level and six-month target, by area');
    rows.forEach((row, i) => {
      const b = was.areas[i] as AreaScore;
      const a = now.areas[i] as AreaScore;
      expect(row[6]).toBe(`${b.levelLabel} (${formatLevel(b.current)})`);
      expect(row[7]).toBe(shownChange(a.current, b.current));
    });
    expect(rows.map((r) => r[7])).toContain('up 0.6');
    await app.assertAccessible('results reassessment, tables open');
    await app.screenshot('results-reassessment-tables-1280');

    await page.getByRole('button', { name: /See the \d+ unanswered questions/ }).click();
    await expect(
      page.getByRole('navigation', { name: 'Assessment steps' }).locator('[aria-current="step"]').textContent(),
    ).resolves.toContain('Check your answers');

    await openResults('Riverside Vale PCN', '2026-11-20');
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.screenshot('results-reassessment-1920');
    await app.assertClean();
  });

  it('explains that there is nothing to score when every answer is "Don\'t know"', async () => {
    const id = await create(deps, 'Unsure PCN', '2026-11-03');
    await fill(deps, id, ALL_DONT_KNOW);
    await openResults('Unsure PCN', '2026-11-03');
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Nothing to score yet' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.recharts-surface').count()).resolves.toBe(0);
    await expect(page.locator('.app-results-card').count()).resolves.toBe(AREAS.length);
    await expect(page.getByRole('button', { name: 'Go to the action plan' }).isVisible()).resolves.toBe(true);
    await app.assertAccessible('results all dont know');
    await app.screenshot('results-all-dont-know-1280');
    await app.assertClean();
  });

  it('says so when the last assessment used a framework version this app cannot read', async () => {
    const oldId = await create(deps, 'Old Town PCN', '2025-10-01');
    await fill(deps, oldId, FIRST);
    const again = await call(deps, 'reassess', { fromId: oldId, assessmentDate: '2026-11-04' });
    if (!again.ok) throw new Error(again.error.message);
    await fill(deps, again.value.id, SECOND);
    app.host.db.prepare('UPDATE assessment SET framework_version = ? WHERE id = ?').run('2019.1', oldId);
    await openResults('Old Town PCN', '2026-11-04');
    const { page } = app;
    await expect(page.locator('.nhsuk-inset-text').textContent()).resolves.toContain(
      'framework version 2019.1, which this version of the app cannot read',
    );
    await expect(
      page
        .getByRole('img', { name: /^Radar chart/ })
        .locator('.recharts-radar')
        .count(),
    ).resolves.toBe(2);
    await app.assertAccessible('results previous unreadable');
    await app.assertClean();
  });

  async function idOf(pcnName: string, date: string): Promise<string> {
    const list = await call(deps, 'listAssessments', undefined);
    if (!list.ok) throw new Error(list.error.message);
    const found = list.value.find((a) => a.pcnName === pcnName && a.assessmentDate === date);
    if (!found) throw new Error(`No assessment for ${pcnName} on ${date}`);
    return found.id;
  }
});
