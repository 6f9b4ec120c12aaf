/**
 * One NHS.UK text input with its label, hint and error message. The error follows the NHS.UK
 * pattern: a red bar and border, and the message in words ("Error: …") tied to the input.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError } from './ErrorSummary';

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  /** Extra classes for the input, e.g. a width. */
  inputClassName?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  spellCheck?: boolean;
  name?: string;
}

export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
  inputClassName,
  inputMode,
  autoComplete = 'off',
  spellCheck,
  name,
}: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <input
        className={`nhsuk-input${inputClassName ? ` ${inputClassName}` : ''}${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={name ?? id}
        type="text"
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
