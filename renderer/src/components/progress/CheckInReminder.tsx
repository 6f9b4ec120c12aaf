/**
 * A gentle reminder on the home screen: a month has passed since the last check-in on a plan
 * (or since it started, before the first). It only offers the way there; it never blocks.
 */

import { checkInDue } from '../../../../shared/check-in-due';
import { formatDateLong, todayIso } from '../../../../shared/dates';
import type { AssessmentSummary } from '../../../../shared/domain';

export function CheckInReminder({
  assessments,
  onOpen,
}: {
  assessments: AssessmentSummary[];
  onOpen(id: string): void;
}) {
  const today = todayIso(() => new Date());
  const due = assessments.filter((a) => checkInDue(a, today));
  if (due.length === 0) return null;
  return (
    <div className="nhsuk-inset-text app-checkin-reminder">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Time for a check-in</h2>
      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
        {due.map((a) => (
          <li key={a.id}>
            {a.lastCheckInOn
              ? `It is over a month since the last check-in on ${a.pcnName}'s plan (${formatDateLong(a.lastCheckInOn)}). `
              : `${a.pcnName}'s plan started on ${formatDateLong(a.planStart)} and has had no check-in yet. `}
            <button type="button" className="app-link-button" onClick={() => onOpen(a.id)}>
              Check in on {a.pcnName}'s plan
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
