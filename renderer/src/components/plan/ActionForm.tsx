/**
 * Adding or editing one action: a short form on its own page, checked with the same rules as the
 * main process (checkAction), errors shown with the NHS.UK error summary and inline messages.
 * What the user typed stays on screen whatever goes wrong, including a refused save.
 */
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { formatDateLong } from '../../../../shared/dates';
import { ACTION_STATUS_NAMES, ACTION_STATUSES, type Action } from '../../../../shared/domain';
import type { Framework } from '../../../../shared/framework';
import { NAME_LIMIT, TEXT_LIMIT } from '../../../../shared/limits';
import { checkAction, type ProposedAction } from '../../../../shared/plan';
import { cleanLine, cleanText, isBlank, tooLong } from '../../../../shared/text-rules';
import { DateInput } from '../DateInput';
import { ErrorSummary, FieldError } from '../ErrorSummary';
import { TextField } from '../TextField';
import { monthWords, type PlanModel, questionStateWords } from './model';

export type FormMode = 'add' | 'edit' | 'suggestion';

type Field = 'title' | 'area' | 'ownerName' | 'ownerRole' | 'dueDate' | 'description' | 'successMeasure';

interface Problem {
  field: Field | null;
  message: string;
}

interface Props {
  model: PlanModel;
  mode: FormMode;
  initial: Action;
  proposal?: ProposedAction | undefined;
  onSave(action: Action): Promise<{ ok: true } | { ok: false; message: string; field?: string }>;
  onCancel(): void;
}

const FIELD_ID: Record<Field, string> = {
  title: 'action-title',
  area: 'action-area',
  ownerName: 'action-owner-name',
  ownerRole: 'action-owner-role',
  dueDate: 'action-due-date',
  description: 'action-description',
  successMeasure: 'action-success',
};

/** The form's field for an input the main process refused (`field` of its error, e.g. `action.dueDate`). */
const FIELD_OF_INPUT: Record<string, Field> = {
  'action.title': 'title',
  'action.areaId': 'area',
  'action.ownerName': 'ownerName',
  'action.ownerRole': 'ownerRole',
  'action.dueDate': 'dueDate',
  'action.description': 'description',
  'action.successMeasure': 'successMeasure',
};

const HEADINGS: Record<FormMode, string> = {
  add: 'Add an action',
  edit: 'Change an action',
  suggestion: 'Edit and accept a suggested action',
};

/** The owner roles the assessment's framework suggests, offered as choices for any action. */
function rolesOf(framework: Framework): string[] {
  return [...new Set(framework.suggestions.map((s) => s.ownerRole))].sort();
}

function validate(draft: Action, planStart: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: Field, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  // The rules of text-rules.ts, as the main process and files apply them.
  const title = cleanLine(draft.title);
  add('title', isBlank(title) ? 'Enter a title for the action.' : tooLong(title, NAME_LIMIT, 'The title'));
  add('description', tooLong(cleanText(draft.description), TEXT_LIMIT, 'The description'));
  add('area', draft.areaId === '' ? 'Choose the area this action belongs to.' : null);
  add('ownerName', tooLong(cleanLine(draft.ownerName), NAME_LIMIT, "The owner's name"));
  add('ownerRole', tooLong(cleanLine(draft.ownerRole), NAME_LIMIT, "The owner's role"));
  add(
    'dueDate',
    draft.dueDate === ''
      ? 'Enter the due date as a real date, for example 31 3 2027.'
      : checkAction({ startMonth: draft.startMonth, dueDate: draft.dueDate }, planStart),
  );
  add('successMeasure', tooLong(cleanText(draft.successMeasure), TEXT_LIMIT, 'How success will be measured'));
  return problems;
}

export function ActionForm({ model, mode, initial, proposal, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Action>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const roleList = useId();

  // The form replaces the plan on screen: start at the top, with focus on its heading.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, []);

  const errorOf = (field: Field) => problems.find((p) => p.field === field)?.message ?? null;
  const set = <K extends keyof Action>(key: K, value: Action[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const area = model.framework.areas.find((a) => a.id === draft.areaId);

  // After each failed attempt, take the user to the error summary (NHS.UK error summary pattern).
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);

  function showProblems(next: Problem[]) {
    setProblems(next);
    setAttempts((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validate(draft, model.planStart);
    if (found.length > 0) {
      showProblems(found);
      return;
    }
    const action: Action = {
      ...draft,
      title: draft.title.trim(),
      ownerName: draft.ownerName.trim(),
      ownerRole: draft.ownerRole.trim(),
      questionIds: area ? area.questions.map((q) => q.id).filter((id) => draft.questionIds.includes(id)) : [],
    };
    setBusy(true);
    const result = await onSave(action);
    setBusy(false);
    if (!result.ok) {
      showProblems([{ field: (result.field && FIELD_OF_INPUT[result.field]) || null, message: result.message }]);
    }
  }

  function changeArea(areaId: string) {
    setDraft((d) => {
      const questions = model.framework.areas.find((a) => a.id === areaId)?.questions ?? [];
      return { ...d, areaId, questionIds: d.questionIds.filter((id) => questions.some((q) => q.id === id)) };
    });
  }

  function toggleQuestion(questionId: string, checked: boolean) {
    setDraft((d) => ({
      ...d,
      questionIds: checked
        ? [...d.questionIds.filter((id) => id !== questionId), questionId]
        : d.questionIds.filter((id) => id !== questionId),
    }));
  }

  const group = (field: Field | null, children: ReactNode) => (
    <div className={`nhsuk-form-group${field && errorOf(field) ? ' nhsuk-form-group--error' : ''}`}>{children}</div>
  );
  const inlineError = (field: Field) => <FieldError id={`${FIELD_ID[field]}-error`} message={errorOf(field)} />;
  const describedBy = (field: Field, hint: boolean) =>
    [hint ? `${FIELD_ID[field]}-hint` : '', errorOf(field) ? `${FIELD_ID[field]}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <div className="app-plan-form">
      <p className="nhsuk-u-margin-bottom-4">
        <button type="button" className="app-link-button" onClick={onCancel}>
          ← Back to the action plan without saving
        </button>
      </p>

      {problems.length > 0 && (
        <ErrorSummary
          ref={summary}
          id="action-error-summary-title"
          title="There is a problem"
          problems={problems.map((p) => ({ fieldId: p.field && FIELD_ID[p.field], message: p.message }))}
        />
      )}

      <span className="nhsuk-caption-l">Six-month action plan</span>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={heading} id="action-form-heading">
        {HEADINGS[mode]}
      </h1>
      {proposal && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>Why this is suggested:</strong> {proposal.reason}
          </p>
        </div>
      )}
      <p className="nhsuk-body">
        The plan runs from {formatDateLong(model.planStart)} to {formatDateLong(model.planEnd)}. Give the action a named
        owner and a due date inside those six months.
      </p>

      <form noValidate onSubmit={submit} aria-labelledby="action-form-heading">
        <TextField
          id={FIELD_ID.title}
          label="Title"
          hint="A short, specific step, starting with a verb. For example: Agree a data sharing agreement with the community trust."
          value={draft.title}
          onChange={(v) => set('title', v)}
          onBlur={() => {}}
          error={errorOf('title')}
        />

        {group(
          'description',
          <>
            <label className="nhsuk-label" htmlFor={FIELD_ID.description}>
              Description (optional)
            </label>
            <div className="nhsuk-hint" id={`${FIELD_ID.description}-hint`}>
              What will be done and who needs to be involved.
            </div>
            {inlineError('description')}
            <textarea
              className={`nhsuk-textarea${errorOf('description') ? ' nhsuk-textarea--error' : ''}`}
              id={FIELD_ID.description}
              name="description"
              rows={3}
              value={draft.description}
              aria-describedby={describedBy('description', true)}
              onChange={(e) => set('description', e.target.value)}
            />
          </>,
        )}

        {group(
          'area',
          <>
            <label className="nhsuk-label" htmlFor={FIELD_ID.area}>
              Area
            </label>
            {inlineError('area')}
            <select
              className={`nhsuk-select${errorOf('area') ? ' nhsuk-select--error' : ''}`}
              id={FIELD_ID.area}
              name="area"
              value={draft.areaId}
              aria-describedby={describedBy('area', false)}
              onChange={(e) => changeArea(e.target.value)}
            >
              {draft.areaId === '' && <option value="">Choose an area</option>}
              {model.framework.areas.map((a, i) => (
                <option key={a.id} value={a.id}>
                  {i + 1}. {a.title}
                </option>
              ))}
            </select>
          </>,
        )}

        {area && (
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset" aria-describedby="action-questions-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-label">
                Questions this action helps to close (optional)
              </legend>
              <div className="nhsuk-hint" id="action-questions-hint">
                Select all that apply. A gap counts as covered once an action names its question.
              </div>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {area.questions.map((q, i) => {
                  const inputId = `action-question-${i}`;
                  return (
                    <div className="nhsuk-checkboxes__item" key={q.id}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={inputId}
                        name="questions"
                        type="checkbox"
                        value={q.id}
                        checked={draft.questionIds.includes(q.id)}
                        aria-describedby={`${inputId}-hint`}
                        onChange={(e) => toggleQuestion(q.id, e.target.checked)}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                        {q.text}
                      </label>
                      <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${inputId}-hint`}>
                        {questionStateWords(model.questionScore(q.id))}
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        )}

        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextField
              id={FIELD_ID.ownerName}
              label="Owner's name"
              hint="The one person who will make sure it happens."
              value={draft.ownerName}
              autoComplete="name"
              onChange={(v) => set('ownerName', v)}
              onBlur={() => {}}
              error={errorOf('ownerName')}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            {group(
              'ownerRole',
              <>
                <label className="nhsuk-label" htmlFor={FIELD_ID.ownerRole}>
                  Owner's role
                </label>
                <div className="nhsuk-hint" id={`${FIELD_ID.ownerRole}-hint`}>
                  For example, PCN manager.
                </div>
                {inlineError('ownerRole')}
                <input
                  className={`nhsuk-input${errorOf('ownerRole') ? ' nhsuk-input--error' : ''}`}
                  id={FIELD_ID.ownerRole}
                  name="ownerRole"
                  type="text"
                  autoComplete="off"
                  list={roleList}
                  value={draft.ownerRole}
                  aria-describedby={describedBy('ownerRole', true)}
                  onChange={(e) => set('ownerRole', e.target.value)}
                />
                <datalist id={roleList}>
                  {rolesOf(model.framework).map((role) => (
                    <option key={role} value={role} />
                  ))}
                </datalist>
              </>,
            )}
          </div>
        </div>

        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="action-start-month">
            Start month
          </label>
          <div className="nhsuk-hint" id="action-start-month-hint">
            The month of the plan in which work begins.
          </div>
          <select
            className="nhsuk-select"
            id="action-start-month"
            name="startMonth"
            value={draft.startMonth}
            aria-describedby="action-start-month-hint"
            onChange={(e) => set('startMonth', Number(e.target.value))}
          >
            {model.months.map((m) => (
              <option key={m.month} value={m.month}>
                {monthWords(model.months, m.month)}
              </option>
            ))}
          </select>
        </div>

        <div id={FIELD_ID.dueDate}>
          <DateInput
            legend="Due date"
            hint={`A date from ${formatDateLong(model.planStart)} to ${formatDateLong(model.planEnd)}, not before the start month. For example, 31 3 2027.`}
            name="dueDate"
            value={draft.dueDate}
            onChange={(v) => set('dueDate', v)}
            error={errorOf('dueDate')}
          />
        </div>

        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-label">Status</legend>
            <div className="nhsuk-radios nhsuk-radios--inline nhsuk-radios--small">
              {ACTION_STATUSES.map((status) => (
                <div className="nhsuk-radios__item" key={status}>
                  <input
                    className="nhsuk-radios__input"
                    id={`action-status-${status}`}
                    name="status"
                    type="radio"
                    value={status}
                    checked={draft.status === status}
                    onChange={() => set('status', status)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`action-status-${status}`}>
                    {ACTION_STATUS_NAMES[status]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        {group(
          'successMeasure',
          <>
            <label className="nhsuk-label" htmlFor={FIELD_ID.successMeasure}>
              How success will be measured (optional)
            </label>
            <div className="nhsuk-hint" id={`${FIELD_ID.successMeasure}-hint`}>
              What the board will be able to see when it is done, for example a signed agreement or a minute.
            </div>
            {inlineError('successMeasure')}
            <textarea
              className={`nhsuk-textarea${errorOf('successMeasure') ? ' nhsuk-textarea--error' : ''}`}
              id={FIELD_ID.successMeasure}
              name="successMeasure"
              rows={2}
              value={draft.successMeasure}
              aria-describedby={describedBy('successMeasure', true)}
              onChange={(e) => set('successMeasure', e.target.value)}
            />
          </>,
        )}

        <div className="app-plan-form__buttons">
          <button className="nhsuk-button" type="submit">
            {mode === 'suggestion' ? 'Accept and save action' : 'Save action'}
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
