/**
 * Changes to the action plan. Quick changes (accept, status, remove, discard) show on screen at
 * once (patchCurrent) and are then queued to save (runSave); a queued save sends the action as it
 * stands when its turn comes, so quick successive changes never overwrite one another. A failed
 * save keeps the change on screen and the save status offers "Try again".
 *
 * Saves from the action form wait for the main process instead: the form stays open until the
 * action is stored, so a refused save never leaves an unsaved action in the list.
 */
import type { Action, GapDeferral } from '../../../shared/domain';
import type { ProposedAction } from '../../../shared/plan';
import { api } from '../api';
import { useApp } from '../store';
import { nothingToSave, openAssessment, replaceOrAppend } from './common';

/**
 * Puts the stored copy of one action (from the main process's answer) into the open assessment.
 * Only the form adds it when missing: after a quick save, a missing action was removed meanwhile.
 */
function mergeSaved(assessmentId: string, saved: Action[], actionId: string, addIfMissing: boolean): void {
  const stored = saved.find((a) => a.id === actionId);
  if (!stored) return;
  useApp.getState().patchCurrent((a) => {
    if (a.id !== assessmentId) return a;
    if (!addIfMissing && !a.actions.some((x) => x.id === actionId)) return a;
    return { ...a, actions: replaceOrAppend(a.actions, stored, (x) => x.id === actionId) };
  });
}

/** Queues a save of one action as it stands when the save runs; nothing if it was removed meanwhile. */
function queueActionSave(assessmentId: string, actionId: string): Promise<boolean> {
  return useApp.getState().runSave(
    () => {
      const action = openAssessment(assessmentId)?.actions.find((a) => a.id === actionId);
      return action ? api.saveAction({ assessmentId, action }) : nothingToSave();
    },
    (value) => {
      if (value) mergeSaved(assessmentId, value.actions, actionId, false);
    },
  );
}

/** A suggestion accepted as it stands: a new action, not started, with no owner named yet. */
export function actionFromProposal(proposal: ProposedAction, id: string): Action {
  return {
    id,
    areaId: proposal.areaId,
    questionIds: [...proposal.questionIds],
    title: proposal.title,
    description: proposal.description,
    ownerName: '',
    ownerRole: proposal.ownerRole,
    startMonth: proposal.startMonth,
    dueDate: proposal.dueDate,
    status: 'not-started',
    successMeasure: proposal.successMeasure,
    suggestionId: proposal.suggestionId,
  };
}

export function acceptSuggestion(assessmentId: string, proposal: ProposedAction): Action {
  const action = actionFromProposal(proposal, crypto.randomUUID());
  useApp.getState().patchCurrent((a) => (a.id === assessmentId ? { ...a, actions: [...a.actions, action] } : a));
  void queueActionSave(assessmentId, action.id);
  return action;
}

export function changeStatus(assessmentId: string, actionId: string, status: Action['status']): void {
  useApp
    .getState()
    .patchCurrent((a) =>
      a.id === assessmentId ? { ...a, actions: a.actions.map((x) => (x.id === actionId ? { ...x, status } : x)) } : a,
    );
  void queueActionSave(assessmentId, actionId);
}

export function removeAction(assessmentId: string, actionId: string): void {
  const { patchCurrent, runSave } = useApp.getState();
  patchCurrent((a) => (a.id === assessmentId ? { ...a, actions: a.actions.filter((x) => x.id !== actionId) } : a));
  void runSave(() => api.deleteAction({ assessmentId, actionId }));
}

export function setSuggestionDismissed(assessmentId: string, suggestionId: string, dismissed: boolean): void {
  const { patchCurrent, runSave } = useApp.getState();
  patchCurrent((a) => {
    if (a.id !== assessmentId) return a;
    const others = a.dismissedSuggestionIds.filter((s) => s !== suggestionId);
    return { ...a, dismissedSuggestionIds: dismissed ? [...others, suggestionId].sort() : others };
  });
  void runSave(() => api.dismissSuggestion({ assessmentId, suggestionId, dismissed }));
}

/**
 * Saves an action from the form and waits for the answer. On success the stored copy goes into
 * the open assessment; on failure returns the main process's message for the form to show.
 */
export async function saveFromForm(
  assessmentId: string,
  action: Action,
): Promise<{ ok: true } | { ok: false; message: string; field?: string }> {
  const saved = await useApp.getState().runSave(
    () => api.saveAction({ assessmentId, action }),
    (value) => mergeSaved(assessmentId, value.actions, action.id, true),
  );
  if (saved) return { ok: true };
  const state = useApp.getState().save;
  if (state.state !== 'error') return { ok: false, message: 'The action could not be saved.' };
  return { ok: false, message: state.message, ...(state.field ? { field: state.field } : {}) };
}

/** Defers a gap with a reason, or (null) takes the deferral back; shown at once, then saved. */
export function deferGap(
  assessmentId: string,
  questionId: string,
  deferral: Omit<GapDeferral, 'questionId'> | null,
): Promise<boolean> {
  const { patchCurrent, runSave } = useApp.getState();
  patchCurrent((a) => {
    if (a.id !== assessmentId) return a;
    const others = a.deferrals.filter((d) => d.questionId !== questionId);
    return { ...a, deferrals: deferral ? [...others, { questionId, ...deferral }] : others };
  });
  return runSave(
    () => api.deferGap({ assessmentId, questionId, deferral }),
    (value) => patchCurrent((a) => (a.id === assessmentId ? { ...a, deferrals: value.deferrals } : a)),
  );
}

/** Sets how many actions the PCN can deliver in six months. */
export function setPlanCapacity(assessmentId: string, capacity: number): Promise<boolean> {
  const { patchCurrent, runSave } = useApp.getState();
  patchCurrent((a) => (a.id === assessmentId ? { ...a, planCapacity: capacity } : a));
  return runSave(
    () => api.setPlanCapacity({ assessmentId, capacity }),
    (value) => patchCurrent((a) => (a.id === assessmentId ? { ...a, planCapacity: value.planCapacity } : a)),
  );
}
