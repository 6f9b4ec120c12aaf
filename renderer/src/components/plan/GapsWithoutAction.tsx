/**
 * The gaps no action covers yet. Every gap should get an action with an owner and a date, so
 * each one has a button that opens the form with its area and question already chosen.
 */
import { ids, type PlanModel, plural, questionText, stepWords } from './model';

interface Props {
  model: PlanModel;
  onAdd(areaId: string, questionId: string, returnFocusId: string): void;
}

export function GapsWithoutAction({ model, onAdd }: Props) {
  const { gaps, gapCount } = model;
  const evidenceGaps = model.scores.evidenceGaps.length;
  const evidenceNote =
    evidenceGaps > 0 ? (
      <p className="nhsuk-body-s app-plan-muted">
        {evidenceGaps === 1 ? '1 question is' : `${evidenceGaps} questions are`} answered “Don't know”, so{' '}
        {evidenceGaps === 1 ? 'it has' : 'they have'} no gap to close. An action to find out may help: add your own
        below.
      </p>
    ) : null;

  if (gapCount === 0) {
    return (
      <section className="app-plan-section" aria-labelledby={ids.gapsHeading}>
        <h2 className="nhsuk-heading-m" id={ids.gapsHeading} tabIndex={-1}>
          Gaps without an action
        </h2>
        <p className="nhsuk-body">
          No question has a target above its current level yet, so there are no gaps for the plan to close. Set
          six-month targets on the area pages to see them here. You can still add your own actions.
        </p>
        {evidenceNote}
      </section>
    );
  }

  if (gaps.length === 0) {
    return (
      <section className="app-plan-section" aria-labelledby={ids.gapsHeading}>
        <h2 className="nhsuk-heading-m" id={ids.gapsHeading} tabIndex={-1}>
          Gaps without an action
        </h2>
        <div className="app-plan-covered">
          <svg className="app-plan-covered__tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9.2 17.4 4 12.2l1.8-1.8 3.4 3.4 9-9 1.8 1.8z" />
          </svg>
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">
            <strong>Every gap has at least one action.</strong> All {plural(gapCount, 'gap')} between current and target
            levels {gapCount === 1 ? 'is' : 'are'} covered by the plan.
          </p>
        </div>
        {evidenceNote}
      </section>
    );
  }

  return (
    <section className="app-plan-section" aria-labelledby={ids.gapsHeading}>
      <div className="nhsuk-card nhsuk-card--warning app-plan-gaps">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading" id={ids.gapsHeading} tabIndex={-1}>
            <span className="nhsuk-u-visually-hidden">Important: </span>Gaps without an action
          </h2>
          <p className="nhsuk-body">
            {gaps.length === 1 ? '1 gap has' : `${gaps.length} gaps have`} no action yet, out of{' '}
            {plural(gapCount, 'gap')} in the assessment. Every gap needs at least one action with an owner and a due
            date.
          </p>
          <ul className="app-plan-gaps__list">
            {gaps.map((gap) => {
              const area = model.framework.areas.find((a) => a.id === gap.areaId);
              const text = questionText(model.framework, gap.questionId);
              const step = stepWords(model.questionScore(gap.questionId));
              const buttonId = ids.gapAdd(gap.questionId);
              return (
                <li className="app-plan-gaps__item" key={gap.questionId}>
                  <div className="app-plan-gaps__text">
                    <span className="app-plan-gaps__area">{area?.title ?? gap.areaId}</span>
                    <span className="app-plan-gaps__question">{text}</span>
                    <span className="app-plan-gaps__step">
                      <span aria-hidden="true">{step}</span>
                      <span className="nhsuk-u-visually-hidden">from {step.replace(' → ', ' to ')}</span>
                    </span>
                  </div>
                  <button
                    type="button"
                    id={buttonId}
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-plan-gaps__button"
                    onClick={() => onAdd(gap.areaId, gap.questionId, buttonId)}
                  >
                    Add an action<span className="nhsuk-u-visually-hidden"> for “{text}”</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      {evidenceNote}
    </section>
  );
}
