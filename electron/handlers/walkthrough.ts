/** Handlers for the guided walkthrough: profile, answers, area priorities and partners. */
import { findArea, findQuestion } from '../../shared/framework';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import type { Handlers } from '../deps';
import { frameworkOf, requireAssessment } from './common';

export const walkthroughHandlers = {
  updateProfile(deps, input) {
    requireAssessment(deps, input.id);
    const codes = input.profile.practices.map((p) => p.code).filter((c): c is string => c !== null);
    const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
    if (repeated) throw new AppError('invalid-input', `Practice ${repeated} is listed twice.`);
    const savedAt = deps.now().toISOString();
    store.updateProfile(deps.db, input.id, input.profile, savedAt);
    return { savedAt };
  },

  saveResponse(deps, input) {
    const framework = frameworkOf(deps, input.assessmentId);
    const { response } = input;
    if (!findQuestion(framework, response.questionId)) {
      throw new AppError('invalid-input', `There is no question ${response.questionId} in this assessment.`);
    }
    if (response.dontKnow && response.current !== null) {
      throw new AppError('invalid-input', 'An answer cannot be both a level and "Don\'t know".');
    }
    const savedAt = deps.now().toISOString();
    // One statement, committed on its own: its triggers do the rest in the same implicit
    // transaction (see migration 6), so a save costs about a bare durable upsert.
    store.upsertResponse(deps.db, input.assessmentId, response, savedAt);
    return { savedAt };
  },

  saveAreaResponse(deps, input) {
    const framework = frameworkOf(deps, input.assessmentId);
    if (!findArea(framework, input.areaId)) {
      throw new AppError('invalid-input', `There is no area ${input.areaId} in this assessment.`);
    }
    const savedAt = deps.now().toISOString();
    store.upsertAreaResponse(
      deps.db,
      input.assessmentId,
      { areaId: input.areaId, importance: input.importance, summary: input.summary },
      savedAt,
    );
    return { savedAt };
  },

  savePartner(deps, input) {
    requireAssessment(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    store.upsertPartner(deps.db, input.assessmentId, input.partner, savedAt);
    return { savedAt, partners: requireAssessment(deps, input.assessmentId).partners };
  },

  deletePartner(deps, input) {
    requireAssessment(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    store.deletePartner(deps.db, input.assessmentId, input.partnerId, savedAt);
    return { savedAt, partners: requireAssessment(deps, input.assessmentId).partners };
  },
} satisfies Partial<Handlers>;
