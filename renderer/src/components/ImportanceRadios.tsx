/** How important an area is to the PCN now: Lower, Medium or High (not said counts as Medium). */
import { IMPORTANCE, IMPORTANCE_NAMES, type Importance } from '../../../shared/domain';

export function ImportanceRadios({
  areaId,
  value,
  onChange,
}: {
  areaId: string;
  value: Importance | null;
  onChange(value: Importance): void;
}) {
  const id = `importance-${areaId}`;
  return (
    <div className="nhsuk-form-group app-importance">
      <fieldset className="nhsuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">How important is this area to your PCN now?</h2>
        </legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          This helps order your action plan. If you leave it, it counts as Medium.
        </div>
        <div className="nhsuk-radios nhsuk-radios--inline">
          {IMPORTANCE.map((level) => (
            <div className="nhsuk-radios__item" key={level}>
              <input
                className="nhsuk-radios__input"
                id={`${id}-${level}`}
                name={id}
                type="radio"
                value={level}
                checked={value === level}
                onChange={() => onChange(level)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${id}-${level}`}>
                {IMPORTANCE_NAMES[level]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
