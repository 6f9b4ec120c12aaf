/**
 * The action tracker as an Excel workbook (exceljs, which needs Node's streams, so it lives in
 * the main process), and reading an edited copy back. What the rows say comes from the delivery
 * model (shared/export/delivery.ts); which columns are read back and how they are checked, from
 * shared/export/tracker.ts.
 *
 * Sheets: Actions (one row per action; status as a drop-down; overdue rows shaded and marked
 * "Overdue" in words; header frozen; filters on), Scores, Check-ins, About this file, and a
 * hidden "App data" sheet naming the assessment, so a tracker is never imported into another.
 * Text the app writes never starts a formula: a cell is given a value, not a formula, except the
 * Overdue column, whose formula the app writes itself.
 */
import ExcelJS from 'exceljs';
import { isIsoDate } from '../../shared/dates';
import type { IsoDate } from '../../shared/domain';
import type { DeliveryModel } from '../../shared/export/delivery';
import {
  TRACKER_COLUMNS,
  TRACKER_SHEETS,
  TRACKER_STATUS_NAMES,
  type TrackerRead,
  type TrackerReadRow,
  type TrackerWritten,
} from '../../shared/export/tracker';
import { AppError } from '../../shared/result';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF005EB8' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const DATE_FORMAT = 'dd/mm/yyyy';
/**
 * An action row's cells: top-aligned and wrapped; dates as dates. One frozen object for every
 * such cell, because exceljs works a style out again for each distinct style object it writes:
 * styles set cell by cell were most of the tracker's time beyond writing its values.
 */
const ROW_STYLE = Object.freeze<Partial<ExcelJS.Style>>({ alignment: { vertical: 'top', wrapText: true } });
const DATE_STYLE = Object.freeze<Partial<ExcelJS.Style>>({ ...ROW_STYLE, numFmt: DATE_FORMAT });

/** An ISO date as the Excel date it names (midnight UTC, which Excel shows as that day). */
function excelDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function letter(index: number): string {
  return String.fromCharCode(64 + index);
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
}

function column(key: (typeof TRACKER_COLUMNS)[number]['key']): number {
  return TRACKER_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** The About this file sheet, a line a row: the title, the plan, and how to use the file. */
export function aboutLines(model: DeliveryModel): string[] {
  return [
    `${model.pcnName}: six-month action tracker`,
    `Plan: ${model.planPeriod}. Assessment of ${model.assessmentDate}. Written by Neighbourhood Ready on ${model.today}.`,
    '',
    'How to use it',
    `On the ${TRACKER_SHEETS.actions} sheet, update the Status (choose from the list), the Progress note and, if it has moved, the Due date.`,
    'Rows whose due date has passed and that are not Done or Dropped are shaded and say "Overdue" in the Overdue? column.',
    'To record the changes in the app, open the assessment, go to Check-ins and choose "Import the action tracker". You will see every change before anything is saved.',
    'Only the Status, Progress note and Due date columns are read back. Add new actions in the app, not here: rows the app did not write are refused.',
    'Give a reason in the Progress note when you drop an action.',
  ];
}

/** The Overdue? cell of an action row: Excel works it out again as dates pass; the app's answer today is its result. */
export function overdueCell(row: number, overdue: boolean): ExcelJS.CellFormulaValue {
  const due = `${letter(column('due'))}${row}`;
  const status = `${letter(column('status'))}${row}`;
  return {
    formula: `IF(AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>"Done",${status}<>"Dropped"),"Overdue","")`,
    result: overdue ? 'Overdue' : '',
    date1904: false,
  };
}

export async function buildTrackerXlsx(model: DeliveryModel, assessmentId: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Neighbourhood Ready';
  book.title = `${model.pcnName}: action tracker`;
  // Dated by the day given, so the same data gives the same workbook.
  book.created = excelDate(model.today);
  book.modified = excelDate(model.today);

  const actions = book.addWorksheet(TRACKER_SHEETS.actions, { views: [{ state: 'frozen', ySplit: 1 }] });
  actions.columns = TRACKER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    hidden: 'hidden' in c && c.hidden,
  }));
  const due = letter(column('due'));
  const status = letter(column('status'));
  for (const a of model.actions) {
    const row = actions.addRow({
      id: a.id,
      ref: a.ref,
      area: a.areaTitle,
      title: a.title,
      questions: a.questions.join('\n'),
      gap: a.gap,
      owner: a.owner,
      starts: a.starts,
      plannedDue: excelDate(a.plannedDue),
      due: excelDate(a.due),
      status: a.status,
      note: a.latestNote,
    });
    row.getCell('overdue').value = overdueCell(row.number, a.overdue);
    // The row's own style (for cells typed in later); its cells share one style object per kind.
    row.alignment = ROW_STYLE.alignment as Partial<ExcelJS.Alignment>;
    row.eachCell((c) => {
      c.style = ROW_STYLE;
    });
    for (const key of ['plannedDue', 'due'] as const) row.getCell(key).style = DATE_STYLE;
  }
  if (model.actions.length > 0) {
    // One drop-down and one date check for each column's range, as Excel keeps them, not one per
    // cell for exceljs to merge into the same range as it writes. (exceljs does not type this.)
    const validations = (
      actions as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    const lastAction = model.actions.length + 1;
    validations.add(`${status}2:${status}${lastAction}`, {
      type: 'list',
      allowBlank: false,
      formulae: [`"${TRACKER_STATUS_NAMES.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Choose a status',
      error: `The status is one of: ${TRACKER_STATUS_NAMES.join(', ')}.`,
    });
    validations.add(`${due}2:${due}${lastAction}`, {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: false,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      showErrorMessage: true,
      errorTitle: 'Enter a date',
      error: 'Enter the due date as a date, such as 31/03/2027.',
    });
  }
  styleHeader(actions);
  const last = Math.max(model.actions.length + 1, 2);
  actions.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: TRACKER_COLUMNS.length } };
  actions.addConditionalFormatting({
    ref: `A2:${letter(TRACKER_COLUMNS.length)}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(ISNUMBER($${due}2),$${due}2<TODAY(),$${status}2<>"Done",$${status}2<>"Dropped")`],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFCE3E3' } },
          font: { bold: true, color: { argb: 'FF8A1538' } },
        },
      },
    ],
  });

  const scores = book.addWorksheet(TRACKER_SHEETS.scores, { views: [{ state: 'frozen', ySplit: 1 }] });
  scores.columns = [
    { header: 'Priority', key: 'rank', width: 9 },
    { header: 'Area', key: 'title', width: 34 },
    { header: 'Importance', key: 'importance', width: 12 },
    { header: 'Now', key: 'now', width: 20 },
    { header: 'Target in six months', key: 'target', width: 20 },
    { header: 'Gap', key: 'gap', width: 22 },
    { header: 'Actions', key: 'actionCount', width: 9 },
  ];
  for (const area of model.areas) scores.addRow(area);
  scores.addRow({ title: 'Overall', now: model.overall.now, target: model.overall.target, gap: model.overall.gap });
  scores.lastRow?.eachCell((cell) => {
    cell.font = { bold: true };
  });
  styleHeader(scores);

  const checkIns = book.addWorksheet(TRACKER_SHEETS.checkIns, { views: [{ state: 'frozen', ySplit: 1 }] });
  checkIns.columns = [
    { header: 'Checked on', key: 'on', width: 13, style: { numFmt: DATE_FORMAT } },
    { header: 'Recorded', key: 'source', width: 16 },
    { header: 'Action or question', key: 'item', width: 44 },
    { header: 'Status or level', key: 'status', width: 16 },
    { header: 'Note', key: 'note', width: 44 },
    { header: 'Due date before', key: 'dueBefore', width: 14, style: { numFmt: DATE_FORMAT } },
    { header: 'New due date', key: 'newDue', width: 14, style: { numFmt: DATE_FORMAT } },
  ];
  for (const c of model.checkIns) {
    for (const e of c.entries) {
      checkIns.addRow({
        on: excelDate(c.checkedOn),
        source: c.source,
        item: e.actionTitle,
        status: e.status,
        note: e.note,
        dueBefore: excelDate(e.dueDate),
        newDue: e.newDueDate ? excelDate(e.newDueDate) : null,
      });
    }
    for (const r of c.ratings) {
      checkIns.addRow({ on: excelDate(c.checkedOn), source: c.source, item: r.question, status: r.level });
    }
  }
  if (model.checkIns.length === 0) checkIns.addRow({ item: 'No check-ins recorded yet.' });
  checkIns.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  styleHeader(checkIns);
  checkIns.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };

  const about = book.addWorksheet(TRACKER_SHEETS.about);
  about.columns = [{ width: 110 }];
  for (const line of aboutLines(model)) about.addRow([line]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.getRow(4).font = { bold: true };

  // Which assessment, and each row as written, so only cells edited in Excel count as changes.
  const app = book.addWorksheet(TRACKER_SHEETS.app, { state: 'hidden' });
  app.addRow(['Assessment', assessmentId]);
  app.addRow(['Written', model.today]);
  app.addRow(['Action', 'Due date', 'Status', 'Progress note']);
  for (const a of model.actions) app.addRow([a.id, a.due, a.status, a.latestNote]);

  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The text a cell shows, whatever kind of value it holds; dates as ISO dates. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** A due-date cell: a date, an Excel day number typed without a date format, or text. */
function dateCellText(value: ExcelJS.CellValue): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  }
  return cellText(value);
}

/** Reads an edited tracker. Refuses a file that is not a workbook or has lost its Actions sheet or columns. */
export async function readTracker(bytes: Uint8Array, fileName: string): Promise<TrackerRead> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError(
      'invalid-input',
      `${fileName} is not an Excel workbook (.xlsx) that can be read. Save it from Excel as an Excel Workbook, then try again. Nothing was imported.`,
    );
  }
  const sheet = book.getWorksheet(TRACKER_SHEETS.actions);
  if (!sheet) {
    throw new AppError(
      'invalid-input',
      `${fileName} has no sheet named “${TRACKER_SHEETS.actions}”, so it is not an action tracker from this app (or the sheet was renamed). Nothing was imported.`,
    );
  }
  const header = sheet.getRow(1);
  const at = new Map<string, number>();
  header.eachCell((cell, col) => {
    at.set(cellText(cell.value).trim(), col);
  });
  const find = (key: 'id' | 'due' | 'status' | 'note') => {
    const name = TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key;
    const col = at.get(name);
    if (col === undefined) {
      throw new AppError(
        'invalid-input',
        `${fileName}: the ${TRACKER_SHEETS.actions} sheet has no column headed “${name}” (it was renamed or deleted). Export the tracker again. Nothing was imported.`,
      );
    }
    return col;
  };
  const cols = { id: find('id'), due: find('due'), status: find('status'), note: find('note') };
  const read = new Set(Object.values(cols));
  const rows: TrackerReadRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    let hasContent = false;
    row.eachCell((cell, col) => {
      if (!read.has(col) && cellText(cell.value).trim() !== '') hasContent = true;
    });
    rows.push({
      rowNumber,
      id: cellText(row.getCell(cols.id).value).trim(),
      due: dateCellText(row.getCell(cols.due).value),
      status: cellText(row.getCell(cols.status).value),
      note: cellText(row.getCell(cols.note).value),
      hasContent,
    });
  });
  const app = book.getWorksheet(TRACKER_SHEETS.app);
  const assessmentId = app ? cellText(app.getCell('B1').value).trim() : '';
  const written = new Map<string, TrackerWritten>();
  app?.eachRow((row, rowNumber) => {
    if (rowNumber < 4) return;
    const id = cellText(row.getCell(1).value).trim();
    const due = cellText(row.getCell(2).value).trim();
    if (id && isIsoDate(due)) {
      written.set(id, { due, status: cellText(row.getCell(3).value).trim(), note: cellText(row.getCell(4).value) });
    }
  });
  return { assessmentId, rows, written };
}
