/** Handlers for the six-month action plan. */
import { findArea, findQuestion, findSuggestion } from '../../shared/framework';
import { checkAction } from '../../shared/plan';
import { AppError } from '../../shared/result';
import { scoreAssessment } from '../../shared/scoring';
import * as store from '../db/assessments';
import type { Handlers } from '../deps';
import { frameworkOf, requireAssessment } from './common';

export const planHandlers = {
  saveAction(deps, input) {
    const assessment = requireAssessment(deps, input.assessmentId);
    const framework = frameworkOf(deps, input.assessmentId);
    const { action } = input;
    if (!findArea(framework, action.areaId)) {
      throw new AppError('invalid-input', `There is no area ${action.areaId} in this assessment.`, 'action.areaId');
    }
    const stray = action.questionIds.find((q) => findQuestion(framework, q)?.area.id !== action.areaId);
    if (stray) throw new AppError('invalid-input', `Question ${stray} is not part of this action's area.`);
    const problem = checkAction(action, assessment.planStart);
    // Every rule checkAction applies is about when the action is due.
    if (problem) throw new AppError('invalid-input', problem, 'action.dueDate');
    const savedAt = deps.now().toISOString();
    store.upsertAction(deps.db, input.assessmentId, action, savedAt);
    return { savedAt, actions: requireAssessment(deps, input.assessmentId).actions };
  },

  deleteAction(deps, input) {
    requireAssessment(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    store.deleteAction(deps.db, input.assessmentId, input.actionId, savedAt);
    return { savedAt, actions: requireAssessment(deps, input.assessmentId).actions };
  },
  dismissSuggestion(deps, input) {
    requireAssessment(deps, input.assessmentId);
    // Each framework version has its own library: only its suggestions can be dismissed.
    if (!findSuggestion(frameworkOf(deps, input.assessmentId), input.suggestionId)) {
      throw new AppError('invalid-input', `There is no suggested action ${input.suggestionId}.`);
    }
    const savedAt = deps.now().toISOString();
    store.setSuggestionDismissed(deps.db, input.assessmentId, input.suggestionId, input.dismissed, savedAt);
    return { savedAt, dismissedSuggestionIds: requireAssessment(deps, input.assessmentId).dismissedSuggestionIds };
  },

  deferGap(deps, input) {
    const assessment = requireAssessment(deps, input.assessmentId);
    const framework = frameworkOf(deps, input.assessmentId);
    if (!findQuestion(framework, input.questionId)) {
      throw new AppError('invalid-input', `There is no question ${input.questionId} in this assessment.`);
    }
    // Only a gap can be deferred; taking a deferral back is always allowed.
    const score = scoreAssessment(framework, assessment.responses, assessment.areaResponses).questions.find(
      (q) => q.questionId === input.questionId,
    );
    if (input.deferral && !(score?.answered && (score.gap ?? 0) > 0)) {
      throw new AppError(
        'invalid-input',
        'This question has no gap to defer: its target is not above where the PCN is now.',
      );
    }
    const savedAt = deps.now().toISOString();
    store.setDeferral(deps.db, input.assessmentId, input.questionId, input.deferral, savedAt);
    return { savedAt, deferrals: requireAssessment(deps, input.assessmentId).deferrals };
  },

  setPlanCapacity(deps, input) {
    requireAssessment(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    store.setPlanCapacity(deps.db, input.assessmentId, input.capacity, savedAt);
    return { savedAt, planCapacity: requireAssessment(deps, input.assessmentId).planCapacity };
  },
} satisfies Partial<Handlers>;
