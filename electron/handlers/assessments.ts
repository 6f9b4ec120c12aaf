/** Handlers for the list of assessments: create, open, reassess, delete and restore. */

import { addMonths } from '../../shared/dates';
import type { AssessmentSummary } from '../../shared/domain';
import { allQuestions, CURRENT_FRAMEWORK, earlierAreaId, getFramework } from '../../shared/framework';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import { toWorkshopView } from '../db/workshop';
import type { Deps, Handlers } from '../deps';
import { requireAssessment } from './common';

/** Deleted assessments can be restored for this many days, then they are removed for good. */
export const RESTORE_DAYS = 30;

/** Questions per framework version, worked out once: the list summarises thousands of rows. */
const questionCounts = new Map<string, number>();

function questionCount(frameworkVersion: string): number {
  let count = questionCounts.get(frameworkVersion);
  if (count === undefined) {
    const framework = getFramework(frameworkVersion);
    count = framework ? allQuestions(framework).length : 0;
    questionCounts.set(frameworkVersion, count);
  }
  return count;
}

export function summarise(row: store.AssessmentListRow): AssessmentSummary {
  return { ...row, questionCount: questionCount(row.frameworkVersion) };
}

/** The six-month plan starts on the first of the month after the assessment. */
export function planStartFor(assessmentDate: string): string {
  return `${addMonths(assessmentDate, 1).slice(0, 7)}-01`;
}

function summaryOf(deps: Deps, id: string): AssessmentSummary {
  const row = store.listAssessments(deps.db).find((r) => r.id === id);
  if (!row) throw new AppError('not-found', 'That assessment no longer exists.');
  return summarise(row);
}

export const assessmentHandlers = {
  listAssessments(deps) {
    return store.listAssessments(deps.db).map(summarise);
  },

  listDeletedAssessments(deps) {
    const cutoff = new Date(deps.now().getTime() - RESTORE_DAYS * 86_400_000).toISOString();
    store.purgeDeletedBefore(deps.db, cutoff);
    return store.listDeletedAssessments(deps.db).map(summarise);
  },

  createAssessment(deps, input) {
    const id = deps.newId();
    store.insertAssessment(deps.db, {
      id,
      frameworkVersion: CURRENT_FRAMEWORK.version,
      assessmentDate: input.assessmentDate,
      planStart: planStartFor(input.assessmentDate),
      previousAssessmentId: null,
      profile: {
        pcnName: input.pcnName,
        pcnCode: null,
        icb: '',
        population: null,
        practices: [],
        directoryExtractDate: null,
      },
      now: deps.now().toISOString(),
    });
    return summaryOf(deps, id);
  },

  /**
   * A new assessment, against the current framework, that keeps the PCN profile, partners and
   * priorities of an earlier one. Answers are not copied: the walkthrough shows each question's
   * earlier answer as "last time", through the framework mapping when the versions differ.
   * Area priorities follow the same mapping, so an area renamed in a later version keeps its.
   */
  reassess(deps, input) {
    const from = requireAssessment(deps, input.fromId);
    const fromFramework = getFramework(from.frameworkVersion);
    const importance = new Map(from.areaResponses.map((area) => [area.areaId, area.importance]));
    const carriedImportance = fromFramework
      ? CURRENT_FRAMEWORK.areas.flatMap((area) => {
          const earlierId = earlierAreaId(CURRENT_FRAMEWORK, fromFramework, area.id);
          const value = earlierId === undefined ? null : (importance.get(earlierId) ?? null);
          return value === null ? [] : [{ areaId: area.id, importance: value, summary: '' }];
        })
      : [];
    const id = deps.newId();
    const now = deps.now().toISOString();
    deps.db.transaction(() => {
      store.insertAssessment(deps.db, {
        id,
        frameworkVersion: CURRENT_FRAMEWORK.version,
        assessmentDate: input.assessmentDate,
        planStart: planStartFor(input.assessmentDate),
        previousAssessmentId: from.id,
        profile: { ...from.profile, practices: from.profile.practices.map((p) => ({ ...p, id: deps.newId() })) },
        now,
      });
      for (const partner of from.partners) store.upsertPartner(deps.db, id, { ...partner, id: deps.newId() }, now);
      for (const area of carriedImportance) store.upsertAreaResponse(deps.db, id, area, now);
    })();
    return summaryOf(deps, id);
  },

  /** The assessment for the screen: workshop scores of questions not yet revealed are left out. */
  getAssessment(deps, input) {
    const assessment = requireAssessment(deps, input.id);
    return { ...assessment, workshop: toWorkshopView(assessment.workshop) };
  },

  deleteAssessment(deps, input) {
    const deletedAt = deps.now().toISOString();
    if (!store.softDelete(deps.db, input.id, deletedAt)) {
      throw new AppError('not-found', 'That assessment no longer exists.');
    }
    return { deletedAt };
  },

  restoreAssessment(deps, input) {
    if (!store.restore(deps.db, input.id, deps.now().toISOString())) {
      throw new AppError('not-found', 'That assessment cannot be restored: it is not in the deleted list.');
    }
    return summaryOf(deps, input.id);
  },

  setAssessmentStatus(deps, input) {
    requireAssessment(deps, input.id);
    const savedAt = deps.now().toISOString();
    store.updateFields(deps.db, input.id, { status: input.status }, savedAt);
    return { savedAt };
  },

  setAssessmentDate(deps, input) {
    const assessment = requireAssessment(deps, input.id);
    const savedAt = deps.now().toISOString();
    const fields: { assessment_date: string; plan_start?: string } = { assessment_date: input.assessmentDate };
    // Move the plan window with the date only while the plan has no actions pinned to it.
    if (assessment.actions.length === 0) fields.plan_start = planStartFor(input.assessmentDate);
    store.updateFields(deps.db, input.id, fields, savedAt);
    return { savedAt };
  },

  savePosition(deps, input) {
    const savedAt = deps.now().toISOString();
    store.updateFields(deps.db, input.id, { last_position: input.position }, savedAt, false);
    return { savedAt };
  },
} satisfies Partial<Handlers>;
