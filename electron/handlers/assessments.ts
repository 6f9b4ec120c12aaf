import type { AssessmentSummary } from '../../shared/domain';
import { allQuestions, CURRENT_FRAMEWORK, getFramework } from '../../shared/framework';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import type { Deps, Handlers } from '.';

function questionIdSet(frameworkVersion: string): Set<string> {
  const framework = getFramework(frameworkVersion);
  return new Set(framework ? allQuestions(framework).map((q) => q.id) : []);
}

export function summarise(row: store.AssessmentListRow): AssessmentSummary {
  const ids = questionIdSet(row.frameworkVersion);
  const { answeredQuestionIds, ...rest } = row;
  return { ...rest, answered: answeredQuestionIds.filter((q) => ids.has(q)).length, questionCount: ids.size };
}

function firstOfNextMonth(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export const assessmentHandlers = {
  listAssessments(deps: Deps) {
    return store.listAssessments(deps.db).map(summarise);
  },

  createAssessment(deps: Deps, input: { pcnName: string; assessmentDate: string }) {
    const id = deps.newId();
    store.insertAssessment(deps.db, {
      id,
      frameworkVersion: CURRENT_FRAMEWORK.version,
      assessmentDate: input.assessmentDate,
      // The six-month plan starts on the first of the month after the assessment.
      planStart: firstOfNextMonth(input.assessmentDate),
      previousAssessmentId: null,
      profile: {
        pcnName: input.pcnName,
        pcnCode: null,
        icb: '',
        population: null,
        practices: [],
        directoryExtractDate: null,
      },
      now: deps.now().toISOString(),
    });
    const row = store.listAssessments(deps.db).find((r) => r.id === id);
    if (!row) throw new AppError('internal', 'The new assessment could not be read back.');
    return summarise(row);
  },

  getAssessment(deps: Deps, input: { id: string }) {
    const assessment = store.getAssessment(deps.db, input.id);
    if (!assessment) throw new AppError('not-found', 'That assessment no longer exists.');
    const { lastPosition: _ignored, ...rest } = assessment;
    return rest;
  },
} satisfies Partial<Handlers>;
