/**
 * Every gap accounted for: the gaps no action covers yet, each with a way to add an action or to
 * defer it with a reason, and the gaps already deferred, each with a way to take it back. The
 * coverage line ("14 of 17 gaps covered, 3 deferred, 0 open") comes from the report model, so it
 * reads the same here as in the documents.
 */
import { useId, useState } from 'react';
import { DEFERRAL_REASON_NAMES, DEFERRAL_REASONS, type DeferralReason } from '../../../../shared/domain';
import { ids, type PlanModel, questionText, stepWords } from './model';

interface Props {
  model: PlanModel;
  onAdd(areaId: string, questionId: string, returnFocusId: string): void;
  onDefer(questionId: string, reason: DeferralReason, note: string): void;
  onUndefer(questionId: string): void;
}

export function GapsWithoutAction({ model, onAdd, onDefer, onUndefer }: Props) {
  const { gaps, gapCount } = model;
  const { coverage } = model.report;
  const [deferring, setDeferring] = useState<string | null>(null);
  const evidenceGaps = model.scores.evidenceGaps.length;
  const evidenceNote =
    evidenceGaps > 0 ? (
      <p className="nhsuk-body-s app-plan-muted">
        {evidenceGaps === 1 ? '1 question is' : `${evidenceGaps} questions are`} answered “Don't know”, so{' '}
        {evidenceGaps === 1 ? 'it has' : 'they have'} no gap to close. An action to find out may help: add your own
        below.
      </p>
    ) : null;

  const deferred =
    coverage.deferredGaps.length === 0 ? null : (
      <div className="app-plan-deferred">
        <h3 className="nhsuk-heading-s">Deferred to a later plan ({coverage.deferredGaps.length})</h3>
        <ul className="app-plan-gaps__list">
          {coverage.deferredGaps.map((gap) => (
            <li className="app-plan-gaps__item" key={gap.questionId}>
              <div className="app-plan-gaps__text">
                <span className="app-plan-gaps__area">{model.report.area(gap.areaId)?.title ?? gap.areaId}</span>
                <span className="app-plan-gaps__question">{gap.text}</span>
                <span className="app-plan-gaps__step">Deferred: {gap.reasonShown}</span>
              </div>
              <button
                type="button"
                id={`plan-undefer-${gap.questionId.replace(/[^a-z0-9-]/gi, '-')}`}
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-plan-gaps__button"
                onClick={() => onUndefer(gap.questionId)}
              >
                Take back into the plan<span className="nhsuk-u-visually-hidden"> “{gap.text}”</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );

  if (gapCount === 0) {
    return (
      <section className="app-plan-section" aria-labelledby={ids.gapsHeading}>
        <h2 className="nhsuk-heading-m" id={ids.gapsHeading} tabIndex={-1}>
          Gaps without an action
        </h2>
        <p className="nhsuk-body">
          No question has a target above its current level yet, so there are no gaps for the plan to close. Set
          six-month targets on the area pages to see them here. You can still add your own actions.
        </p>
        {evidenceNote}
      </section>
    );
  }

  if (gaps.length === 0) {
    return (
      <section className="app-plan-section" aria-labelledby={ids.gapsHeading}>
        <h2 className="nhsuk-heading-m" id={ids.gapsHeading} tabIndex={-1}>
          Gaps without an action
        </h2>
        <div className="app-plan-covered">
          <svg className="app-plan-covered__tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9.2 17.4 4 12.2l1.8-1.8 3.4 3.4 9-9 1.8 1.8z" />
          </svg>
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">
            <strong>Every gap is accounted for:</strong> {coverage.sentence}.
          </p>
        </div>
        {deferred}
        {evidenceNote}
      </section>
    );
  }

  return (
    <section className="app-plan-section" aria-labelledby={ids.gapsHeading}>
      <div className="nhsuk-card nhsuk-card--warning app-plan-gaps">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading" id={ids.gapsHeading} tabIndex={-1}>
            <span className="nhsuk-u-visually-hidden">Important: </span>Gaps without an action
          </h2>
          <p className="nhsuk-body">
            <strong>{coverage.sentence}.</strong> Every gap needs an action with an owner and a due date, or a reason it
            is left to a later plan.
          </p>
          <ul className="app-plan-gaps__list">
            {gaps.map((gap) => {
              const area = model.framework.areas.find((a) => a.id === gap.areaId);
              const text = questionText(model.framework, gap.questionId);
              const step = stepWords(model.questionScore(gap.questionId));
              const buttonId = ids.gapAdd(gap.questionId);
              return (
                <li className="app-plan-gaps__item app-plan-gaps__item--open" key={gap.questionId}>
                  <div className="app-plan-gaps__text">
                    <span className="app-plan-gaps__area">{area?.title ?? gap.areaId}</span>
                    <span className="app-plan-gaps__question">{text}</span>
                    <span className="app-plan-gaps__step">
                      <span aria-hidden="true">{step}</span>
                      <span className="nhsuk-u-visually-hidden">from {step.replace(' → ', ' to ')}</span>
                    </span>
                  </div>
                  <div className="app-plan-gaps__buttons">
                    <button
                      type="button"
                      id={buttonId}
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-plan-gaps__button"
                      onClick={() => onAdd(gap.areaId, gap.questionId, buttonId)}
                    >
                      Add an action<span className="nhsuk-u-visually-hidden"> for “{text}”</span>
                    </button>
                    <button
                      type="button"
                      id={ids.gapDefer(gap.questionId)}
                      className="app-link-button"
                      aria-expanded={deferring === gap.questionId}
                      onClick={() => setDeferring(deferring === gap.questionId ? null : gap.questionId)}
                    >
                      Defer<span className="nhsuk-u-visually-hidden"> “{text}”</span> to a later plan
                    </button>
                  </div>
                  {deferring === gap.questionId && (
                    <DeferForm
                      question={text}
                      onCancel={() => {
                        setDeferring(null);
                        document.getElementById(ids.gapDefer(gap.questionId))?.focus();
                      }}
                      onDefer={(reason, note) => {
                        setDeferring(null);
                        onDefer(gap.questionId, reason, note);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      {deferred}
      {evidenceNote}
    </section>
  );
}

/** Why a gap is left out: one of the common reasons, and the PCN's own words (required for "another reason"). */
function DeferForm({
  question,
  onDefer,
  onCancel,
}: {
  question: string;
  onDefer(reason: DeferralReason, note: string): void;
  onCancel(): void;
}) {
  const id = useId();
  const [reason, setReason] = useState<DeferralReason>('not-this-cycle');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const noteId = `${id}-note`;

  function submit() {
    if (reason === 'other' && note.trim() === '') {
      setError('Say why this gap is left to a later plan.');
      document.getElementById(noteId)?.focus();
      return;
    }
    onDefer(reason, note.trim());
  }

  return (
    <div className="app-plan-defer">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Why is “{question}” left to a later plan?
        </legend>
        <div className="nhsuk-radios nhsuk-radios--small">
          {DEFERRAL_REASONS.map((value) => (
            <div className="nhsuk-radios__item" key={value}>
              <input
                className="nhsuk-radios__input"
                id={`${id}-${value}`}
                type="radio"
                name={`${id}-reason`}
                checked={reason === value}
                onChange={() => {
                  setReason(value);
                  setError(null);
                }}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${id}-${value}`}>
                {DEFERRAL_REASON_NAMES[value]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={noteId}>
          In your words {reason === 'other' ? '(required)' : '(optional)'}
        </label>
        {error && (
          <span className="nhsuk-error-message" id={`${noteId}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <textarea
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
          id={noteId}
          rows={2}
          value={note}
          aria-describedby={error ? `${noteId}-error` : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="app-plan-card__buttons">
        <button type="button" className="nhsuk-button nhsuk-button--small" onClick={submit}>
          Defer this gap
        </button>
        <button type="button" className="app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
