/**
 * Progress on the six-month plan, from its check-ins: the rules a check-in must meet, each
 * action's status now, what slipped, the questions rated again, and the burn-down. Pure: the
 * check-in screen, the main process (before anything is written), the spreadsheet import and
 * every progress output use these same functions.
 *
 * Rules
 * - An action's status now is "dropped" when its latest check-in entry dropped it; otherwise the
 *   status on the plan (a check-in writes its status to the plan, so the two agree).
 * - Its planned due date is the due date before its first check-in that moved it (or its due
 *   date, if never moved). It slipped when a check-in moved the date later, or when it is past
 *   due and neither done nor dropped.
 * - A question's gap is closed when its latest rating at a check-in reaches the target set at
 *   the assessment ("don't know" never closes a gap).
 * - Burn-down: actions still open (not done, not dropped) at the end of each plan month. The
 *   plan line counts actions whose planned due date is after that day; the actual line, for days
 *   up to today, the status given at the latest check-in on or before that day (an action never
 *   checked in counts as open), and the status now for today.
 */
import { addMonths, isIsoDate } from './dates';
import {
  type Action,
  type Assessment,
  type CheckIn,
  type CheckInEntry,
  type CheckInRating,
  type IsoDate,
  PROGRESS_STATUS_NAMES,
  PROGRESS_STATUSES,
  type ProgressStatus,
} from './domain';
import { findQuestion } from './framework';
import type { Framework, Level } from './framework/types';
import { checkAction, monthOfDate, planMonths } from './plan';

/** What the user gives for one action at a check-in. */
export interface CheckInEntryDraft {
  actionId: string;
  status: ProgressStatus;
  note: string;
  /** A new due date, or null to keep the date. */
  newDueDate: IsoDate | null;
}

/** A check-in as the user gives it, before it is checked and recorded. */
export interface CheckInDraft {
  checkedOn: IsoDate;
  note: string;
  entries: CheckInEntryDraft[];
  ratings: CheckInRating[];
}

/** A problem with a check-in: what is wrong, and which action or question it is about. */
export interface CheckInProblem {
  actionId?: string;
  questionId?: string;
  message: string;
}

export type CheckedCheckIn =
  | { ok: true; entries: CheckInEntry[]; ratings: CheckInRating[] }
  | { ok: false; problems: CheckInProblem[] };

/** The latest entry for each action, over check-ins in the order given (oldest first). */
function latestEntries(checkIns: readonly CheckIn[]): Map<string, CheckInEntry> {
  const latest = new Map<string, CheckInEntry>();
  for (const checkIn of checkIns) for (const e of checkIn.entries) latest.set(e.actionId, e);
  return latest;
}

/** An action's status now (see the rules above). */
export function statusNow(action: Action, checkIns: readonly CheckIn[]): ProgressStatus {
  return latestEntries(checkIns).get(action.id)?.status === 'dropped' ? 'dropped' : action.status;
}

/** The day of the check-in that dropped an action, while it stays dropped; null otherwise. */
export function droppedOn(action: Action, checkIns: readonly CheckIn[]): IsoDate | null {
  let day: IsoDate | null = null;
  for (const checkIn of checkIns) {
    const entry = checkIn.entries.find((e) => e.actionId === action.id);
    // Later check-ins that keep it dropped do not move the day it was dropped.
    if (entry) day = entry.status === 'dropped' ? (day ?? checkIn.checkedOn) : null;
  }
  return day;
}

/** The due date the plan first gave an action, before any check-in moved it. */
export function plannedDueDate(action: Action, checkIns: readonly CheckIn[]): IsoDate {
  for (const checkIn of checkIns) {
    const moved = checkIn.entries.find((e) => e.actionId === action.id && e.newDueDate !== null);
    if (moved) return moved.dueDate;
  }
  return action.dueDate;
}

const isOpen = (status: ProgressStatus) => status !== 'done' && status !== 'dropped';

/**
 * Checks a check-in against the assessment before anything is written. Every problem is
 * returned, each naming its action or question, so the screen and the spreadsheet import can
 * show them all at once.
 */
export function checkCheckIn(
  assessment: Assessment,
  framework: Framework,
  draft: CheckInDraft,
  today: IsoDate,
): CheckedCheckIn {
  const problems: CheckInProblem[] = [];
  if (!isIsoDate(draft.checkedOn)) {
    problems.push({ message: 'Enter the date of the check-in as a real date.' });
  } else if (draft.checkedOn > today) {
    problems.push({ message: 'The check-in date is in the future. Give today or an earlier day.' });
  } else if (draft.checkedOn < assessment.assessmentDate) {
    problems.push({ message: 'The check-in date is before the assessment. Give a day after it.' });
  }
  if (draft.entries.length === 0) problems.push({ message: 'Give a status for at least one action.' });

  const actions = new Map(assessment.actions.map((a) => [a.id, a]));
  const latest = latestEntries(assessment.checkIns);
  const seen = new Set<string>();
  const entries: CheckInEntry[] = [];
  for (const draftEntry of draft.entries) {
    const action = actions.get(draftEntry.actionId);
    if (!action) {
      problems.push({ actionId: draftEntry.actionId, message: 'That action is not in this plan.' });
      continue;
    }
    const name = `“${action.title}”`;
    if (seen.has(action.id)) {
      problems.push({ actionId: action.id, message: `${name} is given twice.` });
      continue;
    }
    seen.add(action.id);
    if (!(PROGRESS_STATUSES as readonly string[]).includes(draftEntry.status)) {
      problems.push({ actionId: action.id, message: `Choose a status for ${name}.` });
      continue;
    }
    const note = draftEntry.note.trim();
    const wasDropped = latest.get(action.id)?.status === 'dropped';
    if (draftEntry.status === 'dropped' && !wasDropped && note === '') {
      problems.push({ actionId: action.id, message: `Say why ${name} is dropped.` });
    }
    const newDueDate = draftEntry.newDueDate === action.dueDate ? null : draftEntry.newDueDate;
    if (newDueDate !== null) {
      const problem = checkAction({ startMonth: action.startMonth, dueDate: newDueDate }, assessment.planStart);
      if (problem) problems.push({ actionId: action.id, message: `${name}: ${problem}` });
    }
    entries.push({
      actionId: action.id,
      actionTitle: action.title,
      previousStatus: statusNow(action, assessment.checkIns),
      status: draftEntry.status,
      note,
      dueDate: action.dueDate,
      newDueDate,
    });
  }

  const targeted = new Set(assessment.actions.flatMap((a) => a.questionIds));
  const rated = new Set<string>();
  const ratings: CheckInRating[] = [];
  for (const rating of draft.ratings) {
    if (!findQuestion(framework, rating.questionId) || !targeted.has(rating.questionId)) {
      problems.push({ questionId: rating.questionId, message: 'Only questions that an action targets can be rated.' });
      continue;
    }
    if (rated.has(rating.questionId)) {
      problems.push({ questionId: rating.questionId, message: 'That question is rated twice.' });
      continue;
    }
    rated.add(rating.questionId);
    if (rating.dontKnow !== (rating.current === null)) {
      problems.push({ questionId: rating.questionId, message: 'Give a level from 0 to 4, or "Don\'t know".' });
      continue;
    }
    ratings.push({ questionId: rating.questionId, current: rating.current, dontKnow: rating.dontKnow });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries, ratings };
}

export interface ActionProgress {
  action: Action;
  status: ProgressStatus;
  /** Words for the status, never colour alone. */
  statusName: string;
  plannedDueDate: IsoDate;
  /** Plan month (1 to 6) of the planned due date; null if it is outside the plan. */
  plannedMonth: number | null;
  dueDate: IsoDate;
  /** Past due and neither done nor dropped. */
  overdue: boolean;
  /** A check-in moved the due date later than planned. */
  moved: boolean;
  /** The latest note given at a check-in, or '' when none. */
  latestNote: string;
  /** Why it slipped or was dropped, in the words of the check-ins that said so. */
  reasons: string[];
}

export interface QuestionProgress {
  questionId: string;
  areaId: string;
  /** Level at the assessment; null when not answered or "don't know". */
  assessed: Level | null;
  target: Level | null;
  /** The latest rating at a check-in, or null when never rated again. */
  latest: CheckInRating | null;
  latestOn: IsoDate | null;
  closed: boolean;
}

export interface BurnDownPoint {
  /** The last day of a plan month, or today. */
  date: IsoDate;
  label: string;
  /** Actions the plan expected to be still open on that day. */
  planned: number;
  /** Actions still open on that day; null for days after today. */
  actual: number | null;
}

export interface MonthProgress {
  month: number;
  label: string;
  /** Actions the plan expected to finish in this month (by planned due date). */
  planned: number;
  done: number;
  open: number;
  dropped: number;
}

export interface Progress {
  today: IsoDate;
  actions: ActionProgress[];
  /** How many actions have each status now, in the order of PROGRESS_STATUSES. */
  byStatus: { status: ProgressStatus; name: string; count: number }[];
  byMonth: MonthProgress[];
  /** Actions that slipped: moved later, or past due and still open. */
  slipped: ActionProgress[];
  questions: QuestionProgress[];
  gapsClosed: number;
  burnDown: BurnDownPoint[];
  /** Open actions due from today to a month from today. */
  nextMonth: ActionProgress[];
  lastCheckIn: CheckIn | null;
  /** The plan month today falls in; null before or after the plan. */
  currentMonth: number | null;
}

/** Progress on the plan of an assessment as of `today`. */
export function progressOf(assessment: Assessment, today: IsoDate): Progress {
  const { checkIns } = assessment;
  const actions = assessment.actions.map((action): ActionProgress => {
    const status = statusNow(action, checkIns);
    const planned = plannedDueDate(action, checkIns);
    const entries = checkIns.flatMap((c) => c.entries.filter((e) => e.actionId === action.id));
    const reasons = entries
      .filter((e) => e.note && ((e.newDueDate !== null && e.newDueDate > e.dueDate) || e.status === 'dropped'))
      .map((e) => e.note);
    return {
      action,
      status,
      statusName: PROGRESS_STATUS_NAMES[status],
      plannedDueDate: planned,
      plannedMonth: monthOfDate(planned, assessment.planStart),
      dueDate: action.dueDate,
      overdue: isOpen(status) && action.dueDate < today,
      moved: action.dueDate > planned,
      latestNote: [...entries].reverse().find((e) => e.note)?.note ?? '',
      reasons,
    };
  });

  const months = planMonths(assessment.planStart);
  const byMonth = months.map((m): MonthProgress => {
    const inMonth = actions.filter((a) => a.plannedMonth === m.month);
    return {
      month: m.month,
      label: m.label,
      planned: inMonth.length,
      done: inMonth.filter((a) => a.status === 'done').length,
      open: inMonth.filter((a) => isOpen(a.status)).length,
      dropped: inMonth.filter((a) => a.status === 'dropped').length,
    };
  });

  const responses = new Map(assessment.responses.map((r) => [r.questionId, r]));
  const ratings = new Map<string, { rating: CheckInRating; on: IsoDate }>();
  for (const checkIn of checkIns)
    for (const r of checkIn.ratings) ratings.set(r.questionId, { rating: r, on: checkIn.checkedOn });
  const targeted = [...new Set(assessment.actions.flatMap((a) => a.questionIds.map((q) => [q, a.areaId] as const)))];
  const seenQuestions = new Set<string>();
  const questions: QuestionProgress[] = [];
  for (const [questionId, areaId] of targeted) {
    if (seenQuestions.has(questionId)) continue;
    seenQuestions.add(questionId);
    const response = responses.get(questionId);
    const assessed = response && !response.dontKnow ? response.current : null;
    const target = response ? (response.target ?? response.current) : null;
    const rated = ratings.get(questionId);
    const closed =
      target !== null && rated !== undefined && rated.rating.current !== null && rated.rating.current >= target;
    questions.push({
      questionId,
      areaId,
      assessed,
      target,
      latest: rated?.rating ?? null,
      latestOn: rated?.on ?? null,
      closed,
    });
  }

  const openOn = (date: IsoDate): number => {
    if (date >= today) return actions.filter((a) => isOpen(a.status)).length;
    const asOf = latestEntries(checkIns.filter((c) => c.checkedOn <= date));
    return actions.filter((a) => isOpen(asOf.get(a.action.id)?.status ?? 'not-started')).length;
  };
  const burnDown: BurnDownPoint[] = [
    // Every action is open when the plan starts.
    {
      date: assessment.planStart,
      label: 'Start',
      planned: actions.length,
      actual: assessment.planStart <= today ? actions.length : null,
    },
    ...months.map((m) => ({
      date: m.end,
      label: `End of month ${m.month}`,
      planned: actions.filter((a) => a.plannedDueDate > m.end).length,
      actual: m.end <= today ? openOn(m.end) : null,
    })),
  ];
  const currentMonth = monthOfDate(today, assessment.planStart);
  if (currentMonth !== null) {
    const end = months[currentMonth - 1]?.end;
    if (end !== today) {
      burnDown.splice(currentMonth, 0, {
        date: today,
        label: 'Today',
        planned: actions.filter((a) => a.plannedDueDate > today).length,
        actual: openOn(today),
      });
    }
  }

  const monthFromToday = addMonths(today, 1);
  return {
    today,
    actions,
    byStatus: PROGRESS_STATUSES.map((status) => ({
      status,
      name: PROGRESS_STATUS_NAMES[status],
      count: actions.filter((a) => a.status === status).length,
    })),
    byMonth,
    slipped: actions.filter((a) => a.moved || a.overdue),
    questions,
    gapsClosed: questions.filter((q) => q.closed).length,
    burnDown,
    nextMonth: actions.filter((a) => isOpen(a.status) && a.dueDate >= today && a.dueDate <= monthFromToday),
    lastCheckIn: checkIns[checkIns.length - 1] ?? null,
    currentMonth,
  };
}

export { checkInDue } from './check-in-due';
