/**
 * The action plan as CSV, for ICB and PCN trackers (Excel, Google Sheets, SharePoint lists).
 *
 * - UTF-8 with a byte order mark (`\uFEFF`) so that Excel on Windows reads names such as
 *   "Zoë O'Brien–Smith" correctly; CRLF line endings, one header row.
 * - RFC 4180 quoting: a field containing a comma, a double quote, CR or LF is wrapped in double
 *   quotes, with each inner double quote doubled. Line breaks inside a field are kept.
 * - Dates as ISO YYYY-MM-DD, so they sort and import the same on every machine and locale.
 * - Formula injection guard (csv-guard.ts): a field that a spreadsheet would run as a formula
 *   (starting with `=`, `+`, `-`, `@`, also after spaces or a line break or in fullwidth form)
 *   gets a leading apostrophe (`'=SUM(A1)`). The apostrophe is visible in the cell; the text is
 *   otherwise unchanged. Every column is guarded, including the ones the app fills itself.
 *
 * Rows are in plan order, as in the PDF: areas by priority (highest first; actions for an area the
 * framework does not have come last), then start month, due date and title.
 *
 * Columns: PCN code, PCN name, Area, Area priority (its rank, or "Not ranked"), Area gap (words
 * and figure, "Moderate gap (+1.0)", as every other output prints them), Questions (the texts of
 * the questions the action addresses, joined with " | "), Action, Description, Owner name ("Owner
 * not yet named" when none is named), Owner role, Start month ("Month 2 (Jan 2027)"), Due date,
 * Status (words), Success measure, Action ID (a stable UUID, so a tracker can match rows when the
 * plan is exported again).
 */
import type { Assessment } from '../domain';
import type { Framework } from '../framework/types';
import { buildReport, type Report } from '../report';
import { guardFormula } from './csv-guard';

export const CSV_COLUMNS = [
  'PCN code',
  'PCN name',
  'Area',
  'Area priority',
  'Area gap',
  'Questions',
  'Action',
  'Description',
  'Owner name',
  'Owner role',
  'Start month',
  'Due date',
  'Status',
  'Success measure',
  'Action ID',
] as const;

/** One field, guarded against formula injection (csv-guard.ts) and quoted as RFC 4180 requires. */
export function csvField(value: string): string {
  const guarded = guardFormula(value);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The plan's actions as CSV text (see the top of this file for the format). */
export function actionsToCsv(assessment: Assessment, framework: Framework, report?: Report): string {
  const { profile } = assessment;
  const model = report ?? buildReport(assessment, framework);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of model.actions) {
    const { action, area } = entry;
    rows.push([
      profile.pcnCode ?? '',
      profile.pcnName,
      area ? area.title : action.areaId,
      area ? area.rankShown : 'Not ranked',
      !area ? '' : area.noEvidence ? 'Not assessed' : `${area.gap.words} (${area.gap.signed})`,
      entry.questions.map((q) => q.text).join(' | '),
      action.title,
      action.description,
      entry.ownerShown,
      action.ownerRole,
      entry.startShown,
      action.dueDate,
      entry.statusWords,
      action.successMeasure,
      action.id,
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
