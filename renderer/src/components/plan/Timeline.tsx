/**
 * The six-month timeline: a real table with the plan's months as columns and one row per action.
 * Each action's cell spans its start month to its due month and says in words when it starts,
 * when it is due and its status; the bar drawn in it (ending at the due date) is decoration.
 */
import type { CSSProperties } from 'react';
import { ACTION_STATUS_NAMES, type Action } from '../../../../shared/domain';
import type { PlanMonth } from '../../../../shared/plan';
import { dueMonthOf, type PlanModel, shortDate } from './model';

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY;
}

/** How far through its month a date is, from just above 0 (first day) to 1 (last day). */
function fractionOfMonth(date: string, month: PlanMonth): number {
  const length = dayNumber(month.end) - dayNumber(month.start) + 1;
  const into = dayNumber(date) - dayNumber(month.start) + 1;
  return Math.min(1, Math.max(0.05, into / length));
}

function Row({ model, action }: { model: PlanModel; action: Action }) {
  const { months } = model;
  const start = Math.min(6, Math.max(1, action.startMonth));
  const dueMonth = dueMonthOf(action, model.planStart);
  const end = Math.max(start, dueMonth ?? 6);
  const span = end - start + 1;
  const endMonth = months[end - 1];
  const fraction = dueMonth && endMonth ? fractionOfMonth(action.dueDate, endMonth) : 1;
  const width = `${(((span - 1 + fraction) / span) * 100).toFixed(1)}%`;
  const startLabel = months[start - 1]?.label.split(' ')[0] ?? `month ${start}`;

  const cells = [];
  for (let m = 1; m <= 6; m += 1) {
    if (m < start || m > end) {
      cells.push(<td className="nhsuk-table__cell app-plan-timeline__empty" key={m} />);
    } else if (m === start) {
      cells.push(
        <td
          className="nhsuk-table__cell app-plan-timeline__span"
          key={m}
          colSpan={span}
          style={{ '--span': span } as CSSProperties}
        >
          <span className={`app-plan-bar app-plan-bar--${action.status}`} style={{ width }} aria-hidden="true" />
          <span className="app-plan-timeline__words">
            <span>Starts {startLabel}</span>
            <span className="nhsuk-u-visually-hidden">, </span>
            <strong>
              Due {shortDate(action.dueDate)}
              {dueMonth === null && ' (outside the plan)'}
            </strong>
            <span className="nhsuk-u-visually-hidden">, </span>
            <span className={`app-plan-timeline__status app-plan-timeline__status--${action.status}`}>
              {ACTION_STATUS_NAMES[action.status]}
            </span>
          </span>
        </td>,
      );
    }
  }

  return (
    <tr className="nhsuk-table__row">
      <th scope="row" className="nhsuk-table__header app-plan-timeline__action">
        {action.title}
        <span className="app-plan-timeline__owner">{action.ownerName.trim() || 'No owner named yet'}</span>
      </th>
      {cells}
    </tr>
  );
}

export function Timeline({ model }: { model: PlanModel }) {
  const { months } = model;
  const first = months[0]?.label ?? '';
  const last = months[months.length - 1]?.label ?? '';
  return (
    <section className="app-plan-section" aria-labelledby="plan-timeline-heading">
      <h2 className="nhsuk-heading-m" id="plan-timeline-heading">
        Six-month timeline
      </h2>
      {model.orderedActions.length === 0 ? (
        <p className="nhsuk-body app-plan-empty">The timeline fills in as you add actions.</p>
      ) : (
        <>
          <p className="nhsuk-body">
            One row per action. Each bar runs from the start of the month in which work begins to the due date, and says
            in words when the action starts, when it is due and its status.
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: in a narrow window the table scrolls sideways, and a scrollable region must be reachable by keyboard. */}
          <section className="app-plan-timeline-wrap" aria-label="Timeline table" tabIndex={0}>
            <table className="nhsuk-table app-plan-timeline">
              <caption className="nhsuk-u-visually-hidden">
                Actions by month, {first} to {last}
              </caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header app-plan-timeline__action-head">
                    Action
                  </th>
                  {months.map((m) => (
                    <th scope="col" className="nhsuk-table__header app-plan-timeline__month" key={m.month}>
                      Month {m.month}
                      <span className="app-plan-timeline__month-name">{m.label}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              {model.actionGroups.map((group) => (
                <tbody className="nhsuk-table__body" key={group.area.id}>
                  <tr className="nhsuk-table__row app-plan-timeline__group">
                    <th scope="rowgroup" colSpan={7} className="nhsuk-table__header">
                      {group.area.title}
                    </th>
                  </tr>
                  {group.items.map((action) => (
                    <Row key={action.id} model={model} action={action} />
                  ))}
                </tbody>
              ))}
            </table>
          </section>
        </>
      )}
    </section>
  );
}
