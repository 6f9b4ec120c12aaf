/**
 * The six-month action plan as tables, one per area in priority order, and the progress made
 * on the previous plan's actions when there was a previous assessment.
 */
import { formatDateLong } from '../dates';
import type { Action } from '../domain';
import { findArea } from '../framework';
import type { PdfContext } from './context';
import type { Flow } from './flow';
import { COLOUR, SPACE, TYPE } from './layout';
import { richCells } from './rich-cells';
import { count, shortDate, signedGap, statusWords } from './words';

export interface ActionGroup {
  /** Heading for the group, e.g. "Governance". */
  title: string;
  /** Words about the area's gap, e.g. "Priority 1 · Large gap (+2.2)"; empty for unknown areas. */
  detail: string;
  actions: Action[];
}

/** Actions grouped by area, areas in priority order, actions by start month then due date. */
export function groupActions(context: PdfContext): ActionGroup[] {
  const groups: ActionGroup[] = [];
  const byStart = (a: Action, b: Action) =>
    a.startMonth - b.startMonth || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
  for (const { area, score } of context.rankedAreas) {
    const actions = context.assessment.actions.filter((action) => action.areaId === area.id).sort(byStart);
    if (actions.length === 0) continue;
    const detail = score.noEvidence
      ? 'Not assessed'
      : `Priority ${score.rank} · ${score.gapLabel} (${signedGap(score.gap)})`;
    groups.push({ title: area.title, detail, actions });
  }
  const known = new Set(context.framework.areas.map((area) => area.id));
  const other = context.assessment.actions.filter((action) => !known.has(action.areaId)).sort(byStart);
  if (other.length > 0) groups.push({ title: 'Other actions', detail: '', actions: other });
  return groups;
}

const WIDTHS = { action: 76, owner: 32, start: 18, due: 23, status: 21 } as const;

export function drawActionPlan(flow: Flow, context: PdfContext): void {
  flow.newPage();
  flow.heading('Six-month action plan', 1);
  const actions = context.assessment.actions;
  if (actions.length === 0) {
    flow.paragraph(`No actions have been added to the plan yet. The plan runs from ${context.planPeriod}.`);
    return;
  }
  const owners = new Set(actions.map((action) => action.ownerName.trim()).filter((name) => name !== ''));
  flow.paragraph(
    `${count(actions.length, 'action')} with ${count(owners.size, 'named owner')}, from ${context.planPeriod}. ` +
      'Areas are in priority order; within an area, actions are in the order they start.',
    { colour: COLOUR.secondaryText },
  );
  for (const group of groupActions(context)) {
    const rows = group.actions;
    const table = flow.prepareTable(
      {
        head: [['Action and success measure', 'Owner', 'Starts', 'Due', 'Status']],
        body: rows.map((action) => [
          '',
          '',
          `Month ${action.startMonth}\n${context.months[action.startMonth - 1]?.label ?? ''}`,
          shortDate(action.dueDate),
          statusWords(action.status),
        ]),
        columnStyles: {
          0: { cellWidth: WIDTHS.action },
          1: { cellWidth: WIDTHS.owner },
          2: { cellWidth: WIDTHS.start },
          3: { cellWidth: WIDTHS.due },
          4: { cellWidth: WIDTHS.status },
        },
        // The title in bold over its success measure; the owner's name in bold over the role.
        ...richCells(flow.doc, { 0: WIDTHS.action, 1: WIDTHS.owner }, (row, column) => {
          const action = rows[row];
          if (!action) return null;
          if (column === 1) {
            return [
              { text: action.ownerName, weight: 'bold' },
              { text: action.ownerRole, colour: COLOUR.secondaryText },
            ];
          }
          const measure = action.successMeasure.trim();
          return [
            { text: action.title, weight: 'bold' },
            { text: measure === '' ? '' : `Success measure: ${measure}`, colour: COLOUR.secondaryText },
          ];
        }),
      },
      group.title,
    );
    const detail = { size: TYPE.small, colour: COLOUR.secondaryText };
    const detailHeight = group.detail === '' ? 0 : flow.measure(group.detail, detail) + SPACE.s;
    flow.heading(group.title, 2, detailHeight + table.keep);
    if (group.detail !== '') {
      flow.y -= 2;
      flow.paragraph(group.detail, detail);
    }
    flow.drawTable(table);
  }
}

/** Where the actions of the previous plan got to, as recorded at this assessment. */
export function drawPreviousPlan(flow: Flow, context: PdfContext): void {
  const previous = context.previous;
  if (!previous || previous.assessment.actions.length === 0) return;
  const actions = previous.assessment.actions;
  flow.newPage();
  flow.heading('Progress on the previous plan', 1);
  const done = actions.filter((action) => action.status === 'done').length;
  flow.paragraph(
    `The previous assessment, on ${formatDateLong(previous.assessment.assessmentDate)}, set ` +
      `${count(actions.length, 'action')}; ${done} ${done === 1 ? 'is' : 'are'} done.`,
    { colour: COLOUR.secondaryText },
  );
  flow.table(
    {
      head: [['Area', 'Action', 'Owner', 'Due', 'Status']],
      body: actions.map((action) => [
        findArea(previous.framework, action.areaId)?.title ?? action.areaId,
        action.title,
        action.ownerName,
        formatDateLong(action.dueDate),
        statusWords(action.status),
      ]),
      columnStyles: { 0: { cellWidth: 34 }, 2: { cellWidth: 30 }, 3: { cellWidth: 24 }, 4: { cellWidth: 20 } },
    },
    'Progress on the previous plan',
  );
}
