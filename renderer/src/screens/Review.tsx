/**
 * "Check your answers": what is still unanswered, which answered questions have no six-month
 * target yet (scored as staying where they are) and which answers are "Don't know", each with a
 * link to its question, then marking the assessment complete.
 */
import { useId } from 'react';
import { getFramework } from '../../../shared/framework';
import { api } from '../api';
import { useApp } from '../store';

export function Review() {
  const current = useApp((s) => s.current);
  const goToSection = useApp((s) => s.goToSection);
  const patchCurrent = useApp((s) => s.patchCurrent);
  const runSave = useApp((s) => s.runSave);
  const headingId = useId();
  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  if (!current || !framework) return null;

  const byId = new Map(current.responses.map((r) => [r.questionId, r]));
  const groups = framework.areas.map((area, areaIndex) => ({
    area,
    areaIndex,
    unanswered: area.questions
      .map((q, i) => ({ q, number: `${areaIndex + 1}.${i + 1}` }))
      .filter(({ q }) => {
        const r = byId.get(q.id);
        return !r || (r.current === null && !r.dontKnow);
      }),
    noTarget: area.questions
      .map((q, i) => ({ q, number: `${areaIndex + 1}.${i + 1}` }))
      .filter(({ q }) => {
        const r = byId.get(q.id);
        return r !== undefined && r.target === null && r.current !== null && !r.dontKnow;
      }),
    dontKnow: area.questions
      .map((q, i) => ({ q, number: `${areaIndex + 1}.${i + 1}` }))
      .filter(({ q }) => byId.get(q.id)?.dontKnow),
  }));
  const unansweredCount = groups.reduce((n, g) => n + g.unanswered.length, 0);
  const dontKnowCount = groups.reduce((n, g) => n + g.dontKnow.length, 0);
  const noTargetCount = groups.reduce((n, g) => n + g.noTarget.length, 0);
  const complete = current.status === 'complete';

  function setStatus(status: 'complete' | 'in-progress') {
    if (!current) return;
    patchCurrent((a) => ({ ...a, status }));
    void runSave(() => api.setAssessmentStatus({ id: current.id, status }));
  }

  const link = (areaId: string, questionId: string, number: string, text: string) => (
    <button type="button" className="app-link-button" onClick={() => goToSection({ kind: 'area', areaId, questionId })}>
      <span className="nhsuk-u-visually-hidden">Question </span>
      {number}: {text}
    </button>
  );

  return (
    <>
      <h1 className="nhsuk-heading-l">Check your answers</h1>
      {unansweredCount === 0 ? (
        <div className="app-notice">
          <p className="nhsuk-u-margin-bottom-0">
            <strong>Every question has an answer.</strong>{' '}
            {dontKnowCount > 0
              ? `${dontKnowCount} ${dontKnowCount === 1 ? 'answer is' : 'answers are'} "Don't know": these are evidence gaps worth closing.`
              : ''}
          </p>
        </div>
      ) : (
        <p>
          {unansweredCount} {unansweredCount === 1 ? 'question has' : 'questions have'} no answer yet. You can finish
          now and come back to them, or answer them first.
        </p>
      )}
      {unansweredCount > 0 && (
        <section aria-labelledby={`${headingId}-unanswered`}>
          <h2 className="nhsuk-heading-m" id={`${headingId}-unanswered`}>
            Not answered yet
          </h2>
          {groups
            .filter((g) => g.unanswered.length > 0)
            .map((g) => (
              <div key={g.area.id}>
                <h3 className="nhsuk-heading-s">
                  {g.areaIndex + 1}. {g.area.title}
                </h3>
                <ul className="nhsuk-list app-review-list">
                  {g.unanswered.map(({ q, number }) => (
                    <li key={q.id}>{link(g.area.id, q.id, number, q.text)}</li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      )}
      {noTargetCount > 0 && (
        <section aria-labelledby={`${headingId}-notarget`}>
          <h2 className="nhsuk-heading-m" id={`${headingId}-notarget`}>
            No six-month target yet
          </h2>
          <p>
            {noTargetCount} answered {noTargetCount === 1 ? 'question has' : 'questions have'} no target. Until you set
            one, the scores count {noTargetCount === 1 ? 'it' : 'them'} as staying where{' '}
            {noTargetCount === 1 ? 'it is' : 'they are'}: no gap, so nothing in the plan.
          </p>
          <ul className="nhsuk-list app-review-list">
            {groups.flatMap((g) =>
              g.noTarget.map(({ q, number }) => <li key={q.id}>{link(g.area.id, q.id, number, q.text)}</li>),
            )}
          </ul>
        </section>
      )}
      {dontKnowCount > 0 && (
        <section aria-labelledby={`${headingId}-dontknow`}>
          <h2 className="nhsuk-heading-m" id={`${headingId}-dontknow`}>
            Answered "Don't know"
          </h2>
          <p>Not knowing is a finding in itself: finding out can become an early action in your plan.</p>
          <ul className="nhsuk-list app-review-list">
            {groups.flatMap((g) =>
              g.dontKnow.map(({ q, number }) => <li key={q.id}>{link(g.area.id, q.id, number, q.text)}</li>),
            )}
          </ul>
        </section>
      )}
      <h2 className="nhsuk-heading-m">Finish</h2>
      {complete ? (
        <>
          <p>
            <strong className="nhsuk-tag nhsuk-tag--green">Complete</strong> This assessment is marked as complete. You
            can still change any answer.
          </p>
          <button type="button" className="nhsuk-button" onClick={() => goToSection({ kind: 'results' })}>
            See the results
          </button>{' '}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setStatus('in-progress')}
          >
            Mark as in progress again
          </button>
        </>
      ) : (
        <button type="button" className="nhsuk-button" onClick={() => setStatus('complete')}>
          Mark the assessment as complete
        </button>
      )}
    </>
  );
}
