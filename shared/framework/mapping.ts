/**
 * Reading an earlier assessment against a later framework version: which earlier question's
 * answer carries over to a question (its `carriesAnswerFrom`), and which earlier area an area is
 * compared with. Within one version everything maps to itself.
 *
 * The mapping is documented in the content itself: a question that asks the same thing as a
 * question of the previous version names it in `carriesAnswerFrom`; a question without one is a
 * new question, answered afresh. An area corresponds to the earlier area that holds most of the
 * questions its questions carry answers from (so a renamed area still compares), or else to the
 * earlier area with the same id.
 */
import type { QuestionResponse } from '../domain';
import type { Framework } from './types';

function hasQuestion(framework: Framework, questionId: string): boolean {
  return framework.areas.some((area) => area.questions.some((q) => q.id === questionId));
}

/**
 * The id of the question in `earlier` whose answer carries to `questionId` of `framework`, or
 * undefined for a question that is new since then.
 */
export function earlierQuestionId(framework: Framework, earlier: Framework, questionId: string): string | undefined {
  if (framework.version === earlier.version) return hasQuestion(earlier, questionId) ? questionId : undefined;
  const question = framework.areas.flatMap((area) => area.questions).find((q) => q.id === questionId);
  if (!question) return undefined;
  if (question.carriesAnswerFrom && hasQuestion(earlier, question.carriesAnswerFrom)) return question.carriesAnswerFrom;
  // A later version that keeps a question unchanged may keep its id.
  return hasQuestion(earlier, questionId) ? questionId : undefined;
}

/** The id of the area in `earlier` that `areaId` of `framework` is compared with, if any. */
export function earlierAreaId(framework: Framework, earlier: Framework, areaId: string): string | undefined {
  const sameId = earlier.areas.some((a) => a.id === areaId) ? areaId : undefined;
  const area = framework.areas.find((a) => a.id === areaId);
  if (!area || framework.version === earlier.version) return sameId;
  const votes = new Map<string, number>();
  for (const question of area.questions) {
    const from = earlierQuestionId(framework, earlier, question.id);
    const home = from ? earlier.areas.find((a) => a.questions.some((q) => q.id === from)) : undefined;
    if (home) votes.set(home.id, (votes.get(home.id) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [id, count] of votes) {
    // Most carried questions wins; a tie goes to the area with the same id.
    if (best === undefined || count > (votes.get(best) ?? 0) || (count === votes.get(best) && id === areaId)) best = id;
  }
  return best ?? sameId;
}

/** What the walkthrough shows as "last time" for one question of a reassessment. */
export type LastTime =
  /**
   * The earlier assessment answered this question, or the one it carries from; `earlierVersion`
   * is set when that was another framework version (its levels were described differently).
   */
  | { kind: 'answered'; response: QuestionResponse; fromQuestionId: string; earlierVersion: string | null }
  /** The earlier question exists but was not answered. */
  | { kind: 'unanswered' }
  /** New since the earlier framework version: nothing to carry over. */
  | { kind: 'new-question'; earlierVersion: string };

export function lastTimeFor(
  framework: Framework,
  earlier: { framework: Framework; responses: QuestionResponse[] },
  questionId: string,
): LastTime {
  const from = earlierQuestionId(framework, earlier.framework, questionId);
  if (!from) return { kind: 'new-question', earlierVersion: earlier.framework.version };
  const response = earlier.responses.find((r) => r.questionId === from);
  const answered = response && (response.dontKnow || response.current !== null || response.target !== null);
  if (!answered) return { kind: 'unanswered' };
  const earlierVersion = earlier.framework.version === framework.version ? null : earlier.framework.version;
  return { kind: 'answered', response, fromQuestionId: from, earlierVersion };
}
