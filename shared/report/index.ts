/**
 * The report model: everything an output shows about an assessment, worked out once. The results
 * screen, the PDF, the HTML export and the CSV (and the Excel, Word, progress and ICB outputs to
 * come) read their figures, words and sentences from here and never recompute one, so they cannot
 * disagree. `shared/scoring.ts` stays the specification of the scores; this module only turns
 * those scores into what is shown.
 *
 * buildReport(assessment, framework, { previous? }) → Report, a pure function:
 *
 * Report
 * ├─ scores            the raw AssessmentScores (full precision), for charts that plot values
 * ├─ overall           OverallReport: current, target (LevelFigure), gap (GapFigure), counts,
 * │                    scoredAreas / areaCount
 * ├─ areas             ReportArea[] in framework order; `ranked` the same objects, priority order
 * │   └─ ReportArea    id, number, title, short (chart label), current/target (LevelFigure),
 * │                    gap (GapFigure), importance (+ words, chosen?), priority, rank (null when
 * │                    not ranked) and rankShown, noEvidence, counts, questions: ReportQuestion[]
 * │       └─ ReportQuestion  id, number ("1.3"), text, state, current/target/effectiveTarget
 * │                    levels, targetSet, gap, shown strings for each, notes
 * ├─ priorities        the ranked areas with a gap (priority > 0), highest first
 * ├─ evidenceGaps      questions answered "Don't know", with the titles of their areas
 * ├─ actions           ReportAction[] in plan order (area priority, start month, due date, title),
 * │                    each with its area and question links, owner ("Owner not yet named" when
 * │                    none is named) and shown strings
 * ├─ coverage          gaps (questions with a positive gap): covered / deferred (with reasons) /
 * │                    open, and "14 of 17 gaps covered, 3 deferred, 0 open"
 * ├─ readiness         the ready-to-share check: what is missing (unanswered questions, questions
 * │                    without a target, open gaps, actions without a named owner or due date),
 * │                    each with where to fix it; Complete or Draft, and the draft's sentence
 * ├─ capacity          actions against the PCN's capacity, and the load warnings (plan.ts rule)
 * ├─ workshop          the workshop summary (shared/workshop.ts), its rows and sentence, or null
 * ├─ comparison        the previous assessment beside this one, area by area (by id), or none
 * └─ sentences         the standard sentences every output reuses
 *
 * Figures. A LevelFigure carries the value (full precision, or null), `shown` (one decimal, e.g.
 * "2.4", or "Not assessed"), `words` (the level reached, judged on the shown figure, as
 * scoring.ts specifies), `percent` of level 4 and `text` ("Developing (2.4)"). A GapFigure carries
 * the value, `shown` ("1.6"), `signed` ("+1.6", true minus sign for a lower target) and `words`
 * ("Moderate gap", judged on the shown figure). The gap shown is always the shown target minus the
 * shown current, so the three figures add up; the percentage is of the shown figure. An unset
 * target shows as "Not set", never as a number.
 */
import { formatDateLong, isIsoDate } from '../dates';
import {
  type Action,
  type Assessment,
  DEFERRAL_REASON_NAMES,
  type DeferralReason,
  IMPORTANCE_NAMES,
  type Importance,
  type IsoDate,
  PROGRESS_STATUS_NAMES,
  type ProgressStatus,
} from '../domain';
import { earlierAreaId } from '../framework/mapping';
import type { Framework, Level } from '../framework/types';
import { isLevel, LEVEL_NAMES } from '../framework/types';
import {
  gapsWithoutAction,
  loadLimit,
  PLAN_LOAD_RULE,
  type PlanLoadWarning,
  type PlanMonth,
  planEnd,
  planLoad,
  planMonths,
} from '../plan';
import { droppedOn, statusNow } from '../progress';
import {
  type AreaScore,
  type AssessmentScores,
  formatLevel,
  gapLabel,
  levelLabel,
  levelReached,
  levelToPercent,
  type OverallScore,
  scoreAssessment,
  shownGap,
} from '../scoring';
import { joinWords, monthLong, plural } from '../words';
import { MEDIAN_RULE, SPLIT_RULE, type WorkshopItem, type WorkshopReport, workshopReport } from '../workshop';

// ---------------------------------------------------------------------------------------------
// Types

export interface LevelFigure {
  /** Full precision, or null when not assessed. */
  value: number | null;
  /** One decimal, "2.4"; "Not assessed" when there is no value. */
  shown: string;
  /** The level reached, judged on the shown figure: "Developing"; "Not assessed". */
  words: string;
  /** The whole level reached, judged on the shown figure (1.96, shown 2.0, is level 2); null when not assessed. */
  level: Level | null;
  /** Whole-number percentage of level 4, or null. */
  percent: number | null;
  /** "Developing (2.4)", or "Not assessed". */
  text: string;
}

export interface GapFigure {
  value: number | null;
  /** One decimal without a sign, "1.6"; "Not assessed" when there is no value. */
  shown: string;
  /** "+1.6", "0.0" or "−0.5" (true minus sign); "—" when there is no value. */
  signed: string;
  /** "No gap", "Small gap", "Moderate gap", "Large gap", judged on the shown figure; "Not assessed". */
  words: string;
}

export type QuestionState = 'answered' | 'dont-know' | 'unanswered';

export interface ReportQuestion {
  id: string;
  areaId: string;
  /** "1.3": area number and question number. */
  number: string;
  text: string;
  state: QuestionState;
  /** Current level, or null when not answered or "Don't know". */
  current: Level | null;
  /** The target the PCN set, or null when none is set. */
  target: Level | null;
  /** True when the PCN chose a target (an answered question without one is listed as missing one). */
  targetSet: boolean;
  /** The target scoring uses (the current level when none is set); null when not answered. */
  effectiveTarget: Level | null;
  /** effectiveTarget − current; null when not answered. */
  gap: number | null;
  /** "2 Developing", "Don't know (evidence gap)" or "Not answered". */
  currentShown: string;
  /** "3 Established", "Not set", or "—" when the question is not answered. */
  targetShown: string;
  /** "+1", "0", "−1"; "—" when not answered. */
  gapShown: string;
  /** Framework 2026.2 onwards: the question's own words for the level now, when answered. */
  currentAnchor: string | null;
  /** Framework 2026.2 onwards: the question's own words for the target, when one is set. */
  targetAnchor: string | null;
  notes: string;
}

export interface AreaCounts {
  answered: number;
  dontKnow: number;
  unanswered: number;
  total: number;
  /** Answered questions without a target the PCN chose. */
  withoutTarget: number;
}

export interface ReportArea {
  id: string;
  /** Position in the framework, from 1. */
  number: number;
  title: string;
  /** Short name for chart labels. */
  short: string;
  purpose: string;
  current: LevelFigure;
  target: LevelFigure;
  gap: GapFigure;
  importance: Importance;
  /** "High", "Medium", "Lower". */
  importanceWords: string;
  /** False when the PCN has not said (it then counts as Medium). */
  importanceChosen: boolean;
  /** max(gap, 0) × importance, full precision. */
  priority: number;
  /** 1 = highest priority; null when the area has no evidence and so is not ranked. */
  rank: number | null;
  /** "3", or "Not ranked". */
  rankShown: string;
  noEvidence: boolean;
  counts: AreaCounts;
  questions: ReportQuestion[];
  /** The scoring model's own record, for charts. */
  score: AreaScore;
}

export interface OverallReport {
  current: LevelFigure;
  target: LevelFigure;
  gap: GapFigure;
  counts: AreaCounts;
  /** Areas with a score, out of areaCount. */
  scoredAreas: number;
  areaCount: number;
  /** Nothing answered at all, not even "Don't know". */
  empty: boolean;
  /** No area has a score. */
  nothingScored: boolean;
}

export interface ReportAction {
  action: Action;
  areaId: string;
  /** The area's title, or "Other actions" for an area the framework does not have. */
  areaTitle: string;
  /** Null when the framework has no such area. */
  area: ReportArea | null;
  questions: { id: string; number: string; text: string }[];
  /** The named owner, or null when none is named (the suggested role is not an owner). */
  ownerName: string | null;
  ownerShown: string;
  ownerRole: string;
  /** "Month 2 (Jan 2027)", or "Month 2" when the plan has no valid start date. */
  startShown: string;
  /** "28 February 2027"; "Not set" when empty. */
  dueShown: string;
  hasDate: boolean;
  /** The status now: the plan's, or "dropped" when the latest check-in dropped the action. */
  status: ProgressStatus;
  statusWords: string;
  /** The day of the check-in that dropped it, while it stays dropped. */
  droppedOn: IsoDate | null;
}

export interface GapRef {
  areaId: string;
  questionId: string;
  number: string;
  text: string;
}

export interface DeferredGap extends GapRef {
  reason: DeferralReason;
  /** "Depends on the ICB", with the PCN's note after a colon when there is one. */
  reasonShown: string;
  note: string;
}

export interface Coverage {
  /** Answered questions with a positive gap. */
  gaps: number;
  /** Gaps at least one action addresses (whether or not also deferred). */
  covered: number;
  /** Gaps no action addresses, left out of this plan with a reason. */
  deferred: number;
  /** Gaps neither covered nor deferred. */
  open: number;
  openGaps: GapRef[];
  deferredGaps: DeferredGap[];
  /** "14 of 17 gaps covered, 3 deferred, 0 open". */
  sentence: string;
}

export type MissingKind = 'unanswered' | 'no-target' | 'open-gap' | 'no-owner' | 'no-date';

/** One thing missing before the plan is ready to share, with where to fix it. */
export interface MissingItem {
  kind: MissingKind;
  /** "1.3 Does the clinical director …", or the action's title. */
  text: string;
  areaId: string;
  /** The question to answer or give a target to, or the gap to cover; null for an action. */
  questionId: string | null;
  /** The action to give an owner or a date; null for a question. */
  actionId: string | null;
}

export interface Readiness {
  /** Everything missing, grouped by kind in the order of MISSING_KINDS, then framework or plan order. */
  items: MissingItem[];
  counts: Record<MissingKind, number>;
  /** Nothing is missing. */
  ready: boolean;
  /** "Complete" only when nothing is missing and the assessment is marked complete; else "Draft". */
  status: 'Complete' | 'Draft';
  /** For the cover: "Complete", or "Draft: …" saying why. */
  statusText: string;
  /** Each count that is not zero, as a phrase: "3 unanswered questions". */
  phrases: string[];
  /** For the summary page: what the document does not cover yet, in counts; null when ready. */
  sentence: string | null;
}

/** What is missing, in the order the check lists it. */
export const MISSING_KINDS: readonly MissingKind[] = ['unanswered', 'no-target', 'open-gap', 'no-owner', 'no-date'];

const MISSING_WORDS: Record<MissingKind, [string, string]> = {
  unanswered: ['unanswered question', 'unanswered questions'],
  'no-target': ['question without a target', 'questions without a target'],
  'open-gap': ['gap neither covered by an action nor deferred', 'gaps neither covered by an action nor deferred'],
  'no-owner': ['action without a named owner', 'actions without a named owner'],
  'no-date': ['action without a due date', 'actions without a due date'],
};

/** "3 unanswered questions", "1 action without a named owner". */
export function missingPhrase(kind: MissingKind, n: number): string {
  const [one, many] = MISSING_WORDS[kind];
  return plural(n, one, many);
}

export interface WorkshopRow {
  item: WorkshopItem;
  /** "1 → 3", with "(not agreed in the workshop)" when the level was not agreed there; or "Not agreed". */
  agreed: string;
  /** The median of everyone's ratings now → in six months: "2 → 3"; "—" where there is none. */
  median: string;
  /** "1 to 4", "All 2" or "No levels", with the "don't know" count. */
  range: string;
  split: boolean;
}

export interface WorkshopSummary {
  report: WorkshopReport;
  /** One row per revealed question, in framework order. */
  rows: WorkshopRow[];
  /** People who scored and questions scored: the sentence every output opens the workshop with. */
  sentence: string;
  rules: string;
}

export type ReportComparison =
  | { kind: 'none' }
  /** The previous assessment was made with a framework version this app does not know. */
  | { kind: 'unreadable'; date: string; version: string }
  | {
      kind: 'compared';
      date: string;
      overall: LevelFigure;
      /** Change in the overall shown figure: "up 0.6", "down 0.2", "no change"; null when either is missing. */
      overallChange: string | null;
      versionChanged: boolean;
      previousVersion: string;
      /** Titles of this assessment's areas that the previous framework did not have. */
      newAreas: string[];
      /** Per area id: last time's figure and the change in words, or 'missing' when the old framework lacked it. */
      areas: Map<string, PreviousArea>;
    };

export type PreviousArea =
  | { kind: 'missing' }
  | { kind: 'scored'; current: LevelFigure; score: AreaScore; change: string; levelText: string };

export interface PlanCapacity {
  /** Actions the PCN says it can deliver in six months. */
  capacity: number;
  actions: number;
  /** The most one month or one owner should carry (plan.ts, `loadLimit`). */
  limit: number;
  warnings: PlanLoadWarning[];
  /** The rule, in words. */
  rule: string;
  /** "9 actions in the plan; the PCN says it can deliver 12 in six months". */
  sentence: string;
}

export interface ReportSentences {
  /** "Overall readiness: Developing — 1.8 of 4 now; six-month target 2.9 (Developing)." or the no-score sentence. */
  overall: string;
  /** "20 of 33 questions answered with a level, 3 "Don't know" and 10 not answered." */
  counts: string;
  /** What the "Don't know" answers mean, naming their areas; or that there are none. */
  evidence: string;
  /** "No area has a gap…" or "No area has been scored yet." when there are no priorities. */
  noPriorities: string;
  /** "4 actions with 2 named owners". */
  actions: string;
  /** "December 2026 to May 2027", or "Not set". */
  planPeriod: string;
}

export interface Report {
  assessment: Assessment;
  framework: Framework;
  scores: AssessmentScores;
  overall: OverallReport;
  /** Framework order. */
  areas: ReportArea[];
  /** Priority order, highest first; areas with no evidence last. */
  ranked: ReportArea[];
  priorities: ReportArea[];
  evidenceGaps: { areaId: string; questionId: string }[];
  /** Titles of the areas with "Don't know" answers, in framework order. */
  evidenceGapAreas: string[];
  actions: ReportAction[];
  coverage: Coverage;
  /** What is missing before the plan is ready to share with the ICB. */
  readiness: Readiness;
  capacity: PlanCapacity;
  workshop: WorkshopSummary | null;
  comparison: ReportComparison;
  /** The six months of the plan; empty when the plan start is not a real date. */
  months: PlanMonth[];
  planEnd: IsoDate | null;
  sentences: ReportSentences;
  area(id: string): ReportArea | undefined;
  question(id: string): ReportQuestion | undefined;
}

export interface ReportOptions {
  /** The PCN's previous assessment, to compare with. */
  previous?: { assessment: Assessment; framework: Framework | undefined } | null;
  /**
   * False leaves out the workshop summary (report.workshop is null): for the delivery outputs,
   * which do not print it, so an export does not work out every question's spread for nothing.
   */
  workshop?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Figures

/** A level or mean level as shown. */
export function levelFigure(value: number | null): LevelFigure {
  const shown = formatLevel(value);
  const words = levelLabel(value);
  return {
    value,
    shown,
    words,
    level: levelReached(value),
    percent: levelToPercent(value),
    text: value === null ? 'Not assessed' : `${words} (${shown})`,
  };
}

/**
 * A gap as shown: the shown target minus the shown current, so the three figures always add up
 * (scoring.ts, `shownGap`); its words are judged on that figure. `value` keeps full precision.
 */
export function gapFigure(current: number | null, target: number | null): GapFigure {
  const shownValue = shownGap(current, target);
  if (current === null || target === null || shownValue === null) {
    return { value: null, shown: 'Not assessed', signed: '—', words: 'Not assessed' };
  }
  const shown = Math.abs(shownValue).toFixed(1);
  const signed = shownValue === 0 ? '0.0' : shownValue > 0 ? `+${shown}` : `−${shown}`;
  return { value: target - current, shown, signed, words: gapLabel(shownValue) };
}

/** Tenths as shown, so a change always matches the two figures printed beside it. */
function shownTenths(value: number): number {
  return Math.round(Number(formatLevel(value)) * 10);
}

/** The change between two shown figures: "up 0.6", "down 0.2", "no change"; null if either is missing. */
export function changeWords(now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const tenths = shownTenths(now) - shownTenths(before);
  if (tenths === 0) return 'no change';
  return `${tenths > 0 ? 'up' : 'down'} ${(Math.abs(tenths) / 10).toFixed(1)}`;
}

/** A whole level as "2 Developing"; anything else as `otherwise`. */
export function levelWords(level: unknown, otherwise = '—'): string {
  return isLevel(level) ? `${level} ${LEVEL_NAMES[level]}` : otherwise;
}

/** A question's whole-number gap with its sign: "+2", "0", "−1"; "—" for none. */
function signedWhole(gap: number | null): string {
  if (gap === null) return '—';
  if (gap > 0) return `+${gap}`;
  if (gap < 0) return `−${Math.abs(gap)}`;
  return '0';
}

/** Short names for chart labels, so all eight fit round a radar chart on a laptop or projector. */
const SHORT_LABELS: Record<string, string> = {
  leadership: 'Leadership',
  relationships: 'Relationships',
  governance: 'Governance',
  teams: 'Neighbourhood teams',
  'population-health': 'Population health',
  'data-sharing': 'IT and data',
  'it-data': 'IT and data',
  'health-centre': 'Health centre',
  voice: 'Voice and influence',
};

/** "Month 2 (Jan 2027)", or "Month 2" when the plan has no valid start date. */
export function startMonthWords(startMonth: number, planStart: string): string {
  let label: string | undefined;
  try {
    label = planMonths(planStart).find((month) => month.month === startMonth)?.label;
  } catch {
    label = undefined;
  }
  return label ? `Month ${startMonth} (${label})` : `Month ${startMonth}`;
}

export const OWNER_NOT_NAMED = 'Owner not yet named';

// ---------------------------------------------------------------------------------------------
// The model

export function buildReport(assessment: Assessment, framework: Framework, options: ReportOptions = {}): Report {
  const scores = scoreAssessment(framework, assessment.responses, assessment.areaResponses);
  const responses = new Map(assessment.responses.map((r) => [r.questionId, r]));
  const chosen = new Set(assessment.areaResponses.filter((r) => r.importance !== null).map((r) => r.areaId));
  const questionScores = new Map(scores.questions.map((q) => [q.questionId, q]));

  const areas: ReportArea[] = framework.areas.map((area, a) => {
    const score = scores.areas[a] as AreaScore;
    const questions: ReportQuestion[] = area.questions.map((question, q) => {
      const s = questionScores.get(question.id);
      const response = responses.get(question.id);
      const state: QuestionState = s?.answered ? 'answered' : s?.dontKnow ? 'dont-know' : 'unanswered';
      const target = state === 'answered' && isLevel(response?.target) ? response.target : null;
      return {
        id: question.id,
        areaId: area.id,
        number: `${a + 1}.${q + 1}`,
        text: question.text,
        state,
        current: s?.current ?? null,
        target,
        targetSet: target !== null,
        effectiveTarget: s?.target ?? null,
        gap: s?.gap ?? null,
        currentShown:
          state === 'answered'
            ? levelWords(s?.current)
            : state === 'dont-know'
              ? 'Don’t know (evidence gap)'
              : 'Not answered',
        targetShown: state !== 'answered' ? '—' : target === null ? 'Not set' : levelWords(target),
        gapShown: signedWhole(s?.gap ?? null),
        currentAnchor:
          state === 'answered' && isLevel(s?.current) ? (question.anchors?.[s.current].text ?? null) : null,
        targetAnchor: target === null ? null : (question.anchors?.[target].text ?? null),
        notes: response?.notes ?? '',
      };
    });
    return {
      id: area.id,
      number: a + 1,
      title: area.title,
      short: SHORT_LABELS[area.id] ?? area.title,
      purpose: area.purpose,
      current: levelFigure(score.current),
      target: levelFigure(score.target),
      gap: gapFigure(score.current, score.target),
      importance: score.importance,
      importanceWords: IMPORTANCE_NAMES[score.importance],
      importanceChosen: chosen.has(area.id),
      priority: score.priority,
      rank: score.noEvidence ? null : score.rank,
      rankShown: score.noEvidence ? 'Not ranked' : String(score.rank),
      noEvidence: score.noEvidence,
      counts: {
        answered: score.answered,
        dontKnow: score.dontKnow,
        unanswered: score.unanswered,
        total: score.total,
        withoutTarget: questions.filter((q) => q.state === 'answered' && !q.targetSet).length,
      },
      questions,
      score,
    };
  });
  const byId = new Map(areas.map((area) => [area.id, area]));
  const byQuestion = new Map(areas.flatMap((area) => area.questions.map((q) => [q.id, q] as const)));
  const ranked = scores.ranked.map((id) => byId.get(id)).filter((a): a is ReportArea => a !== undefined);
  const priorities = ranked.filter((area) => !area.noEvidence && area.priority > 0);

  const o: OverallScore = scores.overall;
  const overall: OverallReport = {
    current: levelFigure(o.current),
    target: levelFigure(o.target),
    gap: gapFigure(o.current, o.target),
    counts: {
      answered: o.answered,
      dontKnow: o.dontKnow,
      unanswered: o.unanswered,
      total: o.total,
      withoutTarget: areas.reduce((sum, area) => sum + area.counts.withoutTarget, 0),
    },
    scoredAreas: areas.filter((area) => !area.noEvidence).length,
    areaCount: areas.length,
    empty: o.answered === 0 && o.dontKnow === 0,
    nothingScored: o.current === null,
  };

  let months: PlanMonth[] = [];
  let end: IsoDate | null = null;
  if (isIsoDate(assessment.planStart)) {
    months = planMonths(assessment.planStart);
    end = planEnd(assessment.planStart);
  }
  const planPeriod = end === null ? 'Not set' : `${monthLong(assessment.planStart)} to ${monthLong(end)}`;

  const actions = planOrder(assessment.actions, ranked).map((action): ReportAction => {
    const area = byId.get(action.areaId) ?? null;
    const ownerName = action.ownerName.trim() === '' ? null : action.ownerName.trim();
    const hasDate = action.dueDate.trim() !== '';
    const status = statusNow(action, assessment.checkIns);
    return {
      action,
      areaId: action.areaId,
      areaTitle: area?.title ?? 'Other actions',
      area,
      questions: action.questionIds.map((id) => {
        const q = byQuestion.get(id);
        return { id, number: q?.number ?? '', text: q?.text ?? id };
      }),
      ownerName,
      ownerShown: ownerName ?? OWNER_NOT_NAMED,
      ownerRole: action.ownerRole.trim(),
      startShown: startMonthWords(action.startMonth, assessment.planStart),
      dueShown: !hasDate ? 'Not set' : isIsoDate(action.dueDate) ? formatDateLong(action.dueDate) : action.dueDate,
      hasDate,
      status,
      statusWords: PROGRESS_STATUS_NAMES[status],
      droppedOn: droppedOn(action, assessment.checkIns),
    };
  });

  const uncoveredIds = new Set(gapsWithoutAction(framework, scores, assessment.actions).map((g) => g.questionId));
  const deferrals = new Map(assessment.deferrals.map((d) => [d.questionId, d]));
  const gapRefs: GapRef[] = areas.flatMap((area) =>
    area.questions
      .filter((q) => q.state === 'answered' && (q.gap ?? 0) > 0)
      .map((q) => ({ areaId: area.id, questionId: q.id, number: q.number, text: q.text })),
  );
  const uncovered = gapRefs.filter((g) => uncoveredIds.has(g.questionId));
  const deferredGaps: DeferredGap[] = uncovered.flatMap((g) => {
    const d = deferrals.get(g.questionId);
    if (!d) return [];
    const name = DEFERRAL_REASON_NAMES[d.reason] ?? d.reason;
    const note = d.note.trim();
    return [{ ...g, reason: d.reason, note, reasonShown: note === '' ? name : `${name}: ${note}` }];
  });
  const openGaps = uncovered.filter((g) => !deferrals.has(g.questionId));
  const covered = gapRefs.length - uncovered.length;
  const coverage: Coverage = {
    gaps: gapRefs.length,
    covered,
    deferred: deferredGaps.length,
    open: openGaps.length,
    openGaps,
    deferredGaps,
    sentence: `${covered} of ${plural(gapRefs.length, 'gap')} covered, ${deferredGaps.length} deferred, ${openGaps.length} open`,
  };

  const readiness = readinessOf(assessment, areas, actions, openGaps);
  const capacity: PlanCapacity = {
    capacity: assessment.planCapacity,
    actions: actions.length,
    limit: loadLimit(assessment.planCapacity),
    warnings: planLoad(assessment.actions, assessment.planStart, assessment.planCapacity),
    rule: PLAN_LOAD_RULE,
    sentence: `${plural(actions.length, 'action')} in the plan; the PCN says it can deliver ${assessment.planCapacity} in six months`,
  };

  const workshop = options.workshop === false ? null : workshopSummary(assessment, framework);
  const evidenceGapAreas = [...new Set(scores.evidenceGaps.map((g) => g.areaId))].map(
    (id) => byId.get(id)?.title ?? id,
  );
  const owners = new Set(actions.map((a) => a.ownerName).filter((name): name is string => name !== null));

  const sentences: ReportSentences = {
    overall:
      o.current === null
        ? 'No question has been answered with a level yet, so there is no overall score.'
        : `Overall readiness: ${overall.current.words} — ${overall.current.shown} of 4 now; ` +
          `six-month target ${overall.target.shown} (${overall.target.words}).`,
    counts:
      `${o.answered} of ${plural(o.total, 'question')} answered with a level, ` +
      `${o.dontKnow} “Don’t know” and ${o.unanswered} not answered.`,
    evidence:
      evidenceGapAreas.length === 0
        ? 'No question was answered “Don’t know”.'
        : `The “Don’t know” answers (in ${joinWords(evidenceGapAreas)}) are evidence gaps: not knowing is a finding in itself.`,
    noPriorities:
      o.current === null
        ? 'No area has been scored yet.'
        : 'No area has a gap between where the PCN is now and its six-month target.',
    actions: `${plural(actions.length, 'action')} with ${plural(owners.size, 'named owner')}`,
    planPeriod,
  };

  return {
    assessment,
    framework,
    scores,
    overall,
    areas,
    ranked,
    priorities,
    evidenceGaps: scores.evidenceGaps,
    evidenceGapAreas,
    actions,
    coverage,
    readiness,
    capacity,
    workshop,
    comparison: compare(framework, areas, o.current, options.previous ?? null),
    months,
    planEnd: end,
    sentences,
    area: (id) => byId.get(id),
    question: (id) => byQuestion.get(id),
  };
}

/**
 * What is missing before the plan is shared: questions not answered (a level or "Don't know"),
 * answered questions without a target the PCN chose, gaps neither covered nor deferred, and
 * actions without a named owner or a due date.
 */
function readinessOf(
  assessment: Assessment,
  areas: ReportArea[],
  actions: ReportAction[],
  openGaps: GapRef[],
): Readiness {
  const questions = areas.flatMap((area) => area.questions);
  const asItem = (kind: MissingKind, q: { areaId: string; id: string; number: string; text: string }): MissingItem => ({
    kind,
    text: `${q.number} ${q.text}`,
    areaId: q.areaId,
    questionId: q.id,
    actionId: null,
  });
  const forAction = (kind: MissingKind, a: ReportAction): MissingItem => ({
    kind,
    text: a.action.title,
    areaId: a.areaId,
    questionId: null,
    actionId: a.action.id,
  });
  const items: MissingItem[] = [
    ...questions.filter((q) => q.state === 'unanswered').map((q) => asItem('unanswered', q)),
    ...questions.filter((q) => q.state === 'answered' && !q.targetSet).map((q) => asItem('no-target', q)),
    ...openGaps.map((g) => asItem('open-gap', { ...g, id: g.questionId })),
    ...actions.filter((a) => a.ownerName === null).map((a) => forAction('no-owner', a)),
    ...actions.filter((a) => !a.hasDate).map((a) => forAction('no-date', a)),
  ];
  const counts = Object.fromEntries(
    MISSING_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind).length]),
  ) as Record<MissingKind, number>;
  const phrases = MISSING_KINDS.filter((kind) => counts[kind] > 0).map((kind) => missingPhrase(kind, counts[kind]));
  const ready = items.length === 0;
  const complete = ready && assessment.status === 'complete';
  return {
    items,
    counts,
    ready,
    status: complete ? 'Complete' : 'Draft',
    statusText: complete
      ? 'Complete'
      : ready
        ? 'Draft: the assessment is not yet marked complete'
        : `Draft: ${plural(items.length, 'thing', 'things')} still to do (see the summary)`,
    phrases,
    sentence: ready ? null : `This is a draft. It does not yet cover: ${joinWords(phrases)}.`,
  };
}

/** Actions grouped by area in priority order (unknown areas last), then start month, due date and title. */
function planOrder(actions: Action[], ranked: ReportArea[]): Action[] {
  const order = new Map(ranked.map((area, index) => [area.id, index]));
  return actions
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        (order.get(a.action.areaId) ?? Number.MAX_SAFE_INTEGER) -
          (order.get(b.action.areaId) ?? Number.MAX_SAFE_INTEGER) ||
        a.action.startMonth - b.action.startMonth ||
        a.action.dueDate.localeCompare(b.action.dueDate) ||
        a.action.title.localeCompare(b.action.title) ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

function workshopSummary(assessment: Assessment, framework: Framework): WorkshopSummary | null {
  const report = workshopReport(assessment, framework);
  if (!report) return null;
  const byFile = new Set(
    assessment.workshop.scores.filter((s) => s.source === 'response-file').map((s) => s.participantId),
  ).size;
  const firstReveal = assessment.workshop.questions
    .map((q) => q.revealedAt)
    .filter((t): t is string => t !== null)
    .sort()[0];
  const date = firstReveal ? formatDateLong(firstReveal.slice(0, 10)) : null;
  return {
    report,
    rows: report.items.map(workshopRow),
    sentence:
      `${plural(report.participantsWithScores, 'person', 'people')} scored each question privately` +
      `${byFile > 0 ? ` (${plural(byFile, 'by a response file', 'by response files')} before the day)` : ''}. ` +
      `The scores were revealed together${date ? ` at the workshop on ${date}` : ''}, ` +
      'the group discussed where views differed, and agreed the levels used in this plan. ' +
      `${plural(report.items.length, 'question was', 'questions were')} scored this way.` +
      `${report.anonymous ? ' The session was anonymous, so no names are given.' : ''}`,
    rules: `${MEDIAN_RULE} ${SPLIT_RULE}`,
  };
}

/** "1 → 3": levels now and at six months, in figures. */
function levelPair(now: string | null, target: string | null): string {
  return `${now ?? '—'} → ${target ?? '—'}`;
}

function workshopRow(item: WorkshopItem): WorkshopRow {
  const r = item.agreed;
  let agreed = 'Not agreed';
  if (r && (item.consensus || r.current !== null || r.dontKnow)) {
    const now = r.dontKnow ? 'Don’t know' : r.current === null ? null : String(r.current);
    const text = levelPair(now, r.target === null ? null : String(r.target));
    agreed = item.consensus ? text : `${text} (not agreed in the workshop)`;
  }
  const { current, target } = item.spread;
  const range =
    current.lowest === null || current.highest === null
      ? 'No levels'
      : current.lowest === current.highest
        ? `All ${current.lowest}`
        : `${current.lowest} to ${current.highest}`;
  return {
    item,
    agreed,
    median: levelPair(
      current.median === null ? null : String(current.median),
      target.median === null ? null : String(target.median),
    ),
    range: current.dontKnow > 0 ? `${range}; ${current.dontKnow} don’t know` : range,
    split: item.spread.split,
  };
}

function compare(
  framework: Framework,
  areas: ReportArea[],
  overallNow: number | null,
  previous: ReportOptions['previous'],
): ReportComparison {
  if (!previous) return { kind: 'none' };
  const date = formatDateLong(previous.assessment.assessmentDate);
  const before = previous.framework;
  if (!before) return { kind: 'unreadable', date, version: previous.assessment.frameworkVersion };
  const scores = scoreAssessment(before, previous.assessment.responses, previous.assessment.areaResponses);
  const earlierById = new Map(scores.areas.map((a) => [a.areaId, a]));
  // Across framework versions an area is compared with its counterpart (framework/mapping.ts).
  const known = new Map<string, AreaScore>();
  for (const area of areas) {
    const earlierId = earlierAreaId(framework, before, area.id);
    const score = earlierId === undefined ? undefined : earlierById.get(earlierId);
    if (score) known.set(area.id, score);
  }
  const perArea = new Map<string, PreviousArea>();
  for (const area of areas) {
    const last = known.get(area.id);
    if (!last) {
      perArea.set(area.id, { kind: 'missing' });
      continue;
    }
    const figure = levelFigure(last.current);
    let change: string;
    if (last.current === null) change = 'Not assessed last time';
    else if (area.current.value === null) change = 'Not assessed this time';
    else change = changeWords(area.current.value, last.current) ?? '';
    perArea.set(area.id, { kind: 'scored', current: figure, score: last, change, levelText: figure.text });
  }
  return {
    kind: 'compared',
    date,
    overall: levelFigure(scores.overall.current),
    overallChange: changeWords(overallNow, scores.overall.current),
    versionChanged: before.version !== framework.version,
    previousVersion: before.version,
    newAreas: areas.filter((a) => !known.has(a.id)).map((a) => a.title),
    areas: perArea,
  };
}
