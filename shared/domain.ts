/**
 * Plain data shapes of an assessment, shared by the main process, the renderer, the PDF
 * builder and the assessment file. No behaviour here.
 */
import type { Level } from './framework/types';

export type IsoDate = string; // YYYY-MM-DD
export type IsoDateTime = string; // full ISO 8601 timestamp, UTC

export interface Practice {
  id: string;
  /** Practice code: a letter and five digits (e.g. A81001), or null if not known. */
  code: string | null;
  name: string;
  /** Registered patients, where known. */
  listSize: number | null;
}

export interface PcnProfile {
  pcnName: string;
  /** PCN code: U and five digits (e.g. U41591), or null if not known. */
  pcnCode: string | null;
  /** ICB name(s) as free text; a PCN can span two ICBs. */
  icb: string;
  /** Registered population, where known. */
  population: number | null;
  practices: Practice[];
  /** Extract date of the NHS directory the profile was filled from, or null if typed by hand. */
  directoryExtractDate: IsoDate | null;
}

export interface QuestionResponse {
  questionId: string;
  /** Where the PCN is now; null when not answered or "don't know". */
  current: Level | null;
  /** The user said they do not know: an evidence gap. */
  dontKnow: boolean;
  /** Where the PCN wants to be in six months; null when not set. */
  target: Level | null;
  notes: string;
}

export const IMPORTANCE = [1, 2, 3] as const;
export type Importance = (typeof IMPORTANCE)[number];
export const IMPORTANCE_NAMES: Record<Importance, string> = { 1: 'Lower', 2: 'Medium', 3: 'High' };

export interface AreaResponse {
  areaId: string;
  /** How important the area is to this PCN; null means not said (scored as Medium). */
  importance: Importance | null;
  summary: string;
}

export const PARTNER_KINDS = [
  'community-trust',
  'mental-health-trust',
  'acute-trust',
  'social-care',
  'voluntary-sector',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_NAMES: Record<PartnerKind, string> = {
  'community-trust': 'Community trust',
  'mental-health-trust': 'Mental health trust',
  'acute-trust': 'Acute trust',
  'social-care': 'Social care',
  'voluntary-sector': 'Voluntary sector',
  other: 'Other',
};

export interface Partner {
  id: string;
  kind: PartnerKind;
  /** Organisation name, e.g. "Northshire Community Health NHS Trust". */
  name: string;
  /** Named contact. */
  contact: string;
  /** Strength of the relationship on the same 0–4 scale, or null if not rated. */
  strength: Level | null;
  notes: string;
}

export interface Participant {
  id: string;
  /** Name or alias; may be blank (then shown as "Participant 1" and so on). */
  name: string;
  /** A member practice, the PCN, or a partner organisation. */
  organisation: string;
  role: string;
}

/** Where a participant's private score came from. */
export const SCORE_SOURCES = ['live', 'response-file'] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];

/** One participant's private rating of one question in a workshop. */
export interface ParticipantScore {
  participantId: string;
  questionId: string;
  /** Where they think the PCN is now; null when not given or "don't know". */
  current: Level | null;
  dontKnow: boolean;
  /** Where they think it should be in six months; null when not given. */
  target: Level | null;
  /** Why they rated it so, in their words (asked of outliers after the reveal, or written in a response file). */
  reason: string;
  /** Entered live by the facilitator, or imported from the participant's response file. */
  source: ScoreSource;
}

/** A question's state in the workshop. The agreed levels themselves are the question's response. */
export interface WorkshopQuestion {
  questionId: string;
  /** When the facilitator revealed everyone's scores; null while they are hidden. */
  revealedAt: IsoDateTime | null;
  /** When the group agreed its consensus; null until then. */
  agreedAt: IsoDateTime | null;
  /** Why the agreed level differs from the median (required then), or anything else the group noted. */
  consensusReason: string;
}

/** The workshop of an assessment: private scores, their reveal and the consensus. */
export interface Workshop {
  /** No names on screen or in exports: people are shown as "Participant 1", "Participant 2"… */
  anonymous: boolean;
  /** Only questions the workshop has touched (revealed or agreed). */
  questions: WorkshopQuestion[];
  scores: ParticipantScore[];
}

/**
 * A score the renderer may know exists but not see: the question has not been revealed. Only
 * whether each part was entered, never the value.
 */
export interface HiddenScore {
  participantId: string;
  questionId: string;
  hasCurrent: boolean;
  hasTarget: boolean;
  source: ScoreSource;
}

/**
 * The workshop as the main process hands it to the renderer: `scores` holds only revealed
 * questions; scores of questions still hidden appear in `hidden` as "entered" flags.
 */
export interface WorkshopView extends Workshop {
  hidden: HiddenScore[];
}

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_NAMES: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export interface Action {
  id: string;
  areaId: string;
  questionIds: string[];
  title: string;
  description: string;
  ownerName: string;
  ownerRole: string;
  /** Month of the plan in which work starts, 1 to 6. */
  startMonth: number;
  /** Due date, inside the six months from the plan's start. */
  dueDate: IsoDate;
  status: ActionStatus;
  successMeasure: string;
  /** The suggestion it was drafted from, or null for the user's own action. */
  suggestionId: string | null;
}

/**
 * What a check-in can say about an action: the plan's four statuses, or dropped (with the reason
 * in the note). An action's plan status follows its check-ins; "dropped" lives only in the
 * check-in history, so a dropped action stays on the plan with its last plan status.
 */
export const PROGRESS_STATUSES = [...ACTION_STATUSES, 'dropped'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const PROGRESS_STATUS_NAMES: Record<ProgressStatus, string> = {
  ...ACTION_STATUS_NAMES,
  dropped: 'Dropped',
};

/** What one check-in says about one action. */
export interface CheckInEntry {
  actionId: string;
  /** The action's title when the check-in was made, so the history reads the same if it is renamed or deleted. */
  actionTitle: string;
  /** The action's status before this check-in, so the history shows what changed. */
  previousStatus: ProgressStatus;
  status: ProgressStatus;
  /** What happened since the last check-in; required (the reason) when the action is dropped. */
  note: string;
  /** The due date before this check-in. */
  dueDate: IsoDate;
  /** A new due date agreed at this check-in, or null when the date stands. */
  newDueDate: IsoDate | null;
}

/** A question rated again at a check-in: where the PCN is now. */
export interface CheckInRating {
  questionId: string;
  current: Level | null;
  dontKnow: boolean;
}

/** Where a check-in was made: in the app, or in the action tracker spreadsheet and imported. */
export const CHECK_IN_SOURCES = ['app', 'spreadsheet'] as const;
export type CheckInSource = (typeof CHECK_IN_SOURCES)[number];

/** A progress check-in on the plan. Check-ins are kept as history: never changed once recorded. */
export interface CheckIn {
  id: string;
  /** The day the check-in describes. */
  checkedOn: IsoDate;
  recordedAt: IsoDateTime;
  source: CheckInSource;
  /** A note on the check-in as a whole. */
  note: string;
  entries: CheckInEntry[];
  ratings: CheckInRating[];
}

/** Why a gap is left out of this six-month plan, when no action covers it. */
export const DEFERRAL_REASONS = ['not-this-cycle', 'depends-on-icb', 'depends-on-partner', 'other'] as const;
export type DeferralReason = (typeof DEFERRAL_REASONS)[number];
export const DEFERRAL_REASON_NAMES: Record<DeferralReason, string> = {
  'not-this-cycle': 'Not this cycle',
  'depends-on-icb': 'Depends on the ICB',
  'depends-on-partner': 'Depends on a partner',
  other: 'Another reason',
};

/** A gap the PCN has chosen not to act on in this plan, and why. */
export interface GapDeferral {
  questionId: string;
  reason: DeferralReason;
  /** In the PCN's words; required when the reason is "other". */
  note: string;
}

/** How many actions a PCN can deliver in six months, unless it says otherwise. */
export const DEFAULT_PLAN_CAPACITY = 12;

export const ASSESSMENT_STATUSES = ['in-progress', 'complete'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface AssessmentSummary {
  id: string;
  pcnName: string;
  pcnCode: string | null;
  assessmentDate: IsoDate;
  status: AssessmentStatus;
  frameworkVersion: string;
  /** Questions answered (a level or "don't know") out of all questions in its framework. */
  answered: number;
  questionCount: number;
  previousAssessmentId: string | null;
  updatedAt: IsoDateTime;
  /** The plan's first day, how many actions it has and the day of its latest check-in (for the reminder). */
  planStart: IsoDate;
  actionCount: number;
  lastCheckInOn: IsoDate | null;
}

export interface Assessment {
  id: string;
  frameworkVersion: string;
  assessmentDate: IsoDate;
  /** First day of the six-month plan. */
  planStart: IsoDate;
  status: AssessmentStatus;
  previousAssessmentId: string | null;
  profile: PcnProfile;
  responses: QuestionResponse[];
  areaResponses: AreaResponse[];
  partners: Partner[];
  participants: Participant[];
  actions: Action[];
  /** Suggested actions the user chose not to use; they are no longer proposed. */
  dismissedSuggestionIds: string[];
  /** Gaps left out of this plan on purpose, with the reason (one per question at most). */
  deferrals: GapDeferral[];
  /** How many actions the PCN says it can deliver in the six months (DEFAULT_PLAN_CAPACITY unless set). */
  planCapacity: number;
  /** Individual scores from a workshop; empty when the assessment was made without one. */
  workshop: Workshop;
  /** Progress check-ins on the plan, oldest first. */
  checkIns: CheckIn[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
