/**
 * Changes made in the workshop: each shows on screen at once (patchCurrent) and is saved in
 * order (runSave). Every save answers with the workshop as the main process lets the screen see
 * it, which then replaces what is on screen: a hidden score only ever appears as "entered".
 */
import type { Participant, QuestionResponse, WorkshopView } from '../../../shared/domain';
import type { Level } from '../../../shared/framework';
import { api } from '../api';
import { useApp } from '../store';
import { nothingToSave, openAssessment, replaceOrAppend } from './common';

/** Replaces the workshop on screen with the one the main process sent, if that assessment is still open. */
export function showWorkshop(assessmentId: string, workshop: WorkshopView): void {
  useApp.getState().patchCurrent((a) => (a.id === assessmentId ? { ...a, workshop } : a));
}

function showParticipants(assessmentId: string, participants: Participant[]): void {
  useApp.getState().patchCurrent((a) => (a.id === assessmentId ? { ...a, participants } : a));
}

export function newParticipant(): Participant {
  return { id: crypto.randomUUID(), name: '', organisation: '', role: '' };
}

/** Changes (or adds, on its first edit) one participant on screen. */
export function patchParticipant(participant: Participant): void {
  useApp.getState().patchCurrent((a) => ({
    ...a,
    participants: replaceOrAppend(a.participants, participant, (p) => p.id === participant.id),
  }));
}

export function saveParticipant(assessmentId: string, participantId: string): Promise<boolean> {
  return useApp.getState().runSave(() => {
    const participant = openAssessment(assessmentId)?.participants.find((p) => p.id === participantId);
    return participant ? api.saveParticipant({ assessmentId, participant }) : nothingToSave();
  });
}

export function removeParticipant(assessmentId: string, participantId: string): void {
  const { patchCurrent, runSave } = useApp.getState();
  patchCurrent((a) => ({ ...a, participants: a.participants.filter((p) => p.id !== participantId) }));
  void runSave(
    () => api.deleteParticipant({ assessmentId, participantId }),
    (value) => {
      showParticipants(assessmentId, value.participants);
      showWorkshop(assessmentId, value.workshop);
    },
  );
}

export function setAnonymous(assessmentId: string, anonymous: boolean): void {
  useApp.getState().patchCurrent((a) => (a.id === assessmentId ? { ...a, workshop: { ...a.workshop, anonymous } } : a));
  void useApp.getState().runSave(
    () => api.setWorkshopAnonymous({ assessmentId, anonymous }),
    (value) => showWorkshop(assessmentId, value.workshop),
  );
}

/** One box of the grid: "now" (a level, "don't know" or nothing) or the target. Parts left out are kept. */
export type ScoreChange = {
  participantId: string;
  questionId: string;
} & ({ current: Level | null; dontKnow: boolean } | { target: Level | null });

/**
 * Saves one box of one person's score. Before the reveal the screen is only told that something
 * was entered (it never holds the value); after it, the value shows at once.
 */
export function saveScore(assessmentId: string, change: ScoreChange, revealed: boolean): void {
  const same = (s: { participantId: string; questionId: string }) =>
    s.participantId === change.participantId && s.questionId === change.questionId;
  useApp.getState().patchCurrent((a) => {
    if (a.id !== assessmentId) return a;
    if (revealed) {
      const before = a.workshop.scores.find(same) ?? {
        ...change,
        current: null,
        dontKnow: false,
        target: null,
        reason: '',
        source: 'live' as const,
      };
      const next = { ...before, ...change, source: 'live' as const };
      const empty = next.current === null && !next.dontKnow && next.target === null && next.reason === '';
      const others = a.workshop.scores.filter((s) => !same(s));
      return { ...a, workshop: { ...a.workshop, scores: empty ? others : [...others, next] } };
    }
    const before = a.workshop.hidden.find(same);
    const hasCurrent = 'current' in change ? change.current !== null || change.dontKnow : Boolean(before?.hasCurrent);
    const hasTarget = 'target' in change ? change.target !== null : Boolean(before?.hasTarget);
    const others = a.workshop.hidden.filter((h) => !same(h));
    const entry = {
      participantId: change.participantId,
      questionId: change.questionId,
      hasCurrent,
      hasTarget,
      source: 'live' as const,
    };
    return { ...a, workshop: { ...a.workshop, hidden: hasCurrent || hasTarget ? [...others, entry] : others } };
  });
  void useApp.getState().runSave(
    () => api.saveParticipantScore({ assessmentId, score: change }),
    (value) => showWorkshop(assessmentId, value.workshop),
  );
}

export function reveal(assessmentId: string, questionIds: string[]): Promise<boolean> {
  return useApp.getState().runSave(
    () => api.revealScores({ assessmentId, questionIds }),
    (value) => showWorkshop(assessmentId, value.workshop),
  );
}

/** Changes someone's reason on screen (the save follows, debounced). */
export function patchReason(participantId: string, questionId: string, reason: string): void {
  useApp.getState().patchCurrent((a) => ({
    ...a,
    workshop: {
      ...a.workshop,
      scores: a.workshop.scores.map((s) =>
        s.participantId === participantId && s.questionId === questionId ? { ...s, reason } : s,
      ),
    },
  }));
}

export function saveReason(assessmentId: string, participantId: string, questionId: string): void {
  void useApp.getState().runSave(() => {
    const score = openAssessment(assessmentId)?.workshop.scores.find(
      (s) => s.participantId === participantId && s.questionId === questionId,
    );
    return score
      ? api.saveScoreReason({ assessmentId, participantId, questionId, reason: score.reason })
      : nothingToSave();
  });
}

export interface AgreedInput {
  current: Level | null;
  dontKnow: boolean;
  target: Level | null;
  reason: string;
}

/** Records the group's agreed levels; they become the question's answer. */
export function agree(assessmentId: string, questionId: string, agreed: AgreedInput): Promise<boolean> {
  return useApp.getState().runSave(
    () => api.setConsensus({ assessmentId, questionId, ...agreed }),
    (value) => {
      useApp.getState().patchCurrent((a) => {
        if (a.id !== assessmentId) return a;
        const response: QuestionResponse = value.response;
        return {
          ...a,
          workshop: value.workshop,
          responses: replaceOrAppend(a.responses, response, (r) => r.questionId === questionId),
        };
      });
    },
  );
}

/** After response files were imported. */
export function showImported(assessmentId: string, participants: Participant[], workshop: WorkshopView): void {
  showParticipants(assessmentId, participants);
  showWorkshop(assessmentId, workshop);
}
