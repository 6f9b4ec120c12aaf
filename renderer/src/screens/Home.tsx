import { type FormEvent, useEffect, useId, useState } from 'react';
import { formatDateLong, todayIso } from '../../../shared/dates';
import { api } from '../api';
import { DateInput } from '../components/DateInput';
import { useApp } from '../store';

function NewAssessmentForm({ onCreated }: { onCreated: () => void }) {
  const [pcnName, setPcnName] = useState('');
  const [date, setDate] = useState(() => todayIso(() => new Date()));
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nameProblem = pcnName.trim() === '' ? 'Enter the name of your PCN.' : null;
    const dateProblem = date === '' ? 'Enter a real date, for example 22 11 2026.' : null;
    setError(nameProblem);
    setDateError(dateProblem);
    if (nameProblem || dateProblem) return;
    setBusy(true);
    const result = await api.createAssessment({ pcnName, assessmentDate: date });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setPcnName('');
    onCreated();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${nameId}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${nameId}-heading`}>
        Start a new assessment
      </h2>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={nameId}>
          PCN name
        </label>
        <div className="nhsuk-hint" id={`${nameId}-hint`}>
          For example, West Norwich PCN. You can fill in codes and practices next.
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${nameId}-error`} role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
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
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Start assessment
      </button>
    </form>
  );
}

export function Home() {
  const { assessments, listError, loadAssessments } = useApp();

  useEffect(() => {
    void loadAssessments();
  }, [loadAssessments]);

  return (
    <>
      <h1 className="nhsuk-heading-l">Your assessments</h1>
      {listError && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">Your assessments could not be loaded</h2>
          <div className="nhsuk-error-summary__body">
            <p>{listError}</p>
          </div>
        </div>
      )}
      {assessments && assessments.length === 0 && (
        <div className="app-empty-state">
          <h2 className="nhsuk-heading-m">No assessments yet</h2>
          <p>
            Neighbourhood Ready helps your Primary Care Network see how ready it is to lead its neighbourhood. You rate
            eight areas, from leadership to voice and influence, say where you want to be in six months, and get an
            action plan you can share with your ICB.
          </p>
          <p className="nhsuk-u-margin-bottom-0">
            It takes about an hour, alone or with your board. Everything is saved as you go, on this computer only.
          </p>
        </div>
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
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {assessments.map((a) => (
              <tr className="nhsuk-table__row" key={a.id}>
                <td className="nhsuk-table__cell">
                  {a.pcnName}
                  {a.pcnCode && <span className="nhsuk-u-secondary-text-colour"> ({a.pcnCode})</span>}
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewAssessmentForm onCreated={() => void loadAssessments()} />
    </>
  );
}
