/**
 * Workshop storage: participants, their private scores, reveal and consensus state per question,
 * and the anonymous setting. Prepared statements over the tables of migration 2.
 *
 * `readWorkshop` returns every score; only `toWorkshopView` may shape what the renderer sees.
 */
import type {
  HiddenScore,
  Participant,
  ParticipantScore,
  ScoreSource,
  Workshop,
  WorkshopQuestion,
  WorkshopView,
} from '../../shared/domain';
import type { Level } from '../../shared/framework/types';
import type { DB } from './open';
import { childRowExists, deleteChildRow, nextChildPosition, touch } from './rows';
import { prepared } from './statements';

interface ScoreRow {
  participant_id: string;
  question_id: string;
  current_level: number | null;
  dont_know: number;
  target_level: number | null;
  reason: string;
  source: ScoreSource;
}

function toScore(r: ScoreRow): ParticipantScore {
  return {
    participantId: r.participant_id,
    questionId: r.question_id,
    current: r.current_level as Level | null,
    dontKnow: r.dont_know === 1,
    target: r.target_level as Level | null,
    reason: r.reason,
    source: r.source,
  };
}

export function getScore(db: DB, participantId: string, questionId: string): ParticipantScore | undefined {
  const row = prepared(
    db,
    `SELECT participant_id, question_id, current_level, dont_know, target_level, reason, source
         FROM participant_score WHERE participant_id = ? AND question_id = ?`,
  ).get(participantId, questionId) as ScoreRow | undefined;
  return row ? toScore(row) : undefined;
}

/** Every score, in participant order then question id. */
export function readWorkshop(db: DB, assessmentId: string): Workshop {
  const settings = prepared(db, 'SELECT anonymous FROM workshop WHERE assessment_id = ?').get(assessmentId) as
    | { anonymous: number }
    | undefined;
  const questions = (
    prepared(
      db,
      `SELECT question_id, revealed_at, agreed_at, consensus_reason FROM workshop_question
          WHERE assessment_id = ? ORDER BY question_id`,
    ).all(assessmentId) as {
      question_id: string;
      revealed_at: string | null;
      agreed_at: string | null;
      consensus_reason: string;
    }[]
  ).map(
    (q): WorkshopQuestion => ({
      questionId: q.question_id,
      revealedAt: q.revealed_at,
      agreedAt: q.agreed_at,
      consensusReason: q.consensus_reason,
    }),
  );
  const scores = (
    prepared(
      db,
      `SELECT s.participant_id, s.question_id, s.current_level, s.dont_know, s.target_level, s.reason, s.source
           FROM participant_score s JOIN participant p ON p.id = s.participant_id
          WHERE s.assessment_id = ? ORDER BY p.position, s.question_id`,
    ).all(assessmentId) as ScoreRow[]
  ).map(toScore);
  return { anonymous: settings?.anonymous === 1, questions, scores };
}

/**
 * The workshop as the renderer may see it: scores of questions not yet revealed are replaced by
 * "entered" flags. This is the only shape in which scores leave the main process for the UI.
 */
export function toWorkshopView(workshop: Workshop): WorkshopView {
  const revealed = new Set(workshop.questions.filter((q) => q.revealedAt !== null).map((q) => q.questionId));
  const hidden: HiddenScore[] = workshop.scores
    .filter((s) => !revealed.has(s.questionId))
    .map((s) => ({
      participantId: s.participantId,
      questionId: s.questionId,
      hasCurrent: s.current !== null || s.dontKnow,
      hasTarget: s.target !== null,
      source: s.source,
    }));
  return {
    anonymous: workshop.anonymous,
    questions: workshop.questions.map((q) => ({ ...q })),
    scores: workshop.scores.filter((s) => revealed.has(s.questionId)).map((s) => ({ ...s })),
    hidden,
  };
}

export function setAnonymous(db: DB, assessmentId: string, anonymous: boolean, now: string): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO workshop (assessment_id, anonymous, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (assessment_id) DO UPDATE SET anonymous = excluded.anonymous, updated_at = excluded.updated_at`,
    ).run(assessmentId, anonymous ? 1 : 0, now);
    touch(db, assessmentId, now);
  })();
}

export function participantAssessment(db: DB, participantId: string): string | undefined {
  const row = prepared(db, 'SELECT assessment_id FROM participant WHERE id = ?').get(participantId) as
    | { assessment_id: string }
    | undefined;
  return row?.assessment_id;
}

export function upsertParticipant(db: DB, assessmentId: string, p: Participant, now: string): 'added' | 'updated' {
  return db.transaction(() => {
    let outcome: 'added' | 'updated';
    if (childRowExists(db, 'participant', assessmentId, p.id)) {
      prepared(db, 'UPDATE participant SET name = ?, organisation = ?, role = ? WHERE id = ?').run(
        p.name,
        p.organisation,
        p.role,
        p.id,
      );
      outcome = 'updated';
    } else {
      const next = nextChildPosition(db, 'participant', assessmentId);
      prepared(
        db,
        'INSERT INTO participant (id, assessment_id, position, name, organisation, role) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(p.id, assessmentId, next, p.name, p.organisation, p.role);
      outcome = 'added';
    }
    touch(db, assessmentId, now);
    return outcome;
  })();
}

/** Removes a participant and every score they gave. */
export function deleteParticipant(db: DB, assessmentId: string, participantId: string, now: string): boolean {
  return db.transaction(() => {
    prepared(db, 'DELETE FROM participant_score WHERE participant_id = ? AND assessment_id = ?').run(
      participantId,
      assessmentId,
    );
    return deleteChildRow(db, 'participant', assessmentId, participantId, now);
  })();
}

export interface ScoreInput {
  participantId: string;
  questionId: string;
  current: Level | null;
  dontKnow: boolean;
  target: Level | null;
}

/**
 * Saves one person's levels for one question, keeping any reason already given. A score with
 * nothing left in it (no level, no "don't know", no target, no reason) is removed.
 */
export function saveScore(
  db: DB,
  assessmentId: string,
  s: ScoreInput & { reason?: string },
  source: ScoreSource,
  now: string,
): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO participant_score (assessment_id, participant_id, question_id, current_level, dont_know,
         target_level, reason, source, updated_at)
       VALUES (@assessmentId, @participantId, @questionId, @current, @dontKnow, @target, coalesce(@reason, ''), @source, @now)
       ON CONFLICT (participant_id, question_id) DO UPDATE SET
         current_level = excluded.current_level, dont_know = excluded.dont_know, target_level = excluded.target_level,
         reason = coalesce(@reason, participant_score.reason), source = excluded.source, updated_at = excluded.updated_at`,
    ).run({
      assessmentId,
      participantId: s.participantId,
      questionId: s.questionId,
      current: s.current,
      dontKnow: s.dontKnow ? 1 : 0,
      target: s.target,
      reason: s.reason ?? null,
      source,
      now,
    });
    prepared(
      db,
      `DELETE FROM participant_score WHERE participant_id = ? AND question_id = ?
         AND current_level IS NULL AND dont_know = 0 AND target_level IS NULL AND reason = ''`,
    ).run(s.participantId, s.questionId);
    touch(db, assessmentId, now);
  })();
}

/** Records why someone rated a question as they did. False when they have no score for it. */
export function saveReason(
  db: DB,
  assessmentId: string,
  participantId: string,
  questionId: string,
  reason: string,
  now: string,
): boolean {
  return db.transaction(() => {
    const changed = prepared(
      db,
      `UPDATE participant_score SET reason = ?, updated_at = ?
          WHERE assessment_id = ? AND participant_id = ? AND question_id = ?`,
    ).run(reason, now, assessmentId, participantId, questionId).changes;
    if (changed) touch(db, assessmentId, now);
    return changed === 1;
  })();
}

/** Removes the scores a participant's earlier response file gave for questions not in their new one. */
export function dropResponseFileScores(db: DB, participantId: string, keepQuestionIds: readonly string[]): void {
  const keep = new Set(keepQuestionIds);
  const rows = prepared(
    db,
    "SELECT question_id FROM participant_score WHERE participant_id = ? AND source = 'response-file'",
  ).all(participantId) as { question_id: string }[];
  const remove = prepared(db, 'DELETE FROM participant_score WHERE participant_id = ? AND question_id = ?');
  for (const row of rows) if (!keep.has(row.question_id)) remove.run(participantId, row.question_id);
}

function ensureQuestion(db: DB, assessmentId: string, questionId: string, now: string): void {
  prepared(
    db,
    `INSERT INTO workshop_question (assessment_id, question_id, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (assessment_id, question_id) DO NOTHING`,
  ).run(assessmentId, questionId, now);
}

/** Reveals the scores of these questions (already revealed ones keep their first reveal time). */
export function reveal(db: DB, assessmentId: string, questionIds: readonly string[], now: string): void {
  db.transaction(() => {
    for (const questionId of questionIds) {
      ensureQuestion(db, assessmentId, questionId, now);
      prepared(
        db,
        `UPDATE workshop_question SET revealed_at = ?, updated_at = ?
          WHERE assessment_id = ? AND question_id = ? AND revealed_at IS NULL`,
      ).run(now, now, assessmentId, questionId);
    }
    touch(db, assessmentId, now);
  })();
}

export function questionState(db: DB, assessmentId: string, questionId: string): WorkshopQuestion | undefined {
  const row = prepared(
    db,
    'SELECT revealed_at, agreed_at, consensus_reason FROM workshop_question WHERE assessment_id = ? AND question_id = ?',
  ).get(assessmentId, questionId) as
    | { revealed_at: string | null; agreed_at: string | null; consensus_reason: string }
    | undefined;
  return row
    ? { questionId, revealedAt: row.revealed_at, agreedAt: row.agreed_at, consensusReason: row.consensus_reason }
    : undefined;
}

export function setConsensus(db: DB, assessmentId: string, questionId: string, reason: string, now: string): void {
  ensureQuestion(db, assessmentId, questionId, now);
  prepared(
    db,
    `UPDATE workshop_question SET agreed_at = ?, consensus_reason = ?, updated_at = ?
      WHERE assessment_id = ? AND question_id = ?`,
  ).run(now, reason, now, assessmentId, questionId);
}

/** Writes a whole workshop (from a file or the worked example) for an assessment just inserted. */
export function insertWorkshop(db: DB, assessmentId: string, workshop: Workshop, now: string): void {
  if (workshop.anonymous) setAnonymous(db, assessmentId, true, now);
  const insertQuestion = prepared(
    db,
    `INSERT INTO workshop_question (assessment_id, question_id, revealed_at, agreed_at, consensus_reason, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const q of workshop.questions) {
    insertQuestion.run(assessmentId, q.questionId, q.revealedAt, q.agreedAt, q.consensusReason, now);
  }
  const insertScore = prepared(
    db,
    `INSERT INTO participant_score (assessment_id, participant_id, question_id, current_level, dont_know,
       target_level, reason, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of workshop.scores) {
    insertScore.run(
      assessmentId,
      s.participantId,
      s.questionId,
      s.current,
      s.dontKnow ? 1 : 0,
      s.target,
      s.reason,
      s.source,
      now,
    );
  }
}
