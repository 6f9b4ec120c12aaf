/**
 * The scoring model: the one place where ratings become scores. The in-app "How scores work"
 * page and the PDF's method page print SCORING_EXPLAINED, below, which says the same in plain
 * English; change both together.
 *
 * Questions
 * - A question is answered when its current level is a level (0 to 4) and "Don't know" is not
 *   ticked. "Don't know" makes it an evidence gap (and wins over any level also stored). Anything
 *   else, including a question with no response at all, is unanswered.
 * - Effective target = target, or the current level when no target is set ("stay where we are").
 *   Only the averages use it: outputs show an unset target as "Not set", never as a number.
 * - Question gap = effective target − current. It is negative when the PCN deliberately set a
 *   lower target; the raw value is kept. Unanswered and "Don't know" questions have no current,
 *   target or gap (null).
 * - Responses whose question id is not in the framework (old data) are ignored. If a question
 *   has several responses, the last one counts.
 *
 * Areas
 * - Area current = mean of the current levels of its answered questions (null if none).
 * - Area target = mean of the effective targets of the same questions.
 * - Area gap = area target − area current (equal to the mean of the question gaps).
 * - Full precision is kept in the data; `formatLevel` rounds to one decimal for display.
 *   Means are computed as (integer sum) / (count), and the gap and priority from integer
 *   numerators too, so equal fractions give identical numbers and ties are exact.
 * - Importance: 1 Lower, 2 Medium, 3 High; not said (null) counts as Medium (2).
 * - Priority = max(gap, 0) × importance.
 * - Ranking: priority (highest first), then gap (largest first), then framework order. Areas
 *   with no answered question have no evidence: priority 0, ranked last (in framework order)
 *   and flagged `noEvidence`.
 *
 * Overall
 * - Overall current = mean of the area currents, over areas that have one (null if none);
 *   overall target likewise; overall gap = overall target − overall current.
 * - Each is also shown as a percentage of the top level: the level as shown (one decimal) ÷ 4
 *   × 100, rounded to a whole number (`levelToPercent`), so "2.0" is always 50%.
 *
 * Figures add up
 * - A gap is shown as the difference of the two figures shown beside it (`shownGap`): now 1.2
 *   and target 2.6 show a gap of 1.4, never 1.5 from rounding the full-precision gap on its own.
 *   Priority and ranking keep full precision.
 *
 * Words, never colour alone
 * - `levelLabel`: the name of the level reached, rounding down the figure as displayed to one
 *   decimal: 2.9 is "Developing", and 1.96 (shown as 2.0) is "Developing" too.
 * - `gapLabel`, on the gap as displayed (`shownGap`): 0.0 or less "No gap", under 1.0 "Small
 *   gap", under 2.0 "Moderate gap", 2.0 or more "Large gap".
 */
import type { AreaResponse, Importance, QuestionResponse } from './domain';
import type { Framework, Level } from './framework/types';
import { isLevel, LEVEL_NAMES } from './framework/types';

/** Tolerance for comparing means against whole-number thresholds. */
const EPSILON = 1e-9;

/** Importance used when the PCN has not said how important an area is. */
export const DEFAULT_IMPORTANCE: Importance = 2;

export interface QuestionScore {
  questionId: string;
  areaId: string;
  /** Current level, or null when not answered or "Don't know". */
  current: Level | null;
  /** Effective target: the target set, or the current level when none is set. Null when not answered. */
  target: Level | null;
  /** Effective target − current (may be negative). Null when not answered. */
  gap: number | null;
  dontKnow: boolean;
  answered: boolean;
}

export interface AreaScore {
  areaId: string;
  /** Mean current level of answered questions, or null when none is answered. */
  current: number | null;
  /** Mean effective target of the same questions, or null when none is answered. */
  target: number | null;
  /** target − current, or null when none is answered. */
  gap: number | null;
  /** Effective importance (null in the response counts as 2, Medium). */
  importance: Importance;
  /** max(gap, 0) × importance; 0 when nothing is answered. */
  priority: number;
  /** 1 = highest priority. Areas with no evidence come last. */
  rank: number;
  /** True when no question in the area has a level: the area cannot be scored. */
  noEvidence: boolean;
  answered: number;
  dontKnow: number;
  unanswered: number;
  total: number;
  levelLabel: string;
  gapLabel: string;
}

export interface OverallScore {
  /** Mean of the area currents, over areas that have one; null when none does. */
  current: number | null;
  target: number | null;
  gap: number | null;
  /** current as a whole-number percentage of level 4. */
  percentCurrent: number | null;
  percentTarget: number | null;
  answered: number;
  dontKnow: number;
  unanswered: number;
  total: number;
}

export interface AssessmentScores {
  frameworkVersion: string;
  /** Every framework question, in framework order. */
  questions: QuestionScore[];
  /** Every framework area, in framework order (see `ranked` for priority order). */
  areas: AreaScore[];
  overall: OverallScore;
  /** Area ids, highest priority first. */
  ranked: string[];
  /** Questions answered "Don't know", in framework order. */
  evidenceGaps: { areaId: string; questionId: string }[];
}

function effectiveImportance(value: Importance | null | undefined): Importance {
  return value === 1 || value === 2 || value === 3 ? value : DEFAULT_IMPORTANCE;
}

export function scoreAssessment(
  framework: Framework,
  responses: QuestionResponse[],
  areaResponses: AreaResponse[],
): AssessmentScores {
  const responseById = new Map<string, QuestionResponse>();
  for (const response of responses) responseById.set(response.questionId, response);
  const importanceById = new Map<string, Importance | null>();
  for (const areaResponse of areaResponses) importanceById.set(areaResponse.areaId, areaResponse.importance);

  const questions: QuestionScore[] = [];
  const areas: AreaScore[] = [];
  const evidenceGaps: { areaId: string; questionId: string }[] = [];

  for (const area of framework.areas) {
    let answered = 0;
    let dontKnow = 0;
    let currentSum = 0;
    let targetSum = 0;
    for (const question of area.questions) {
      const response = responseById.get(question.id);
      if (response?.dontKnow) {
        dontKnow += 1;
        evidenceGaps.push({ areaId: area.id, questionId: question.id });
        questions.push(emptyQuestion(question.id, area.id, true));
      } else if (response && isLevel(response.current)) {
        const current = response.current;
        const target = isLevel(response.target) ? response.target : current;
        answered += 1;
        currentSum += current;
        targetSum += target;
        questions.push({
          questionId: question.id,
          areaId: area.id,
          current,
          target,
          gap: target - current,
          dontKnow: false,
          answered: true,
        });
      } else {
        questions.push(emptyQuestion(question.id, area.id, false));
      }
    }

    const importance = effectiveImportance(importanceById.get(area.id));
    const total = area.questions.length;
    const noEvidence = answered === 0;
    const current = noEvidence ? null : currentSum / answered;
    const target = noEvidence ? null : targetSum / answered;
    const gap = noEvidence ? null : (targetSum - currentSum) / answered;
    const priority = noEvidence ? 0 : (Math.max(targetSum - currentSum, 0) * importance) / answered;
    areas.push({
      areaId: area.id,
      current,
      target,
      gap,
      importance,
      priority,
      rank: 0, // set below
      noEvidence,
      answered,
      dontKnow,
      unanswered: total - answered - dontKnow,
      total,
      levelLabel: levelLabel(current),
      gapLabel: gapLabel(shownGap(current, target)),
    });
  }

  const order = areas.map((score, index) => ({ score, index }));
  order.sort((a, b) => {
    if (a.score.noEvidence !== b.score.noEvidence) return a.score.noEvidence ? 1 : -1;
    if (a.score.priority !== b.score.priority) return b.score.priority - a.score.priority;
    const gapA = a.score.gap ?? 0;
    const gapB = b.score.gap ?? 0;
    if (gapA !== gapB) return gapB - gapA;
    return a.index - b.index;
  });
  order.forEach(({ score }, position) => {
    score.rank = position + 1;
  });

  const scored = areas.filter((area) => area.current !== null);
  const overallCurrent = mean(scored.map((area) => area.current ?? 0));
  const overallTarget = mean(scored.map((area) => area.target ?? 0));
  const sum = (pick: (area: AreaScore) => number) => areas.reduce((total, area) => total + pick(area), 0);

  return {
    frameworkVersion: framework.version,
    questions,
    areas,
    overall: {
      current: overallCurrent,
      target: overallTarget,
      gap: overallCurrent === null || overallTarget === null ? null : overallTarget - overallCurrent,
      percentCurrent: levelToPercent(overallCurrent),
      percentTarget: levelToPercent(overallTarget),
      answered: sum((area) => area.answered),
      dontKnow: sum((area) => area.dontKnow),
      unanswered: sum((area) => area.unanswered),
      total: sum((area) => area.total),
    },
    ranked: order.map(({ score }) => score.areaId),
    evidenceGaps,
  };
}

function emptyQuestion(questionId: string, areaId: string, dontKnow: boolean): QuestionScore {
  return { questionId, areaId, current: null, target: null, gap: null, dontKnow, answered: false };
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((total, value) => total + value, 0) / values.length;
}

/** A level (0 to 4, may be a mean), as shown to one decimal, as a whole-number percentage of level 4. */
export function levelToPercent(level: number | null): number | null {
  if (level === null) return null;
  return Math.round((shownTenths(level) / 40) * 100 + EPSILON);
}

/** Tenths of a figure as shown to one decimal (rounded half away from zero): 2.35 → 24. */
function shownTenths(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x) * 10 + EPSILON);
}

/**
 * The gap as shown: the shown target minus the shown current, so the three figures add up
 * (1.24 → 2.65 is shown 1.2 → 2.7, gap 1.5; 1.2 → 2.64 is 1.2 → 2.6, gap 1.4). Null when either is.
 */
export function shownGap(current: number | null, target: number | null): number | null {
  if (current === null || target === null || !Number.isFinite(current) || !Number.isFinite(target)) return null;
  return (shownTenths(target) - shownTenths(current)) / 10;
}

/** A level or gap to one decimal place for display: 2.5 → "2.5", 2 → "2.0", null → "Not assessed". */
export function formatLevel(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return 'Not assessed';
  // Round half away from zero, on the value as the user would write it (avoids 2.35 → "2.3").
  const tenths = Math.round(Math.abs(x) * 10 + EPSILON);
  if (tenths === 0) return '0.0';
  return `${x < 0 ? '-' : ''}${(tenths / 10).toFixed(1)}`;
}

/**
 * The name of the level reached, rounding down the figure as displayed (one decimal), so the word
 * always agrees with the number beside it: 2.9 → "Developing", 1.96 (shown "2.0") → "Developing";
 * null → "Not assessed".
 */
export function levelLabel(x: number | null): string {
  const level = levelReached(x);
  return level === null ? 'Not assessed' : LEVEL_NAMES[level];
}

/** The whole level reached, on the figure as displayed (as `levelLabel`): 1.96 → 2; null → null. */
export function levelReached(x: number | null): Level | null {
  if (x === null || !Number.isFinite(x)) return null;
  const shown = Math.round(x * 10 + EPSILON) / 10;
  return Math.min(4, Math.max(0, Math.floor(shown + EPSILON))) as Level;
}

/**
 * The size of a gap in words, judged on the figure as displayed (one decimal) so the word agrees
 * with the number beside it: 0.0 or less "No gap", under 1.0 "Small gap", under 2.0 "Moderate
 * gap", else "Large gap" (0.96, shown "1.0", is a moderate gap).
 */
export function gapLabel(gap: number | null): string {
  if (gap === null || !Number.isFinite(gap)) return 'Not assessed';
  const shown = Math.sign(gap) * (Math.round(Math.abs(gap) * 10 + EPSILON) / 10);
  if (shown <= EPSILON) return 'No gap';
  if (shown < 1 - EPSILON) return 'Small gap';
  if (shown < 2 - EPSILON) return 'Moderate gap';
  return 'Large gap';
}

/** Plain-English account of the model above, for the "How scores work" page and the PDF. */
export const SCORING_EXPLAINED: { heading: string; paragraphs: string[] }[] = [
  {
    heading: 'The levels',
    paragraphs: [
      'Each question is rated on five levels: 0 Not started, 1 Emerging, 2 Developing, 3 Established and 4 Thriving. Each area describes what every level looks like in practice.',
      'For each question you give two ratings: where the PCN is now (current) and where it aims to be in six months (target).',
    ],
  },
  {
    heading: '"Don\'t know" and unanswered questions',
    paragraphs: [
      'A question counts as answered when it has a current level. "Don\'t know" is not a level: it is recorded as an evidence gap, which is a finding in itself, and it is not counted in any score. Questions left blank are also left out of the scores.',
      'There is no six-month target until you choose one: the app never fills one in for you. A question with a current level but no target counts as "stay where we are": its target is taken to be its current level, so it has no gap and adds nothing to the plan. Its target shows as "Not set", never as a number. "Check your answers" lists these questions so you can set a target or leave them as they are, and they are listed as missing before the plan is shared with the ICB. If you set a target lower than the current level, that is kept as you entered it.',
    ],
  },
  {
    heading: 'Area scores',
    paragraphs: [
      "An area's current score is the average of the current levels of its answered questions. Its target score is the average of the targets of the same questions. The gap is the target score minus the current score.",
      'Averages can fall between levels, so scores are shown to one decimal place, for example 2.5. An area with no answered questions has no score and is marked "Not assessed".',
    ],
  },
  {
    heading: 'Which areas come first',
    paragraphs: [
      'You can mark each area as of Lower (1), Medium (2) or High (3) importance to your PCN. If you do not say, it counts as Medium.',
      "An area's priority is its gap multiplied by its importance (a gap of zero or less gives a priority of zero). Areas are listed from the highest priority down. When two areas have the same priority, the one with the larger gap comes first, and then they follow the order of the framework. Areas with no answered questions come last and are flagged as having no evidence.",
    ],
  },
  {
    heading: 'Overall readiness',
    paragraphs: [
      'Overall readiness is the average of the area scores, counting only the areas that have a score. The overall target is worked out the same way from the area targets.',
      'Each is also shown as a percentage of the top level, Thriving (4): a score of 2.0 is 50%, and 3.0 is 75%, rounded to the nearest whole number.',
      'The gap shown is always the target shown minus the score shown, so the figures add up: a score of 1.2 and a target of 2.6 show a gap of 1.4.',
    ],
  },
  {
    heading: 'Scores in words',
    paragraphs: [
      'Every score is also given in words, so nothing depends on colour alone. A score is named after the whole level it has reached, as shown to one decimal place: anything shown from 2.0 to 2.9 is "Developing".',
      'Judged on the gap as shown to one decimal place, a gap of 0.0 or less is "No gap"; 0.1 to 0.9 is a "Small gap"; 1.0 to 1.9 is a "Moderate gap"; 2.0 or more is a "Large gap".',
    ],
  },
];
