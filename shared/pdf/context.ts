/**
 * Everything the sections need: the report model (every figure, word and sentence the PDF
 * prints, shared with the other outputs), the plan calendar and the previous assessment.
 */
import type { Assessment, IsoDate } from '../domain';
import type { Framework } from '../framework/types';
import { type PlanMonth, planEnd } from '../plan';
import type { BenchmarkPosition } from '../portfolio/benchmark';
import { buildReport, type Report } from '../report';

export interface PlanPdfInput {
  assessment: Assessment;
  framework: Framework;
  /** The date printed as the day the PDF was made. */
  generatedOn: IsoDate;
  /** The PCN's previous assessment, to show progress since then. */
  previous?: { assessment: Assessment; framework: Framework } | null;
  /** Where the PCN stands against the benchmark its ICB sent, when one was imported. */
  benchmark?: BenchmarkPosition | null;
}

export interface PdfContext {
  assessment: Assessment;
  framework: Framework;
  generatedOn: IsoDate;
  report: Report;
  months: PlanMonth[];
  /** "December 2026 to May 2027". */
  planPeriod: string;
  planEnd: IsoDate;
  previous: { assessment: Assessment; framework: Framework } | null;
}

export function makeContext(input: PlanPdfInput): PdfContext {
  const { assessment, framework } = input;
  const report = buildReport(assessment, framework, { previous: input.previous ?? null });
  return {
    assessment,
    framework,
    generatedOn: input.generatedOn,
    report,
    // The PDF needs a real plan start (planEnd throws otherwise), as it always has.
    months: report.months,
    planPeriod: report.sentences.planPeriod,
    planEnd: planEnd(assessment.planStart),
    previous: input.previous ?? null,
  };
}
