import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatDateLong, todayIso } from '../../../shared/dates';
import type { AssessmentSummary } from '../../../shared/domain';
import { isBlank } from '../../../shared/text-rules';
import { api } from '../api';
import { assessmentLabels } from '../assessment-labels';
import { DateInput } from '../components/DateInput';
import { ErrorSummary, FieldError } from '../components/ErrorSummary';
import { CheckInReminder } from '../components/progress/CheckInReminder';
import { ResponsePacksPanel } from '../components/ResponsePacksPanel';
import { takeFirstLoad, useApp } from '../store';

function NewAssessmentForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [pcnName, setPcnName] = useState('');
  const [date, setDate] = useState(() => todayIso(() => new Date()));
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  /** A refusal that is about neither field (for example, the data could not be written). */
  const [otherError, setOtherError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const dateId = useId();
  const summary = useRef<HTMLDivElement>(null);
  // After each failed attempt, take the user to the error summary (NHS.UK error summary pattern).
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);

  function show(problems: { name: string | null; date: string | null; other: string | null }) {
    setError(problems.name);
    setDateError(problems.date);
    setOtherError(problems.other);
    if (problems.name || problems.date || problems.other) setAttempts((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = isBlank(pcnName) ? 'Enter the name of your PCN.' : null;
    const dateProblem = date === '' ? 'Enter a real date, for example 22 11 2026.' : null;
    show({ name, date: dateProblem, other: null });
    if (name || dateProblem) return;
    setBusy(true);
    const result = await api.createAssessment({ pcnName, assessmentDate: date });
    setBusy(false);
    if (!result.ok) {
      const { field, message } = result.error;
      show({
        name: field === 'pcnName' ? message : null,
        date: field === 'assessmentDate' ? message : null,
        other: field === 'pcnName' || field === 'assessmentDate' ? null : message,
      });
      return;
    }
    setPcnName('');
    onCreated(result.value.id);
  }

  const problems = [
    ...(error ? [{ fieldId: nameId, message: error }] : []),
    ...(dateError ? [{ fieldId: `${dateId}-day`, message: dateError }] : []),
    ...(otherError ? [{ message: otherError }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${nameId}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${nameId}-heading`}>
        Start a new assessment
      </h2>
      {problems.length > 0 && <ErrorSummary ref={summary} level={3} title="There is a problem" problems={problems} />}
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={nameId}>
          PCN name
        </label>
        <div className="nhsuk-hint" id={`${nameId}-hint`}>
          For example, West Norwich PCN. You can fill in codes and practices next.
        </div>
        <FieldError id={`${nameId}-error`} message={error} />
        <input
          className={`nhsuk-input nhsuk-u-width-two-thirds${error ? ' nhsuk-input--error' : ''}`}
          id={nameId}
          name="pcnName"
          type="text"
          autoComplete="organization"
          value={pcnName}
          aria-describedby={`${nameId}-hint${error ? ` ${nameId}-error` : ''}`}
          onChange={(e) => setPcnName(e.target.value)}
        />
      </div>
      <DateInput
        legend="Date of the assessment"
        hint="For example, 22 11 2026"
        name="assessmentDate"
        value={date}
        onChange={setDate}
        error={dateError}
        id={dateId}
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Start assessment
      </button>
    </form>
  );
}

type Confirming = 'delete' | 'reassess';

interface RowProps {
  a: AssessmentSummary;
  /** Names this row for screen readers, distinct from every other row (see assessment-labels.ts). */
  label: string;
  /** Every assessment in the list, to warn when a reassessment would repeat a name and date. */
  all: readonly AssessmentSummary[];
  onChanged: (message: Notice) => void;
}

function AssessmentRow({ a, label, all, onChanged }: RowProps) {
  const openAssessment = useApp((s) => s.openAssessment);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  /** The date a reassessment started now would carry, fixed when the question is asked. */
  const [reassessDate, setReassessDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const promptId = useId();
  const promptRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const reassessRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes back to when a question is cancelled: the button that asked it. */
  const returnFocus = useRef<Confirming | null>(null);

  useEffect(() => {
    if (confirming) {
      promptRef.current?.focus();
    } else if (returnFocus.current) {
      (returnFocus.current === 'delete' ? deleteRef : reassessRef).current?.focus();
      returnFocus.current = null;
    }
  }, [confirming]);

  function ask(kind: Confirming) {
    setError(null);
    if (kind === 'reassess') setReassessDate(todayIso(() => new Date()));
    setConfirming(kind);
  }

  function cancel() {
    returnFocus.current = confirming;
    setConfirming(null);
  }

  async function reassess() {
    const result = await api.reassess({ fromId: a.id, assessmentDate: reassessDate });
    if (!result.ok) setError(result.error.message);
    else await openAssessment(result.value.id, { kind: 'profile' });
  }

  async function remove() {
    const result = await api.deleteAssessment({ id: a.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChanged({ kind: 'deleted', id: a.id, label });
  }

  const sameNameAndDate = all.filter((o) => o.pcnName === a.pcnName && o.assessmentDate === reassessDate).length;

  return (
    <tr className="nhsuk-table__row">
      <td className="nhsuk-table__cell">
        {a.pcnName}
        {a.pcnCode && <span className="nhsuk-u-secondary-text-colour"> ({a.pcnCode})</span>}
        {a.previousAssessmentId && <span className="app-cell-note">Reassessment</span>}
      </td>
      <td className="nhsuk-table__cell">{formatDateLong(a.assessmentDate)}</td>
      <td className="nhsuk-table__cell">
        {a.answered} of {a.questionCount} questions
      </td>
      <td className="nhsuk-table__cell">
        <strong className={`nhsuk-tag${a.status === 'complete' ? ' nhsuk-tag--green' : ' nhsuk-tag--blue'}`}>
          {a.status === 'complete' ? 'Complete' : 'In progress'}
        </strong>
      </td>
      <td className="nhsuk-table__cell app-row-actions">
        {error && (
          <p className="nhsuk-error-message" role="alert">
            {error}
          </p>
        )}
        {confirming ? (
          // Escape anywhere in the question cancels it, as it would close a dialog.
          <fieldset
            className="app-row-confirm"
            aria-labelledby={promptId}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                cancel();
              }
            }}
          >
            {confirming === 'delete' ? (
              <>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" id={promptId} ref={promptRef} tabIndex={-1}>
                  Delete this assessment<span className="nhsuk-u-visually-hidden"> ({label})</span>? You can undo this
                  for 30 days.
                </p>
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                  onClick={remove}
                >
                  Yes, delete<span className="nhsuk-u-visually-hidden"> {label}</span>
                </button>
              </>
            ) : (
              <>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" id={promptId} ref={promptRef} tabIndex={-1}>
                  Start a reassessment? This creates a new assessment of {a.pcnName} dated{' '}
                  {formatDateLong(reassessDate)}, with this one's PCN profile, partners and area priorities, and these
                  answers shown beside the new ones. This assessment is not changed.
                  {sameNameAndDate > 0 && (
                    <strong className="app-row-confirm__warning">
                      {' '}
                      You already have {sameNameAndDate === 1 ? 'an assessment' : `${sameNameAndDate} assessments`} of{' '}
                      {a.pcnName} dated {formatDateLong(reassessDate)}, so the list will show another with the same name
                      and date.
                    </strong>
                  )}
                </p>
                <button type="button" className="nhsuk-button nhsuk-button--small" onClick={reassess}>
                  Yes, start the reassessment<span className="nhsuk-u-visually-hidden"> of {label}</span>
                </button>
              </>
            )}{' '}
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={cancel}>
              Cancel
            </button>
          </fieldset>
        ) : (
          <>
            <button type="button" className="nhsuk-button nhsuk-button--small" onClick={() => openAssessment(a.id)}>
              Open<span className="nhsuk-u-visually-hidden"> {label}</span>
            </button>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              ref={reassessRef}
              onClick={() => ask('reassess')}
            >
              Reassess<span className="nhsuk-u-visually-hidden"> {label}</span>
            </button>{' '}
            <button type="button" className="app-link-button" ref={deleteRef} onClick={() => ask('delete')}>
              Delete<span className="nhsuk-u-visually-hidden"> {label}</span>
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

type Notice =
  | { kind: 'deleted'; id: string; label: string }
  | { kind: 'restored'; label: string }
  | { kind: 'imported'; label: string; fileName: string };

type PendingImport = { token: string; fileName: string; label: string; confirmingReplace: boolean };

/** Opening an assessment file made by another copy of the app (for example a colleague's). */
function ImportFile({ onDone }: { onDone: (notice: Notice) => void }) {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose() {
    setError(null);
    const result = await api.importAssessmentFile();
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const outcome = result.value;
    if (!outcome) return;
    if (outcome.outcome === 'imported') {
      const a = outcome.assessment;
      onDone({
        kind: 'imported',
        label: `${a.pcnName}, ${formatDateLong(a.assessmentDate)}`,
        fileName: outcome.fileName,
      });
    } else {
      setPending({
        token: outcome.token,
        fileName: outcome.fileName,
        label: `${outcome.pcnName}, ${formatDateLong(outcome.assessmentDate)}`,
        confirmingReplace: false,
      });
    }
  }

  async function resolve(choice: 'copy' | 'replace' | 'cancel') {
    if (!pending) return;
    const result = await api.resolveImport({ token: pending.token, choice });
    setPending(null);
    if (!result.ok) setError(result.error.message);
    else if (result.value) onDone({ kind: 'imported', label: pending.label, fileName: pending.fileName });
  }

  return (
    <>
      {error && (
        <ErrorSummary title="The file was not imported">
          <p>{error}</p>
          <p className="nhsuk-u-margin-bottom-0">Your assessments are unchanged.</p>
        </ErrorSummary>
      )}
      {pending ? (
        <section className="app-question-panel" aria-labelledby="import-exists-heading">
          <h2 className="nhsuk-heading-s" id="import-exists-heading">
            {pending.label} is already here
          </h2>
          <p>
            {pending.fileName} holds an assessment you already have. You can keep both, or replace the one here with the
            file's version.
          </p>
          {pending.confirmingReplace ? (
            <>
              <p>
                <strong>Replace the assessment here?</strong> A backup is taken first, but the changes made here since
                will no longer show.
              </p>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => resolve('copy')}>
                No, keep both
              </button>{' '}
              <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={() => resolve('replace')}>
                Yes, replace it
              </button>
            </>
          ) : (
            <>
              <button type="button" className="nhsuk-button" onClick={() => resolve('copy')}>
                Keep both (import as a copy)
              </button>{' '}
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => setPending({ ...pending, confirmingReplace: true })}
              >
                Replace the one here
              </button>{' '}
              <button type="button" className="app-link-button" onClick={() => resolve('cancel')}>
                Cancel
              </button>
            </>
          )}
        </section>
      ) : (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={choose}>
          Open an assessment file
        </button>
      )}
    </>
  );
}

export function Home() {
  const { assessments, deleted, listError, openError, loadAssessments, openAssessment } = useApp();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);
  const labels = useMemo(() => assessmentLabels(assessments ?? []), [assessments]);

  useEffect(() => {
    // The first time home shows, its list was already asked for with the start-up check.
    void loadAssessments(takeFirstLoad());
  }, [loadAssessments]);

  async function openExample() {
    const result = await api.loadExample();
    if (!result.ok) setProblem({ title: 'The worked example could not be opened', message: result.error.message });
    else await openAssessment(result.value.id, { kind: 'results' });
  }

  async function restore(id: string, label: string) {
    const result = await api.restoreAssessment({ id });
    if (!result.ok) {
      setProblem({ title: 'The assessment could not be restored', message: result.error.message });
      return;
    }
    setProblem(null);
    setNotice({ kind: 'restored', label });
    await loadAssessments();
  }

  return (
    <>
      <h1 className="nhsuk-heading-l">Your assessments</h1>
      {listError && (
        <ErrorSummary title="Your assessments could not be loaded">
          <p>{listError}</p>
        </ErrorSummary>
      )}
      {openError && (
        <ErrorSummary title="The assessment could not be opened">
          <p>{openError}</p>
        </ErrorSummary>
      )}
      {problem && (
        <ErrorSummary title={problem.title}>
          <p>{problem.message}</p>
        </ErrorSummary>
      )}
      <div aria-live="polite">
        {notice && (
          <div className="app-notice">
            {notice.kind === 'deleted' ? (
              <p className="nhsuk-u-margin-bottom-0">
                Deleted {notice.label}.{' '}
                <button type="button" className="app-link-button" onClick={() => restore(notice.id, notice.label)}>
                  Undo
                </button>
              </p>
            ) : notice.kind === 'restored' ? (
              <p className="nhsuk-u-margin-bottom-0">Restored {notice.label}.</p>
            ) : (
              <p className="nhsuk-u-margin-bottom-0">
                Imported {notice.label} from {notice.fileName}.
              </p>
            )}
          </div>
        )}
      </div>
      {assessments && assessments.length === 0 && (
        <div className="app-empty-state">
          <h2 className="nhsuk-heading-m">No assessments yet</h2>
          <p>
            Neighbourhood Ready helps your Primary Care Network see how ready it is to lead its neighbourhood. You rate
            eight areas, from leadership to voice and influence, say where you want to be in six months, and get an
            action plan you can share with your ICB.
          </p>
          <p>It takes about an hour, alone or with your board. Everything is saved as you go, on this computer only.</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={openExample}
          >
            See a worked example
          </button>
        </div>
      )}
      {assessments && (
        <CheckInReminder assessments={assessments} onOpen={(id) => void openAssessment(id, { kind: 'progress' })} />
      )}
      {assessments && assessments.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your assessments</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                PCN
              </th>
              <th scope="col" className="nhsuk-table__header">
                Date
              </th>
              <th scope="col" className="nhsuk-table__header">
                Completion
              </th>
              <th scope="col" className="nhsuk-table__header">
                Status
              </th>
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {assessments.map((a) => (
              <AssessmentRow
                key={a.id}
                a={a}
                label={labels.get(a.id) ?? ''}
                all={assessments}
                onChanged={(n) => {
                  setNotice(n);
                  void loadAssessments();
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      <NewAssessmentForm onCreated={(id) => void openAssessment(id, { kind: 'profile' })} />
      <h2 className="nhsuk-heading-m">Other ways to start</h2>
      <p>Open an assessment file that another copy of Neighbourhood Ready exported, or look at a finished example.</p>
      <ImportFile
        onDone={(n) => {
          setNotice(n);
          void loadAssessments();
        }}
      />{' '}
      {assessments && assessments.length > 0 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={openExample}>
          See a worked example
        </button>
      )}
      {deleted.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Recently deleted ({deleted.length})</span>
          </summary>
          <div className="nhsuk-details__text">
            <p>Deleted assessments are kept for 30 days, then removed for good.</p>
            <ul className="nhsuk-list">
              {deleted.map((d) => {
                const label = `${d.pcnName}, ${formatDateLong(d.assessmentDate)}`;
                return (
                  <li key={d.id}>
                    {label}{' '}
                    <button type="button" className="app-link-button" onClick={() => restore(d.id, label)}>
                      Restore<span className="nhsuk-u-visually-hidden"> {label}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        </details>
      )}
      <ResponsePacksPanel />
      <h2 className="nhsuk-heading-m">For ICB teams</h2>
      <p>
        Bring the assessment files your PCNs sent into one view: readiness across PCNs, the gaps they share, a roll-up
        for your board and a benchmark to send back to each PCN.{' '}
        <button type="button" className="app-link-button" onClick={() => useApp.getState().go({ name: 'portfolio' })}>
          PCNs’ plans in one place
        </button>
      </p>
      <h2 className="nhsuk-heading-m">Your data</h2>
      <p>
        Everything is saved on this computer and backed up automatically. See where it is kept, save a backup of your
        own, or restore one:{' '}
        <button type="button" className="app-link-button" onClick={() => useApp.getState().go({ name: 'data' })}>
          Your data and backups
        </button>
      </p>
    </>
  );
}
