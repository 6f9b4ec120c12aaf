/**
 * The six-month action plan: its calendar, the rules an action must meet, and drafting actions
 * from the gaps in an assessment.
 *
 * Calendar. The plan runs for six calendar months from its start date. Month k (1 to 6) starts
 * on planStart + (k − 1) months and ends the day before planStart + k months, always counted
 * from planStart so that short months never make the plan drift. When the start day does not
 * exist in a later month it is that month's last day: a plan starting on 31 January has month 2
 * starting on 28 February (29 in a leap year) and month 3 on 31 March.
 */
import { addDays, addMonths, formatDateLong, formatMonthYear, isIsoDate } from './dates';
import type { Action, IsoDate } from './domain';
import type { Framework, SuggestedAction } from './framework/types';
import { LEVEL_NAMES } from './framework/types';
import type { AssessmentScores } from './scoring';
import { joinWords } from './words';

export const PLAN_MONTHS = 6;

export type PlanMonthNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface PlanMonth {
  month: PlanMonthNumber;
  start: IsoDate;
  /** Last day of the month, inclusive. */
  end: IsoDate;
  /** Month and year in which it starts, e.g. "Dec 2026". */
  label: string;
}

/**
 * The last plan start asked about and its months: the report and progress ask for the same plan's
 * months for every action and month, and working them out from dates each time was most of the
 * time the delivery outputs spent in the report model. Each caller gets its own list of the same
 * months, frozen, as every caller shares them.
 */
let lastMonths: { planStart: IsoDate; months: readonly PlanMonth[] } | null = null;

/** The six months of the plan. Throws RangeError if planStart is not a real date. */
export function planMonths(planStart: IsoDate): PlanMonth[] {
  if (lastMonths?.planStart === planStart) return [...lastMonths.months];
  const months: PlanMonth[] = [];
  for (let k = 1; k <= PLAN_MONTHS; k += 1) {
    const start = addMonths(planStart, k - 1);
    months.push(
      Object.freeze({
        month: k as PlanMonthNumber,
        start,
        end: addDays(addMonths(planStart, k), -1),
        label: formatMonthYear(start),
      }),
    );
  }
  lastMonths = { planStart, months };
  return [...months];
}

/** The last day inside the plan (inclusive). Throws RangeError if planStart is not a real date. */
export function planEnd(planStart: IsoDate): IsoDate {
  return addDays(addMonths(planStart, PLAN_MONTHS), -1);
}

/** Which plan month (1 to 6) a date falls in, or null if it is outside the plan or not a date. */
export function monthOfDate(date: IsoDate, planStart: IsoDate): PlanMonthNumber | null {
  if (!isIsoDate(date) || !isIsoDate(planStart)) return null;
  const found = planMonths(planStart).find((month) => date >= month.start && date <= month.end);
  return found ? found.month : null;
}

/**
 * Checks an action against the plan. Returns a message to show the user, or null when the
 * action is fine. Checks, in order: the start month, then the due date (entered, a real date,
 * inside the plan, not before the start month begins).
 */
export function checkAction(action: Pick<Action, 'startMonth' | 'dueDate'>, planStart: IsoDate): string | null {
  if (!isIsoDate(planStart)) return 'The plan has no valid start date. Set the plan start date first.';
  const { startMonth, dueDate } = action;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > PLAN_MONTHS) {
    return 'Choose a start month from month 1 to month 6 of the plan.';
  }
  if (typeof dueDate !== 'string' || dueDate.trim() === '') return 'Enter a due date.';
  if (!isIsoDate(dueDate)) {
    return `The due date "${dueDate}" is not a real date. Enter a date inside the six months of the plan.`;
  }
  const end = planEnd(planStart);
  if (dueDate < planStart) {
    return `The due date ${formatDateLong(dueDate)} is before the plan starts on ${formatDateLong(planStart)}. Choose a date inside the six months.`;
  }
  if (dueDate > end) {
    return `The due date ${formatDateLong(dueDate)} is after the plan ends on ${formatDateLong(end)}. Choose a date inside the six months, or split the action.`;
  }
  const monthStart = addMonths(planStart, startMonth - 1);
  if (dueDate < monthStart) {
    return `The due date ${formatDateLong(dueDate)} is before the action's start month (month ${startMonth}, from ${formatDateLong(monthStart)}). Choose a later due date or an earlier start month.`;
  }
  return null;
}

/** An action drafted from a suggestion, for the user to accept, edit or drop. */
export interface ProposedAction {
  suggestionId: string;
  areaId: string;
  /** The suggestion's questions that have a gap needing the step this suggestion helps, in framework order. */
  questionIds: string[];
  title: string;
  description: string;
  ownerRole: string;
  startMonth: PlanMonthNumber;
  dueDate: IsoDate;
  successMeasure: string;
  /** The level step the suggestion helps: fromLevel → fromLevel + 1. */
  fromLevel: 0 | 1 | 2 | 3;
  /** Why it is proposed, e.g. 'Closes the gap from Emerging to Developing on “…”.' */
  reason: string;
}

/**
 * Drafts actions from the suggestions for the gaps in an assessment.
 *
 * A suggestion is proposed when at least one of its questions (in its own area) has a positive
 * gap and needs the step the suggestion helps: current ≤ fromLevel ≤ target − 1. (Question levels
 * are whole numbers, so this is the [floor(current), ceil(target) − 1] window. Every area with a
 * positive gap has at least one such question, so matching per question covers the areas too, and
 * also catches a question with a gap in an area whose other questions have lowered targets.)
 * "Don't know" and unanswered questions have no gap and get no proposals; they are listed as
 * evidence gaps by the scores instead.
 *
 * Suggestions already used by an existing action (its suggestionId) are skipped, as are
 * duplicate suggestion ids. Proposals are ordered by their area's priority rank, then suggested
 * month, then the order of `suggestions`.
 *
 * Dates, kept simple: the action starts in its suggested month and is due at the end of the
 * following month (month 6 if it starts in month 6), so each action has one to two months and
 * every due date lies inside the plan. The user can change both.
 *
 * Throws RangeError if planStart is not a real date.
 */
export function draftActions(
  framework: Framework,
  suggestions: SuggestedAction[],
  scores: AssessmentScores,
  planStart: IsoDate,
  existingActions: Action[],
): ProposedAction[] {
  const months = planMonths(planStart);
  const questionText = new Map<string, string>();
  const questionOrder = new Map<string, number>();
  for (const area of framework.areas) {
    for (const question of area.questions) {
      questionOrder.set(question.id, questionOrder.size);
      questionText.set(question.id, question.text);
    }
  }
  const rankByArea = new Map(scores.areas.map((area) => [area.areaId, area.rank]));
  const gapQuestions = new Map(
    scores.questions
      .filter((q) => q.answered && q.current !== null && q.target !== null && (q.gap ?? 0) > 0)
      .map((q) => [q.questionId, q]),
  );
  const seen = new Set<string>();
  for (const action of existingActions) if (action.suggestionId) seen.add(action.suggestionId);

  const drafted: { proposal: ProposedAction; rank: number; index: number }[] = [];
  suggestions.forEach((suggestion, index) => {
    if (seen.has(suggestion.id)) return;
    const questionIds = [...new Set(suggestion.questionIds)]
      .filter((id) => {
        const q = gapQuestions.get(id);
        if (!q || q.areaId !== suggestion.areaId || q.current === null || q.target === null) return false;
        return suggestion.fromLevel >= q.current && suggestion.fromLevel <= q.target - 1;
      })
      .sort((a, b) => (questionOrder.get(a) ?? 0) - (questionOrder.get(b) ?? 0));
    if (questionIds.length === 0) return;
    seen.add(suggestion.id);

    const startMonth = clampMonth(suggestion.suggestedMonth);
    const dueMonth = clampMonth(startMonth + 1);
    const texts = questionIds.map((id) => `“${questionText.get(id) ?? id}”`);
    const from = LEVEL_NAMES[suggestion.fromLevel];
    const to = LEVEL_NAMES[(suggestion.fromLevel + 1) as 1 | 2 | 3 | 4];
    drafted.push({
      rank: rankByArea.get(suggestion.areaId) ?? Number.MAX_SAFE_INTEGER,
      index,
      proposal: {
        suggestionId: suggestion.id,
        areaId: suggestion.areaId,
        questionIds,
        title: suggestion.title,
        description: suggestion.description,
        ownerRole: suggestion.ownerRole,
        startMonth,
        dueDate: months[dueMonth - 1]?.end ?? planEnd(planStart),
        successMeasure: suggestion.successMeasure,
        fromLevel: suggestion.fromLevel,
        reason: `Closes the gap from ${from} to ${to} on ${joinWords(texts)}.`,
      },
    });
  });

  drafted.sort((a, b) => a.rank - b.rank || a.proposal.startMonth - b.proposal.startMonth || a.index - b.index);
  return drafted.map((d) => d.proposal);
}

/**
 * Questions with a positive gap that no action covers (by its questionIds, whatever its status),
 * in framework order. Every gap should get an action with an owner and a date.
 */
export function gapsWithoutAction(
  framework: Framework,
  scores: AssessmentScores,
  actions: Pick<Action, 'questionIds'>[],
): { areaId: string; questionId: string }[] {
  const covered = new Set(actions.flatMap((action) => action.questionIds));
  const scoreById = new Map(scores.questions.map((q) => [q.questionId, q]));
  const missing: { areaId: string; questionId: string }[] = [];
  for (const area of framework.areas) {
    for (const question of area.questions) {
      const score = scoreById.get(question.id);
      if (score?.answered && (score.gap ?? 0) > 0 && !covered.has(question.id)) {
        missing.push({ areaId: area.id, questionId: question.id });
      }
    }
  }
  return missing;
}

function clampMonth(month: number): PlanMonthNumber {
  const whole = Number.isFinite(month) ? Math.trunc(month) : 1;
  return Math.min(PLAN_MONTHS, Math.max(1, whole)) as PlanMonthNumber;
}

// ---------------------------------------------------------------------------------------------
// A plan a PCN can deliver

/**
 * The rule, stated once for the screen and the documents. A third of the capacity (at least 2)
 * is the most one month or one person should carry: with the default 12, four actions.
 */
export const PLAN_LOAD_RULE =
  'A plan is too much to deliver when it has more actions than the PCN says it can deliver in six months, ' +
  'when more than a third of that number (at least 2) fall due in the same month, or when one named owner ' +
  'holds more than a third of it. Actions already done are not counted for a month or an owner.';

/** The most actions one month or one owner should carry, for a plan of this capacity. */
export function loadLimit(capacity: number): number {
  return Math.max(2, Math.ceil(capacity / 3));
}

export type PlanLoadWarning =
  | { kind: 'over-capacity'; actions: number; capacity: number; text: string }
  | { kind: 'busy-month'; month: PlanMonthNumber; actions: number; limit: number; text: string }
  | { kind: 'busy-owner'; owner: string; actions: number; limit: number; text: string };

/** Where the plan asks too much of the PCN, by PLAN_LOAD_RULE; empty when it does not. */
export function planLoad(
  actions: Pick<Action, 'ownerName' | 'dueDate' | 'status'>[],
  planStart: IsoDate,
  capacity: number,
): PlanLoadWarning[] {
  const warnings: PlanLoadWarning[] = [];
  if (actions.length > capacity) {
    warnings.push({
      kind: 'over-capacity',
      actions: actions.length,
      capacity,
      text: `The plan has ${actions.length} actions, more than the ${capacity} the PCN says it can deliver in six months. Defer the gaps that can wait, or combine actions.`,
    });
  }
  const limit = loadLimit(capacity);
  const open = actions.filter((a) => a.status !== 'done');
  const months = isIsoDate(planStart) ? planMonths(planStart) : [];
  for (const month of months) {
    // The month's own bounds, as monthOfDate checks them, without working out the months again per action.
    const due = open.filter((a) => isIsoDate(a.dueDate) && a.dueDate >= month.start && a.dueDate <= month.end).length;
    if (due > limit) {
      warnings.push({
        kind: 'busy-month',
        month: month.month,
        actions: due,
        limit,
        text: `${due} actions fall due in month ${month.month} (${month.label}), more than ${limit}. Spread the due dates.`,
      });
    }
  }
  const byOwner = new Map<string, { name: string; count: number }>();
  for (const action of open) {
    const name = action.ownerName.trim();
    if (name === '') continue;
    const key = name.toLowerCase();
    const entry = byOwner.get(key) ?? { name, count: 0 };
    entry.count += 1;
    byOwner.set(key, entry);
  }
  for (const { name, count } of byOwner.values()) {
    if (count > limit) {
      warnings.push({
        kind: 'busy-owner',
        owner: name,
        actions: count,
        limit,
        text: `${name} owns ${count} actions still to do, more than ${limit}. Share them out.`,
      });
    }
  }
  return warnings;
}

/**
 * A focused set of proposals: one per gap, the gaps taken in priority order (the question's gap
 * × its area's importance, highest first; then framework order), until the plan is as full as
 * the PCN's capacity allows. Gaps already covered by an action, or deferred, get none. The
 * proposals left over are returned as `more`, in their own order.
 */
export function focusProposals(
  proposals: ProposedAction[],
  scores: AssessmentScores,
  actions: Pick<Action, 'questionIds'>[],
  deferredQuestionIds: ReadonlySet<string>,
  capacity: number,
): { focused: ProposedAction[]; more: ProposedAction[] } {
  const importance = new Map(scores.areas.map((a) => [a.areaId, a.importance]));
  const covered = new Set(actions.flatMap((a) => a.questionIds));
  const gaps = scores.questions
    .map((q, index) => ({ q, index, priority: Math.max(q.gap ?? 0, 0) * (importance.get(q.areaId) ?? 2) }))
    .filter(({ q, priority }) => priority > 0 && !covered.has(q.questionId) && !deferredQuestionIds.has(q.questionId))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
  let room = Math.max(0, capacity - actions.length);
  const chosen = new Set<string>();
  for (const { q } of gaps) {
    if (room === 0) break;
    if (covered.has(q.questionId)) continue; // by a proposal already chosen
    const proposal = proposals.find((p) => !chosen.has(p.suggestionId) && p.questionIds.includes(q.questionId));
    if (!proposal) continue;
    chosen.add(proposal.suggestionId);
    for (const id of proposal.questionIds) covered.add(id);
    room -= 1;
  }
  return {
    focused: proposals.filter((p) => chosen.has(p.suggestionId)),
    more: proposals.filter((p) => !chosen.has(p.suggestionId)),
  };
}
