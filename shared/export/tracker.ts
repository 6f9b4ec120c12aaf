/**
 * The action tracker spreadsheet, without the spreadsheet library: what its rows say, and how
 * the rows read back from a copy edited in Excel become a check-in. electron/export/xlsx.ts
 * writes and reads the .xlsx file itself.
 *
 * Only three columns are read back: Due date, Status and Progress note. Every action row carries
 * the action's id in a hidden column; a row without a known id was not written by the app and is
 * refused with its row number, as is anything else the app cannot use, so nothing is recorded
 * until the whole sheet makes sense.
 *
 * A value counts as edited only when it differs from what the file was written with (kept in the
 * hidden App data sheet): a change made in the app after the export is never undone by a cell
 * nobody touched.
 */
import { isIsoDate } from '../dates';
import {
  type Assessment,
  type IsoDate,
  PROGRESS_STATUS_NAMES,
  PROGRESS_STATUSES,
  type ProgressStatus,
} from '../domain';
import type { Framework } from '../framework/types';
import { type CheckInDraft, checkCheckIn, type Progress } from '../progress';

/** Sheet names, as the file shows them. */
export const TRACKER_SHEETS = {
  actions: 'Actions',
  scores: 'Scores',
  checkIns: 'Check-ins',
  about: 'About this file',
  /** Hidden: which assessment the file belongs to. */
  app: 'App data',
} as const;

/** The columns of the Actions sheet, in order. `read` marks the ones imported back. */
export const TRACKER_COLUMNS = [
  { key: 'id', header: 'App reference (do not change)', width: 12, hidden: true },
  { key: 'ref', header: 'Ref', width: 6 },
  { key: 'area', header: 'Area', width: 24 },
  { key: 'title', header: 'Action', width: 40 },
  { key: 'questions', header: 'Questions it targets', width: 40 },
  { key: 'gap', header: 'Area gap', width: 20 },
  { key: 'owner', header: 'Owner', width: 22 },
  { key: 'starts', header: 'Starts', width: 16 },
  { key: 'plannedDue', header: 'Planned due date', width: 14 },
  { key: 'due', header: 'Due date', width: 14, read: true },
  { key: 'status', header: 'Status', width: 14, read: true },
  { key: 'note', header: 'Progress note', width: 44, read: true },
  { key: 'overdue', header: 'Overdue?', width: 10 },
] as const;

export type TrackerColumnKey = (typeof TRACKER_COLUMNS)[number]['key'];

/** One row of the Actions sheet, as text and ISO dates. */
export interface TrackerRow {
  id: string;
  ref: string;
  area: string;
  title: string;
  questions: string;
  gap: string;
  owner: string;
  starts: string;
  plannedDue: IsoDate;
  due: IsoDate;
  status: string;
  note: string;
}

/** A row read back from the file; `due` is whatever the cell held, as an ISO date when it was a date. */
export interface TrackerReadRow {
  /** The row number in the sheet, as Excel shows it. */
  rowNumber: number;
  id: string;
  due: string;
  status: string;
  note: string;
  /** Whether anything else in the row has content (a row with only that is still a row). */
  hasContent: boolean;
}

/** An action's due date, status (in words) and note as the file was written. */
export interface TrackerWritten {
  due: IsoDate;
  status: string;
  note: string;
}

export interface TrackerRead {
  /** The assessment id in the hidden sheet, or '' when there is none. */
  assessmentId: string;
  rows: TrackerReadRow[];
  /** What each action's row said when the file was written, by action id. */
  written: Map<string, TrackerWritten>;
}

export interface TrackerProblem {
  /** The row number in the Actions sheet, or null for the file as a whole. */
  row: number | null;
  message: string;
}

export interface TrackerChange {
  row: number;
  actionTitle: string;
  /** The status before and after, in words; equal when unchanged. */
  from: string;
  to: string;
  note: string;
  /** The new due date, or null when unchanged. */
  newDueDate: IsoDate | null;
  changed: boolean;
}

/** What the user sees before confirming an import: the changes, or the reasons it cannot be imported. */
export interface TrackerPreview {
  /** Set only when there are no problems: pass it back to record the check-in. */
  token: string | null;
  fileName: string;
  checkedOn: IsoDate;
  changes: TrackerChange[];
  problems: TrackerProblem[];
  /** Actions in the plan that the sheet does not list; they are left as they are. */
  notInSheet: number;
}

/** The status names the Status drop-down offers. */
export const TRACKER_STATUS_NAMES: string[] = PROGRESS_STATUSES.map((s) => PROGRESS_STATUS_NAMES[s]);

function statusFromName(text: string): ProgressStatus | null {
  const wanted = text.trim().toLowerCase();
  return PROGRESS_STATUSES.find((s) => PROGRESS_STATUS_NAMES[s].toLowerCase() === wanted) ?? null;
}

/** A date typed or kept in a cell: ISO (2027-03-31) or UK day/month/year (31/03/2027). */
export function readDate(text: string): IsoDate | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!uk) return null;
  const iso = `${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Checks the rows read from an edited tracker and turns them into a check-in on `today`. Every
 * problem is listed with its row number; the draft is returned only when there are none.
 */
export function checkTrackerRows(
  assessment: Assessment,
  framework: Framework,
  progress: Progress,
  read: TrackerRead,
  today: IsoDate,
): { problems: TrackerProblem[]; changes: TrackerChange[]; draft: CheckInDraft | null; notInSheet: number } {
  const fail = (message: string) => ({
    problems: [{ row: null, message }],
    changes: [],
    draft: null,
    notInSheet: 0,
  });
  if (read.assessmentId === '') {
    return fail(
      'This spreadsheet was not written by Neighbourhood Ready (it has no hidden app data). Export the action tracker from the app, edit that copy, then import it.',
    );
  }
  if (read.assessmentId !== assessment.id) {
    return fail(
      `This spreadsheet is the tracker of another assessment, not ${assessment.profile.pcnName}'s of ${assessment.assessmentDate}. Open that assessment to import it, or choose the right file.`,
    );
  }
  const byId = new Map(progress.actions.map((a) => [a.action.id, a]));
  const problems: TrackerProblem[] = [];
  const rowOf = new Map<string, number>();
  const draft: CheckInDraft = {
    checkedOn: today,
    note: 'Imported from the action tracker spreadsheet.',
    entries: [],
    ratings: [],
  };
  const changes: TrackerChange[] = [];
  for (const row of read.rows) {
    const id = row.id.trim();
    const empty = id === '' && row.status.trim() === '' && row.note.trim() === '' && row.due.trim() === '';
    if (empty && !row.hasContent) continue;
    if (id === '') {
      problems.push({
        row: row.rowNumber,
        message:
          'This row was not written by the app (its hidden reference is empty). Add new actions in the app, then export the tracker again.',
      });
      continue;
    }
    const progressRow = byId.get(id);
    if (!progressRow) {
      problems.push({
        row: row.rowNumber,
        message:
          "This row's hidden reference does not match any action in this plan (it was changed, or the action was deleted in the app).",
      });
      continue;
    }
    const earlier = rowOf.get(id);
    if (earlier !== undefined) {
      problems.push({ row: row.rowNumber, message: `This row repeats the action in row ${earlier}.` });
      continue;
    }
    rowOf.set(id, row.rowNumber);
    const status = statusFromName(row.status);
    if (!status) {
      problems.push({
        row: row.rowNumber,
        message: `The status “${row.status.trim()}” is not one of: ${TRACKER_STATUS_NAMES.join(', ')}.`,
      });
      continue;
    }
    const due = readDate(row.due);
    if (!due) {
      problems.push({
        row: row.rowNumber,
        message: `The due date “${row.due.trim()}” is not a date. Enter it as a date, such as 31/03/2027.`,
      });
      continue;
    }
    const written = read.written.get(id) ?? {
      due: progressRow.action.dueDate,
      status: progressRow.statusName,
      note: progressRow.latestNote,
    };
    const statusEdited = row.status.trim().toLowerCase() !== written.status.toLowerCase();
    const note = row.note.trim() === written.note.trim() ? '' : row.note.trim();
    const dueEdited = due !== written.due && due !== progressRow.action.dueDate;
    const newDueDate = dueEdited ? due : null;
    const finalStatus = statusEdited ? status : progressRow.status;
    draft.entries.push({ actionId: id, status: finalStatus, note, newDueDate });
    changes.push({
      row: row.rowNumber,
      actionTitle: progressRow.action.title,
      from: progressRow.statusName,
      to: PROGRESS_STATUS_NAMES[finalStatus],
      note,
      newDueDate,
      changed: finalStatus !== progressRow.status || note !== '' || newDueDate !== null,
    });
  }
  if (problems.length === 0 && draft.entries.length > 0) {
    const checked = checkCheckIn(assessment, framework, draft, today);
    if (!checked.ok) {
      for (const p of checked.problems)
        problems.push({ row: (p.actionId && rowOf.get(p.actionId)) || null, message: p.message });
    }
  }
  if (problems.length === 0 && draft.entries.length === 0) {
    problems.push({ row: null, message: 'The Actions sheet has no action rows to import.' });
  }
  return {
    problems,
    changes,
    draft: problems.length === 0 ? draft : null,
    notInSheet: progress.actions.filter((a) => !rowOf.has(a.action.id)).length,
  };
}
