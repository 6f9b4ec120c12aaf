/**
 * The PCN's member practices as an editable table: code (optional), name (required) and list
 * size (optional) per practice, "Add a practice", and "Remove" that asks once more ("Confirm
 * remove") before it takes a row away.
 */
import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type FieldKey,
  formatCount,
  PRACTICE_LIMIT,
  type PracticeDraft,
  type PracticeField,
  practiceKey,
} from '../profile-form';

interface Props {
  practices: PracticeDraft[];
  errors: Map<FieldKey, string>;
  onChange(id: string, field: PracticeField, value: string): void;
  onBlur(id: string, field: PracticeField): void;
  onAdd(): void;
  onRemove(id: string): void;
  /** A row to move focus to (its code field), e.g. one just added. */
  focusId: string | null;
  onFocused(): void;
}

export function inputId(id: string, field: PracticeField): string {
  return `practice-${id}-${field}`;
}

const FIELDS: { field: PracticeField; name: string }[] = [
  { field: 'code', name: 'Code' },
  { field: 'name', name: 'Name' },
  { field: 'listSize', name: 'List size' },
];

/**
 * A practice's problems, in a row of their own above its inputs (the NHS.UK pattern puts the
 * message above the field; a table cell is too narrow for it). Each input points to its message.
 */
function ErrorRow({ id, errors }: { id: string; errors: Map<FieldKey, string> }) {
  const found = FIELDS.filter(({ field }) => errors.has(practiceKey(id, field)));
  if (found.length === 0) return null;
  return (
    <tr className="nhsuk-table__row app-practices__error-row">
      <td className="nhsuk-table__cell" colSpan={4}>
        {found.map(({ field, name }) => (
          <span className="nhsuk-error-message" id={`${inputId(id, field)}-error`} key={field}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {name}: {errors.get(practiceKey(id, field))}
          </span>
        ))}
      </td>
    </tr>
  );
}

function Cell({
  id,
  field,
  label,
  value,
  error,
  className,
  numeric,
  onChange,
  onBlur,
}: {
  id: string;
  field: PracticeField;
  label: ReactNode;
  value: string;
  error: string | undefined;
  className: string;
  numeric?: boolean;
  onChange(value: string): void;
  onBlur(): void;
}) {
  const inputIdValue = inputId(id, field);
  return (
    <div className="app-practices__field">
      <label className="nhsuk-u-visually-hidden" htmlFor={inputIdValue}>
        {label}
      </label>
      <input
        className={`nhsuk-input ${className}${error ? ' nhsuk-input--error' : ''}`}
        id={inputIdValue}
        name={inputIdValue}
        type="text"
        autoComplete="off"
        spellCheck={field === 'name' ? undefined : false}
        inputMode={numeric ? 'numeric' : undefined}
        value={value}
        aria-describedby={error ? `${inputIdValue}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove(): void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <button
      type="button"
      className={`nhsuk-button nhsuk-button--small app-practices__remove ${
        confirming ? 'nhsuk-button--warning' : 'nhsuk-button--secondary'
      }`}
      onClick={() => (confirming ? onRemove() : setConfirming(true))}
      onBlur={() => setConfirming(false)}
    >
      {confirming ? 'Confirm remove' : 'Remove'}
      <span className="nhsuk-u-visually-hidden"> {label}</span>
    </button>
  );
}

export function PracticesEditor({ practices, errors, onChange, onBlur, onAdd, onRemove, focusId, onFocused }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const full = practices.length >= PRACTICE_LIMIT;

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(inputId(focusId, 'code'))?.focus();
    onFocused();
  }, [focusId, onFocused]);

  function remove(index: number) {
    const practice = practices[index];
    if (!practice) return;
    const name = practice.name.trim() || `practice ${index + 1}`;
    onRemove(practice.id);
    setAnnouncement(`Removed ${name}.`);
    // Focus the next row's Remove button (or the previous one, or "Add a practice").
    const buttons = tableRef.current?.querySelectorAll<HTMLButtonElement>('.app-practices__remove');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    requestAnimationFrame(() => (next?.isConnected ? next : addRef.current)?.focus());
  }

  const totalKnown = practices.length > 0;

  return (
    <>
      {totalKnown ? (
        <table className="nhsuk-table app-practices" ref={tableRef}>
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Member practices</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header app-practices__code">
                Code <span className="app-practices__optional">(optional)</span>
              </th>
              <th scope="col" className="nhsuk-table__header">
                Practice name
              </th>
              <th scope="col" className="nhsuk-table__header app-practices__size">
                List size <span className="app-practices__optional">(optional)</span>
              </th>
              <th scope="col" className="nhsuk-table__header app-practices__actions">
                <span className="nhsuk-u-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {practices.map((p, i) => {
              const n = i + 1;
              const label = p.name.trim() || `practice ${n}`;
              const hasError = FIELDS.some(({ field }) => errors.has(practiceKey(p.id, field)));
              return (
                <Fragment key={p.id}>
                  <ErrorRow id={p.id} errors={errors} />
                  <tr className={`nhsuk-table__row${hasError ? ' app-practices__row--error' : ''}`}>
                    <td className="nhsuk-table__cell">
                      <Cell
                        id={p.id}
                        field="code"
                        label={`Practice ${n} code`}
                        value={p.code}
                        error={errors.get(practiceKey(p.id, 'code'))}
                        className="app-practices__input--code"
                        onChange={(v) => onChange(p.id, 'code', v)}
                        onBlur={() => onBlur(p.id, 'code')}
                      />
                    </td>
                    <td className="nhsuk-table__cell">
                      <Cell
                        id={p.id}
                        field="name"
                        label={`Practice ${n} name`}
                        value={p.name}
                        error={errors.get(practiceKey(p.id, 'name'))}
                        className="nhsuk-u-width-full"
                        onChange={(v) => onChange(p.id, 'name', v)}
                        onBlur={() => onBlur(p.id, 'name')}
                      />
                    </td>
                    <td className="nhsuk-table__cell">
                      <Cell
                        id={p.id}
                        field="listSize"
                        label={`Practice ${n} list size`}
                        value={p.listSize}
                        error={errors.get(practiceKey(p.id, 'listSize'))}
                        className="app-practices__input--size"
                        numeric
                        onChange={(v) => onChange(p.id, 'listSize', v)}
                        onBlur={() => onBlur(p.id, 'listSize')}
                      />
                    </td>
                    <td className="nhsuk-table__cell app-practices__actions">
                      <RemoveButton label={label} onRemove={() => remove(i)} />
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="app-practices__none">No practices yet.</p>
      )}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        ref={addRef}
        aria-disabled={full || undefined}
        onClick={() => {
          if (!full) onAdd();
        }}
      >
        Add a practice
      </button>
      {full && (
        <p className="nhsuk-body-s">This app keeps up to {formatCount(PRACTICE_LIMIT)} practices for one PCN.</p>
      )}
      <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
