/**
 * Whether a plan is due a check-in, on its own so that the home screen's reminder needs only the
 * date helpers, not the framework content and the progress model.
 */
import { addMonths, isIsoDate } from './dates';
import type { IsoDate } from './domain';
import { PLAN_MONTHS } from './plan';

/**
 * Whether to remind the user to check in: the plan has actions, it has started, it ended less
 * than a month ago, and a month has passed since the last check-in (or since the plan started).
 */
export function checkInDue(
  plan: { planStart: IsoDate; actionCount: number; lastCheckInOn: IsoDate | null },
  today: IsoDate,
): boolean {
  if (plan.actionCount === 0 || !isIsoDate(plan.planStart)) return false;
  if (today > addMonths(plan.planStart, PLAN_MONTHS + 1)) return false;
  return addMonths(plan.lastCheckInOn ?? plan.planStart, 1) <= today;
}
