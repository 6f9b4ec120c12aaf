/**
 * Handlers for check-ins on the plan: recorded in the app, or read from an action tracker
 * spreadsheet edited in Excel. Both go through the same checks (shared/progress.ts) before
 * anything is written, and a spreadsheet is only previewed until the user confirms.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { todayIso } from '../../shared/dates';
import type { CheckIn, CheckInSource } from '../../shared/domain';
import { checkTrackerRows } from '../../shared/export/tracker';
import { type CheckInDraft, checkCheckIn, progressOf } from '../../shared/progress';
import { AppError } from '../../shared/result';
import { recordCheckIn as storeCheckIn } from '../db/checkins';
import type { DB } from '../db/open';
import type { Deps, Handlers } from '../deps';
import { readTracker } from '../export/xlsx';
import { frameworkOf, requireAssessment } from './common';

/** Largest tracker file read back (a 500-action tracker is well under 1 MB). */
const MAX_TRACKER_BYTES = 10 * 1024 * 1024;

/** Checks a check-in and records it; throws with every problem in one message if it cannot be. */
function record(deps: Deps, assessmentId: string, draft: CheckInDraft, source: CheckInSource) {
  const assessment = requireAssessment(deps, assessmentId);
  const now = deps.now();
  const checked = checkCheckIn(
    assessment,
    frameworkOf(deps, assessment.id),
    draft,
    todayIso(() => now),
  );
  if (!checked.ok) {
    throw new AppError('invalid-input', checked.problems.map((p) => p.message).join(' '));
  }
  const savedAt = now.toISOString();
  const checkIn: CheckIn = {
    id: deps.newId(),
    checkedOn: draft.checkedOn,
    recordedAt: savedAt,
    source,
    note: draft.note.trim(),
    entries: checked.entries,
    ratings: checked.ratings,
  };
  storeCheckIn(deps.db, assessmentId, checkIn, savedAt);
  const after = requireAssessment(deps, assessmentId);
  return { savedAt, actions: after.actions, checkIns: after.checkIns };
}

/** Spreadsheet imports waiting for the user's confirmation, by token. */
const pendingTrackers = new WeakMap<DB, Map<string, { assessmentId: string; draft: CheckInDraft }>>();

export const progressHandlers = {
  recordCheckIn(deps, input) {
    return record(deps, input.assessmentId, input.checkIn, 'app');
  },

  /** Reads an edited tracker and previews it as a check-in. Nothing is written here. */
  async importTracker(deps, input) {
    const assessment = requireAssessment(deps, input.assessmentId);
    if (!deps.dialogs) throw new AppError('internal', 'Choosing files is not available here.');
    const [file] = await deps.dialogs.chooseFilesToOpen({
      title: 'Import the action tracker',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      multiple: false,
    });
    if (!file) return null;
    const fileName = path.basename(file);
    const { size } = await fs.stat(file);
    if (size > MAX_TRACKER_BYTES) {
      throw new AppError(
        'invalid-input',
        `${fileName} is too large to be an action tracker (${(size / 1048576).toFixed(1)} MB). Nothing was imported.`,
      );
    }
    const read = await readTracker(await fs.readFile(file), fileName);
    const today = todayIso(deps.now);
    const checked = checkTrackerRows(
      assessment,
      frameworkOf(deps, assessment.id),
      progressOf(assessment, today),
      read,
      today,
    );
    let token: string | null = null;
    if (checked.draft) {
      token = randomUUID();
      const pending = pendingTrackers.get(deps.db) ?? new Map();
      pending.set(token, { assessmentId: assessment.id, draft: checked.draft });
      pendingTrackers.set(deps.db, pending);
    }
    return {
      token,
      fileName,
      checkedOn: today,
      changes: checked.changes,
      problems: checked.problems,
      notInSheet: checked.notInSheet,
    };
  },

  /** The user's answer to a previewed spreadsheet: record it as a check-in (checked again), or not. */
  resolveTrackerImport(deps, input) {
    const pending = pendingTrackers.get(deps.db);
    const waiting = pending?.get(input.token);
    if (!pending || !waiting) {
      throw new AppError('not-found', 'That import is no longer waiting. Choose the file again.');
    }
    pending.delete(input.token);
    if (input.choice === 'cancel') return null;
    return record(deps, waiting.assessmentId, waiting.draft, 'spreadsheet');
  },
} satisfies Partial<Handlers>;
