/**
 * Recording a check-in: for each action a status, a short note and optionally a new due date;
 * optionally the questions the actions target rated again. Checked on this page with the same
 * rules the main process applies (shared/progress.ts), so every problem is listed at once in an
 * error summary with links to the fields; nothing is saved until it passes.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDateLong } from '../../../../shared/dates';
import {
  type Action,
  type CheckInRating,
  PROGRESS_STATUS_NAMES,
  PROGRESS_STATUSES,
  type ProgressStatus,
} from '../../../../shared/domain';
import { findQuestion, getFramework } from '../../../../shared/framework';
import { LEVEL_NAMES, LEVELS } from '../../../../shared/framework/types';
import { type CheckInDraft, type CheckInProblem, checkCheckIn, statusNow } from '../../../../shared/progress';
import type { OpenAssessment } from '../../store';
import { DateInput } from '../DateInput';
import { ErrorSummary, FieldError } from '../ErrorSummary';

interface EntryState {
  status: ProgressStatus;
  note: string;
  moveDate: boolean;
  newDueDate: string;
}

interface Props {
  assessment: OpenAssessment;
  today: string;
  onSubmit(draft: CheckInDraft): Promise<string | null>;
  onCancel(): void;
}

const fieldId = {
  date: 'checkin-date',
  status: (id: string) => `checkin-${id}-status`,
  note: (id: string) => `checkin-${id}-note`,
  rating: (id: string) => `checkin-rating-${id.replace(/[^A-Za-z0-9-]/g, '-')}`,
};

export function CheckInForm({ assessment, today, onSubmit, onCancel }: Props) {
  const framework = getFramework(assessment.frameworkVersion);
  const [checkedOn, setCheckedOn] = useState(today);
  const [note, setNote] = useState('');
  const [entries, setEntries] = useState<Record<string, EntryState>>(() =>
    Object.fromEntries(
      assessment.actions.map((a) => [
        a.id,
        { status: statusNow(a, assessment.checkIns), note: '', moveDate: false, newDueDate: '' },
      ]),
    ),
  );
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<CheckInProblem[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problems.length > 0 || serverError) summaryRef.current?.focus();
  }, [problems, serverError]);

  if (!framework) return null;
  const targeted = [...new Set(assessment.actions.flatMap((a) => a.questionIds))].filter((q) =>
    findQuestion(framework, q),
  );

  function set(id: string, change: Partial<EntryState>) {
    setEntries((all) => ({ ...all, [id]: { ...(all[id] as EntryState), ...change } }));
  }

  function draft(): CheckInDraft {
    const ratingList: CheckInRating[] = [];
    for (const [questionId, value] of Object.entries(ratings)) {
      if (value === '') continue;
      ratingList.push(
        value === 'dont-know'
          ? { questionId, current: null, dontKnow: true }
          : { questionId, current: Number(value) as CheckInRating['current'], dontKnow: false },
      );
    }
    return {
      checkedOn,
      note,
      entries: assessment.actions.map((a) => {
        const e = entries[a.id] as EntryState;
        return { actionId: a.id, status: e.status, note: e.note, newDueDate: e.moveDate ? e.newDueDate : null };
      }),
      ratings: ratingList,
    };
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const given = draft();
    const checked = checkCheckIn(assessment, framework as NonNullable<typeof framework>, given, today);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    const error = await onSubmit(given);
    setBusy(false);
    setServerError(error);
  }

  const problemFor = (actionId: string) => problems.find((p) => p.actionId === actionId)?.message;
  const fieldFor = (p: CheckInProblem) =>
    p.actionId ? fieldId.status(p.actionId) : p.questionId ? fieldId.rating(p.questionId) : fieldId.date;

  const byArea = framework.areas
    .map((area) => ({ area, actions: assessment.actions.filter((a) => a.areaId === area.id) }))
    .filter((g) => g.actions.length > 0);

  return (
    <form className="app-checkin" onSubmit={submit} noValidate aria-labelledby="checkin-heading">
      <h2 className="nhsuk-heading-l" id="checkin-heading">
        Record a check-in
      </h2>
      {(problems.length > 0 || serverError) && (
        <ErrorSummary
          ref={summaryRef}
          title="The check-in was not saved"
          problems={problems.map((p) => ({ fieldId: fieldFor(p), message: p.message }))}
        >
          {serverError && <p>{serverError}</p>}
        </ErrorSummary>
      )}
      <p>
        Go through the plan with the people who own the actions. Say where each action is, and why when it has slipped
        or been dropped. Each check-in is kept: it never changes an earlier one.
      </p>
      <div id={fieldId.date}>
        <DateInput
          legend="Date of the check-in"
          hint={`Today, or the day you met. For example, ${formatDateLong(today)}.`}
          name="checkin-date"
          value={checkedOn}
          onChange={setCheckedOn}
          error={problems.find((p) => !p.actionId && !p.questionId && /date/i.test(p.message))?.message ?? null}
        />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="checkin-note">
          Note on the check-in (optional)
        </label>
        <textarea
          className="nhsuk-textarea"
          id="checkin-note"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>

      {byArea.map(({ area, actions }) => (
        <section key={area.id} className="app-checkin__area" aria-labelledby={`checkin-area-${area.id}`}>
          <h3 className="nhsuk-heading-m" id={`checkin-area-${area.id}`}>
            {area.title}
          </h3>
          {actions.map((action) => (
            <ActionEntry
              key={action.id}
              action={action}
              entry={entries[action.id] as EntryState}
              was={statusNow(action, assessment.checkIns)}
              error={problemFor(action.id)}
              onChange={(change) => set(action.id, change)}
            />
          ))}
        </section>
      ))}

      {targeted.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Rate the questions the plan targets again (optional)</span>
          </summary>
          <div className="nhsuk-details__text">
            <p>
              Where is the PCN now on each question? Leave "Not rated again" where nothing has changed. The assessment's
              own answers are kept as they were.
            </p>
            {targeted.map((questionId) => {
              const found = findQuestion(framework, questionId);
              const response = assessment.responses.find((r) => r.questionId === questionId);
              return (
                <div className="nhsuk-form-group" key={questionId}>
                  <label className="nhsuk-label" htmlFor={fieldId.rating(questionId)}>
                    {found?.question.text}
                  </label>
                  <div className="nhsuk-hint" id={`${fieldId.rating(questionId)}-hint`}>
                    {found?.area.title}. At the assessment:{' '}
                    {response?.dontKnow
                      ? "don't know"
                      : response?.current != null
                        ? `${response.current} ${LEVEL_NAMES[response.current]}`
                        : 'not answered'}
                    {response?.target != null ? `; target ${response.target} ${LEVEL_NAMES[response.target]}` : ''}.
                  </div>
                  <select
                    className="nhsuk-select"
                    id={fieldId.rating(questionId)}
                    aria-describedby={`${fieldId.rating(questionId)}-hint`}
                    value={ratings[questionId] ?? ''}
                    onChange={(e) => setRatings((all) => ({ ...all, [questionId]: e.target.value }))}
                  >
                    <option value="">Not rated again</option>
                    {LEVELS.map((level) => (
                      <option key={level} value={String(level)}>
                        {level} {LEVEL_NAMES[level]}
                      </option>
                    ))}
                    <option value="dont-know">Don't know</option>
                  </select>
                </div>
              );
            })}
          </div>
        </details>
      )}

      <div className="app-checkin__buttons">
        <button type="submit" className="nhsuk-button" disabled={busy}>
          {busy ? 'Saving…' : 'Save the check-in'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ActionEntry({
  action,
  entry,
  was,
  error,
  onChange,
}: {
  action: Action;
  entry: EntryState;
  was: ProgressStatus;
  error: string | undefined;
  onChange(change: Partial<EntryState>): void;
}) {
  const hint = `checkin-${action.id}-hint`;
  return (
    <fieldset className={`nhsuk-fieldset app-checkin__action${error ? ' nhsuk-form-group--error' : ''}`}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{action.title}</legend>
      <p className="nhsuk-hint" id={hint}>
        Due {formatDateLong(action.dueDate)}. Status before this check-in: {PROGRESS_STATUS_NAMES[was]}.
      </p>
      <FieldError id={`checkin-${action.id}-error`} message={error} />
      <div className="app-checkin__row">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={fieldId.status(action.id)}>
            Status
          </label>
          <select
            className="nhsuk-select"
            id={fieldId.status(action.id)}
            aria-describedby={error ? `${hint} checkin-${action.id}-error` : hint}
            value={entry.status}
            onChange={(e) => onChange({ status: e.target.value as ProgressStatus })}
          >
            {PROGRESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROGRESS_STATUS_NAMES[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group app-checkin__note">
          <label className="nhsuk-label" htmlFor={fieldId.note(action.id)}>
            {entry.status === 'dropped' && was !== 'dropped' ? 'Why it is dropped' : 'Note (optional)'}
          </label>
          <input
            className="nhsuk-input"
            id={fieldId.note(action.id)}
            type="text"
            value={entry.note}
            onChange={(e) => onChange({ note: e.target.value })}
          />
        </div>
      </div>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={`checkin-${action.id}-move`}
            type="checkbox"
            checked={entry.moveDate}
            onChange={(e) => onChange({ moveDate: e.target.checked })}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`checkin-${action.id}-move`}>
            Agree a new due date
          </label>
        </div>
      </div>
      {entry.moveDate && (
        <DateInput
          legend="New due date"
          name={`checkin-${action.id}-due`}
          value={entry.newDueDate}
          onChange={(value) => onChange({ newDueDate: value })}
        />
      )}
    </fieldset>
  );
}
