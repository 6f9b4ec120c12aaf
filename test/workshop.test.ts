/**
 * Workshop arithmetic with exact values: the median (halfway between the two middle ratings for
 * an even count, so high and low raters are treated alike), range,
 * "don't know" counted apart, the split rule at its edges, outliers, where consensus starts and
 * when a reason is required. Then the worked example's workshop, as the exports report it.
 */
import { describe, expect, test } from 'vitest';
import type { Participant, ParticipantScore } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import type { Level } from '../shared/framework';
import {
  consensusStart,
  differsFromMedian,
  MEDIAN_RULE,
  medianClause,
  medianWords,
  middleLevels,
  offWords,
  participantLabels,
  questionSpread,
  type Rating,
  rangeWords,
  reasonRequired,
  SPLIT_RULE,
  spreadOf,
  spreadSentence,
  withAnonymity,
  workshopReport,
} from '../shared/workshop';

const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

/** Scores for one question from compact ratings: a level, 'dk', or null (nothing given). */
function scores(current: (Level | 'dk' | null)[], target: (Level | null)[] = []): ParticipantScore[] {
  return current.map((c, i) => ({
    participantId: ids[i] as string,
    questionId: 'q',
    current: c === 'dk' ? null : c,
    dontKnow: c === 'dk',
    target: target[i] ?? null,
    reason: '',
    source: 'live' as const,
  }));
}

describe('the median', () => {
  test.each([
    [[], null, null],
    [[2], 2, [2, 2]],
    [[3, 1, 2], 2, [2, 2]],
    [[1, 3], 2, [1, 3]],
    [[0, 4, 4, 1], 2.5, [1, 4]],
    [[4, 4, 3, 3, 2, 2], 3, [3, 3]],
    [[1, 2, 2, 3], 2, [2, 2]],
    [[1, 2], 1.5, [1, 2]],
    [[0, 0, 4, 4, 4], 4, [4, 4]],
  ] as [Level[], number | null, [Level, Level] | null][])(
    'of %j is %j, with middle ratings %j (halfway between them for an even count)',
    (levels, median, middle) => {
      expect(spreadOf(levels).median).toBe(median);
      expect(middleLevels(levels)).toEqual(middle === null ? null : { low: middle[0], high: middle[1] });
    },
  );

  test('0, 1, 3, 4: the stated rule, the middle ratings 1 and 3, and both sides asked to explain', () => {
    expect(MEDIAN_RULE).toContain('for 0, 1, 3 and 4 the middle ratings are 1 and 3 and the median is 2');
    const spread = questionSpread(scores([0, 1, 3, 4], [1, 2, 4, 4]), 'q', ids);
    expect(spread.current).toMatchObject({ median: 2, middle: { low: 1, high: 3 }, outliers: 2, split: true });
    expect(medianWords(spread.current)).toBe('2, halfway between 1 Emerging and 3 Established');
    expect(medianClause(spread.current)).toBe('the middle ratings are 1 Emerging and 3 Established');
    expect(spreadSentence(spread.current)).toBe(
      'Median 2, halfway between 1 Emerging and 3 Established, range 0 to 4 (4 levels apart).',
    );
    // The lowest and the highest are both asked, the same distance either side.
    expect(spread.outliers.map((o) => [o.participantId, o.currentOff])).toEqual([
      ['p1', -2],
      ['p4', 2],
    ]);
    expect(offWords(-2)).toBe('2 below the median');
    expect(offWords(2.5)).toBe('2.5 above the median');
    // Consensus starts with no level chosen for now (the middle ratings differ); the target's
    // middle ratings are 2 and 4 too, so it starts empty as well.
    expect(consensusStart(spread)).toEqual({ current: null, dontKnow: false, target: null });
    // Any level from 1 to 3 needs no reason; 0 or 4 (either side) does.
    for (const current of [1, 2, 3] as Level[]) {
      expect(differsFromMedian(spread, { current, dontKnow: false, target: 3 }).current).toBe(false);
    }
    expect(differsFromMedian(spread, { current: 0, dontKnow: false, target: 3 }).current).toBe(true);
    expect(differsFromMedian(spread, { current: 4, dontKnow: false, target: 3 }).current).toBe(true);
    expect(differsFromMedian(spread, { current: null, dontKnow: false, target: 3 }).current).toBe(true);
  });

  test('mirrored ratings are treated alike: 0, 0, 1, 4 asks the 4; 0, 3, 4, 4 asks the 0', () => {
    const low = spreadOf([0, 0, 1, 4]);
    const high = spreadOf([0, 3, 4, 4]);
    expect(low.median).toBe(0.5);
    expect(high.median).toBe(3.5);
    expect(low.outliers).toBe(1);
    expect(high.outliers).toBe(1);
  });
});

describe('the spread', () => {
  test('counts levels, leaves "don\'t know" and nothing-given out of the median and range', () => {
    const ratings: Rating[] = [1, 2, 2, 4, 'dont-know', null];
    expect(spreadOf(ratings)).toEqual({
      rated: 4,
      dontKnow: 1,
      counts: { 0: 0, 1: 1, 2: 2, 3: 0, 4: 1 },
      median: 2,
      middle: { low: 2, high: 2 },
      lowest: 1,
      highest: 4,
      range: 3,
      outliers: 1,
      split: true,
    });
    expect(spreadSentence(spreadOf(ratings))).toBe("Median 2 Developing, range 1 to 4 (3 levels apart), 1 don't know.");
  });

  test('nobody gave a level: no median, no range, never split', () => {
    const s = spreadOf(['dont-know', 'dont-know', null]);
    expect(s).toMatchObject({ rated: 0, dontKnow: 2, median: null, range: null, outliers: 0, split: false });
    expect(spreadSentence(s)).toBe("No levels given; 2 don't know.");
    expect(spreadSentence(spreadOf([]))).toBe('No ratings.');
    expect(rangeWords(s)).toBe('none');
  });

  test('range in words', () => {
    expect(rangeWords(spreadOf([2, 2, 2]))).toBe('all 2');
    expect(rangeWords(spreadOf([3]))).toBe('3 only');
    expect(rangeWords(spreadOf([1, 2]))).toBe('1 to 2 (1 level apart)');
  });

  test.each([
    ['a range of 3 levels', [1, 2, 2, 2, 2, 4] as Level[], true, 1],
    ['a range of 2 levels, one person of four far off (under a third)', [1, 1, 1, 3] as Level[], false, 1],
    ['two camps of two: the middle ratings 2 levels apart', [1, 1, 3, 3] as Level[], true, 0],
    ['two of six far off (exactly a third)', [1, 1, 1, 1, 3, 3] as Level[], true, 2],
    ['one of six far off', [2, 2, 2, 2, 2, 4] as Level[], false, 1],
    ['everyone one level apart', [1, 2, 1, 2, 1, 2] as Level[], false, 0],
    ['one rating, however extreme', [4] as Level[], false, 0],
    ['two ratings 0 and 2 (the middle ratings 2 apart)', [0, 2] as Level[], true, 0],
    ['two of six far off, below (a third or more)', [0, 0, 2, 2, 2, 2] as Level[], true, 2],
    ['all the same', [3, 3, 3] as Level[], false, 0],
  ])('split rule: %s → split %s', (_name, levels, split, outliers) => {
    const s = spreadOf(levels);
    expect(s.split).toBe(split);
    expect(s.outliers).toBe(outliers);
  });

  test('the rule is stated in plain words', () => {
    expect(SPLIT_RULE).toBe(
      'Split: the ratings span 3 or more levels (for example 1 to 4), the two middle ratings are 2 or more levels apart, or at least a third of the people who gave a level are 2 or more levels away from the median.',
    );
  });
});

describe('one question: outliers, where consensus starts, when a reason is needed', () => {
  test('outliers are people 2 or more levels from either median, in participant order', () => {
    const spread = questionSpread(scores([2, 0, 2, 'dk', 4, 2], [3, 3, 3, null, 4, 1]), 'q', ids);
    expect(spread.responded).toBe(6);
    expect(spread.current).toMatchObject({ rated: 5, dontKnow: 1, median: 2, range: 4, split: true });
    expect(spread.target).toMatchObject({ rated: 5, median: 3, range: 3, split: true });
    expect(spread.split).toBe(true);
    expect(spread.outliers).toEqual([
      { participantId: 'p2', current: 0, target: 3, currentOff: -2, targetOff: null },
      { participantId: 'p5', current: 4, target: 4, currentOff: 2, targetOff: null },
      { participantId: 'p6', current: 2, target: 1, currentOff: null, targetOff: -2 },
    ]);
  });

  test('scores of other questions and empty scores are not counted', () => {
    const mixed = [
      ...scores([1, 1]),
      { ...(scores([4])[0] as ParticipantScore), questionId: 'other' },
      { ...(scores([null])[0] as ParticipantScore), participantId: 'p3' },
    ];
    expect(questionSpread(mixed, 'q').responded).toBe(2);
  });

  test('consensus starts from the medians', () => {
    const spread = questionSpread(scores([1, 2, 2, 3, 3], [2, 3, 3, 3, 4]), 'q');
    expect(consensusStart(spread)).toEqual({ current: 2, dontKnow: false, target: 3 });
    expect(reasonRequired(spread, { current: 2, dontKnow: false, target: 3 })).toBe(false);
    expect(differsFromMedian(spread, { current: 3, dontKnow: false, target: 3 })).toEqual({
      current: true,
      target: false,
    });
    expect(reasonRequired(spread, { current: 3, dontKnow: false, target: 3 })).toBe(true);
    expect(reasonRequired(spread, { current: 2, dontKnow: false, target: 4 })).toBe(true);
    expect(reasonRequired(spread, { current: null, dontKnow: true, target: 3 })).toBe(true);
  });

  test('with only "don\'t know", consensus starts at "don\'t know" and no reason is needed', () => {
    const spread = questionSpread(scores(['dk', 'dk']), 'q');
    expect(consensusStart(spread)).toEqual({ current: null, dontKnow: true, target: null });
    expect(reasonRequired(spread, { current: 3, dontKnow: false, target: 4 })).toBe(false);
  });

  test('with no scores at all, consensus starts empty', () => {
    const spread = questionSpread([], 'q');
    expect(consensusStart(spread)).toEqual({ current: null, dontKnow: false, target: null });
    expect(reasonRequired(spread, { current: 1, dontKnow: false, target: 2 })).toBe(false);
  });
});

describe('names', () => {
  const people: Participant[] = [
    { id: 'a', name: 'Dr Ada Shah', organisation: 'Larkspur Lane Surgery', role: 'GP partner' },
    { id: 'b', name: '  ', organisation: 'PCN', role: 'PCN manager' },
  ];
  test('blank names and anonymous sessions show "Participant N"', () => {
    expect([...participantLabels(people, false).values()]).toEqual(['Dr Ada Shah', 'Participant 2']);
    expect([...participantLabels(people, true).values()]).toEqual(['Participant 1', 'Participant 2']);
  });

  test('an anonymous assessment leaves the app without names', () => {
    const example = exampleAssessment();
    expect(withAnonymity(example)).toBe(example);
    example.workshop.anonymous = true;
    const out = withAnonymity(example);
    expect(out.participants.map((p) => p.name)).toEqual(Array(8).fill(''));
    expect(out.participants[2]).toEqual({
      id: '66b1657b-312f-4fd7-b700-8f8d22855608',
      name: '',
      organisation: 'Larkspur Lane Surgery',
      role: 'GP partner',
    });
    expect(example.participants[2]?.name).toBe('Dr Tomasz Nowak');
  });
});

describe('the worked example’s workshop, as the exports report it', () => {
  const example = exampleAssessment();
  const report = workshopReport(example, EXAMPLE_FRAMEWORK);

  test('every question was revealed and agreed, by all eight people', () => {
    expect(report?.items).toHaveLength(36);
    expect(report?.participantsWithScores).toBe(8);
    expect(report?.items.every((i) => i.consensus && i.spread.responded === 8)).toBe(true);
  });

  test('the split items, with who explained and why', () => {
    const split = report?.items.filter((i) => i.spread.split) ?? [];
    expect(split.map((i) => `${i.number} ${i.question.id}`)).toEqual([
      '2.2 relationships.acute-trust',
      '3.3 governance.contract-holding',
      '4.1 teams.current',
      '6.4 data-sharing.shared-records',
    ]);
    expect(split[0]?.reasons.map((r) => [r.who, r.current])).toEqual([
      ['Dr Rachel Lindqvist', 3],
      ['Siobhán Gallagher', 2],
    ]);
    expect(split[2]?.reasons).toEqual([
      {
        who: 'Dr Sanjay Mehta',
        current: 4,
        dontKnow: false,
        target: 4,
        reason:
          'Tanner’s Row runs a weekly MDT with the district nurses and a social worker for housebound patients. For us it is a working team.',
      },
    ]);
  });

  test('every agreed level is the median, except where the group said why', () => {
    const differing = report?.items.filter((i) => i.agreed && reasonRequired(i.spread, i.agreed)) ?? [];
    expect(differing.map((i) => i.question.id)).toEqual([
      'leadership.successor',
      'governance.controls',
      'population-health.partner-buy-in',
    ]);
    for (const item of differing) expect(item.consensusReason.length).toBeGreaterThan(40);
  });

  test('reasons are attributed to nobody in an anonymous session', () => {
    const anonymous = exampleAssessment();
    anonymous.workshop.anonymous = true;
    const reasons = workshopReport(anonymous, EXAMPLE_FRAMEWORK)?.items.flatMap((i) => i.reasons) ?? [];
    expect(reasons).toHaveLength(10);
    expect(new Set(reasons.map((r) => r.who))).toEqual(new Set(['A participant']));
  });

  test('questions not yet revealed are not reported', () => {
    const partial = exampleAssessment();
    partial.workshop.questions = partial.workshop.questions.map((q) =>
      q.questionId.startsWith('leadership.') ? q : { ...q, revealedAt: null, agreedAt: null },
    );
    expect(workshopReport(partial, EXAMPLE_FRAMEWORK)?.items.map((i) => i.number)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
    ]);
    partial.workshop.questions = [];
    expect(workshopReport(partial, EXAMPLE_FRAMEWORK)).toBeNull();
  });
});
