/** Handlers for the guided walkthrough: profile, answers, area priorities and partners. */
import type { Partner, PcnProfile, QuestionResponse } from '../../shared/domain';
import { findArea, findQuestion, getFramework } from '../../shared/framework';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import type { Deps, Handlers } from '.';
import { requireAssessment } from './assessments';

function frameworkOf(deps: Deps, assessmentId: string) {
  const assessment = requireAssessment(deps, assessmentId);
  const framework = getFramework(assessment.frameworkVersion);
  if (!framework) {
    throw new AppError(
      'conflict',
      `This assessment uses framework version ${assessment.frameworkVersion}, which this version of the app does not know.`,
    );
  }
  return { assessment, framework };
}

export const walkthroughHandlers = {
  updateProfile(deps: Deps, input: { id: string; profile: PcnProfile }) {
    requireAssessment(deps, input.id);
    const codes = input.profile.practices.map((p) => p.code).filter((c): c is string => c !== null);
    const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
    if (repeated) throw new AppError('invalid-input', `Practice ${repeated} is listed twice.`);
    const savedAt = deps.now().toISOString();
    store.updateProfile(deps.db, input.id, input.profile, savedAt);
    return { savedAt };
  },

  saveResponse(deps: Deps, input: { assessmentId: string; response: QuestionResponse }) {
    const { framework } = frameworkOf(deps, input.assessmentId);
    const { response } = input;
    if (!findQuestion(framework, response.questionId)) {
      throw new AppError('invalid-input', `There is no question ${response.questionId} in this assessment.`);
    }
    if (response.dontKnow && response.current !== null) {
      throw new AppError('invalid-input', 'An answer cannot be both a level and "Don\'t know".');
    }
    const savedAt = deps.now().toISOString();
    store.upsertResponse(deps.db, input.assessmentId, response, savedAt);
    return { savedAt };
  },

  saveAreaResponse(
    deps: Deps,
    input: { assessmentId: string; areaId: string; importance: 1 | 2 | 3 | null; summary: string },
  ) {
    const { framework } = frameworkOf(deps, input.assessmentId);
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

  savePartner(deps: Deps, input: { assessmentId: string; partner: Partner }) {
    requireAssessment(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    store.upsertPartner(deps.db, input.assessmentId, input.partner, savedAt);
    return { savedAt, partners: requireAssessment(deps, input.assessmentId).partners };
  },

  deletePartner(deps: Deps, input: { assessmentId: string; partnerId: string }) {
    requireAssessment(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    store.deletePartner(deps.db, input.assessmentId, input.partnerId, savedAt);
    return { savedAt, partners: requireAssessment(deps, input.assessmentId).partners };
  },
} satisfies Partial<Handlers>;
