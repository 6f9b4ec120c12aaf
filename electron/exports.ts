/**
 * Everything that leaves the app, rendered from plain data by the code in shared/: the PDF for
 * the ICB, the CSV of actions, the accessible HTML plan and the assessment file. Used by the
 * export handler and by the command-line report tool.
 */
import pkg from '../package.json';
import type { Assessment } from '../shared/domain';
import { toAssessmentFile } from '../shared/export/assessment-file';
import { actionsToCsv } from '../shared/export/csv';
import { deliveryModel } from '../shared/export/delivery';
import { buildPlanDocx } from '../shared/export/docx';
import { planToHtml } from '../shared/export/html';
import { getFramework } from '../shared/framework';
import { buildPlanPdf } from '../shared/pdf';
import { buildProgressPdf, buildStatementPdf } from '../shared/pdf/progress';
import type { BenchmarkPosition } from '../shared/portfolio/benchmark';
import { AppError } from '../shared/result';
import { withAnonymity } from '../shared/workshop';
import { buildTrackerXlsx } from './export/xlsx';
import { loadPdfFonts } from './pdf-fonts';

export const EXPORT_FORMATS = ['pdf', 'csv', 'html', 'assessment'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Delivering the plan: the action tracker, the Word plan, the progress report and the preparedness statement. */
export const DELIVERY_FORMATS = ['xlsx', 'docx', 'progress', 'statement'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];
export type AnyExportFormat = ExportFormat | DeliveryFormat;

export const EXPORT_FILE_TYPES: Record<AnyExportFormat, { extension: string; filterName: string; suffix: string }> = {
  pdf: { extension: 'pdf', filterName: 'PDF document', suffix: 'readiness-plan' },
  csv: { extension: 'csv', filterName: 'CSV spreadsheet', suffix: 'actions' },
  html: { extension: 'html', filterName: 'Web page', suffix: 'readiness-plan' },
  assessment: { extension: 'json', filterName: 'Neighbourhood Ready assessment', suffix: 'assessment' },
  xlsx: { extension: 'xlsx', filterName: 'Excel workbook', suffix: 'action-tracker' },
  docx: { extension: 'docx', filterName: 'Word document', suffix: 'action-plan' },
  progress: { extension: 'pdf', filterName: 'PDF document', suffix: 'progress-report' },
  statement: { extension: 'pdf', filterName: 'PDF document', suffix: 'preparedness-statement' },
};

/** A file name without characters that Windows, macOS or Linux refuse. */
export function defaultFileName(assessment: Assessment, format: AnyExportFormat): string {
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

/**
 * Any export, the delivery outputs included (the spreadsheet and Word libraries write
 * asynchronously). The delivery outputs are dated by `generatedOn`: it is "today" for progress.
 */
export async function renderAnyExport(format: AnyExportFormat, given: RenderInput): Promise<Uint8Array | string> {
  if (!(DELIVERY_FORMATS as readonly string[]).includes(format)) return renderExport(format as ExportFormat, given);
  const assessment = withAnonymity(given.assessment);
  const framework = getFramework(assessment.frameworkVersion);
  if (!framework) {
    throw new AppError(
      'conflict',
      `This assessment uses framework version ${assessment.frameworkVersion}, which this version of the app does not know.`,
    );
  }
  const model = deliveryModel(assessment, framework, given.generatedOn);
  switch (format as DeliveryFormat) {
    case 'xlsx':
      return buildTrackerXlsx(model, assessment.id);
    case 'docx':
      return buildPlanDocx(model);
    case 'progress':
      return buildProgressPdf(model, loadPdfFonts(given.fontDir));
    case 'statement':
      return buildStatementPdf(model, loadPdfFonts(given.fontDir));
  }
}
