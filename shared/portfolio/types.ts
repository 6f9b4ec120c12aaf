/**
 * The ICB's portfolio: the assessment files PCNs sent, one per PCN, reduced to the figures the
 * portfolio views, the roll-up and the benchmark need. Plain data, no behaviour.
 */
import type { ActionStatus, AssessmentStatus, IsoDate, IsoDateTime } from '../domain';
import type { Level } from '../framework/types';

/** An organisation named in the NHS directory: an ICB or a sub-ICB location. */
export interface Place {
  code: string;
  name: string;
}

/** One area of one PCN, as its own report shows it. */
export interface PcnAreaFigures {
  areaId: string;
  /** Mean current level of the area's answered questions; null when none is answered. */
  current: number | null;
  target: number | null;
  gap: number | null;
  answered: number;
  dontKnow: number;
  total: number;
}

/** One question of one PCN: the levels given (the question ids belong to the PCN's framework version). */
export interface PcnQuestionAnswer {
  questionId: string;
  areaId: string;
  current: Level | null;
  target: Level | null;
  dontKnow: boolean;
}

export interface PcnActionFacts {
  areaId: string;
  title: string;
  startMonth: number;
  dueDate: IsoDate;
  status: ActionStatus;
}

/** What the portfolio keeps of one PCN's assessment (worked out once, when the file is imported). */
export interface PcnFacts {
  pcnCode: string | null;
  pcnName: string;
  /** The ICB as the PCN typed it in its profile (used when the PCN is not in the directory). */
  icbText: string;
  /** Registered population from the PCN's own profile, where it gave one. */
  profilePopulation: number | null;
  frameworkVersion: string;
  assessmentDate: IsoDate;
  /** "complete" is a finished plan; "in-progress" is a draft. */
  status: AssessmentStatus;
  /** Overall readiness: the mean of the area scores (null when no area has one). */
  overall: number | null;
  overallTarget: number | null;
  /** Readiness for the neighbourhood-provider routes; see ROUTES_RULE. */
  routes: number | null;
  areas: PcnAreaFigures[];
  questions: PcnQuestionAnswer[];
  actions: PcnActionFacts[];
}

/** A PCN in the portfolio as the views see it: its facts, where it sits, and where its file came from. */
export interface PortfolioPcn extends PcnFacts {
  id: string;
  fileName: string;
  importedAt: IsoDateTime;
  /** The PCN's main ICB from the NHS directory, or null when the PCN is not found there. */
  icb: Place | null;
  /** The sub-ICB location of most of its practices, from the directory, where the directory has it. */
  subIcb: Place | null;
  /** Registered patients: from the directory where the PCN is found there, else from its profile. */
  population: number | null;
  populationSource: 'directory' | 'profile' | null;
}

/** The directory's PCN counts and patients per ICB and sub-ICB, for "how many sent a plan" and coverage. */
export interface DirectoryPlace {
  icb: Place;
  /** Null for PCNs whose sub-ICB the directory does not give. */
  subIcb: Place | null;
  pcns: number;
  population: number;
}

export interface PortfolioData {
  pcns: PortfolioPcn[];
  /** Empty when no NHS directory has been imported. */
  places: DirectoryPlace[];
  /** Extract date of the directory the places come from, or null. */
  directoryExtractDate: IsoDate | null;
}

/** The views' filter: everything, one ICB, or one sub-ICB of one ICB. */
export interface PortfolioFilter {
  icbCode: string | null;
  subIcbCode: string | null;
}

/** What happened to each file of an import, in the order the files were read. */
export type PortfolioFileOutcome =
  | { fileName: string; outcome: 'imported'; pcnName: string; assessmentDate: IsoDate }
  | {
      fileName: string;
      outcome: 'replaced';
      pcnName: string;
      assessmentDate: IsoDate;
      /** The date of the older assessment it replaced, and the file it came from. */
      replacedDate: IsoDate;
      replacedFile: string;
    }
  | {
      fileName: string;
      outcome: 'kept-newer';
      pcnName: string;
      assessmentDate: IsoDate;
      keptDate: IsoDate;
      keptFile: string;
    }
  | { fileName: string; outcome: 'refused'; reason: string };

export interface PortfolioImportReport {
  files: PortfolioFileOutcome[];
  imported: number;
  replaced: number;
  keptNewer: number;
  refused: number;
}
