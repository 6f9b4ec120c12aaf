/**
 * A plan the PCN can deliver: how many actions it says it can deliver in six months (12 unless
 * it says otherwise), the warnings when the plan, one month or one owner carries too much (the
 * rule is stated on screen), and the actions still without a named owner or a due date.
 */
import { useId, useState } from 'react';
import { ids, type PlanModel, plural } from './model';

interface Props {
  model: PlanModel;
  onCapacity(capacity: number): void;
  onEditAction(actionId: string): void;
}

export function PlanLoad({ model, onCapacity, onEditAction }: Props) {
  const id = useId();
  const { capacity, readiness } = model.report;
  const [value, setValue] = useState(String(capacity.capacity));
  const [error, setError] = useState<string | null>(null);
  const lacking = readiness.items.filter((i) => i.kind === 'no-owner' || i.kind === 'no-date');

  function save() {
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100) {
      setError('Enter a whole number of actions from 1 to 100.');
      return;
    }
    setError(null);
    onCapacity(n);
  }

  return (
    <section className="app-plan-section" aria-labelledby={`${id}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${id}-heading`}>
        A plan you can deliver
      </h2>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={ids.capacity}>
          How many actions can the PCN deliver in six months?
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          Most PCNs can deliver about 12. Suggestions stop at this number, highest-priority gaps first.
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="app-plan-capacity">
          <input
            className={`nhsuk-input nhsuk-input--width-3${error ? ' nhsuk-input--error' : ''}`}
            id={ids.capacity}
            inputMode="numeric"
            value={value}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') save();
            }}
          />
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={save}>
            Save<span className="nhsuk-u-visually-hidden"> how many actions the PCN can deliver</span>
          </button>
        </div>
      </div>
      <p className="nhsuk-body">
        <strong>{capacity.sentence}.</strong>
      </p>
      {capacity.warnings.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            The plan asks too much
          </h3>
          <ul>
            {capacity.warnings.map((w) => (
              <li key={w.text}>{w.text}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="nhsuk-body-s app-plan-muted">{capacity.rule}</p>
      {lacking.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">
            {plural(lacking.length, 'action needs', 'actions need')} a named owner or a due date
          </h3>
          <ul className="app-plan-lacking">
            {lacking.map((item) => (
              <li key={`${item.kind}-${item.actionId}`}>
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => item.actionId && onEditAction(item.actionId)}
                >
                  {item.text}
                </button>{' '}
                — {item.kind === 'no-owner' ? 'no named owner yet' : 'no due date'}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
