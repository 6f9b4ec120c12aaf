/**
 * Response packs opened on a participant's own computer, and their answers (migration 2). The
 * pack is kept as it was received; answers are saved one at a time as the participant gives them.
 */
import type { PackAnswer, ResponsePack } from '../../shared/export/response-files';
import type { Level } from '../../shared/framework/types';
import type { DB } from './open';

interface PackRow {
  id: string;
  pack: string;
  opened_at: string;
  updated_at: string;
}

export interface StoredPack {
  id: string;
  pack: ResponsePack;
  openedAt: string;
  updatedAt: string;
  answers: PackAnswer[];
}

function answersOf(db: DB, packId: string): PackAnswer[] {
  return (
    db
      .prepare(
        `SELECT question_id, current_level, dont_know, target_level, reason FROM response_pack_answer
          WHERE pack_id = ? ORDER BY question_id`,
      )
      .all(packId) as {
      question_id: string;
      current_level: number | null;
      dont_know: number;
      target_level: number | null;
      reason: string;
    }[]
  ).map((r) => ({
    questionId: r.question_id,
    current: r.current_level as Level | null,
    dontKnow: r.dont_know === 1,
    target: r.target_level as Level | null,
    reason: r.reason,
  }));
}

function toStored(db: DB, row: PackRow): StoredPack {
  return {
    id: row.id,
    pack: JSON.parse(row.pack) as ResponsePack,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
    answers: answersOf(db, row.id),
  };
}

export function getPack(db: DB, id: string): StoredPack | undefined {
  const row = db.prepare('SELECT id, pack, opened_at, updated_at FROM response_pack WHERE id = ?').get(id) as
    | PackRow
    | undefined;
  return row ? toStored(db, row) : undefined;
}

export function listPacks(db: DB): StoredPack[] {
  const rows = db
    .prepare('SELECT id, pack, opened_at, updated_at FROM response_pack ORDER BY updated_at DESC, id')
    .all() as PackRow[];
  return rows.map((row) => toStored(db, row));
}

/**
 * Keeps a pack that was opened. The same participant's pack for the same assessment opened again
 * (a second copy, or a newer one from the facilitator) replaces the stored pack but keeps the
 * answers already given. Returns the stored pack's id and whether it was already here.
 */
export function savePack(db: DB, pack: ResponsePack, now: string): { id: string; reopened: boolean } {
  return db.transaction(() => {
    const existing = db
      .prepare('SELECT id FROM response_pack WHERE assessment_id = ? AND participant_id = ?')
      .get(pack.assessmentId, pack.participant.id) as { id: string } | undefined;
    if (existing) {
      db.prepare('UPDATE response_pack SET pack = ?, updated_at = ? WHERE id = ?').run(
        JSON.stringify({ ...pack, id: existing.id }),
        now,
        existing.id,
      );
      return { id: existing.id, reopened: true };
    }
    db.prepare(
      'INSERT INTO response_pack (id, assessment_id, participant_id, pack, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(pack.id, pack.assessmentId, pack.participant.id, JSON.stringify(pack), now, now);
    return { id: pack.id, reopened: false };
  })();
}

/** Saves one answer; an answer with nothing in it is removed. */
export function saveAnswer(db: DB, packId: string, a: PackAnswer, now: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO response_pack_answer (pack_id, question_id, current_level, dont_know, target_level, reason, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (pack_id, question_id) DO UPDATE SET
         current_level = excluded.current_level, dont_know = excluded.dont_know, target_level = excluded.target_level,
         reason = excluded.reason, updated_at = excluded.updated_at`,
    ).run(packId, a.questionId, a.current, a.dontKnow ? 1 : 0, a.target, a.reason, now);
    db.prepare(
      `DELETE FROM response_pack_answer WHERE pack_id = ? AND question_id = ?
         AND current_level IS NULL AND dont_know = 0 AND target_level IS NULL AND reason = ''`,
    ).run(packId, a.questionId);
    db.prepare('UPDATE response_pack SET updated_at = ? WHERE id = ?').run(now, packId);
  })();
}

export function deletePack(db: DB, id: string): boolean {
  return db.prepare('DELETE FROM response_pack WHERE id = ?').run(id).changes === 1;
}
