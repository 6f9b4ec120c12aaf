/**
 * The shape of a readiness framework: the eight areas, their questions and level descriptors.
 * Content is versioned so that an assessment made against one version still reads correctly
 * after a later release changes the questions.
 */

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<Level, string> = {
  0: 'Not started',
  1: 'Emerging',
  2: 'Developing',
  3: 'Established',
  4: 'Thriving',
};

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

export interface Question {
  /** Stable id, unique across the framework, e.g. "leadership.cd-ambition". Never reused. */
  id: string;
  /** The question the PCN asks itself, in plain English. */
  text: string;
  /** Inline help: what to consider, what evidence looks like, jargon explained. */
  help: string;
  /**
   * Framework 2026.2 onwards: what each level looks like for this question, 0 to 4. Each anchor
   * is one observable condition a board could show evidence for. Absent in 2026.1, which rated
   * every question against the area's level descriptors.
   */
  anchors?: Record<Level, Anchor>;
  /** Framework 2026.2 onwards: the national expectations this question serves (ids in national.ts). */
  links?: NationalLinkId[];
  /**
   * Steps (by the level they start from) that a PCN cannot take on its own, with the reason,
   * e.g. { 3: 'The ICB decides which sites enter the regional pipeline.' }. Every other step has
   * at least one suggested action.
   */
  stepsOutsidePcn?: Partial<Record<0 | 1 | 2 | 3, string>>;
  /**
   * Reassessment mapping: the id of the question in the previous framework version that asks the
   * same thing, so its answer carries over. Absent means a new question (answered afresh).
   */
  carriesAnswerFrom?: string;
}

/** One level of one question (framework 2026.2 onwards). */
export interface Anchor {
  /** One observable condition, e.g. "Every member practice has signed a one-page PCN purpose." */
  text: string;
  /** An example of the evidence, e.g. "Board minute of the sign-off, with the signed page attached." */
  evidence: string;
}

/** Ids of the national expectations a question can serve; the words and sources are in national.ts. */
export type NationalLinkId =
  | 'core-phm'
  | 'core-modern-gp'
  | 'core-community'
  | 'core-mdt'
  | 'core-intermediate'
  | 'core-ucr'
  | 'nhf-contracting'
  | 'nhf-boundaries'
  | 'nhf-plans'
  | 'nhf-same-day'
  | 'gpc-footprint'
  | 'gpc-int-core'
  | 'gpc-local-variation'
  | 'nhc-centres'
  | 'psr-conflicts'
  | 'nnhip-integrated-working'
  | 'nnhip-readiness'
  | 'nnhip-governance'
  | 'nnhip-data-sharing'
  | 'nnhip-need';

export interface Area {
  /** Stable id, e.g. "leadership". */
  id: string;
  /** Display title, e.g. "Leadership". */
  title: string;
  /** One or two sentences: why this area matters for leading a neighbourhood. */
  purpose: string;
  questions: Question[];
  /** What the PCN looks like at each level, indexed 0 (Not started) to 4 (Thriving). */
  levels: Record<Level, string>;
  /** True for the area where each partner organisation is also recorded separately. */
  tracksPartners?: boolean;
}

export interface Framework {
  /** Version id stored with every assessment, e.g. "2026.1". */
  version: string;
  title: string;
  /** Short note of what changed in this version, for people reading old assessments. */
  releaseNote: string;
  areas: Area[];
  /** The suggested six-month actions written for this version's questions. */
  suggestions: SuggestedAction[];
}

/** A suggested six-month action, offered when an area has a gap. */
export interface SuggestedAction {
  /** Stable id, e.g. "leadership.one-page-purpose". */
  id: string;
  areaId: string;
  /** Question ids (in the same area) that the action helps to close. At least one. */
  questionIds: string[];
  title: string;
  description: string;
  /** The level step it helps: an action with fromLevel 1 helps a PCN move from 1 to 2. */
  fromLevel: 0 | 1 | 2 | 3;
  /** Suggested owner role, e.g. "Clinical director", "PCN manager". */
  ownerRole: string;
  /** Suggested month within the six-month plan, 1 to 6. */
  suggestedMonth: 1 | 2 | 3 | 4 | 5 | 6;
  /** How the PCN will know it worked. */
  successMeasure: string;
}
