/**
 * The plan's actions, grouped by area in priority order: what, who, when and how the board will
 * know it worked. Status changes straight from the list; removing asks first.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDateLong } from '../../../../shared/dates';
import {
  ACTION_STATUS_NAMES,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  PROGRESS_STATUS_NAMES,
  PROGRESS_STATUSES,
} from '../../../../shared/domain';
import { ids, monthWords, type PlanModel, plural, priorityWords, questionText, STATUS_TAG } from './model';
import type { Notice } from './Suggestions';

interface Props {
  model: PlanModel;
  notice: Notice | null;
  onAddOwn(returnFocusId: string): void;
  onEdit(action: Action, returnFocusId: string): void;
  onRemove(action: Action): void;
  onStatus(action: Action, status: ActionStatus): void;
}

export function ActionList({ model, notice, onAddOwn, onEdit, onRemove, onStatus }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const actions = model.orderedActions;
  const owners = new Set(actions.map((a) => a.ownerName.trim()).filter(Boolean));
  const unowned = actions.filter((a) => a.ownerName.trim() === '').length;
  // Statuses now, as the report model gives them: an action a check-in dropped counts as dropped.
  const statuses = model.report.actions.map((a) => a.status);
  const counts = PROGRESS_STATUSES.map((s) => ({ s, n: statuses.filter((x) => x === s).length })).filter(
    (c) => c.n > 0,
  );

  return (
    <section className="app-plan-section" aria-labelledby={ids.actionsHeading}>
      <h2 className="nhsuk-heading-m" id={ids.actionsHeading} tabIndex={-1}>
        Your actions
      </h2>
      {actions.length === 0 ? (
        <p className="nhsuk-body app-plan-empty">No actions yet. Accept a suggestion above, or add your own action.</p>
      ) : (
        <p className="nhsuk-body">
          {plural(actions.length, 'action')} with {plural(owners.size, 'named owner')}
          {counts.length > 0 &&
            `: ${counts.map((c) => `${c.n} ${PROGRESS_STATUS_NAMES[c.s].toLowerCase()}`).join(', ')}`}
          .
          {unowned > 0 && (
            <strong className="app-plan-attention">
              {' '}
              {unowned === 1 ? '1 action has' : `${unowned} actions have`} no named owner yet.
            </strong>
          )}
        </p>
      )}
      <div role="status" className="app-plan-status">
        {notice && <p className="app-plan-status__text">{notice.text}</p>}
      </div>

      {model.actionGroups.map((group) => (
        <div className="app-plan-group" key={group.area.id}>
          <h3 className="nhsuk-heading-s app-plan-group__heading">
            {group.area.title}
            <span className="app-plan-group__detail">
              {priorityWords(group.score)} · {plural(group.items.length, 'action')}
            </span>
          </h3>
          <ul className="app-plan-cards">
            {group.items.map((action) => (
              <ActionCard
                key={action.id}
                model={model}
                action={action}
                confirming={confirming === action.id}
                onEdit={onEdit}
                onStatus={onStatus}
                onAskRemove={() => setConfirming(action.id)}
                onCancelRemove={() => setConfirming(null)}
                onRemove={() => {
                  setConfirming(null);
                  onRemove(action);
                }}
              />
            ))}
          </ul>
        </div>
      ))}

      <button
        type="button"
        id={ids.addOwn}
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => onAddOwn(ids.addOwn)}
      >
        Add your own action
      </button>
    </section>
  );
}

interface CardProps {
  model: PlanModel;
  action: Action;
  confirming: boolean;
  onEdit(action: Action, returnFocusId: string): void;
  onStatus(action: Action, status: ActionStatus): void;
  onAskRemove(): void;
  onCancelRemove(): void;
  onRemove(): void;
}

function ActionCard({ model, action, confirming, onEdit, onStatus, onAskRemove, onCancelRemove, onRemove }: CardProps) {
  const question = useRef<HTMLParagraphElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const statusId = `plan-status-${action.id}`;
  const editId = ids.actionEdit(action.id);

  // Take the user to the question when it appears, and back to "Remove" if they keep the action.
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const owner = [action.ownerName.trim(), action.ownerRole.trim()].filter(Boolean);
  // A check-in may have dropped the action: the plan then says so, as every output does.
  const dropped = model.report.actions.find((a) => a.action.id === action.id)?.droppedOn ?? null;
  return (
    <li className={`app-plan-card app-plan-card--action app-plan-card--${dropped ? 'dropped' : action.status}`}>
      <div className="app-plan-card__header">
        <h4 className="app-plan-card__title" id={ids.action(action.id)} tabIndex={-1}>
          {action.title}
        </h4>
        <strong className={`${dropped ? 'nhsuk-tag nhsuk-tag--white' : STATUS_TAG[action.status]} app-plan-card__tag`}>
          <span className="nhsuk-u-visually-hidden">Status: </span>
          {dropped ? 'Dropped' : ACTION_STATUS_NAMES[action.status]}
        </strong>
      </div>
      {action.description && <p className="app-plan-card__description">{action.description}</p>}
      <div className="app-plan-card__grid">
        <dl className="app-plan-facts">
          <div className="app-plan-facts__row">
            <dt>Owner</dt>
            <dd>
              {action.ownerName.trim() ? (
                owner.join(', ')
              ) : (
                <>
                  <strong className="app-plan-attention">No owner named yet</strong>
                  {action.ownerRole.trim() && <span className="app-plan-muted"> (role: {action.ownerRole})</span>}
                </>
              )}
            </dd>
          </div>
          <div className="app-plan-facts__row">
            <dt>Starts</dt>
            <dd>{monthWords(model.months, action.startMonth)}</dd>
          </div>
          <div className="app-plan-facts__row">
            <dt>Due</dt>
            <dd>{formatDateLong(action.dueDate)}</dd>
          </div>
        </dl>
        {dropped ? (
          <p className="app-plan-card__status app-plan-card__dropped app-plan-muted">
            Dropped at the check-in of {formatDateLong(dropped)}. To take it up again, record that at the next check-in.
          </p>
        ) : (
          <div className="app-plan-card__status">
            <label className="app-plan-card__status-label" htmlFor={statusId}>
              Status<span className="nhsuk-u-visually-hidden"> of “{action.title}”</span>
            </label>
            <select
              className="nhsuk-select app-plan-card__select"
              id={statusId}
              value={action.status}
              onChange={(e) => onStatus(action, e.target.value as ActionStatus)}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_NAMES[s]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="app-plan-card__footer">
        <dl className="app-plan-details">
          <dt>Closes</dt>
          <dd>
            {action.questionIds.length === 0 ? (
              <span className="app-plan-muted">Not linked to a question in the assessment</span>
            ) : (
              action.questionIds.map((id) => (
                <span className="app-plan-details__question" key={id}>
                  {questionText(model.framework, id)}
                </span>
              ))
            )}
          </dd>
          <dt>Success measure</dt>
          <dd>{action.successMeasure.trim() || <span className="app-plan-muted">Not set</span>}</dd>
        </dl>
        {!confirming && (
          <div className="app-plan-card__buttons">
            <button
              type="button"
              id={editId}
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => onEdit(action, editId)}
            >
              Edit<span className="nhsuk-u-visually-hidden"> “{action.title}”</span>
            </button>
            <button
              type="button"
              ref={removeButton}
              className="app-link-button app-plan-card__remove"
              onClick={onAskRemove}
            >
              Remove<span className="nhsuk-u-visually-hidden"> “{action.title}”</span>
            </button>
          </div>
        )}
      </div>

      {confirming && (
        <div className="app-plan-confirm">
          <p className="app-plan-confirm__question" tabIndex={-1} ref={question}>
            Remove “{action.title}” from the plan? This cannot be undone.
          </p>
          <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={onRemove}>
            Yes, remove it
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-plan-inline-button"
            onClick={onCancelRemove}
          >
            No, keep it
          </button>
        </div>
      )}
    </li>
  );
}
