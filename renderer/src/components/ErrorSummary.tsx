/**
 * The NHS.UK error summary and the inline error message, written once. A form's summary lists
 * each problem as a link that moves focus to its field; a failed step's summary says what went
 * wrong in words. The summary is announced when it appears (role="alert") and can take focus, so
 * a form can move the user to it after a failed attempt (pass a ref and focus it).
 */
import type { ReactNode, Ref } from 'react';

export interface FieldProblem {
  /** The id of the field to move to; without one, the problem is listed in words only. */
  fieldId?: string | null;
  message: ReactNode;
}

interface Props {
  title: ReactNode;
  /** The heading level: 1 when the summary is the whole screen, 3 inside a section. */
  level?: 1 | 2 | 3;
  /** Problems to list, each a link to its field when it has one. */
  problems?: FieldProblem[];
  /** Words shown above the list, or the whole body when there is no list. */
  children?: ReactNode;
  id?: string;
  ref?: Ref<HTMLDivElement>;
}

/** Moves focus to a field, or to the first control inside it (a date's day box, a radio). */
export function focusField(fieldId: string): void {
  const element = document.getElementById(fieldId);
  const control =
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea');
  (control ?? element)?.focus();
}

export function ErrorSummary({ title, level = 2, problems = [], children, id, ref }: Props) {
  const Heading = `h${level}` as const;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <Heading className="nhsuk-error-summary__title" id={id}>
          {title}
        </Heading>
        <div className="nhsuk-error-summary__body">
          {children}
          {problems.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {problems.map((p, i) => {
                const fieldId = p.fieldId;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each attempt.
                  <li key={i}>
                    {fieldId ? (
                      <a
                        href={`#${fieldId}`}
                        onClick={(e) => {
                          e.preventDefault();
                          focusField(fieldId);
                        }}
                      >
                        {p.message}
                      </a>
                    ) : (
                      p.message
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** The message under a field's label: "Error:" for screen readers, tied to the field by its id. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}
