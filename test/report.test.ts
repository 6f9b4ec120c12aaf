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
});
