import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, formatDateLong, formatMonthYear, isIsoDate, todayIso } from '../shared/dates';
import type { Action, AreaResponse, QuestionResponse } from '../shared/domain';
import type { Area, Framework, Level, SuggestedAction } from '../shared/framework/types';
import {
  checkAction,
  draftActions,
  focusProposals,
  gapsWithoutAction,
  loadLimit,
  monthOfDate,
  PLAN_LOAD_RULE,
  type ProposedAction,
  planEnd,
  planLoad,
  planMonths,
} from '../shared/plan';
import { scoreAssessment } from '../shared/scoring';

describe('dates', () => {
  it('checks real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-11-22')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-00-10')).toBe(false);
    expect(isIsoDate('2027-1-01')).toBe(false);
    expect(isIsoDate('2027-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(20270101)).toBe(false);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2027, 12)).toBe(31);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 3)).toBe('2027-04-30');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2026-12-01', 6)).toBe('2027-06-01');
    expect(addMonths('2026-12-01', -12)).toBe('2025-12-01');
    expect(() => addMonths('2027-02-30', 1)).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
  });

  it('formats dates the UK way', () => {
    expect(formatDateLong('2026-11-22')).toBe('22 November 2026');
    expect(formatDateLong('2027-07-04')).toBe('4 July 2027');
    expect(formatMonthYear('2026-12-01')).toBe('Dec 2026');
    expect(formatMonthYear('2027-09-30')).toBe('Sep 2027');
    expect(formatDateLong('not a date')).toBe('not a date');
  });

  it("gives today's date on the user's calendar", () => {
    expect(todayIso(() => new Date(2026, 10, 22, 0, 30))).toBe('2026-11-22');
    expect(todayIso(() => new Date(2027, 0, 1, 23, 59))).toBe('2027-01-01');
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('planMonths and planEnd', () => {
  it('a plan starting on the 1st runs for six calendar months', () => {
    expect(planMonths('2026-12-01')).toEqual([
      { month: 1, start: '2026-12-01', end: '2026-12-31', label: 'Dec 2026' },
      { month: 2, start: '2027-01-01', end: '2027-01-31', label: 'Jan 2027' },
      { month: 3, start: '2027-02-01', end: '2027-02-28', label: 'Feb 2027' },
      { month: 4, start: '2027-03-01', end: '2027-03-31', label: 'Mar 2027' },
      { month: 5, start: '2027-04-01', end: '2027-04-30', label: 'Apr 2027' },
      { month: 6, start: '2027-05-01', end: '2027-05-31', label: 'May 2027' },
    ]);
    expect(planEnd('2026-12-01')).toBe('2027-05-31');
  });

  it('a mid-month start runs to the day before the same day next month', () => {
    const months = planMonths('2026-11-15');
    expect(months[0]).toEqual({ month: 1, start: '2026-11-15', end: '2026-12-14', label: 'Nov 2026' });
    expect(months[5]).toEqual({ month: 6, start: '2027-04-15', end: '2027-05-14', label: 'Apr 2027' });
    expect(planEnd('2026-11-15')).toBe('2027-05-14');
  });

  it('a start on 31 January clamps to shorter months without drifting', () => {
    // Month k starts on 31 Jan + (k − 1) months, clamped to the month's last day.
    expect(planMonths('2027-01-31')).toEqual([
      { month: 1, start: '2027-01-31', end: '2027-02-27', label: 'Jan 2027' },
      { month: 2, start: '2027-02-28', end: '2027-03-30', label: 'Feb 2027' },
      { month: 3, start: '2027-03-31', end: '2027-04-29', label: 'Mar 2027' },
      { month: 4, start: '2027-04-30', end: '2027-05-30', label: 'Apr 2027' },
      { month: 5, start: '2027-05-31', end: '2027-06-29', label: 'May 2027' },
      { month: 6, start: '2027-06-30', end: '2027-07-30', label: 'Jun 2027' },
    ]);
    expect(planEnd('2027-01-31')).toBe('2027-07-30');
    // Leap year: month 2 starts on 29 February.
    expect(planMonths('2028-01-31')[1]).toMatchObject({ start: '2028-02-29', end: '2028-03-30' });
  });

  it('months are contiguous and end on planEnd for awkward starts', () => {
    for (const start of ['2026-08-31', '2027-01-31', '2027-02-28', '2027-12-31', '2028-02-29', '2026-05-30']) {
      const months = planMonths(start);
      expect(months[0]?.start).toBe(start);
      for (let i = 1; i < months.length; i += 1) {
        expect(months[i]?.start).toBe(addDays(months[i - 1]?.end ?? '', 1));
      }
      expect(months[5]?.end).toBe(planEnd(start));
    }
    expect(planEnd('2026-08-31')).toBe('2027-02-27');
  });

  it('finds the plan month a date falls in', () => {
    expect(monthOfDate('2026-12-01', '2026-12-01')).toBe(1);
    expect(monthOfDate('2027-02-28', '2026-12-01')).toBe(3);
    expect(monthOfDate('2027-05-31', '2026-12-01')).toBe(6);
    expect(monthOfDate('2027-06-01', '2026-12-01')).toBeNull();
    expect(monthOfDate('2026-11-30', '2026-12-01')).toBeNull();
    expect(monthOfDate('2027-02-30', '2026-12-01')).toBeNull();
  });

  it('rejects a plan start that is not a real date', () => {
    expect(() => planMonths('2027-02-30')).toThrow(RangeError);
    expect(() => planEnd('')).toThrow(RangeError);
  });
});

describe('checkAction', () => {
  it('accepts due dates inside the plan, from the start of the start month', () => {
    expect(checkAction({ startMonth: 1, dueDate: '2026-12-01' }, '2026-12-01')).toBeNull();
    expect(checkAction({ startMonth: 6, dueDate: '2027-05-31' }, '2026-12-01')).toBeNull();
    expect(checkAction({ startMonth: 3, dueDate: '2027-02-01' }, '2026-12-01')).toBeNull();
  });

  it('rejects a due date after the plan ends', () => {
    expect(checkAction({ startMonth: 2, dueDate: '2027-07-14' }, '2027-01-01')).toBe(
      'The due date 14 July 2027 is after the plan ends on 30 June 2027. Choose a date inside the six months, or split the action.',
    );
    expect(checkAction({ startMonth: 6, dueDate: '2027-06-01' }, '2026-12-01')).toBe(
      'The due date 1 June 2027 is after the plan ends on 31 May 2027. Choose a date inside the six months, or split the action.',
    );
  });

  it('rejects a due date before the plan starts', () => {
    expect(checkAction({ startMonth: 1, dueDate: '2026-11-22' }, '2026-12-01')).toBe(
      'The due date 22 November 2026 is before the plan starts on 1 December 2026. Choose a date inside the six months.',
    );
  });

  it('rejects a due date before the start month begins', () => {
    expect(checkAction({ startMonth: 3, dueDate: '2027-01-31' }, '2026-12-01')).toBe(
      "The due date 31 January 2027 is before the action's start month (month 3, from 1 February 2027). Choose a later due date or an earlier start month.",
    );
  });

  it('rejects a missing or impossible due date', () => {
    expect(checkAction({ startMonth: 1, dueDate: '' }, '2026-12-01')).toBe('Enter a due date.');
    expect(checkAction({ startMonth: 1, dueDate: '2027-02-30' }, '2026-12-01')).toBe(
      'The due date "2027-02-30" is not a real date. Enter a date inside the six months of the plan.',
    );
  });

  it('rejects a start month outside 1 to 6', () => {
    const message = 'Choose a start month from month 1 to month 6 of the plan.';
    for (const startMonth of [0, 7, 2.5, Number.NaN, -1]) {
      expect(checkAction({ startMonth, dueDate: '2027-01-15' }, '2026-12-01')).toBe(message);
    }
  });

  it('reports a plan with no valid start date', () => {
    expect(checkAction({ startMonth: 1, dueDate: '2027-01-15' }, '')).toBe(
      'The plan has no valid start date. Set the plan start date first.',
    );
  });
});

// Fixture for drafting: alpha (a1–a3), beta (b1, b2), gamma (c1).
function area(id: string, questionIds: string[]): Area {
  return {
    id,
    title: id,
    purpose: '',
    questions: questionIds.map((q) => ({ id: q, text: `Question ${q}?`, help: '' })),
    levels: { 0: '', 1: '', 2: '', 3: '', 4: '' },
  };
}

const framework: Framework = {
  version: 'test.1',
  title: 'Fixture',
  releaseNote: '',
  areas: [area('alpha', ['a1', 'a2', 'a3']), area('beta', ['b1', 'b2']), area('gamma', ['c1'])],
  suggestions: [],
};

function rate(questionId: string, current: Level, target: Level): QuestionResponse {
  return { questionId, current, target, dontKnow: false, notes: '' };
}

const responses: QuestionResponse[] = [
  rate('a1', 1, 3), // needs steps 1 → 2 and 2 → 3 (fromLevel 1 and 2)
  rate('a2', 2, 2), // no gap
  { questionId: 'a3', current: null, target: null, dontKnow: true, notes: '' }, // evidence gap
  rate('b1', 0, 1), // needs step 0 → 1
  rate('b2', 3, 4), // needs step 3 → 4
  rate('c1', 2, 1), // target below current: no gap
];
// alpha: current 1.5, target 2.5, gap 1, High → priority 3, rank 1.
// beta: current 1.5, target 2.5, gap 1, Medium → priority 2, rank 2. gamma: gap −1, rank 3.
const areaResponses: AreaResponse[] = [{ areaId: 'alpha', importance: 3, summary: '' }];
const scores = scoreAssessment(framework, responses, areaResponses);

function suggestion(
  id: string,
  areaId: string,
  questionIds: string[],
  fromLevel: SuggestedAction['fromLevel'],
  suggestedMonth: SuggestedAction['suggestedMonth'],
): SuggestedAction {
  return {
    id,
    areaId,
    questionIds,
    title: `Title ${id}`,
    description: `Description ${id}`,
    fromLevel,
    ownerRole: 'PCN manager',
    suggestedMonth,
    successMeasure: `Measure ${id}`,
  };
}

const suggestions: SuggestedAction[] = [
  suggestion('beta.step0', 'beta', ['b1'], 0, 1), // yes: b1 needs 0 → 1
  suggestion('alpha.step0', 'alpha', ['a1'], 0, 1), // no: a1 is already at 1
  suggestion('alpha.step1', 'alpha', ['a1', 'a2'], 1, 2), // yes, for a1 only (a2 has no gap)
  suggestion('alpha.step2', 'alpha', ['a1'], 2, 1), // yes: a1 needs 2 → 3
  suggestion('alpha.step3', 'alpha', ['a1'], 3, 1), // no: a1's target is 3, so its last step is 2 → 3
  suggestion('alpha.evidence', 'alpha', ['a3'], 0, 1), // no: "Don't know" has no gap
  suggestion('beta.both', 'beta', ['b2', 'b1'], 3, 6), // yes, for b2 only (b1 needs step 0 only)
  suggestion('beta.used', 'beta', ['b1'], 0, 2), // no: already used by an existing action
  suggestion('gamma.lower', 'gamma', ['c1'], 1, 1), // no: c1's target is below current
  suggestion('alpha.cross', 'alpha', ['b1'], 0, 1), // no: b1 is not an alpha question
  suggestion('alpha.step1', 'alpha', ['a1'], 1, 3), // duplicate id: ignored
];

function action(partial: Partial<Action>): Action {
  return {
    id: 'x',
    areaId: 'beta',
    questionIds: [],
    title: '',
    description: '',
    ownerName: '',
    ownerRole: '',
    startMonth: 1,
    dueDate: '2027-01-31',
    status: 'not-started',
    successMeasure: '',
    suggestionId: null,
    ...partial,
  };
}

const existing = [action({ id: 'e1', suggestionId: 'beta.used', questionIds: ['b1'] }), action({ id: 'e2' })];

describe('draftActions', () => {
  const drafted = draftActions(framework, suggestions, scores, '2026-12-01', existing);

  it('checks the fixture ranking', () => {
    expect(scores.ranked).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('proposes suggestions for needed steps, by area rank then suggested month', () => {
    // Month ends for a plan from 1 Dec 2026: m1 31 Dec, m2 31 Jan, m3 28 Feb, m6 31 May.
    const expected: ProposedAction[] = [
      {
        suggestionId: 'alpha.step2',
        areaId: 'alpha',
        questionIds: ['a1'],
        title: 'Title alpha.step2',
        description: 'Description alpha.step2',
        ownerRole: 'PCN manager',
        startMonth: 1,
        dueDate: '2027-01-31', // end of month 2
        successMeasure: 'Measure alpha.step2',
        fromLevel: 2,
        reason: 'Closes the gap from Developing to Established on “Question a1?”.',
      },
      {
        suggestionId: 'alpha.step1',
        areaId: 'alpha',
        questionIds: ['a1'],
        title: 'Title alpha.step1',
        description: 'Description alpha.step1',
        ownerRole: 'PCN manager',
        startMonth: 2,
        dueDate: '2027-02-28', // end of month 3
        successMeasure: 'Measure alpha.step1',
        fromLevel: 1,
        reason: 'Closes the gap from Emerging to Developing on “Question a1?”.',
      },
      {
        suggestionId: 'beta.step0',
        areaId: 'beta',
        questionIds: ['b1'],
        title: 'Title beta.step0',
        description: 'Description beta.step0',
        ownerRole: 'PCN manager',
        startMonth: 1,
        dueDate: '2027-01-31',
        successMeasure: 'Measure beta.step0',
        fromLevel: 0,
        reason: 'Closes the gap from Not started to Emerging on “Question b1?”.',
      },
      {
        suggestionId: 'beta.both',
        areaId: 'beta',
        questionIds: ['b2'],
        title: 'Title beta.both',
        description: 'Description beta.both',
        ownerRole: 'PCN manager',
        startMonth: 6,
        dueDate: '2027-05-31', // month 6 + 1 is capped at month 6
        successMeasure: 'Measure beta.both',
        fromLevel: 3,
        reason: 'Closes the gap from Established to Thriving on “Question b2?”.',
      },
    ];
    expect(drafted).toEqual(expected);
  });

  it('every proposal passes checkAction', () => {
    for (const p of drafted) expect(checkAction(p, '2026-12-01')).toBeNull();
  });

  it('skips suggestions already used, and proposes them when the action is gone', () => {
    const fresh = draftActions(framework, suggestions, scores, '2026-12-01', []);
    expect(fresh.map((p) => p.suggestionId)).toEqual([
      'alpha.step2',
      'alpha.step1',
      'beta.step0',
      'beta.used',
      'beta.both',
    ]);
    const allUsed = drafted.map((p, i) => action({ id: `d${i}`, suggestionId: p.suggestionId }));
    expect(draftActions(framework, suggestions, scores, '2026-12-01', [...existing, ...allUsed])).toEqual([]);
  });

  it('lists several questions in framework order and joins them in the reason', () => {
    const twoQuestions: Framework = { ...framework, areas: [area('solo', ['s1', 's2', 's3'])] };
    const twoScores = scoreAssessment(twoQuestions, [rate('s1', 1, 2), rate('s2', 0, 4), rate('s3', 1, 3)], []);
    const proposals = draftActions(
      twoQuestions,
      [suggestion('solo.x', 'solo', ['s3', 's1', 's2', 's1'], 1, 4)],
      twoScores,
      '2027-01-31',
      [],
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      questionIds: ['s1', 's2', 's3'],
      startMonth: 4,
      dueDate: '2027-06-29', // end of month 5 for a plan from 31 January 2027
      reason: 'Closes the gap from Emerging to Developing on “Question s1?”, “Question s2?” and “Question s3?”.',
    });
  });

  it('proposes nothing when there are no gaps', () => {
    const flat = scoreAssessment(framework, [rate('a1', 2, 2), rate('b1', 1, 1)], []);
    expect(draftActions(framework, suggestions, flat, '2026-12-01', [])).toEqual([]);
  });
});

describe('gapsWithoutAction', () => {
  it('lists every positive-gap question when there are no actions', () => {
    // a3 ("Don't know") and c1 (target below current) are never listed.
    expect(gapsWithoutAction(framework, scores, [])).toEqual([
      { areaId: 'alpha', questionId: 'a1' },
      { areaId: 'beta', questionId: 'b1' },
      { areaId: 'beta', questionId: 'b2' },
    ]);
  });

  it('leaves out questions covered by any action, whatever its status', () => {
    const actions = [...existing, action({ id: 'a', questionIds: ['a1'], status: 'done' })];
    expect(gapsWithoutAction(framework, scores, actions)).toEqual([{ areaId: 'beta', questionId: 'b2' }]);
  });

  it('reports gaps that no suggestion covers, after accepting every proposal', () => {
    const accepted = draftActions(framework, [suggestions[0] as SuggestedAction], scores, '2026-12-01', []);
    expect(gapsWithoutAction(framework, scores, accepted)).toEqual([
      { areaId: 'alpha', questionId: 'a1' },
      { areaId: 'beta', questionId: 'b2' },
    ]);
  });
});

describe('a plan a PCN can deliver', () => {
  const planStart = '2026-12-01';
  const action = (ownerName: string, dueDate: string, status: Action['status'] = 'not-started') => ({
    ownerName,
    dueDate,
    status,
  });

  it('loadLimit: a third of the capacity, at least 2', () => {
    expect(loadLimit(12)).toBe(4);
    expect(loadLimit(10)).toBe(4);
    expect(loadLimit(3)).toBe(2);
  });

  it('warns when the plan is over capacity, a month has too much due, or one owner holds too much', () => {
    const busy = [
      ...Array.from({ length: 5 }, () => action('Dr A', '2027-01-15')),
      action('dr a ', '2027-02-15'),
      action('Dr B', '2027-01-20', 'done'),
    ];
    const warnings = planLoad(busy, planStart, 6);
    expect(warnings.map((w) => w.kind)).toEqual(['over-capacity', 'busy-month', 'busy-owner']);
    expect(warnings[0]?.text).toBe(
      'The plan has 7 actions, more than the 6 the PCN says it can deliver in six months. Defer the gaps that can wait, or combine actions.',
    );
    // Five not done are due in January (the done one is not counted); the limit for 6 is 2.
    expect(warnings[1]).toMatchObject({ month: 2, actions: 5, limit: 2 });
    // Owner names are matched without regard to case or spaces.
    expect(warnings[2]).toMatchObject({ owner: 'Dr A', actions: 6 });
    expect(planLoad(busy.slice(0, 2), planStart, 12)).toEqual([]);
    expect(PLAN_LOAD_RULE).toContain('more than a third');
  });

  it('focusProposals: one proposal per gap, highest gap × importance first, up to capacity', () => {
    const scores = scoreAssessment(
      framework,
      [
        { questionId: 'a1', current: 1, dontKnow: false, target: 2, notes: '' },
        { questionId: 'b1', current: 0, dontKnow: false, target: 2, notes: '' },
        { questionId: 'b2', current: 1, dontKnow: false, target: 2, notes: '' },
      ],
      [{ areaId: 'alpha', importance: 3, summary: '' }],
    );
    const proposal = (suggestionId: string, questionIds: string[]) =>
      ({ suggestionId, questionIds }) as unknown as ProposedAction;
    const all = [proposal('p-b1', ['b1']), proposal('p-b1-b2', ['b1', 'b2']), proposal('p-a1', ['a1'])];
    // Priorities: a1 1 × 3 = 3, b1 2 × 2 = 4, b2 1 × 2 = 2. b1 first (p-b1), then a1, then b2.
    expect(focusProposals(all, scores, [], new Set(), 12).focused.map((p) => p.suggestionId)).toEqual([
      'p-b1',
      'p-b1-b2',
      'p-a1',
    ]);
    // Room for one more action: only the top gap's proposal.
    const twoActions = [{ questionIds: [] }, { questionIds: [] }];
    expect(focusProposals(all, scores, twoActions, new Set(), 3)).toEqual({
      focused: [all[0]],
      more: [all[1], all[2]],
    });
    // Covered or deferred gaps get none.
    expect(
      focusProposals(all, scores, [{ questionIds: ['b1'] }], new Set(['a1']), 12).focused.map((p) => p.suggestionId),
    ).toEqual(['p-b1-b2']);
  });
});
