/**
 * Everything that leaves the app, rendered from plain data by the code in shared/: the PDF for
 * the ICB, the CSV of actions, the accessible HTML plan and the assessment file. Used by the
 * export handler and by the command-line report tool.
 */
import pkg from '../package.json';
import type { Assessment } from '../shared/domain';
import { toAssessmentFile } from '../shared/export/assessment-file';
import { actionsToCsv } from '../shared/export/csv';
import { planToHtml } from '../shared/export/html';
import { getFramework } from '../shared/framework';
import { buildPlanPdf } from '../shared/pdf';
import type { BenchmarkPosition } from '../shared/portfolio/benchmark';
import { AppError } from '../shared/result';
import { withAnonymity } from '../shared/workshop';
import { loadPdfFonts } from './pdf-fonts';

export const EXPORT_FORMATS = ['pdf', 'csv', 'html', 'assessment'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; filterName: string; suffix: string }> = {
  pdf: { extension: 'pdf', filterName: 'PDF document', suffix: 'readiness-plan' },
  csv: { extension: 'csv', filterName: 'CSV spreadsheet', suffix: 'actions' },
  html: { extension: 'html', filterName: 'Web page', suffix: 'readiness-plan' },
  assessment: { extension: 'json', filterName: 'Neighbourhood Ready assessment', suffix: 'assessment' },
};

/** A file name without characters that Windows, macOS or Linux refuse. */
export function defaultFileName(assessment: Assessment, format: ExportFormat): string {
  const type = EXPORT_FILE_TYPES[format];
  const name =
    assessment.profile.pcnName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'pcn';
  return `${name}-${type.suffix}-${assessment.assessmentDate}.${type.extension}`;
}

export interface RenderInput {
  assessment: Assessment;
  previous: Assessment | null;
  generatedOn: string;
  exportedAt: string;
  /** Where the packaged app keeps the PDF fonts (see pdf-fonts.ts). */
  fontDir?: string;
  /** Where the PCN stands against its ICB's benchmark, for the PDF, when one was imported. */
  benchmark?: BenchmarkPosition | null;
}

export function renderExport(format: ExportFormat, given: RenderInput): Uint8Array | string {
  // An anonymous workshop's names never leave the app, in any format.
  const input = { ...given, assessment: withAnonymity(given.assessment) };
  const framework = getFramework(input.assessment.frameworkVersion);
  if (!framework) {
    throw new AppError(
      'conflict',
      `This assessment uses framework version ${input.assessment.frameworkVersion}, which this version of the app does not know.`,
    );
  }
  const previousFramework = input.previous ? getFramework(input.previous.frameworkVersion) : undefined;
  switch (format) {
    case 'pdf':
      return buildPlanPdf(
        {
          assessment: input.assessment,
          framework,
          generatedOn: input.generatedOn,
          previous:
            input.previous && previousFramework ? { assessment: input.previous, framework: previousFramework } : null,
          benchmark: input.benchmark ?? null,
        },
        loadPdfFonts(input.fontDir),
      );
    case 'csv':
      return actionsToCsv(input.assessment, framework);
    case 'html':
      return planToHtml(input.assessment, framework, { generatedOn: input.generatedOn });
    case 'assessment':
      return toAssessmentFile(input.assessment, {
        exportedAt: input.exportedAt,
        app: { name: pkg.productName, version: pkg.version },
      });
  }
}
