/**
 * Helpers for the rows that belong to one assessment (its partners, participants and actions),
 * shared by the assessment and workshop storage modules.
 */
import { AppError } from '../../shared/result';
import type { DB } from './open';
import { prepared } from './statements';

/** Marks the assessment changed. */
export function touch(db: DB, id: string, now: string): void {
  prepared(db, 'UPDATE assessment SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Rows that belong to one assessment and keep the order the user gave them. */
export type OrderedChildTable = 'partner' | 'participant' | 'action';

/**
 * Whether a row with this id is already in the assessment. An id that belongs to another
 * assessment is refused, so one assessment can never overwrite another's rows.
 */
export function childRowExists(db: DB, table: OrderedChildTable, assessmentId: string, id: string): boolean {
  const row = prepared(db, `SELECT assessment_id FROM ${table} WHERE id = ?`).get(id) as
    | { assessment_id: string }
    | undefined;
  if (row && row.assessment_id !== assessmentId) {
    throw new AppError('conflict', `That ${table} belongs to another assessment.`);
  }
  return row !== undefined;
}

/** The position after the last row of the assessment, for a row added at the end. */
export function nextChildPosition(db: DB, table: OrderedChildTable, assessmentId: string): number {
  const { next } = prepared(
    db,
    `SELECT coalesce(max(position) + 1, 0) AS next FROM ${table} WHERE assessment_id = ?`,
  ).get(assessmentId) as { next: number };
  return next;
}

/** Removes one row of the assessment (only from that assessment) and marks the assessment changed. */
export function deleteChildRow(
  db: DB,
  table: OrderedChildTable,
  assessmentId: string,
  id: string,
  now: string,
): boolean {
  const changed = prepared(db, `DELETE FROM ${table} WHERE id = ? AND assessment_id = ?`).run(id, assessmentId).changes;
  if (changed) touch(db, assessmentId, now);
  return changed === 1;
}
