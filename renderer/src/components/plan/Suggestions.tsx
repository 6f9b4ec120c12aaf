/**
 * Suggested actions drafted from the gaps, grouped by area in priority order. Each can be
 * accepted as it stands, edited first, or discarded; discarded ones can be brought back.
 */

import { useState } from 'react';
import { formatDateLong } from '../../../../shared/dates';
import type { ProposedAction } from '../../../../shared/plan';
import { groupByArea, ids, monthWords, type PlanModel, plural, priorityWords } from './model';

export interface Notice {
  text: string;
  /** An action the user may want to go to. */
  actionId?: string;
}

interface Props {
  model: PlanModel;
  notice: Notice | null;
  onAccept(proposal: ProposedAction): void;
  onEdit(proposal: ProposedAction, returnFocusId: string): void;
  onDiscard(proposal: ProposedAction): void;
  onRestore(proposal: ProposedAction): void;
  onGoToAction(actionId: string): void;
}

export function Suggestions({ model, notice, onAccept, onEdit, onDiscard, onRestore, onGoToAction }: Props) {
  const [showDiscarded, setShowDiscarded] = useState(false);
  const [showMore, setShowMore] = useState(false);
  const { proposals, moreProposals, discarded } = model;
  const { capacity } = model.report;
  const cards = (list: ProposedAction[]) =>
    groupByArea(model, list).map((group) => (
      <div className="app-plan-group" key={group.area.id}>
        <h3 className="nhsuk-heading-s app-plan-group__heading">
          {group.area.title}
          <span className="app-plan-group__detail">{priorityWords(group.score)}</span>
        </h3>
        <ul className="app-plan-cards">
          {group.items.map((p) => (
            <SuggestionCard
              key={p.suggestionId}
              model={model}
              proposal={p}
              onAccept={onAccept}
              onEdit={onEdit}
              onDiscard={onDiscard}
            />
          ))}
        </ul>
      </div>
    ));

  return (
    <section className="app-plan-section" aria-labelledby={ids.suggestionsHeading}>
      <h2 className="nhsuk-heading-m" id={ids.suggestionsHeading} tabIndex={-1}>
        Suggested actions
      </h2>
      <p className="nhsuk-body">
        A focused set drafted from your gaps: one suggestion for each of the highest-priority gaps (the gap multiplied
        by how important the area is), up to the {plural(capacity.capacity, 'action')} the PCN can deliver. Nothing goes
        into the plan until you accept it: accept a suggestion as it stands, edit it first (for example to name the
        owner), or discard it.
      </p>
      <div role="status" className="app-plan-status">
        {notice && (
          <p className="app-plan-status__text">
            {notice.text}
            {notice.actionId && (
              <>
                {' '}
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => notice.actionId && onGoToAction(notice.actionId)}
                >
                  Go to the action
                </button>
              </>
            )}
          </p>
        )}
      </div>

      {proposals.length === 0 ? (
        <p className="nhsuk-body app-plan-empty">
          {model.gapCount === 0
            ? 'There are no suggestions because the assessment shows no gaps yet.'
            : moreProposals.length > 0
              ? `The plan has as many actions as the PCN can deliver (${capacity.capacity}), or every gap has an action or is deferred. Other suggestions are below.`
              : 'No suggestions left to review. Every suggestion for your gaps has been accepted or discarded.'}
        </p>
      ) : (
        <>
          <p className="nhsuk-body-s app-plan-muted">{plural(proposals.length, 'suggestion')} to review.</p>
          {cards(proposals)}
        </>
      )}

      {moreProposals.length > 0 && (
        <div className="app-plan-discarded">
          <button
            type="button"
            className="app-link-button"
            aria-expanded={showMore}
            aria-controls="plan-more-suggestions"
            onClick={() => setShowMore((v) => !v)}
          >
            {showMore ? 'Hide' : 'Show'} other suggestions ({moreProposals.length})
          </button>
          {showMore && <div id="plan-more-suggestions">{cards(moreProposals)}</div>}
        </div>
      )}

      {discarded.length > 0 && (
        <div className="app-plan-discarded">
          <button
            type="button"
            className="app-link-button"
            aria-expanded={showDiscarded}
            aria-controls="plan-discarded-list"
            onClick={() => setShowDiscarded((v) => !v)}
          >
            {showDiscarded ? 'Hide' : 'Show'} discarded suggestions ({discarded.length})
          </button>
          {showDiscarded && (
            <ul className="app-plan-discarded__list" id="plan-discarded-list">
              {discarded.map((p) => (
                <li key={p.suggestionId} className="app-plan-discarded__item">
                  <span>
                    <strong>{p.title}</strong>
                    <span className="app-plan-muted">
                      {' '}
                      · {model.framework.areas.find((a) => a.id === p.areaId)?.title}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-plan-inline-button"
                    onClick={() => {
                      // It may come back among the other suggestions: show them, so focus can reach it.
                      setShowMore(true);
                      onRestore(p);
                    }}
                  >
                    Bring back<span className="nhsuk-u-visually-hidden"> “{p.title}”</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function SuggestionCard({
  model,
  proposal: p,
  onAccept,
  onEdit,
  onDiscard,
}: {
  model: PlanModel;
  proposal: ProposedAction;
  onAccept(p: ProposedAction): void;
  onEdit(p: ProposedAction, returnFocusId: string): void;
  onDiscard(p: ProposedAction): void;
}) {
  const editId = ids.suggestionEdit(p.suggestionId);
  return (
    <li className="app-plan-card app-plan-card--suggestion">
      <h4 className="app-plan-card__title" id={ids.suggestion(p.suggestionId)} tabIndex={-1}>
        {p.title}
      </h4>
      <p className="app-plan-card__description">{p.description}</p>
      <dl className="app-plan-facts">
        <div className="app-plan-facts__row app-plan-facts__row--wide">
          <dt>Why</dt>
          <dd>{p.reason}</dd>
        </div>
        <div className="app-plan-facts__row">
          <dt>Suggested owner</dt>
          <dd>{p.ownerRole}</dd>
        </div>
        <div className="app-plan-facts__row">
          <dt>Starts</dt>
          <dd>{monthWords(model.months, p.startMonth)}</dd>
        </div>
        <div className="app-plan-facts__row">
          <dt>Due</dt>
          <dd>{formatDateLong(p.dueDate)}</dd>
        </div>
      </dl>
      <div className="app-plan-card__buttons">
        <button type="button" className="nhsuk-button nhsuk-button--small" onClick={() => onAccept(p)}>
          Accept<span className="nhsuk-u-visually-hidden"> “{p.title}”</span>
        </button>
        <button
          type="button"
          id={editId}
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => onEdit(p, editId)}
        >
          Edit and accept<span className="nhsuk-u-visually-hidden"> “{p.title}”</span>
        </button>
        <button type="button" className="app-link-button app-plan-card__discard" onClick={() => onDiscard(p)}>
          Discard<span className="nhsuk-u-visually-hidden"> “{p.title}”</span>
        </button>
      </div>
    </li>
  );
}
