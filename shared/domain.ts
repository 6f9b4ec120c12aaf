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
  name: string;
  organisation: string;
  role: string;
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
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
