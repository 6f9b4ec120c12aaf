/**
 * Everything the sections need, worked out once: the scores, the plan calendar and lookups.
 */
import type { Assessment, IsoDate } from '../domain';
import type { Area, Framework } from '../framework/types';
import { type PlanMonth, planEnd, planMonths } from '../plan';
import { type AreaScore, type AssessmentScores, scoreAssessment } from '../scoring';
import { monthLong } from './words';

export interface PlanPdfInput {
  assessment: Assessment;
  framework: Framework;
  /** The date printed as the day the PDF was made. */
  generatedOn: IsoDate;
  /** The PCN's previous assessment, to show progress since then. */
  previous?: { assessment: Assessment; framework: Framework } | null;
}

export interface PdfContext {
  assessment: Assessment;
  framework: Framework;
  generatedOn: IsoDate;
  scores: AssessmentScores;
  months: PlanMonth[];
  /** "December 2026 to May 2027". */
  planPeriod: string;
  planEnd: IsoDate;
  previous: { assessment: Assessment; framework: Framework; scores: AssessmentScores } | null;
  areaScore(areaId: string): AreaScore | undefined;
  /** Areas in priority order (rank 1 first). */
  rankedAreas: { area: Area; score: AreaScore }[];
}

export function makeContext(input: PlanPdfInput): PdfContext {
  const { assessment, framework } = input;
  const scores = scoreAssessment(framework, assessment.responses, assessment.areaResponses);
  const months = planMonths(assessment.planStart);
  const end = planEnd(assessment.planStart);
  const byId = new Map(scores.areas.map((score) => [score.areaId, score]));
  const rankedAreas: { area: Area; score: AreaScore }[] = [];
  for (const areaId of scores.ranked) {
    const area = framework.areas.find((candidate) => candidate.id === areaId);
    const score = byId.get(areaId);
    if (area && score) rankedAreas.push({ area, score });
  }
  const previous = input.previous
    ? {
        ...input.previous,
        scores: scoreAssessment(
          input.previous.framework,
          input.previous.assessment.responses,
          input.previous.assessment.areaResponses,
        ),
      }
    : null;
  return {
    assessment,
    framework,
    generatedOn: input.generatedOn,
    scores,
    months,
    planPeriod: `${monthLong(assessment.planStart)} to ${monthLong(end)}`,
    planEnd: end,
    previous,
    areaScore: (areaId) => byId.get(areaId),
    rankedAreas,
  };
}
