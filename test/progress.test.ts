/**
 * The progress rules in shared/progress.ts, on the worked example with hand-made check-ins:
 * status now, the planned due date after several moves, slipped, gaps closed, the burn-down and
 * the monthly reminder.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment, CheckIn, CheckInEntry } from '../shared/domain';
import { exampleAssessment } from '../shared/example';
import { CURRENT_FRAMEWORK } from '../shared/framework';
import { checkCheckIn, checkInDue, plannedDueDate, progressOf, statusNow } from '../shared/progress';

function entry(a: Assessment['actions'][number], change: Partial<CheckInEntry>): CheckInEntry {
  return {
    actionId: a.id,
    actionTitle: a.title,
    previousStatus: a.status,
    status: a.status,
    note: '',
    dueDate: a.dueDate,
    newDueDate: null,
    ...change,
  };
}

function checkIn(checkedOn: string, entries: CheckInEntry[], ratings: CheckIn['ratings'] = []): CheckIn {
  return {
    id: `00000000-0000-4000-8000-${checkedOn.replace(/-/g, '').padStart(12, '0')}`,
    checkedOn,
    recordedAt: `${checkedOn}T12:00:00.000Z`,
    source: 'app',
    note: '',
    entries,
    ratings,
  };
}

describe('progress on the plan', () => {
  const base = exampleAssessment();
  const [a, b] = base.actions as [Assessment['actions'][number], Assessment['actions'][number]];

  it('keeps the first planned date through several moves, and says why it slipped', () => {
    const assessment: Assessment = {
      ...base,
      actions: base.actions.map((x) => (x.id === a.id ? { ...x, dueDate: '2027-05-15' } : x)),
      checkIns: [
        checkIn('2027-01-10', [entry(a, { newDueDate: '2027-04-01', note: 'Board postponed.' })]),
        checkIn('2027-02-10', [entry({ ...a, dueDate: '2027-04-01' }, { newDueDate: '2027-05-15', note: 'Again.' })]),
      ],
    };
    const moved = assessment.actions.find((x) => x.id === a.id);
    if (!moved) throw new Error('missing');
    expect(plannedDueDate(moved, assessment.checkIns)).toBe(a.dueDate);
    const p = progressOf(assessment, '2027-02-15');
    const row = p.actions.find((x) => x.action.id === a.id);
    expect(row).toMatchObject({ moved: true, reasons: ['Board postponed.', 'Again.'], latestNote: 'Again.' });
    expect(p.slipped.map((s) => s.action.id)).toContain(a.id);
  });

  it('drops an action until a later check-in gives it another status', () => {
    const dropped = checkIn('2027-01-10', [entry(b, { status: 'dropped', note: 'Not needed.' })]);
    expect(statusNow(b, [dropped])).toBe('dropped');
    const revived = checkIn('2027-02-10', [entry(b, { previousStatus: 'dropped', status: 'in-progress' })]);
    expect(statusNow({ ...b, status: 'in-progress' }, [dropped, revived])).toBe('in-progress');
  });

  it('closes a gap only when the latest rating reaches the target', () => {
    const question = a.questionIds[0] as string;
    const response = base.responses.find((r) => r.questionId === question);
    const target = response?.target ?? 4;
    const assessment: Assessment = {
      ...base,
      checkIns: [
        checkIn('2027-01-10', [], [{ questionId: question, current: target, dontKnow: false }]),
        checkIn('2027-02-10', [], [{ questionId: question, current: null, dontKnow: true }]),
      ],
    };
    const q = progressOf(assessment, '2027-02-15').questions.find((x) => x.questionId === question);
    expect(q).toMatchObject({ closed: false, latestOn: '2027-02-10' });
  });

  it('burns down: every action open at the start, the plan line from planned dates, actuals only up to today', () => {
    const assessment: Assessment = {
      ...base,
      checkIns: [
        checkIn(
          '2027-01-10',
          base.actions.slice(0, 5).map((x) => entry(x, { status: 'done' })),
        ),
      ],
    };
    const p = progressOf(assessment, '2027-02-15');
    expect(p.burnDown.map((x) => x.label)).toEqual([
      'Start',
      'End of month 1',
      'End of month 2',
      'Today',
      'End of month 3',
      'End of month 4',
      'End of month 5',
      'End of month 6',
    ]);
    expect(p.burnDown[0]).toMatchObject({ planned: 30, actual: 30 });
    // At the end of January, the check-in of 10 January had marked five done.
    expect(p.burnDown[2]).toMatchObject({ date: '2027-01-31', actual: 25 });
    expect(p.burnDown.at(-1)).toMatchObject({ planned: 0, actual: null });
    expect(p.byMonth.reduce((n, m) => n + m.planned, 0)).toBe(30);
  });

  it('reminds a month after the last check-in, or after the start, and not after the plan', () => {
    const plan = { planStart: '2026-12-01', actionCount: 30, lastCheckInOn: null };
    expect(checkInDue(plan, '2026-12-31')).toBe(false);
    expect(checkInDue(plan, '2027-01-01')).toBe(true);
    expect(checkInDue({ ...plan, lastCheckInOn: '2027-01-20' }, '2027-02-19')).toBe(false);
    expect(checkInDue({ ...plan, lastCheckInOn: '2027-01-20' }, '2027-02-20')).toBe(true);
    expect(checkInDue({ ...plan, actionCount: 0 }, '2027-02-20')).toBe(false);
    expect(checkInDue(plan, '2027-07-02')).toBe(false);
  });

  it('checks a check-in: a reason to drop, dates inside the plan, each action once', () => {
    const result = checkCheckIn(
      base,
      CURRENT_FRAMEWORK,
      {
        checkedOn: '2027-01-10',
        note: '',
        entries: [
          { actionId: a.id, status: 'dropped', note: '', newDueDate: null },
          { actionId: b.id, status: 'done', note: '', newDueDate: '2026-11-30' },
          { actionId: b.id, status: 'done', note: '', newDueDate: null },
        ],
        ratings: [],
      },
      '2027-02-15',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      `Say why “${a.title}” is dropped.`,
      expect.stringContaining('before the plan starts'),
      `“${b.title}” is given twice.`,
    ]);
  });
});
