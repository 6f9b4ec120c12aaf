/**
 * Handlers for a workshop: participants, private scores entered live, the reveal, reasons from
 * people whose rating stands out, and the agreed consensus.
 *
 * Hidden until revealed, in every path: every handler here that answers with the workshop answers
 * with `toWorkshopView`, which holds back the scores of questions not yet revealed, and so does
 * getAssessment. The renderer never receives a hidden score, whatever it asks.
 */
import type { Participant, WorkshopView } from '../../shared/domain';
import { findQuestion } from '../../shared/framework';
import type { Framework, Level } from '../../shared/framework/types';
import { AppError } from '../../shared/result';
import { differsFromMedian, levelText, medianClause, questionSpread, reasonRequired } from '../../shared/workshop';
import * as store from '../db/assessments';
import * as workshop from '../db/workshop';
import type { Deps, Handlers } from '../deps';
import { frameworkOf } from './common';

function requireQuestion(framework: Framework, questionId: string) {
  const found = findQuestion(framework, questionId);
  if (!found) throw new AppError('invalid-input', `There is no question ${questionId} in this assessment.`);
  return found;
}

function requireParticipant(deps: Deps, assessmentId: string, participantId: string): void {
  if (workshop.participantAssessment(deps.db, participantId) !== assessmentId) {
    throw new AppError('not-found', 'That participant is not in this workshop. They may have been removed.');
  }
}

/** What the renderer may see of the workshop now. */
export function workshopView(deps: Deps, assessmentId: string): WorkshopView {
  return workshop.toWorkshopView(workshop.readWorkshop(deps.db, assessmentId));
}

function participantsOf(deps: Deps, assessmentId: string): Participant[] {
  return store.getAssessment(deps.db, assessmentId)?.participants ?? [];
}

function checkLevels(current: Level | null, dontKnow: boolean): void {
  if (dontKnow && current !== null) {
    throw new AppError('invalid-input', 'A score cannot be both a level and "Don\'t know".');
  }
}

export const workshopHandlers = {
  getWorkshop(deps, input) {
    frameworkOf(deps, input.assessmentId);
    return workshopView(deps, input.assessmentId);
  },

  saveParticipant(deps, input) {
    frameworkOf(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    workshop.upsertParticipant(deps.db, input.assessmentId, input.participant, savedAt);
    return { savedAt, participants: participantsOf(deps, input.assessmentId) };
  },

  deleteParticipant(deps, input) {
    frameworkOf(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    workshop.deleteParticipant(deps.db, input.assessmentId, input.participantId, savedAt);
    return {
      savedAt,
      participants: participantsOf(deps, input.assessmentId),
      workshop: workshopView(deps, input.assessmentId),
    };
  },

  setWorkshopAnonymous(deps, input) {
    frameworkOf(deps, input.assessmentId);
    const savedAt = deps.now().toISOString();
    workshop.setAnonymous(deps.db, input.assessmentId, input.anonymous, savedAt);
    return { savedAt, workshop: workshopView(deps, input.assessmentId) };
  },

  /** One person's private levels for one question, entered live by the facilitator. */
  saveParticipantScore(deps, input) {
    const framework = frameworkOf(deps, input.assessmentId);
    const { score } = input;
    requireQuestion(framework, score.questionId);
    requireParticipant(deps, input.assessmentId, score.participantId);
    const before = workshop.getScore(deps.db, score.participantId, score.questionId);
    const merged = {
      participantId: score.participantId,
      questionId: score.questionId,
      current: score.current === undefined ? (before?.current ?? null) : score.current,
      dontKnow: score.dontKnow === undefined ? (before?.dontKnow ?? false) : score.dontKnow,
      target: score.target === undefined ? (before?.target ?? null) : score.target,
    };
    checkLevels(merged.current, merged.dontKnow);
    const savedAt = deps.now().toISOString();
    workshop.saveScore(deps.db, input.assessmentId, merged, 'live', savedAt);
    return { savedAt, workshop: workshopView(deps, input.assessmentId) };
  },

  /** Shows everyone's scores for these questions at once (one question, or a whole area). */
  revealScores(deps, input) {
    const framework = frameworkOf(deps, input.assessmentId);
    for (const questionId of input.questionIds) requireQuestion(framework, questionId);
    const savedAt = deps.now().toISOString();
    workshop.reveal(deps.db, input.assessmentId, input.questionIds, savedAt);
    return { savedAt, workshop: workshopView(deps, input.assessmentId) };
  },

  /** Why someone rated a question as they did, recorded after the reveal. */
  saveScoreReason(deps, input) {
    const framework = frameworkOf(deps, input.assessmentId);
    requireQuestion(framework, input.questionId);
    requireParticipant(deps, input.assessmentId, input.participantId);
    if (!workshop.questionState(deps.db, input.assessmentId, input.questionId)?.revealedAt) {
      throw new AppError('conflict', 'Reasons are recorded once the scores for this question have been revealed.');
    }
    const savedAt = deps.now().toISOString();
    if (
      !workshop.saveReason(deps.db, input.assessmentId, input.participantId, input.questionId, input.reason, savedAt)
    ) {
      throw new AppError('not-found', 'That person has no score for this question, so there is nothing to explain.');
    }
    return { savedAt, workshop: workshopView(deps, input.assessmentId) };
  },

  /**
   * The group's agreed levels for a question. They become the question's response, which scoring
   * and the plan use. A reason is required when an agreed level differs from the median.
   */
  setConsensus(deps, input) {
    const framework = frameworkOf(deps, input.assessmentId);
    const { question } = requireQuestion(framework, input.questionId);
    checkLevels(input.current, input.dontKnow);
    const all = workshop.readWorkshop(deps.db, input.assessmentId);
    const hasScores = all.scores.some((s) => s.questionId === input.questionId);
    const state = workshop.questionState(deps.db, input.assessmentId, input.questionId);
    if (hasScores && !state?.revealedAt) {
      throw new AppError('conflict', 'Reveal everyone’s scores for this question before agreeing a consensus.');
    }
    const spread = questionSpread(all.scores, input.questionId);
    const reason = input.reason.trim();
    if (reason === '' && reasonRequired(spread, input)) {
      const differs = differsFromMedian(spread, input);
      const parts = [
        differs.current
          ? `the agreed level now is ${input.dontKnow ? '“Don’t know”' : input.current === null ? 'not set' : levelText(input.current)} but ${medianClause(spread.current)}`
          : null,
        differs.target
          ? `the agreed target is ${input.target === null ? 'not set' : levelText(input.target)} but ${medianClause(spread.target)}`
          : null,
      ].filter((part): part is string => part !== null);
      throw new AppError(
        'invalid-input',
        `For “${question.text}”, ${parts.join(', and ')}. Say why the group agreed ${parts.length > 1 ? 'them' : 'it'}.`,
      );
    }
    const savedAt = deps.now().toISOString();
    const before = store
      .getAssessment(deps.db, input.assessmentId)
      ?.responses.find((r) => r.questionId === input.questionId);
    const response = {
      questionId: input.questionId,
      current: input.current,
      dontKnow: input.dontKnow,
      target: input.target,
      notes: before?.notes ?? '',
    };
    deps.db.transaction(() => {
      store.upsertResponse(deps.db, input.assessmentId, response, savedAt);
      workshop.setConsensus(deps.db, input.assessmentId, input.questionId, reason, savedAt);
    })();
    return { savedAt, response, workshop: workshopView(deps, input.assessmentId) };
  },
} satisfies Partial<Handlers>;
