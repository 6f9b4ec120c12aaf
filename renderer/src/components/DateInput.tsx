/**
 * The NHS.UK date input pattern: separate day, month and year fields, which behave the same in
 * every browser and with every keyboard, unlike the native date picker.
 */
import { useId, useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { FieldError } from './ErrorSummary';

interface Props {
  legend: string;
  hint?: string;
  /** YYYY-MM-DD, or '' when not a real date. */
  value: string;
  onChange(value: string): void;
  error?: string | null;
  name: string;
  /** Prefix of the boxes' ids (`<id>-day`, …), for an error summary to link to; generated when left out. */
  id?: string;
}

function split(iso: string) {
  const [y = '', m = '', d = ''] = iso.split('-');
  return { day: d.replace(/^0/, ''), month: m.replace(/^0/, ''), year: y };
}

export function DateInput({ legend, hint, value, onChange, error, name, id: givenId }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const [parts, setParts] = useState(() => split(value));

  function update(part: 'day' | 'month' | 'year', text: string) {
    const next = { ...parts, [part]: text.replace(/\D/g, '') };
    setParts(next);
    const iso = `${next.year.padStart(4, '0')}-${next.month.padStart(2, '0')}-${next.day.padStart(2, '0')}`;
    onChange(next.year.length === 4 && isIsoDate(iso) ? iso : '');
  }

  const field = (part: 'day' | 'month' | 'year', label: string, width: 2 | 4) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
          id={`${id}-${part}`}
          name={`${name}-${part}`}
          type="text"
          inputMode="numeric"
          maxLength={width}
          value={parts[part]}
          onChange={(e) => update(part, e.target.value)}
        />
      </div>
    </div>
  );

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-label">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <FieldError id={`${id}-error`} message={error} />
        <div className="nhsuk-date-input">
          {field('day', 'Day', 2)}
          {field('month', 'Month', 2)}
          {field('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
