/** Look-ups every group of handlers shares: the assessment, or its framework, or a plain refusal. */
import { getFramework } from '../../shared/framework';
import type { Framework } from '../../shared/framework/types';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import type { Deps } from '../deps';

export const ASSESSMENT_GONE = 'That assessment no longer exists. It may have been deleted.';

export function requireAssessment(deps: Deps, id: string) {
  const assessment = store.getAssessment(deps.db, id);
  if (!assessment) throw new AppError('not-found', ASSESSMENT_GONE);
  return assessment;
}

/**
 * The framework an answer is checked against. Only the assessment's framework version is read:
 * reading the whole assessment here cost more than the durable write itself (`npm run bench`).
 */
export function frameworkOf(deps: Deps, assessmentId: string): Framework {
  const version = store.frameworkVersionOf(deps.db, assessmentId);
  if (version === undefined) throw new AppError('not-found', ASSESSMENT_GONE);
  const framework = getFramework(version);
  if (!framework) {
    throw new AppError(
      'conflict',
      `This assessment uses framework version ${version}, which this version of the app does not know.`,
    );
  }
  return framework;
}
