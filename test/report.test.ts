/**
 * The report model (shared/report) and the words module (shared/words.ts): the figures and words
 * every output prints. The cross-output test checks the outputs agree with it; this checks it.
 */
import { describe, expect, test } from 'vitest';
import type { Assessment } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { buildReport, gapFigure, levelFigure, OWNER_NOT_NAMED } from '../shared/report';
import { dateShort, dayMonth, formatNumber, joinWords, monthLong, plural } from '../shared/words';

describe('words', () => {
  test('plural counts, with irregular plurals and thousands separators', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(plural(45210, 'patient')).toBe('45,210 patients');
  });

  test('joinWords makes a list in prose', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  test('numbers and dates in words, the same on every machine', () => {
    expect(formatNumber(1234567.4)).toBe('1,234,567');
    expect(dateShort('2027-02-28')).toBe('28 Feb 2027');
    expect(dayMonth('2027-02-28')).toBe('28 Feb');
    expect(monthLong('2026-12-01')).toBe('December 2026');
    expect(dateShort('not a date')).toBe('not a date');
  });
});

describe('figures', () => {
  test('a level is named after the level reached as shown: 1.96 is shown 2.0 and is Developing', () => {
    expect(levelFigure(1.96)).toEqual({
      value: 1.96,
      shown: '2.0',
      words: 'Developing',
      level: 2,
      percent: 50,
      text: 'Developing (2.0)',
    });
    expect(levelFigure(null)).toMatchObject({ shown: 'Not assessed', words: 'Not assessed', level: null });
  });

  test('a gap is the difference of the figures shown, with its sign and its words', () => {
    expect(gapFigure(1, 1.96)).toMatchObject({ shown: '1.0', signed: '+1.0', words: 'Moderate gap' });
    expect(gapFigure(1, 1.96).value).toBeCloseTo(0.96, 12);
    // Now 1.2, target 2.6: the gap shown is 1.4, never 1.5 from rounding 1.48 on its own.
    expect(gapFigure(1.16, 2.64)).toMatchObject({ shown: '1.4', signed: '+1.4', words: 'Moderate gap' });
    expect(gapFigure(2, 1.5)).toMatchObject({ signed: '−0.5', words: 'No gap' });
    expect(gapFigure(2, 2.02)).toMatchObject({ signed: '0.0', words: 'No gap' });
    expect(gapFigure(null, 2)).toMatchObject({ signed: '—', words: 'Not assessed' });
  });
});

describe('buildReport', () => {
  const example = exampleAssessment();
  const report = buildReport(example, EXAMPLE_FRAMEWORK);

  test('areas in framework order and in priority order are the same objects', () => {
    expect(report.areas.map((a) => a.id)).toEqual(EXAMPLE_FRAMEWORK.areas.map((a) => a.id));
    expect(report.ranked.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.ranked[0]).toBe(report.area(report.ranked[0]?.id ?? ''));
    expect(report.priorities.every((a) => a.priority > 0)).toBe(true);
  });

  test('an answered question without a chosen target shows the target as "Not set", never a number', () => {
    const first = EXAMPLE_FRAMEWORK.areas[0]?.questions[0]?.id ?? '';
    const changed: Assessment = {
      ...example,
      responses: example.responses.map((r) => (r.questionId === first ? { ...r, current: 2, target: null } : r)),
    };
    const q = buildReport(changed, EXAMPLE_FRAMEWORK).question(first);
    expect(q).toMatchObject({ state: 'answered', targetSet: false, targetShown: 'Not set', effectiveTarget: 2 });
    expect(buildReport(changed, EXAMPLE_FRAMEWORK).overall.counts.withoutTarget).toBe(
      report.overall.counts.withoutTarget + 1,
    );
  });

  test('actions in plan order, each linked to its area and questions; an unnamed owner is said so', () => {
    const ranks = report.actions.map((a) => a.area?.rank ?? 99);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    const first = report.actions[0];
    expect(first?.questions.every((q) => q.text.length > 0 && /^\d+\.\d+$/.test(q.number))).toBe(true);
    const unnamed = buildReport(
      { ...example, actions: example.actions.map((a) => ({ ...a, ownerName: '  ' })) },
      EXAMPLE_FRAMEWORK,
    );
    expect(unnamed.actions.every((a) => a.ownerName === null && a.ownerShown === OWNER_NOT_NAMED)).toBe(true);
    expect(unnamed.sentences.actions).toBe(`${example.actions.length} actions with 0 named owners`);
  });

  test('coverage counts the gaps (answered questions with a positive gap) covered by an action', () => {
    const gaps = report.areas.flatMap((a) => a.questions).filter((q) => q.state === 'answered' && (q.gap ?? 0) > 0);
    expect(report.coverage.gaps).toBe(gaps.length);
    expect(report.coverage.covered + report.coverage.open).toBe(gaps.length);
    const none = buildReport({ ...example, actions: [] }, EXAMPLE_FRAMEWORK).coverage;
    expect(none).toMatchObject({ gaps: gaps.length, covered: 0, open: gaps.length });
  });

  test('the workshop summary and its rows come from the revealed questions', () => {
    expect(report.workshop?.sentence).toMatch(/^8 people scored each question privately/);
    expect(report.workshop?.rows.length).toBe(report.workshop?.report.items.length);
  });

  test('asked to leave the workshop out (the delivery outputs), the report is otherwise the same', () => {
    const without = buildReport(example, EXAMPLE_FRAMEWORK, { workshop: false });
    expect(report.workshop).not.toBeNull();
    expect(without.workshop).toBeNull();
    const { workshop: _a, area: _b, question: _c, ...rest } = report;
    const { workshop: _d, area: _e, question: _f, ...restWithout } = without;
    expect(restWithout).toEqual(rest);
  });
});

describe('the ready-to-share check', () => {
  const framework = EXAMPLE_FRAMEWORK;
  const example = exampleAssessment();
  const [q1, q2, q3] = framework.areas[0]?.questions ?? [];
  const gapQuestion = framework.areas[1]?.questions[0];

  /** The worked example (nothing missing) with known problems planted. */
  function planted(): Assessment {
    const ids = [q1?.id, q2?.id, q3?.id, gapQuestion?.id];
    return {
      ...example,
      responses: [
        ...example.responses.filter((r) => !ids.includes(r.questionId)),
        // q1 unanswered (no response at all); q2 answered without a target
        { questionId: q2?.id ?? '', current: 2, dontKnow: false, target: null, notes: '' },
        // q3: a gap no action covers, deferred below; gapQuestion: a gap no action covers, open
        { questionId: q3?.id ?? '', current: 1, dontKnow: false, target: 3, notes: '' },
        { questionId: gapQuestion?.id ?? '', current: 0, dontKnow: false, target: 2, notes: '' },
      ],
      actions: example.actions
        .map((a) => ({ ...a, questionIds: a.questionIds.filter((id) => !ids.includes(id)) }))
        .map((a, i) => (i === 0 ? { ...a, ownerName: '' } : a)),
      deferrals: [{ questionId: q3?.id ?? '', reason: 'not-this-cycle', note: '' }],
    };
  }

  test('the worked example has nothing missing, and is Complete', () => {
    const { readiness } = buildReport(example, framework);
    expect(readiness).toMatchObject({ items: [], ready: true, status: 'Complete', statusText: 'Complete' });
    expect(readiness.sentence).toBeNull();
  });

  test('lists exactly what is missing in a planted assessment, each with where to fix it', () => {
    const report = buildReport(planted(), framework);
    const first = report.actions.find((a) => a.ownerName === null);
    expect(report.readiness.items).toEqual([
      { kind: 'unanswered', text: `1.1 ${q1?.text}`, areaId: 'leadership', questionId: q1?.id, actionId: null },
      { kind: 'no-target', text: `1.2 ${q2?.text}`, areaId: 'leadership', questionId: q2?.id, actionId: null },
      {
        kind: 'open-gap',
        text: `2.1 ${gapQuestion?.text}`,
        areaId: 'relationships',
        questionId: gapQuestion?.id,
        actionId: null,
      },
      {
        kind: 'no-owner',
        text: first?.action.title,
        areaId: first?.areaId,
        questionId: null,
        actionId: first?.action.id,
      },
    ]);
    expect(report.readiness.counts).toEqual({
      unanswered: 1,
      'no-target': 1,
      'open-gap': 1,
      'no-owner': 1,
      'no-date': 0,
    });
    expect(report.readiness.status).toBe('Draft');
    expect(report.readiness.sentence).toBe(
      'This is a draft. It does not yet cover: 1 unanswered question, 1 question without a target, ' +
        '1 gap neither covered by an action nor deferred and 1 action without a named owner.',
    );
    // The deferred gap is accounted for, not missing.
    expect(report.coverage).toMatchObject({ deferred: 1, open: 1 });
    expect(report.coverage.deferredGaps[0]).toMatchObject({ questionId: q3?.id, reasonShown: 'Not this cycle' });
    expect(report.coverage.sentence).toBe(
      `${report.coverage.covered} of ${report.coverage.gaps} gaps covered, 1 deferred, 1 open`,
    );
  });

  test('nothing missing but not marked complete is still a draft', () => {
    const { readiness } = buildReport({ ...example, status: 'in-progress' }, framework);
    expect(readiness).toMatchObject({ ready: true, status: 'Draft' });
    expect(readiness.statusText).toBe('Draft: the assessment is not yet marked complete');
  });
});
