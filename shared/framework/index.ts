/**
 * The framework registry: every released framework version, the current one, and small helpers
 * for looking up areas, questions and suggested actions.
 */
import { SUGGESTED_ACTIONS } from './suggestions';
import type { Area, Framework, Question, SuggestedAction } from './types';
import { frameworkV1 } from './v1';

export { SUGGESTED_ACTIONS } from './suggestions';
export * from './types';
export { frameworkV1 } from './v1';

/** Every released framework, keyed by version id. Old versions stay so old assessments still read. */
export const FRAMEWORKS: Readonly<Record<string, Framework>> = Object.freeze({
  [frameworkV1.version]: frameworkV1,
});

/** The framework new assessments are made against. */
export const CURRENT_FRAMEWORK = frameworkV1;

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

/** Suggested actions for an area, in library order (lowest fromLevel first). A new array each call. */
export function suggestionsFor(areaId: string): SuggestedAction[] {
  return SUGGESTED_ACTIONS.filter((action) => action.areaId === areaId);
}
