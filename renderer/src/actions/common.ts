/**
 * What the store actions share: the open assessment (if it is still the one a change was made
 * in), a save with nothing to send, and one way to put a changed row into a list.
 */
import type { Result } from '../../../shared/result';
import { type OpenAssessment, useApp } from '../store';

/** The open assessment, or null when the user has since opened another (or none). */
export function openAssessment(assessmentId: string): OpenAssessment | null {
  const { current } = useApp.getState();
  return current && current.id === assessmentId ? current : null;
}

/** A queued save whose row was removed meanwhile: there is nothing to send. */
export const nothingToSave = (): Promise<Result<null>> => Promise.resolve({ ok: true, value: null });

/** The list with the row that `same` picks replaced by `next`, or `next` appended when there is none. */
export function replaceOrAppend<T>(list: readonly T[], next: T, same: (row: T) => boolean): T[] {
  return list.some(same) ? list.map((row) => (same(row) ? next : row)) : [...list, next];
}
