/**
 * The frame around an open assessment: who it is for, the save status, and the steps of the
 * journey (profile, the eight areas, review, results, action plan) with progress in words.
 */

import { lazy, Suspense } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { WorkshopView } from '../../../shared/domain';
import { allQuestions, getFramework } from '../../../shared/framework';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveStatus } from '../components/SaveStatus';
import { type Section, useApp } from '../store';
import { AreaPage } from './AreaPage';
import { Profile } from './Profile';
import { Review } from './Review';

// The results (with the recharts radar) and the plan are the heaviest screens and the first
// screen needs neither: they load the first time they are opened (`npm run bench` measures the
// initial JavaScript).
const Results = lazy(() => import('./Results').then((m) => ({ default: m.Results })));
const Plan = lazy(() => import('./Plan').then((m) => ({ default: m.Plan })));
const Workshop = lazy(() => import('./Workshop').then((m) => ({ default: m.Workshop })));
const Progress = lazy(() => import('./Progress').then((m) => ({ default: m.Progress })));

function isAnswered(r: { current: number | null; dontKnow: boolean }) {
  return r.current !== null || r.dontKnow;
}

/** "optional: score together", or how far the workshop has got. */
function workshopDetail(workshop: WorkshopView, people: number, total: number): string {
  const agreed = workshop.questions.filter((q) => q.agreedAt).length;
  if (people === 0 && agreed === 0) return 'optional: score together';
  return `${people} ${people === 1 ? 'person' : 'people'}, ${agreed} of ${total} agreed`;
}

function sameSection(a: Section, b: Section): boolean {
  return a.kind === b.kind && (a.kind !== 'area' || (b.kind === 'area' && a.areaId === b.areaId));
}

export function AssessmentShell({ section }: { section: Section }) {
  const current = useApp((s) => s.current);
  const goToSection = useApp((s) => s.goToSection);
  const go = useApp((s) => s.go);
  if (!current) return null;
  const framework = getFramework(current.frameworkVersion);
  if (!framework) {
    return (
      <ErrorSummary level={1} title="This assessment needs a newer version of the app">
        <p>
          It was made with framework version {current.frameworkVersion}, which this version does not know. Nothing has
          been changed. Install the latest version of Neighbourhood Ready to open it.
        </p>
      </ErrorSummary>
    );
  }
  const answered = new Set(current.responses.filter(isAnswered).map((r) => r.questionId));
  const total = allQuestions(framework).length;
  const done = allQuestions(framework).filter((q) => answered.has(q.id)).length;

  const steps: { section: Section; label: string; detail?: string }[] = [
    { section: { kind: 'profile' }, label: 'PCN profile' },
    {
      section: { kind: 'workshop' },
      label: 'Workshop',
      detail: workshopDetail(current.workshop, current.participants.length, total),
    },
    ...framework.areas.map((area, i) => {
      const n = area.questions.filter((q) => answered.has(q.id)).length;
      return {
        section: { kind: 'area', areaId: area.id } as Section,
        label: `${i + 1}. ${area.title}`,
        detail: n === area.questions.length ? 'complete' : `${n} of ${area.questions.length} answered`,
      };
    }),
    { section: { kind: 'review' }, label: 'Check your answers' },
    { section: { kind: 'results' }, label: 'Results' },
    { section: { kind: 'plan' }, label: 'Action plan and exports' },
    {
      section: { kind: 'progress' },
      label: 'Check-ins and progress',
      detail:
        current.checkIns.length === 0
          ? 'none yet'
          : `${current.checkIns.length} ${current.checkIns.length === 1 ? 'check-in' : 'check-ins'}`,
    },
  ];

  return (
    <div className="app-assessment">
      <div className="app-assessment__bar">
        <div>
          <button type="button" className="app-link-button" onClick={() => go({ name: 'home' })}>
            ← All assessments
          </button>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <strong>{current.profile.pcnName}</strong> · {formatDateLong(current.assessmentDate)} · {done} of {total}{' '}
            questions answered
          </p>
          <div className="app-progress" aria-hidden="true">
            <span style={{ width: `${Math.round((done / Math.max(total, 1)) * 100)}%` }} />
          </div>
        </div>
        <SaveStatus />
      </div>
      <div className="nhsuk-grid-row">
        <nav className="nhsuk-grid-column-one-quarter app-steps" aria-label="Assessment steps">
          <ol className="app-steps__list">
            {steps.map((step) => {
              const active = sameSection(step.section, section);
              return (
                <li key={step.label} className={`app-steps__item${active ? ' app-steps__item--current' : ''}`}>
                  <button
                    type="button"
                    className="app-steps__link"
                    aria-current={active ? 'step' : undefined}
                    onClick={() => goToSection(step.section)}
                  >
                    {step.label}
                    {step.detail && <span className="app-steps__detail">{step.detail}</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <div className="nhsuk-grid-column-three-quarters">
          {section.kind === 'profile' && <Profile />}
          {section.kind === 'area' && (
            <AreaPage key={section.areaId} areaId={section.areaId} questionId={section.questionId} />
          )}
          {section.kind === 'review' && <Review />}
          <Suspense fallback={<p role="status">Loading…</p>}>
            {section.kind === 'workshop' && <Workshop areaId={section.areaId} />}
            {section.kind === 'results' && <Results />}
            {section.kind === 'plan' && <Plan />}
            {section.kind === 'progress' && <Progress />}
          </Suspense>
        </div>
      </div>
    </div>
  );
}
