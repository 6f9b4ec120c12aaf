/**
 * What the action-plan screen shows, worked out from the open assessment: the plan's months,
 * the gaps, the suggestions drafted from them and the actions in priority order. Words for
 * statuses and months live here too, so every component says them the same way.
 */
import { formatDateLong, isIsoDate } from '../../../../shared/dates';
import type { Action, ActionStatus, Assessment } from '../../../../shared/domain';
import { type Area, type Framework, findQuestion, LEVEL_NAMES } from '../../../../shared/framework';
import {
  draftActions,
  focusProposals,
  monthOfDate,
  type PlanMonth,
  type ProposedAction,
  planEnd,
  planMonths,
} from '../../../../shared/plan';
import { buildReport, type Report } from '../../../../shared/report';
import type { AreaScore, AssessmentScores, QuestionScore } from '../../../../shared/scoring';

/** NHS.UK tag colours; the tag always carries the word as well. */
export const STATUS_TAG: Record<ActionStatus, string> = {
  'not-started': 'nhsuk-tag nhsuk-tag--grey',
  'in-progress': 'nhsuk-tag nhsuk-tag--blue',
  done: 'nhsuk-tag nhsuk-tag--green',
  blocked: 'nhsuk-tag nhsuk-tag--red',
};

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "January 2027" for the month a plan month starts in. */
export function monthName(month: PlanMonth): string {
  return formatDateLong(month.start).replace(/^\d+\s/, '');
}

/** "Month 2 — January 2027", or "Month 2" when the plan has no valid months. */
export function monthWords(months: PlanMonth[], month: number): string {
  const found = months[month - 1];
  return found ? `Month ${month} — ${monthName(found)}` : `Month ${month}`;
}

/** "31 Jan" from 2027-01-31; the value unchanged when it is not a date. */
export function shortDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [, m, d] = iso.split('-');
  return `${Number(d)} ${SHORT_MONTHS[Number(m) - 1]}`;
}

/** "Emerging → Developing" for a question with a gap. */
export function stepWords(score: QuestionScore | undefined): string {
  if (!score || score.current === null || score.target === null) return '';
  return `${LEVEL_NAMES[score.current]} → ${LEVEL_NAMES[score.target]}`;
}

/** What a question's rating says, for the question checkboxes in the form. */
export function questionStateWords(score: QuestionScore | undefined): string {
  if (!score) return 'Not answered';
  if (score.dontKnow) return "Don't know: an evidence gap";
  if (!score.answered) return 'Not answered';
  if ((score.gap ?? 0) > 0) return `Gap: ${stepWords(score)}`;
  return `No gap: ${LEVEL_NAMES[score.current ?? 0]}`;
}

export interface AreaGroup<T> {
  area: Area;
  score: AreaScore | undefined;
  items: T[];
}

export interface PlanModel {
  framework: Framework;
  /** The report model: coverage, the ready-to-share check, capacity, as every output shows them. */
  report: Report;
  scores: AssessmentScores;
  planStart: string;
  planEnd: string;
  months: PlanMonth[];
  /** Areas in priority order (highest first). */
  rankedAreas: Area[];
  scoreOf(areaId: string): AreaScore | undefined;
  questionScore(questionId: string): QuestionScore | undefined;
  /** Gaps neither covered by an action nor deferred. */
  gaps: { areaId: string; questionId: string }[];
  /** Questions with a positive gap, covered or not. */
  gapCount: number;
  /** A focused set: one per priority gap, as many as the PCN's capacity leaves room for. */
  proposals: ProposedAction[];
  /** The other suggestions for the gaps, not dismissed. */
  moreProposals: ProposedAction[];
  discarded: ProposedAction[];
  /** Actions grouped by area in priority order, each group ordered by start month then due date. */
  actionGroups: AreaGroup<Action>[];
  /** The same actions as one flat list, in display order. */
  orderedActions: Action[];
}

function byStart(a: Action, b: Action): number {
  return a.startMonth - b.startMonth || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
}

/** Returns null when the plan has no valid start date (the screen then says so). */
export function buildPlanModel(framework: Framework, assessment: Assessment): PlanModel | null {
  const { planStart } = assessment;
  if (!isIsoDate(planStart)) return null;
  const report = buildReport(assessment, framework);
  const { scores } = report;
  const areaScores = new Map(scores.areas.map((s) => [s.areaId, s]));
  const questionScores = new Map(scores.questions.map((q) => [q.questionId, q]));
  const areasById = new Map(framework.areas.map((a) => [a.id, a]));
  const rankedAreas = scores.ranked.map((id) => areasById.get(id)).filter((a): a is Area => a !== undefined);

  const drafted = draftActions(framework, framework.suggestions, scores, planStart, assessment.actions);
  const dismissed = new Set(assessment.dismissedSuggestionIds);
  const { focused, more } = focusProposals(
    drafted.filter((p) => !dismissed.has(p.suggestionId)),
    scores,
    assessment.actions,
    new Set(assessment.deferrals.map((d) => d.questionId)),
    assessment.planCapacity,
  );

  const actionGroups: AreaGroup<Action>[] = [];
  for (const area of rankedAreas) {
    const items = assessment.actions.filter((a) => a.areaId === area.id).sort(byStart);
    if (items.length > 0) actionGroups.push({ area, score: areaScores.get(area.id), items });
  }

  return {
    framework,
    report,
    scores,
    planStart,
    planEnd: planEnd(planStart),
    months: planMonths(planStart),
    rankedAreas,
    scoreOf: (id) => areaScores.get(id),
    questionScore: (id) => questionScores.get(id),
    gaps: report.coverage.openGaps,
    gapCount: report.coverage.gaps,
    proposals: focused,
    moreProposals: more,
    discarded: drafted.filter((p) => dismissed.has(p.suggestionId)),
    actionGroups,
    orderedActions: actionGroups.flatMap((g) => g.items),
  };
}

/** Groups items that carry an areaId by area, in the order the areas first appear. */
export function groupByArea<T extends { areaId: string }>(model: PlanModel, items: T[]): AreaGroup<T>[] {
  const groups: AreaGroup<T>[] = [];
  for (const item of items) {
    let group = groups.find((g) => g.area.id === item.areaId);
    if (!group) {
      const area = model.framework.areas.find((a) => a.id === item.areaId);
      if (!area) continue;
      group = { area, score: model.scoreOf(area.id), items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** The plan month the due date falls in (clamped to the plan), for the timeline. */
export function dueMonthOf(action: Action, planStart: string): number | null {
  return monthOfDate(action.dueDate, planStart);
}

export function questionText(framework: Framework, questionId: string): string {
  return findQuestion(framework, questionId)?.question.text ?? questionId;
}

/** "Priority 1 · Moderate gap", or "Not assessed". */
export function priorityWords(score: AreaScore | undefined): string {
  if (!score || score.noEvidence) return 'Not assessed';
  return `Priority ${score.rank} · ${score.gapLabel}`;
}

/** Element ids used to move focus between parts of the screen. */
export const ids = {
  actionsHeading: 'plan-actions-heading',
  suggestionsHeading: 'plan-suggestions-heading',
  gapsHeading: 'plan-gaps-heading',
  addOwn: 'plan-add-own-action',
  action: (id: string) => `plan-action-${id}`,
  actionEdit: (id: string) => `plan-action-edit-${id}`,
  suggestion: (id: string) => `plan-suggestion-${id.replace(/[^a-z0-9-]/gi, '-')}`,
  suggestionEdit: (id: string) => `plan-suggestion-edit-${id.replace(/[^a-z0-9-]/gi, '-')}`,
  gapAdd: (questionId: string) => `plan-gap-add-${questionId.replace(/[^a-z0-9-]/gi, '-')}`,
  gapDefer: (questionId: string) => `plan-gap-defer-${questionId.replace(/[^a-z0-9-]/gi, '-')}`,
  capacity: 'plan-capacity',
};

export { plural } from '../../../../shared/words';
