/**
 * The framework registry: every released framework version, the current one, and small helpers
 * for looking up areas, questions and suggested actions.
 */
import type { Area, Framework, Question, SuggestedAction } from './types';
import { frameworkV1 } from './v1';
import { frameworkV2 } from './v2/index';

export * from './mapping';
export { NATIONAL_LINKS, POLICY_SOURCES } from './national';
export { SUGGESTED_ACTIONS } from './suggestions';
export * from './types';
export { frameworkV1 } from './v1';
export { frameworkV2 } from './v2/index';

/** Every released framework, keyed by version id. Old versions stay so old assessments still read. */
export const FRAMEWORKS: Readonly<Record<string, Framework>> = Object.freeze({
  [frameworkV1.version]: frameworkV1,
  [frameworkV2.version]: frameworkV2,
});

/** The framework new assessments are made against. */
export const CURRENT_FRAMEWORK = frameworkV2;

export function getFramework(version: string): Framework | undefined {
  return Object.hasOwn(FRAMEWORKS, version) ? FRAMEWORKS[version] : undefined;
}

/** All questions of a framework, in area order. */
export function allQuestions(framework: Framework): Question[] {
  return framework.areas.flatMap((area) => area.questions);
}

export function findArea(framework: Framework, areaId: string): Area | undefined {
  return framework.areas.find((area) => area.id === areaId);
}

export function findQuestion(framework: Framework, questionId: string): { area: Area; question: Question } | undefined {
  for (const area of framework.areas) {
    const question = area.questions.find((q) => q.id === questionId);
    if (question) return { area, question };
  }
  return undefined;
}

/**
 * The suggested actions a framework version offers for an area, in library order. Each version
 * has its own library, written for its questions. A new array each call.
 */
export function suggestionsFor(framework: Framework, areaId: string): SuggestedAction[] {
  return framework.suggestions.filter((action) => action.areaId === areaId);
}

/** The suggested action with this id in a framework's library, if any. */
export function findSuggestion(framework: Framework, suggestionId: string): SuggestedAction | undefined {
  return framework.suggestions.find((action) => action.id === suggestionId);
}
