/**
 * Assessment storage: prepared statements over the tables defined in migrations.ts.
 * Functions take the database as their first argument; the main process and tests share them.
 */
import type {
  Action,
  AreaResponse,
  Assessment,
  AssessmentStatus,
  DeferralReason,
  GapDeferral,
  Importance,
  Participant,
  Partner,
  PartnerKind,
  PcnProfile,
  Practice,
  QuestionResponse,
} from '../../shared/domain';
import type { Level } from '../../shared/framework/types';
import { insertCheckIn, readCheckIns } from './checkins';
import type { DB } from './open';
import { childRowExists, deleteChildRow, nextChildPosition, touch } from './rows';
import { prepared } from './statements';
import { insertWorkshop, readWorkshop } from './workshop';

interface AssessmentRow {
  id: string;
  framework_version: string;
  assessment_date: string;
  plan_start: string;
  status: AssessmentStatus;
  previous_assessment_id: string | null;
  pcn_name: string;
  pcn_code: string | null;
  icb: string;
  population: number | null;
  directory_extract_date: string | null;
  last_position: string | null;
  plan_capacity: number;
  created_at: string;
  updated_at: string;
}

export interface AssessmentListRow {
  id: string;
  pcnName: string;
  pcnCode: string | null;
  assessmentDate: string;
  status: AssessmentStatus;
  frameworkVersion: string;
  previousAssessmentId: string | null;
  updatedAt: string;
  /** Questions with a level or "don't know". */
  answered: number;
  planStart: string;
  actionCount: number;
  lastCheckInOn: string | null;
}

/** The list's columns: its figures are stored on the assessment row (migration 6), never counted here. */
const LIST_COLUMNS = `id, pcn_name, pcn_code, assessment_date, status, framework_version, previous_assessment_id,
  updated_at, plan_start, answered_count, action_count, last_check_in_on`;

type ListRowColumns = AssessmentRow & { answered_count: number; action_count: number; last_check_in_on: string | null };

function toListRow(r: ListRowColumns): AssessmentListRow {
  return {
    id: r.id,
    pcnName: r.pcn_name,
    pcnCode: r.pcn_code,
    assessmentDate: r.assessment_date,
    status: r.status,
    frameworkVersion: r.framework_version,
    previousAssessmentId: r.previous_assessment_id,
    updatedAt: r.updated_at,
    answered: r.answered_count,
    planStart: r.plan_start,
    actionCount: r.action_count,
    lastCheckInOn: r.last_check_in_on,
  };
}

export function listAssessments(db: DB): AssessmentListRow[] {
  const rows = prepared(
    db,
    `SELECT ${LIST_COLUMNS} FROM assessment WHERE deleted_at IS NULL ORDER BY assessment_date DESC, created_at DESC`,
  ).all() as ListRowColumns[];
  return rows.map(toListRow);
}

export interface NewAssessment {
  id: string;
  frameworkVersion: string;
  assessmentDate: string;
  planStart: string;
  previousAssessmentId: string | null;
  profile: PcnProfile;
  now: string;
}

export function insertAssessment(db: DB, a: NewAssessment): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO assessment (id, framework_version, assessment_date, plan_start, previous_assessment_id,
         pcn_name, pcn_code, icb, population, directory_extract_date, created_at, updated_at)
       VALUES (@id, @frameworkVersion, @assessmentDate, @planStart, @previousAssessmentId,
         @pcnName, @pcnCode, @icb, @population, @directoryExtractDate, @now, @now)`,
    ).run({
      id: a.id,
      frameworkVersion: a.frameworkVersion,
      assessmentDate: a.assessmentDate,
      planStart: a.planStart,
      previousAssessmentId: a.previousAssessmentId,
      pcnName: a.profile.pcnName,
      pcnCode: a.profile.pcnCode,
      icb: a.profile.icb,
      population: a.profile.population,
      directoryExtractDate: a.profile.directoryExtractDate,
      now: a.now,
    });
    replacePractices(db, a.id, a.profile.practices);
  })();
}

function replacePractices(db: DB, assessmentId: string, practices: Practice[]): void {
  prepared(db, 'DELETE FROM practice WHERE assessment_id = ?').run(assessmentId);
  const insert = prepared(
    db,
    'INSERT INTO practice (id, assessment_id, position, code, name, list_size) VALUES (?, ?, ?, ?, ?, ?)',
  );
  practices.forEach((p, i) => {
    insert.run(p.id, assessmentId, i, p.code, p.name, p.listSize);
  });
}

/** The framework version of an assessment that is not deleted, without reading the rest of it. */
export function frameworkVersionOf(db: DB, id: string): string | undefined {
  const row = prepared(db, 'SELECT framework_version FROM assessment WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { framework_version: string }
    | undefined;
  return row?.framework_version;
}

export function getAssessment(db: DB, id: string): (Assessment & { lastPosition: string | null }) | undefined {
  const row = prepared(db, 'SELECT * FROM assessment WHERE id = ? AND deleted_at IS NULL').get(id) as
    | AssessmentRow
    | undefined;
  if (!row) return undefined;
  const practices = (
    prepared(db, 'SELECT * FROM practice WHERE assessment_id = ? ORDER BY position').all(id) as {
      id: string;
      code: string | null;
      name: string;
      list_size: number | null;
    }[]
  ).map((p): Practice => ({ id: p.id, code: p.code, name: p.name, listSize: p.list_size }));
  const responses = (
    prepared(db, 'SELECT * FROM response WHERE assessment_id = ? ORDER BY question_id').all(id) as {
      question_id: string;
      current_level: number | null;
      dont_know: number;
      target_level: number | null;
      notes: string;
    }[]
  ).map(
    (r): QuestionResponse => ({
      questionId: r.question_id,
      current: r.current_level as Level | null,
      dontKnow: r.dont_know === 1,
      target: r.target_level as Level | null,
      notes: r.notes,
    }),
  );
  const areaResponses = (
    prepared(db, 'SELECT * FROM area_response WHERE assessment_id = ? ORDER BY area_id').all(id) as {
      area_id: string;
      importance: number | null;
      summary: string;
    }[]
  ).map(
    (r): AreaResponse => ({ areaId: r.area_id, importance: r.importance as Importance | null, summary: r.summary }),
  );
  const partners = (
    prepared(db, 'SELECT * FROM partner WHERE assessment_id = ? ORDER BY position').all(id) as {
      id: string;
      kind: PartnerKind;
      name: string;
      contact: string;
      strength: number | null;
      notes: string;
    }[]
  ).map(
    (p): Partner => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      contact: p.contact,
      strength: p.strength as Level | null,
      notes: p.notes,
    }),
  );
  const participants = (
    prepared(db, 'SELECT * FROM participant WHERE assessment_id = ? ORDER BY position').all(id) as {
      id: string;
      name: string;
      organisation: string;
      role: string;
    }[]
  ).map((p): Participant => ({ id: p.id, name: p.name, organisation: p.organisation, role: p.role }));
  const actions = (
    prepared(db, 'SELECT * FROM action WHERE assessment_id = ? ORDER BY position').all(id) as {
      id: string;
      area_id: string;
      question_ids: string;
      title: string;
      description: string;
      owner_name: string;
      owner_role: string;
      start_month: number;
      due_date: string;
      status: Action['status'];
      success_measure: string;
      suggestion_id: string | null;
    }[]
  ).map(
    (a): Action => ({
      id: a.id,
      areaId: a.area_id,
      questionIds: JSON.parse(a.question_ids) as string[],
      title: a.title,
      description: a.description,
      ownerName: a.owner_name,
      ownerRole: a.owner_role,
      startMonth: a.start_month,
      dueDate: a.due_date,
      status: a.status,
      successMeasure: a.success_measure,
      suggestionId: a.suggestion_id,
    }),
  );
  const dismissedSuggestionIds = (
    prepared(db, 'SELECT suggestion_id FROM dismissed_suggestion WHERE assessment_id = ? ORDER BY suggestion_id').all(
      id,
    ) as {
      suggestion_id: string;
    }[]
  ).map((r) => r.suggestion_id);
  const deferrals = (
    prepared(db, 'SELECT * FROM gap_deferral WHERE assessment_id = ? ORDER BY question_id').all(id) as {
      question_id: string;
      reason: DeferralReason;
      note: string;
    }[]
  ).map((d): GapDeferral => ({ questionId: d.question_id, reason: d.reason, note: d.note }));
  return {
    id: row.id,
    frameworkVersion: row.framework_version,
    assessmentDate: row.assessment_date,
    planStart: row.plan_start,
    status: row.status,
    previousAssessmentId: row.previous_assessment_id,
    profile: {
      pcnName: row.pcn_name,
      pcnCode: row.pcn_code,
      icb: row.icb,
      population: row.population,
      practices,
      directoryExtractDate: row.directory_extract_date,
    },
    responses,
    areaResponses,
    partners,
    participants,
    actions,
    dismissedSuggestionIds,
    deferrals,
    planCapacity: row.plan_capacity,
    workshop: readWorkshop(db, id),
    checkIns: readCheckIns(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastPosition: row.last_position,
  };
}

/**
 * Writes one answer in one statement. Its triggers (migration 6) mark the assessment changed,
 * keep its answered count and withdraw a workshop consensus whose levels changed.
 */
export function upsertResponse(db: DB, assessmentId: string, r: QuestionResponse, now: string): void {
  prepared(
    db,
    `INSERT INTO response (assessment_id, question_id, current_level, dont_know, target_level, notes, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (assessment_id, question_id) DO UPDATE SET
       current_level = excluded.current_level, dont_know = excluded.dont_know,
       target_level = excluded.target_level, notes = excluded.notes, updated_at = excluded.updated_at`,
  ).run(assessmentId, r.questionId, r.current, r.dontKnow ? 1 : 0, r.target, r.notes, now);
}

export function listDeletedAssessments(db: DB): (AssessmentListRow & { deletedAt: string })[] {
  const rows = prepared(
    db,
    `SELECT ${LIST_COLUMNS}, deleted_at FROM assessment WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
  ).all() as (ListRowColumns & { deleted_at: string })[];
  return rows.map((r) => ({ ...toListRow(r), deletedAt: r.deleted_at }));
}

/** Marks an assessment deleted; it stays in the database and can be restored. */
export function softDelete(db: DB, id: string, now: string): boolean {
  return (
    prepared(db, 'UPDATE assessment SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id).changes === 1
  );
}

export function restore(db: DB, id: string, now: string): boolean {
  return (
    prepared(db, 'UPDATE assessment SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(
      now,
      id,
    ).changes === 1
  );
}

/** Removes assessments deleted before `before` (the user deleted them and did not restore them in time). */
export function purgeDeletedBefore(db: DB, before: string): number {
  return prepared(db, 'DELETE FROM assessment WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(before).changes;
}

export function updateFields(
  db: DB,
  id: string,
  fields: Partial<{ status: AssessmentStatus; assessment_date: string; plan_start: string; last_position: string }>,
  now: string,
  touchUpdatedAt = true,
): void {
  const entries = Object.entries(fields);
  const sets = entries.map(([column]) => `${column} = ?`);
  if (touchUpdatedAt) sets.push('updated_at = ?');
  prepared(db, `UPDATE assessment SET ${sets.join(', ')} WHERE id = ?`).run(
    ...entries.map(([, value]) => value),
    ...(touchUpdatedAt ? [now] : []),
    id,
  );
}

export function updateProfile(db: DB, id: string, profile: PcnProfile, now: string): void {
  db.transaction(() => {
    prepared(
      db,
      `UPDATE assessment SET pcn_name = ?, pcn_code = ?, icb = ?, population = ?, directory_extract_date = ?,
         updated_at = ? WHERE id = ?`,
    ).run(profile.pcnName, profile.pcnCode, profile.icb, profile.population, profile.directoryExtractDate, now, id);
    replacePractices(db, id, profile.practices);
  })();
}

export function upsertAreaResponse(db: DB, assessmentId: string, r: AreaResponse, now: string): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO area_response (assessment_id, area_id, importance, summary, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (assessment_id, area_id) DO UPDATE SET
         importance = excluded.importance, summary = excluded.summary, updated_at = excluded.updated_at`,
    ).run(assessmentId, r.areaId, r.importance, r.summary, now);
    touch(db, assessmentId, now);
  })();
}

export function upsertPartner(db: DB, assessmentId: string, p: Partner, now: string): void {
  db.transaction(() => {
    if (childRowExists(db, 'partner', assessmentId, p.id)) {
      prepared(db, 'UPDATE partner SET kind = ?, name = ?, contact = ?, strength = ?, notes = ? WHERE id = ?').run(
        p.kind,
        p.name,
        p.contact,
        p.strength,
        p.notes,
        p.id,
      );
    } else {
      const next = nextChildPosition(db, 'partner', assessmentId);
      prepared(
        db,
        'INSERT INTO partner (id, assessment_id, position, kind, name, contact, strength, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(p.id, assessmentId, next, p.kind, p.name, p.contact, p.strength, p.notes);
    }
    touch(db, assessmentId, now);
  })();
}

export function deletePartner(db: DB, assessmentId: string, partnerId: string, now: string): boolean {
  return db.transaction(() => deleteChildRow(db, 'partner', assessmentId, partnerId, now))();
}

export function upsertAction(db: DB, assessmentId: string, a: Action, now: string): void {
  db.transaction(() => {
    const values = [
      a.areaId,
      JSON.stringify(a.questionIds),
      a.title,
      a.description,
      a.ownerName,
      a.ownerRole,
      a.startMonth,
      a.dueDate,
      a.status,
      a.successMeasure,
      a.suggestionId,
    ];
    if (childRowExists(db, 'action', assessmentId, a.id)) {
      prepared(
        db,
        `UPDATE action SET area_id = ?, question_ids = ?, title = ?, description = ?, owner_name = ?, owner_role = ?,
           start_month = ?, due_date = ?, status = ?, success_measure = ?, suggestion_id = ?, updated_at = ? WHERE id = ?`,
      ).run(...values, now, a.id);
    } else {
      const next = nextChildPosition(db, 'action', assessmentId);
      prepared(
        db,
        `INSERT INTO action (id, assessment_id, position, area_id, question_ids, title, description, owner_name, owner_role,
           start_month, due_date, status, success_measure, suggestion_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(a.id, assessmentId, next, ...values, now, now);
    }
    touch(db, assessmentId, now);
  })();
}

export function deleteAction(db: DB, assessmentId: string, actionId: string, now: string): boolean {
  return db.transaction(() => deleteChildRow(db, 'action', assessmentId, actionId, now))();
}

export function setSuggestionDismissed(
  db: DB,
  assessmentId: string,
  suggestionId: string,
  dismissed: boolean,
  now: string,
) {
  db.transaction(() => {
    if (dismissed) {
      prepared(db, 'INSERT OR IGNORE INTO dismissed_suggestion (assessment_id, suggestion_id) VALUES (?, ?)').run(
        assessmentId,
        suggestionId,
      );
    } else {
      prepared(db, 'DELETE FROM dismissed_suggestion WHERE assessment_id = ? AND suggestion_id = ?').run(
        assessmentId,
        suggestionId,
      );
    }
    touch(db, assessmentId, now);
  })();
}

/** Defers a gap with a reason (replacing any earlier reason), or with null takes the deferral back. */
export function setDeferral(
  db: DB,
  assessmentId: string,
  questionId: string,
  deferral: Omit<GapDeferral, 'questionId'> | null,
  now: string,
): void {
  db.transaction(() => {
    if (deferral) {
      prepared(
        db,
        `INSERT INTO gap_deferral (assessment_id, question_id, reason, note, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (assessment_id, question_id) DO UPDATE SET reason = excluded.reason, note = excluded.note,
         updated_at = excluded.updated_at`,
      ).run(assessmentId, questionId, deferral.reason, deferral.note, now);
    } else {
      prepared(db, 'DELETE FROM gap_deferral WHERE assessment_id = ? AND question_id = ?').run(
        assessmentId,
        questionId,
      );
    }
    touch(db, assessmentId, now);
  })();
}

export function setPlanCapacity(db: DB, assessmentId: string, capacity: number, now: string): void {
  db.transaction(() => {
    prepared(db, 'UPDATE assessment SET plan_capacity = ? WHERE id = ?').run(capacity, assessmentId);
    touch(db, assessmentId, now);
  })();
}

/** Whether an assessment with this id exists, and whether it is in the deleted list. */
export function assessmentState(db: DB, id: string): 'active' | 'deleted' | 'absent' {
  const row = prepared(db, 'SELECT deleted_at FROM assessment WHERE id = ?').get(id) as
    | { deleted_at: string | null }
    | undefined;
  if (!row) return 'absent';
  return row.deleted_at === null ? 'active' : 'deleted';
}

/** Removes an assessment and everything in it. Only for an explicit, confirmed replace after a backup. */
export function hardDelete(db: DB, id: string): void {
  prepared(db, 'DELETE FROM assessment WHERE id = ?').run(id);
}

/** Inserts a complete assessment (from a file or the worked example) in one transaction. */
export function insertFullAssessment(db: DB, a: Assessment, now: string): void {
  db.transaction(() => {
    const previous =
      a.previousAssessmentId && assessmentState(db, a.previousAssessmentId) !== 'absent'
        ? a.previousAssessmentId
        : null;
    insertAssessment(db, {
      id: a.id,
      frameworkVersion: a.frameworkVersion,
      assessmentDate: a.assessmentDate,
      planStart: a.planStart,
      previousAssessmentId: previous,
      profile: a.profile,
      now,
    });
    prepared(db, 'UPDATE assessment SET status = ?, created_at = ? WHERE id = ?').run(a.status, a.createdAt, a.id);
    for (const r of a.responses) upsertResponse(db, a.id, r, now);
    for (const r of a.areaResponses) upsertAreaResponse(db, a.id, r, now);
    for (const p of a.partners) upsertPartner(db, a.id, p, now);
    const insertParticipant = prepared(
      db,
      'INSERT INTO participant (id, assessment_id, position, name, organisation, role) VALUES (?, ?, ?, ?, ?, ?)',
    );
    a.participants.forEach((p, i) => {
      insertParticipant.run(p.id, a.id, i, p.name, p.organisation, p.role);
    });
    for (const action of a.actions) upsertAction(db, a.id, action, now);
    for (const s of a.dismissedSuggestionIds) setSuggestionDismissed(db, a.id, s, true, now);
    for (const d of a.deferrals) setDeferral(db, a.id, d.questionId, d, now);
    setPlanCapacity(db, a.id, a.planCapacity, now);
    insertWorkshop(db, a.id, a.workshop, now);
    for (const checkIn of a.checkIns) insertCheckIn(db, a.id, checkIn);
  })();
}
