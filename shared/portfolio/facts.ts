/**
 * One PCN's assessment reduced to what the portfolio needs. Every figure is the PCN's own
 * report's figure (the scoring model), so the ICB sees exactly what the PCN sees.
 */
import type { Assessment } from '../domain';
import { getFramework } from '../framework/index';
import { buildReport } from '../report';
import type { PcnFacts } from './types';

/** The two areas a PCN's readiness for the neighbourhood-provider routes is read from. */
export const ROUTES_AREAS = ['leadership', 'governance'] as const;

export const ROUTES_RULE =
  'Readiness for the neighbourhood-provider routes (a local PCN contract variation, subcontracting to a multi-neighbourhood provider, or a new legal entity) is the average of the PCN’s Leadership and Governance area scores. A PCN without a score in both areas is not ranked on it. It shows how ready a PCN says it is to shape and design a route; it is not a judgement of any bid.';

export function pcnFacts(assessment: Assessment): PcnFacts {
  const framework = getFramework(assessment.frameworkVersion);
  if (!framework) throw new Error(`Framework version ${assessment.frameworkVersion} is not known.`);
  // The PCN's own report: the ICB sees exactly the figures the PCN sees.
  const report = buildReport(assessment, framework);
  const areas = report.areas.map((a) => ({
    areaId: a.id,
    current: a.current.value,
    target: a.target.value,
    gap: a.gap.value,
    answered: a.counts.answered,
    dontKnow: a.counts.dontKnow,
    total: a.counts.total,
  }));
  const routeScores = ROUTES_AREAS.map((id) => report.area(id)?.current.value ?? null);
  const routes = routeScores.every((s) => s !== null)
    ? (routeScores as number[]).reduce((t, s) => t + s, 0) / routeScores.length
    : null;
  return {
    pcnCode: assessment.profile.pcnCode,
    pcnName: assessment.profile.pcnName,
    icbText: assessment.profile.icb,
    profilePopulation: assessment.profile.population,
    frameworkVersion: assessment.frameworkVersion,
    assessmentDate: assessment.assessmentDate,
    status: assessment.status,
    overall: report.overall.current.value,
    overallTarget: report.overall.target.value,
    routes,
    areas,
    questions: report.areas.flatMap((a) =>
      a.questions.map((q) => ({
        questionId: q.id,
        areaId: a.id,
        current: q.current,
        target: q.effectiveTarget,
        dontKnow: q.state === 'dont-know',
      })),
    ),
    actions: report.actions.map(({ action }) => ({
      areaId: action.areaId,
      title: action.title,
      startMonth: action.startMonth,
      dueDate: action.dueDate,
      status: action.status,
    })),
  };
}

/** The key that makes two files "the same PCN": its code, or else its name, case and spacing ignored. */
export function pcnKey(assessment: Pick<Assessment, 'profile'>): string {
  const code = assessment.profile.pcnCode?.trim().toUpperCase();
  if (code) return `code:${code}`;
  return `name:${assessment.profile.pcnName.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * Which of two assessments of the same PCN is newer: the later assessment date, then the later
 * last change. Returns true when `candidate` should replace `existing`.
 */
export function isNewer(
  candidate: Pick<Assessment, 'assessmentDate' | 'updatedAt'>,
  existing: Pick<Assessment, 'assessmentDate' | 'updatedAt'>,
): boolean {
  if (candidate.assessmentDate !== existing.assessmentDate) return candidate.assessmentDate > existing.assessmentDate;
  return Date.parse(candidate.updatedAt) > Date.parse(existing.updatedAt);
}
