/**
 * The six-month action plan as tables, one per area in priority order, and the progress made
 * on the previous plan's actions when there was a previous assessment.
 */
import { formatDateLong } from '../dates';
import { findArea } from '../framework';
import { statusNow } from '../progress';
import type { ReportAction } from '../report';
import { dateShort, plural } from '../words';
import type { PdfContext } from './context';
import type { Flow } from './flow';
import { COLOUR, SPACE, TYPE } from './layout';
import { richCells } from './rich-cells';
import { statusWords } from './words';

export interface ActionGroup {
  /** Heading for the group, e.g. "Governance". */
  title: string;
  /** Words about the area's gap, e.g. "Priority 1 · Large gap (+2.2)"; empty for unknown areas. */
  detail: string;
  actions: ReportAction[];
}

/** The report's actions (already in plan order) grouped by area, areas in priority order. */
export function groupActions(context: PdfContext): ActionGroup[] {
  const groups: ActionGroup[] = [];
  for (const action of context.report.actions) {
    const last = groups[groups.length - 1];
    if (last && last.title === action.areaTitle) {
      last.actions.push(action);
      continue;
    }
    const area = action.area;
    const detail = !area
      ? ''
      : area.noEvidence
        ? 'Not assessed'
        : `Priority ${area.rankShown} · ${area.gap.words} (${area.gap.signed})`;
    groups.push({ title: action.areaTitle, detail, actions: [action] });
  }
  return groups;
}

const WIDTHS = { action: 76, owner: 32, start: 18, due: 23, status: 21 } as const;

export function drawActionPlan(flow: Flow, context: PdfContext): void {
  flow.newPage();
  flow.heading('Six-month action plan', 1);
  const { coverage, capacity } = context.report;
  flow.paragraph(
    `Gaps: ${coverage.sentence}. Actions: ${capacity.sentence}.` +
      (capacity.warnings.length > 0 ? ` ${capacity.warnings.map((w) => w.text).join(' ')}` : ''),
  );
  drawDeferredGaps(flow, context);
  if (context.report.actions.length === 0) {
    flow.paragraph(`No actions have been added to the plan yet. The plan runs from ${context.planPeriod}.`);
    return;
  }
  flow.paragraph(
    `${context.report.sentences.actions}, from ${context.planPeriod}. ` +
      'Areas are in priority order; within an area, actions are in the order they start.',
    { colour: COLOUR.secondaryText },
  );
  for (const group of groupActions(context)) {
    const rows = group.actions;
    const table = flow.prepareTable(
      {
        head: [['Action and success measure', 'Owner', 'Starts', 'Due', 'Status']],
        body: rows.map(({ action, statusWords }) => [
          '',
          '',
          `Month ${action.startMonth}\n${context.months[action.startMonth - 1]?.label ?? ''}`,
          action.dueDate.trim() === '' ? 'Not set' : dateShort(action.dueDate),
          statusWords,
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
          const entry = rows[row];
          if (!entry) return null;
          const { action } = entry;
          if (column === 1) {
            // An unnamed owner is said so in plain words; a suggested role is not an owner.
            return entry.ownerName === null
              ? [
                  { text: entry.ownerShown, weight: 'bold' },
                  { text: entry.ownerRole === '' ? '' : `Suggested: ${entry.ownerRole}`, colour: COLOUR.secondaryText },
                ]
              : [
                  { text: entry.ownerName, weight: 'bold' },
                  { text: entry.ownerRole, colour: COLOUR.secondaryText },
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

/** The gaps left out of this plan on purpose, with the PCN's reasons. */
function drawDeferredGaps(flow: Flow, context: PdfContext): void {
  const deferred = context.report.coverage.deferredGaps;
  if (deferred.length === 0) return;
  const table = flow.prepareTable(
    {
      head: [['Question', 'Why it is not in this plan']],
      body: deferred.map((gap) => [`${gap.number} ${gap.text}`, gap.reasonShown]),
      columnStyles: { 1: { cellWidth: 70 } },
    },
    'Gaps deferred',
  );
  flow.heading('Gaps deferred to a later plan', 2, table.keep);
  flow.drawTable(table);
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
      `${plural(actions.length, 'action')}; ${done} ${done === 1 ? 'is' : 'are'} done.`,
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
        statusWords(statusNow(action, previous.assessment.checkIns)),
      ]),
      columnStyles: { 0: { cellWidth: 34 }, 2: { cellWidth: 30 }, 3: { cellWidth: 24 }, 4: { cellWidth: 20 } },
    },
    'Progress on the previous plan',
  );
}
