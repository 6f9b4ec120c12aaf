/**
 * Store actions for the area page: each change changes the open assessment on screen straight away
 * (patchCurrent), then queues a save (runSave). A queued save reads the latest value from the
 * store when its turn comes, so saves made in quick succession (a level, then notes typed) never
 * overwrite one another with an older copy, and "Try again" after a failure sends what is on
 * screen now.
 */
import type { AreaResponse, Partner, QuestionResponse } from '../../../shared/domain';
import { api } from '../api';
import { type OpenAssessment, useApp } from '../store';
import { nothingToSave, openAssessment, replaceOrAppend } from './common';

export function emptyResponse(questionId: string): QuestionResponse {
  return { questionId, current: null, dontKnow: false, target: null, notes: '' };
}

/** One unanswered response object per question, so an unanswered question does not re-render needlessly. */
const unanswered = new Map<string, QuestionResponse>();

export function responseOf(assessment: OpenAssessment, questionId: string): QuestionResponse {
  const found = assessment.responses.find((r) => r.questionId === questionId);
  if (found) return found;
  let empty = unanswered.get(questionId);
  if (!empty) {
    empty = Object.freeze(emptyResponse(questionId));
    unanswered.set(questionId, empty);
  }
  return empty;
}

export function areaResponseOf(assessment: OpenAssessment, areaId: string): AreaResponse {
  return assessment.areaResponses.find((r) => r.areaId === areaId) ?? { areaId, importance: null, summary: '' };
}

/** Changes one answer on screen (no save yet: call `saveResponse`, now or debounced). */
export function patchResponse(questionId: string, change: (r: QuestionResponse) => QuestionResponse): void {
  useApp.getState().patchCurrent((a) => {
    const next = change(responseOf(a, questionId));
    return { ...a, responses: replaceOrAppend(a.responses, next, (r) => r.questionId === questionId) };
  });
}

/** Queues a save of one answer as it stands when the save runs. */
export function saveResponse(assessmentId: string, questionId: string): void {
  const snapshot = openAssessment(assessmentId);
  const fallback = snapshot ? responseOf(snapshot, questionId) : null;
  void useApp.getState().runSave(() => {
    const latest = openAssessment(assessmentId);
    const response = latest ? responseOf(latest, questionId) : fallback;
    return response ? api.saveResponse({ assessmentId, response }) : nothingToSave();
  });
}

export function patchAreaResponse(areaId: string, change: (r: AreaResponse) => AreaResponse): void {
  useApp.getState().patchCurrent((a) => {
    const next = change(areaResponseOf(a, areaId));
    return { ...a, areaResponses: replaceOrAppend(a.areaResponses, next, (r) => r.areaId === areaId) };
  });
}

export function saveAreaResponse(assessmentId: string, areaId: string): void {
  const snapshot = openAssessment(assessmentId);
  const fallback = snapshot ? areaResponseOf(snapshot, areaId) : null;
  void useApp.getState().runSave(() => {
    const latest = openAssessment(assessmentId);
    const r = latest ? areaResponseOf(latest, areaId) : fallback;
    return r
      ? api.saveAreaResponse({ assessmentId, areaId, importance: r.importance, summary: r.summary })
      : nothingToSave();
  });
}

/** Changes (or adds, on its first edit) one partner organisation on screen. */
export function patchPartner(partner: Partner): void {
  useApp
    .getState()
    .patchCurrent((a) => ({ ...a, partners: replaceOrAppend(a.partners, partner, (p) => p.id === partner.id) }));
}

/** Queues a save of one partner as it stands when the save runs; nothing if it was removed meanwhile. */
export function savePartner(assessmentId: string, partnerId: string): void {
  void useApp.getState().runSave(() => {
    const partner = openAssessment(assessmentId)?.partners.find((p) => p.id === partnerId);
    return partner ? api.savePartner({ assessmentId, partner }) : nothingToSave();
  });
}

/** Removes a partner on screen and from the store; a row never edited was never saved, so only goes. */
export function removePartner(assessmentId: string, partnerId: string): void {
  const { patchCurrent, runSave } = useApp.getState();
  if (!openAssessment(assessmentId)?.partners.some((p) => p.id === partnerId)) return;
  patchCurrent((a) => ({ ...a, partners: a.partners.filter((p) => p.id !== partnerId) }));
  void runSave(() => api.deletePartner({ assessmentId, partnerId }));
}
