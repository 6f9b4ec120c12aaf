/**
 * Which files of an import go in: every file is judged on its own (a bad one is listed with its
 * reason), and the same PCN twice (by code, else by name) keeps the newer assessment, whether
 * the older one was already in the portfolio or earlier in the same import. Used by the app and
 * by `npm run rollup`.
 */
import type { Assessment } from '../domain';
import { isNewer, pcnKey } from './facts';
import type { PortfolioFileRead } from './read';
import type { PortfolioFileOutcome, PortfolioImportReport } from './types';

/** An assessment already held for a PCN: what "which is newer" needs, and where it came from. */
export interface HeldAssessment {
  assessmentDate: string;
  updatedAt: string;
  fileName: string;
}

export interface ImportDecision {
  report: PortfolioImportReport;
  /** The assessments to keep, by PCN key (the newest of each PCN in this import). */
  keep: Map<string, { fileName: string; assessment: Assessment }>;
  /** True when an assessment already held (not one from this import) is replaced. */
  replacesHeld: boolean;
}

export function decideImport(
  files: { fileName: string; read: PortfolioFileRead }[],
  alreadyHeld: ReadonlyMap<string, HeldAssessment>,
): ImportDecision {
  const held = new Map<string, HeldAssessment & { fromThisImport: boolean }>(
    [...alreadyHeld].map(([k, h]) => [k, { ...h, fromThisImport: false }]),
  );
  const keep = new Map<string, { fileName: string; assessment: Assessment }>();
  const files_: PortfolioFileOutcome[] = [];
  let replacesHeld = false;
  for (const { fileName, read } of files) {
    if (!read.ok) {
      files_.push({ fileName, outcome: 'refused', reason: read.reason });
      continue;
    }
    const a = read.assessment;
    const key = pcnKey(a);
    const existing = held.get(key);
    const base = { fileName, pcnName: a.profile.pcnName, assessmentDate: a.assessmentDate };
    if (existing && !isNewer(a, existing)) {
      files_.push({ ...base, outcome: 'kept-newer', keptDate: existing.assessmentDate, keptFile: existing.fileName });
      continue;
    }
    if (existing) {
      files_.push({
        ...base,
        outcome: 'replaced',
        replacedDate: existing.assessmentDate,
        replacedFile: existing.fileName,
      });
      if (!existing.fromThisImport) replacesHeld = true;
    } else {
      files_.push({ ...base, outcome: 'imported' });
    }
    held.set(key, { assessmentDate: a.assessmentDate, updatedAt: a.updatedAt, fileName, fromThisImport: true });
    keep.set(key, { fileName, assessment: a });
  }
  const tally = (o: PortfolioFileOutcome['outcome']) => files_.filter((x) => x.outcome === o).length;
  return {
    report: {
      files: files_,
      imported: tally('imported'),
      replaced: tally('replaced'),
      keptNewer: tally('kept-newer'),
      refused: tally('refused'),
    },
    keep,
    replacesHeld,
  };
}
