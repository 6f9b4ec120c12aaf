/**
 * Check-in storage. A check-in is history: it is added in one transaction and never changed
 * (migration 4's triggers refuse an UPDATE); it goes only when its assessment is removed.
 */
import type { CheckIn, CheckInEntry, CheckInRating, CheckInSource, ProgressStatus } from '../../shared/domain';
import type { Level } from '../../shared/framework/types';
import type { DB } from './open';
import { prepared } from './statements';

interface CheckInRow {
  id: string;
  checked_on: string;
  recorded_at: string;
  source: CheckInSource;
  note: string;
}

/** The check-ins of an assessment, oldest first (by the day described, then when recorded). */
export function readCheckIns(db: DB, assessmentId: string): CheckIn[] {
  const rows = prepared(
    db,
    `SELECT id, checked_on, recorded_at, source, note FROM check_in
        WHERE assessment_id = ? ORDER BY checked_on, recorded_at, id`,
  ).all(assessmentId) as CheckInRow[];
  if (rows.length === 0) return [];
  const entryQuery = prepared(
    db,
    `SELECT action_id, action_title, previous_status, status, note, due_date, new_due_date FROM check_in_action
      WHERE check_in_id = ? ORDER BY position`,
  );
  const ratingQuery = prepared(
    db,
    'SELECT question_id, current_level, dont_know FROM check_in_rating WHERE check_in_id = ? ORDER BY question_id',
  );
  return rows.map((row) => ({
    id: row.id,
    checkedOn: row.checked_on,
    recordedAt: row.recorded_at,
    source: row.source,
    note: row.note,
    entries: (
      entryQuery.all(row.id) as {
        action_id: string;
        action_title: string;
        previous_status: ProgressStatus;
        status: ProgressStatus;
        note: string;
        due_date: string;
        new_due_date: string | null;
      }[]
    ).map(
      (e): CheckInEntry => ({
        actionId: e.action_id,
        actionTitle: e.action_title,
        previousStatus: e.previous_status,
        status: e.status,
        note: e.note,
        dueDate: e.due_date,
        newDueDate: e.new_due_date,
      }),
    ),
    ratings: (
      ratingQuery.all(row.id) as { question_id: string; current_level: number | null; dont_know: number }[]
    ).map(
      (r): CheckInRating => ({
        questionId: r.question_id,
        current: r.current_level as Level | null,
        dontKnow: r.dont_know === 1,
      }),
    ),
  }));
}

/** Adds a check-in and its entries and ratings. The caller holds the transaction. */
export function insertCheckIn(db: DB, assessmentId: string, checkIn: CheckIn): void {
  prepared(
    db,
    'INSERT INTO check_in (id, assessment_id, checked_on, recorded_at, source, note) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(checkIn.id, assessmentId, checkIn.checkedOn, checkIn.recordedAt, checkIn.source, checkIn.note);
  const entry = prepared(
    db,
    `INSERT INTO check_in_action (check_in_id, position, action_id, action_title, previous_status, status, note,
       due_date, new_due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  checkIn.entries.forEach((e, i) => {
    entry.run(checkIn.id, i, e.actionId, e.actionTitle, e.previousStatus, e.status, e.note, e.dueDate, e.newDueDate);
  });
  const rating = prepared(
    db,
    'INSERT INTO check_in_rating (check_in_id, question_id, current_level, dont_know) VALUES (?, ?, ?, ?)',
  );
  for (const r of checkIn.ratings) rating.run(checkIn.id, r.questionId, r.current, r.dontKnow ? 1 : 0);
}

/**
 * Records a check-in: the history rows, and the plan brought up to date with it (each action's
 * status, unless dropped, and any new due date), all or nothing.
 */
export function recordCheckIn(db: DB, assessmentId: string, checkIn: CheckIn, now: string): void {
  db.transaction(() => {
    insertCheckIn(db, assessmentId, checkIn);
    const setStatus = prepared(db, 'UPDATE action SET status = ?, updated_at = ? WHERE id = ? AND assessment_id = ?');
    const setDue = prepared(db, 'UPDATE action SET due_date = ?, updated_at = ? WHERE id = ? AND assessment_id = ?');
    for (const e of checkIn.entries) {
      if (e.status !== 'dropped') setStatus.run(e.status, now, e.actionId, assessmentId);
      if (e.newDueDate) setDue.run(e.newDueDate, now, e.actionId, assessmentId);
    }
    prepared(db, 'UPDATE assessment SET updated_at = ? WHERE id = ?').run(now, assessmentId);
  })();
}
