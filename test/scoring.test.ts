import { describe, expect, it } from 'vitest';
import type { AreaResponse, Importance, QuestionResponse } from '../shared/domain';
import type { Area, Framework, Level } from '../shared/framework/types';
import {
  formatLevel,
  gapLabel,
  levelLabel,
  levelToPercent,
  SCORING_EXPLAINED,
  scoreAssessment,
  shownGap,
} from '../shared/scoring';

// A small fixture framework: three areas with 3, 2 and 2 questions.
function area(id: string, questionIds: string[]): Area {
  return {
    id,
    title: id,
    purpose: '',
    questions: questionIds.map((q) => ({ id: q, text: `${q}?`, help: '' })),
    levels: { 0: '', 1: '', 2: '', 3: '', 4: '' },
  };
}

const framework: Framework = {
  version: 'test.1',
  title: 'Fixture',
  releaseNote: '',
  areas: [area('alpha', ['a1', 'a2', 'a3']), area('beta', ['b1', 'b2']), area('gamma', ['c1', 'c2'])],
  suggestions: [],
};

function rate(questionId: string, current: Level | null, target: Level | null = null): QuestionResponse {
  return { questionId, current, target, dontKnow: false, notes: '' };
}

function dontKnow(questionId: string): QuestionResponse {
  return { questionId, current: null, target: null, dontKnow: true, notes: '' };
}

function importance(areaId: string, value: Importance | null): AreaResponse {
  return { areaId, importance: value, summary: '' };
}

const allQuestionIds = framework.areas.flatMap((a) => a.questions.map((q) => q.id));

describe('scoreAssessment: hand-computed example', () => {
  const responses: QuestionResponse[] = [
    rate('a1', 1, 3), // gap 3 − 1 = 2
    rate('a2', 2), // no target → effective target 2, gap 0
    dontKnow('a3'), // evidence gap
    rate('b1', 3, 4), // gap 1
    rate('b2', 0, 2), // gap 2
    rate('c1', 4, 3), // target below current: gap −1, kept
    // c2: no response → unanswered
    rate('old.question', 0, 4), // not in the framework: ignored
  ];
  const areaResponses = [importance('alpha', 3), importance('beta', null), importance('gamma', 1)];
  const scores = scoreAssessment(framework, responses, areaResponses);
  const byArea = (id: string) => scores.areas.find((a) => a.areaId === id);

  it('scores each question', () => {
    expect(scores.frameworkVersion).toBe('test.1');
    expect(scores.questions.map((q) => q.questionId)).toEqual(allQuestionIds);
    expect(scores.questions).toEqual([
      { questionId: 'a1', areaId: 'alpha', current: 1, target: 3, gap: 2, dontKnow: false, answered: true },
      { questionId: 'a2', areaId: 'alpha', current: 2, target: 2, gap: 0, dontKnow: false, answered: true },
      {
        questionId: 'a3',
        areaId: 'alpha',
        current: null,
        target: null,
        gap: null,
        dontKnow: true,
        answered: false,
      },
      { questionId: 'b1', areaId: 'beta', current: 3, target: 4, gap: 1, dontKnow: false, answered: true },
      { questionId: 'b2', areaId: 'beta', current: 0, target: 2, gap: 2, dontKnow: false, answered: true },
      { questionId: 'c1', areaId: 'gamma', current: 4, target: 3, gap: -1, dontKnow: false, answered: true },
      {
        questionId: 'c2',
        areaId: 'gamma',
        current: null,
        target: null,
        gap: null,
        dontKnow: false,
        answered: false,
      },
    ]);
  });

  it('scores area alpha', () => {
    // current (1 + 2) / 2 = 1.5; target (3 + 2) / 2 = 2.5; gap 1; High (3) → priority 1 × 3 = 3.
    expect(byArea('alpha')).toEqual({
      areaId: 'alpha',
      current: 1.5,
      target: 2.5,
      gap: 1,
      importance: 3,
      priority: 3,
      rank: 2,
      noEvidence: false,
      answered: 2,
      dontKnow: 1,
      unanswered: 0,
      total: 3,
      levelLabel: 'Emerging',
      gapLabel: 'Moderate gap',
    });
  });

  it('scores area beta', () => {
    // current (3 + 0) / 2 = 1.5; target (4 + 2) / 2 = 3; gap 1.5; importance null → 2;
    // priority 1.5 × 2 = 3: the same as alpha, but the larger gap (1.5 > 1) ranks it first.
    expect(byArea('beta')).toEqual({
      areaId: 'beta',
      current: 1.5,
      target: 3,
      gap: 1.5,
      importance: 2,
      priority: 3,
      rank: 1,
      noEvidence: false,
      answered: 2,
      dontKnow: 0,
      unanswered: 0,
      total: 2,
      levelLabel: 'Emerging',
      gapLabel: 'Moderate gap',
    });
  });

  it('scores area gamma', () => {
    // current 4 / 1 = 4; target 3; gap −1; Lower (1) → priority max(−1, 0) × 1 = 0.
    expect(byArea('gamma')).toEqual({
      areaId: 'gamma',
      current: 4,
      target: 3,
      gap: -1,
      importance: 1,
      priority: 0,
      rank: 3,
      noEvidence: false,
      answered: 1,
      dontKnow: 0,
      unanswered: 1,
      total: 2,
      levelLabel: 'Thriving',
      gapLabel: 'No gap',
    });
  });

  it('ranks, lists evidence gaps and scores overall', () => {
    expect(scores.ranked).toEqual(['beta', 'alpha', 'gamma']);
    expect(scores.evidenceGaps).toEqual([{ areaId: 'alpha', questionId: 'a3' }]);
    // current (1.5 + 1.5 + 4) / 3 = 7/3 ≈ 2.333; target (2.5 + 3 + 3) / 3 = 8.5/3 ≈ 2.833; gap 0.5.
    // percent of the figure as shown: 2.3 ÷ 4 × 100 = 57.5 → 58; 2.8 ÷ 4 × 100 = 70 (not 70.83 → 71).
    const { overall } = scores;
    expect(overall.current).toBeCloseTo(7 / 3, 12);
    expect(overall.target).toBeCloseTo(8.5 / 3, 12);
    expect(overall.gap).toBeCloseTo(0.5, 12);
    expect(overall.percentCurrent).toBe(58);
    expect(overall.percentTarget).toBe(70);
    // 5 answered (a1, a2, b1, b2, c1), 1 don't know (a3), 1 unanswered (c2); old.question ignored.
    expect([overall.answered, overall.dontKnow, overall.unanswered, overall.total]).toEqual([5, 1, 1, 7]);
    expect(formatLevel(overall.current)).toBe('2.3');
    expect(formatLevel(overall.target)).toBe('2.8');
    expect(levelLabel(overall.current)).toBe('Developing');
    expect(gapLabel(overall.gap)).toBe('Small gap');
  });
});

describe('scoreAssessment: edge cases', () => {
  it('nothing answered: every area has no evidence and ranks in framework order', () => {
    const scores = scoreAssessment(framework, [], []);
    expect(scores.ranked).toEqual(['alpha', 'beta', 'gamma']);
    for (const a of scores.areas) {
      expect(a).toMatchObject({
        current: null,
        target: null,
        gap: null,
        importance: 2,
        priority: 0,
        noEvidence: true,
        answered: 0,
        dontKnow: 0,
        levelLabel: 'Not assessed',
        gapLabel: 'Not assessed',
      });
      expect(a.unanswered).toBe(a.total);
    }
    expect(scores.areas.map((a) => a.rank)).toEqual([1, 2, 3]);
    expect(scores.overall).toEqual({
      current: null,
      target: null,
      gap: null,
      percentCurrent: null,
      percentTarget: null,
      answered: 0,
      dontKnow: 0,
      unanswered: 7,
      total: 7,
    });
    expect(scores.evidenceGaps).toEqual([]);
  });

  it('all "Don\'t know": every question is an evidence gap and nothing is scored', () => {
    const scores = scoreAssessment(framework, allQuestionIds.map(dontKnow), []);
    expect(scores.evidenceGaps).toEqual([
      { areaId: 'alpha', questionId: 'a1' },
      { areaId: 'alpha', questionId: 'a2' },
      { areaId: 'alpha', questionId: 'a3' },
      { areaId: 'beta', questionId: 'b1' },
      { areaId: 'beta', questionId: 'b2' },
      { areaId: 'gamma', questionId: 'c1' },
      { areaId: 'gamma', questionId: 'c2' },
    ]);
    expect(scores.areas.every((a) => a.noEvidence && a.current === null)).toBe(true);
    expect([scores.overall.answered, scores.overall.dontKnow, scores.overall.unanswered]).toEqual([0, 7, 0]);
    expect(scores.overall.current).toBeNull();
    expect(scores.overall.percentCurrent).toBeNull();
  });

  it('"Don\'t know" wins over a level stored with it', () => {
    const scores = scoreAssessment(
      framework,
      [{ questionId: 'a1', current: 3, target: 4, dontKnow: true, notes: '' }],
      [],
    );
    expect(scores.questions[0]).toMatchObject({ current: null, gap: null, dontKnow: true, answered: false });
    expect(scores.areas[0]?.noEvidence).toBe(true);
  });

  it('target equal to current everywhere: no gaps, priority 0, framework order', () => {
    const levels: Level[] = [0, 1, 2, 3, 4, 2, 1];
    const responses = allQuestionIds.map((id, i) => rate(id, levels[i] ?? 0, levels[i] ?? 0));
    const scores = scoreAssessment(framework, responses, [importance('gamma', 3)]);
    expect(scores.questions.every((q) => q.gap === 0)).toBe(true);
    expect(scores.areas.map((a) => [a.gap, a.priority, a.gapLabel])).toEqual([
      [0, 0, 'No gap'],
      [0, 0, 'No gap'],
      [0, 0, 'No gap'],
    ]);
    expect(scores.ranked).toEqual(['alpha', 'beta', 'gamma']);
    // alpha (0 + 1 + 2) / 3 = 1; beta (3 + 4) / 2 = 3.5; gamma (2 + 1) / 2 = 1.5; overall 6 / 3 = 2.
    expect(scores.areas.map((a) => a.current)).toEqual([1, 3.5, 1.5]);
    expect(scores.overall).toMatchObject({
      current: 2,
      target: 2,
      gap: 0,
      percentCurrent: 50,
      percentTarget: 50,
    });
  });

  it('a target below current keeps its negative gap and gives priority 0', () => {
    const scores = scoreAssessment(framework, [rate('b1', 3, 1), rate('b2', 2, 2)], [importance('beta', 3)]);
    const beta = scores.areas[1];
    // current (3 + 2) / 2 = 2.5; target (1 + 2) / 2 = 1.5; gap −1; priority max(−1, 0) × 3 = 0.
    expect(beta).toMatchObject({
      current: 2.5,
      target: 1.5,
      gap: -1,
      priority: 0,
      gapLabel: 'No gap',
      rank: 1,
    });
    expect(scores.questions.find((q) => q.questionId === 'b1')?.gap).toBe(-2);
  });

  it('a missing target means "stay where we are"', () => {
    const scores = scoreAssessment(framework, [rate('c1', 3), rate('c2', 1, 2)], []);
    // c1: target 3 (= current), gap 0; c2 gap 1. Area: current 2, target 2.5, gap 0.5.
    expect(scores.questions.find((q) => q.questionId === 'c1')).toMatchObject({
      current: 3,
      target: 3,
      gap: 0,
    });
    expect(scores.areas[2]).toMatchObject({
      current: 2,
      target: 2.5,
      gap: 0.5,
      priority: 1,
      gapLabel: 'Small gap',
    });
  });

  it('a target without a current level is unanswered', () => {
    const scores = scoreAssessment(framework, [rate('a1', null, 3)], []);
    expect(scores.questions[0]).toMatchObject({ current: null, target: null, gap: null, answered: false });
    expect(scores.areas[0]).toMatchObject({ answered: 0, unanswered: 3, noEvidence: true });
  });

  it('ignores responses for question ids not in the framework', () => {
    const base = [rate('a1', 1, 2), rate('b1', 2, 4)];
    const withOld = [rate('retired.q', 0, 4), ...base, dontKnow('another.old'), rate('a1x', 4, 0)];
    const areaResponses = [importance('retired-area', 3), importance('alpha', 3)];
    expect(scoreAssessment(framework, withOld, areaResponses)).toEqual(scoreAssessment(framework, base, areaResponses));
  });

  it('the last of several responses to one question counts', () => {
    const scores = scoreAssessment(framework, [rate('a1', 0, 4), rate('a1', 2, 3)], []);
    expect(scores.questions[0]).toMatchObject({ current: 2, target: 3, gap: 1 });
  });

  it('importance weighting changes the ranking', () => {
    // alpha: gap 1 (1 → 2); beta: gap 2 (0 → 2).
    const responses = [rate('a1', 1, 2), rate('b1', 0, 2)];
    // Both Medium: alpha 1 × 2 = 2, beta 2 × 2 = 4 → beta first.
    expect(scoreAssessment(framework, responses, []).ranked).toEqual(['beta', 'alpha', 'gamma']);
    // alpha High, beta Lower: alpha 1 × 3 = 3, beta 2 × 1 = 2 → alpha first.
    const weighted = scoreAssessment(framework, responses, [importance('alpha', 3), importance('beta', 1)]);
    expect(weighted.ranked).toEqual(['alpha', 'beta', 'gamma']);
    expect(weighted.areas.map((a) => a.priority)).toEqual([3, 2, 0]);
    expect(weighted.areas.map((a) => a.rank)).toEqual([1, 2, 3]);
  });

  it('ties on priority and gap keep framework order, and areas without evidence come last', () => {
    // alpha, beta and gamma all gap 1 at Medium → priority 2 each; gamma is answered last in input.
    const tied = [rate('c1', 2, 3), rate('b1', 0, 1), rate('a1', 3, 4)];
    expect(scoreAssessment(framework, tied, []).ranked).toEqual(['alpha', 'beta', 'gamma']);
    // gamma answered with no gap outranks alpha, which has no evidence, even though alpha is High.
    const scores = scoreAssessment(framework, [rate('c1', 2, 2), rate('b1', 1, 2)], [importance('alpha', 3)]);
    expect(scores.ranked).toEqual(['beta', 'gamma', 'alpha']);
    expect(scores.areas[0]).toMatchObject({ noEvidence: true, rank: 3, priority: 0 });
  });

  it('equal fractions tie exactly (no floating-point noise in the ranking)', () => {
    // alpha: gaps 1, 1, 0 → 2/3 × 3 (High) = 2; beta: gaps 2, 0 → 1 × 2 (Medium) = 2.
    // Same priority; beta's gap (1) beats alpha's (2/3).
    const responses = [rate('a1', 0, 1), rate('a2', 1, 2), rate('a3', 2), rate('b1', 1, 3), rate('b2', 2)];
    const scores = scoreAssessment(framework, responses, [importance('alpha', 3)]);
    expect(scores.areas[0]?.priority).toBe(2);
    expect(scores.areas[1]?.priority).toBe(2);
    expect(scores.ranked).toEqual(['beta', 'alpha', 'gamma']);
  });
});

describe('labels and formatting', () => {
  it('levelLabel names the level reached, rounding down the figure as displayed', () => {
    expect(levelLabel(null)).toBe('Not assessed');
    expect(levelLabel(0)).toBe('Not started');
    expect(levelLabel(0.94)).toBe('Not started'); // shown as 0.9
    expect(levelLabel(0.99)).toBe('Emerging'); // shown as 1.0: the word agrees with the number
    expect(levelLabel(1.96)).toBe('Developing'); // shown as 2.0
    expect(levelLabel(2.94)).toBe('Developing'); // shown as 2.9
    expect(levelLabel(1)).toBe('Emerging');
    expect(levelLabel(2.5)).toBe('Developing');
    expect(levelLabel(2.9999999999)).toBe('Established'); // within 1e-9 of 3
    expect(levelLabel(3)).toBe('Established');
    expect(levelLabel(4)).toBe('Thriving');
  });

  it('gapLabel puts gaps into words', () => {
    expect(gapLabel(null)).toBe('Not assessed');
    expect(gapLabel(-1)).toBe('No gap');
    expect(gapLabel(0)).toBe('No gap');
    expect(gapLabel(0.1)).toBe('Small gap');
    expect(gapLabel(0.94)).toBe('Small gap'); // shown as 0.9
    expect(gapLabel(0.96)).toBe('Moderate gap'); // shown as 1.0: the word agrees with the number
    expect(gapLabel(0.04)).toBe('No gap'); // shown as 0.0
    expect(gapLabel(1)).toBe('Moderate gap');
    expect(gapLabel(0.1 + 0.2 + 0.7)).toBe('Moderate gap'); // 0.9999999999999999 counts as 1
    expect(gapLabel(1.94)).toBe('Moderate gap');
    expect(gapLabel(1.96)).toBe('Large gap'); // shown as 2.0
    expect(gapLabel(2)).toBe('Large gap');
    expect(gapLabel(4)).toBe('Large gap');
  });

  it('formatLevel gives one decimal place', () => {
    expect(formatLevel(2.5)).toBe('2.5');
    expect(formatLevel(2)).toBe('2.0');
    expect(formatLevel(7 / 3)).toBe('2.3');
    expect(formatLevel(2.25)).toBe('2.3');
    expect(formatLevel(2.35)).toBe('2.4');
    expect(formatLevel(1.05)).toBe('1.1');
    expect(formatLevel(-1.5)).toBe('-1.5');
    expect(formatLevel(-0.01)).toBe('0.0');
    expect(formatLevel(null)).toBe('Not assessed');
  });

  it('shownGap is the difference of the figures as shown, so they add up', () => {
    expect(shownGap(1.24, 2.64)).toBe(1.4); // 1.2 → 2.6: gap 1.4, although 1.40 exactly
    expect(shownGap(1.24, 2.66)).toBe(1.5); // 1.2 → 2.7
    expect(shownGap(1.16, 2.64)).toBe(1.4); // 1.2 → 2.6, though the full gap 1.48 rounds to 1.5
    expect(shownGap(2, 1.5)).toBe(-0.5);
    expect(shownGap(null, 2)).toBeNull();
    expect(gapLabel(shownGap(1.04, 1.96) ?? 0)).toBe('Moderate gap'); // 1.0 → 2.0, though 0.92
  });

  it('levelToPercent is the shown level ÷ 4 × 100, rounded', () => {
    expect(levelToPercent(null)).toBeNull();
    expect(levelToPercent(0)).toBe(0);
    expect(levelToPercent(2)).toBe(50);
    expect(levelToPercent(4)).toBe(100);
    expect(levelToPercent(0.5)).toBe(13); // 12.5 rounds up
    expect(levelToPercent(7 / 3)).toBe(58);
    expect(levelToPercent(1.96)).toBe(50); // shown 2.0, so 50%, not 49%
  });

  it('SCORING_EXPLAINED has headings and text for the method page', () => {
    expect(SCORING_EXPLAINED.length).toBeGreaterThanOrEqual(5);
    for (const section of SCORING_EXPLAINED) {
      expect(section.heading.length).toBeGreaterThan(0);
      expect(section.paragraphs.length).toBeGreaterThan(0);
    }
    const text = SCORING_EXPLAINED.flatMap((s) => s.paragraphs).join(' ');
    for (const phrase of ['Medium', 'evidence gap', 'one decimal place', 'Large gap', 'percentage']) {
      expect(text).toContain(phrase);
    }
  });
});
