/** Handlers for the guided walkthrough: profile, answers, area priorities and partners. */
import type { Partner, PcnProfile, QuestionResponse } from '../../shared/domain';
import { findArea, findQuestion, getFramework } from '../../shared/framework';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import { clearChangedConsensus } from '../db/workshop';
import type { Deps, Handlers } from '.';
import { ASSESSMENT_GONE, requireAssessment } from './assessments';

/**
 * The framework an answer is checked against. Only the assessment's framework version is read:
 * reading the whole assessment here cost more than the durable write itself (`npm run bench`).
 */
function frameworkOf(deps: Deps, assessmentId: string) {
  const version = store.frameworkVersionOf(deps.db, assessmentId);
  if (version === undefined) throw new AppError('not-found', ASSESSMENT_GONE);
  const framework = getFramework(version);
  if (!framework) {
    throw new AppError(
      'conflict',
      `This assessment uses framework version ${version}, which this version of the app does not know.`,
    );
  }
  return { framework };
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
    deps.db.transaction(() => {
      // Levels changed here are no longer the ones a workshop agreed (notes alone do not count).
      clearChangedConsensus(deps.db, input.assessmentId, response, savedAt);
      store.upsertResponse(deps.db, input.assessmentId, response, savedAt);
    })();
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
