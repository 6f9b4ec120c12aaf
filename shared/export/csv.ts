/**
 * The action plan as CSV, for ICB and PCN trackers (Excel, Google Sheets, SharePoint lists).
 *
 * - UTF-8 with a byte order mark (`\uFEFF`) so that Excel on Windows reads names such as
 *   "Zoë O'Brien–Smith" correctly; CRLF line endings, one header row.
 * - RFC 4180 quoting: a field containing a comma, a double quote, CR or LF is wrapped in double
 *   quotes, with each inner double quote doubled. Line breaks inside a field are kept.
 * - Dates as ISO YYYY-MM-DD, so they sort and import the same on every machine and locale.
 * - Formula injection guard (OWASP "CSV Injection"): a field that begins with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return would be run as a formula by a spreadsheet, so it gets a leading
 *   apostrophe (`'=SUM(A1)`). The apostrophe is visible in the cell; the text is otherwise
 *   unchanged. Every column is guarded, including the ones the app fills itself.
 *
 * Columns: PCN code, PCN name, Area, Questions (the texts of the questions the action
 * addresses, joined with " | "), Action, Description, Owner name, Owner role, Start month
 * ("Month 2 (Jan 2027)"), Due date, Status (words), Success measure, Action ID (a stable UUID, so a
 * tracker can match rows when the plan is exported again).
 */
import { ACTION_STATUS_NAMES, type Action, type Assessment } from '../domain';
import { findArea, findQuestion } from '../framework/index';
import type { Framework } from '../framework/types';
import { planMonths } from '../plan';

export const CSV_COLUMNS = [
  'PCN code',
  'PCN name',
  'Area',
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

/** Characters that make a spreadsheet treat a cell as a formula when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, guarded against formula injection and quoted as RFC 4180 requires. */
export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * The plan's actions in plan order: by the framework's area order (actions for an area the
 * framework does not have come last), then start month, then due date, then as stored.
 */
export function actionsInPlanOrder(actions: Action[], framework: Framework): Action[] {
  const areaOrder = new Map(framework.areas.map((area, index) => [area.id, index]));
  return actions
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        (areaOrder.get(a.action.areaId) ?? Number.MAX_SAFE_INTEGER) -
          (areaOrder.get(b.action.areaId) ?? Number.MAX_SAFE_INTEGER) ||
        a.action.startMonth - b.action.startMonth ||
        (a.action.dueDate < b.action.dueDate ? -1 : a.action.dueDate > b.action.dueDate ? 1 : 0) ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

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

/** The plan's actions as CSV text (see the top of this file for the format). */
export function actionsToCsv(assessment: Assessment, framework: Framework): string {
  const { profile } = assessment;
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const action of actionsInPlanOrder(assessment.actions, framework)) {
    rows.push([
      profile.pcnCode ?? '',
      profile.pcnName,
      findArea(framework, action.areaId)?.title ?? action.areaId,
      action.questionIds.map((id) => findQuestion(framework, id)?.question.text ?? id).join(' | '),
      action.title,
      action.description,
      action.ownerName,
      action.ownerRole,
      startMonthWords(action.startMonth, assessment.planStart),
      action.dueDate,
      ACTION_STATUS_NAMES[action.status] ?? action.status,
      action.successMeasure,
      action.id,
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
