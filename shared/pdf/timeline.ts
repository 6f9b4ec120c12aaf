/**
 * The six-month timeline: the plan's months as columns and one row per action, with a bar from
 * the start of its start month to its due date. Each bar carries its status and due date in
 * words, so the chart does not depend on colour. Drawn with primitives; the month header is
 * repeated on every page it runs onto.
 */
import { formatDateLong } from '../dates';
import type { Action, ProgressStatus } from '../domain';
import { monthOfDate } from '../plan';
import { dateShort } from '../words';
import { groupActions } from './action-plan';
import type { PdfContext } from './context';
import { baselineOffset, type Flow, setFont, wrap } from './flow';
import { COLOUR, CONTENT_BOTTOM, CONTENT_WIDTH, lineHeight, MARGIN, type Rgb, STROKE, TYPE } from './layout';
import { statusWords } from './words';

const LABEL_WIDTH = 62;
const MONTH_WIDTH = (CONTENT_WIDTH - LABEL_WIDTH) / 6;
const GRID_LEFT = MARGIN.left + LABEL_WIDTH;
const GRID_RIGHT = MARGIN.left + CONTENT_WIDTH;
const HEADER_HEIGHT = 10;
const GROUP_HEIGHT = 7;
const BAR_HEIGHT = 4;
const MAX_LABEL_LINES = 2;

const BAR_STYLE: Record<ProgressStatus, { fill: Rgb; text: Rgb; outline: Rgb }> = {
  'not-started': { fill: COLOUR.white, text: COLOUR.text, outline: COLOUR.darkGrey },
  // Dropped at a check-in: a pale bar, and the word "Dropped" beside it.
  dropped: { fill: COLOUR.paleGrey, text: COLOUR.secondaryText, outline: COLOUR.midGrey },
  'in-progress': { fill: COLOUR.nhsBlue, text: COLOUR.white, outline: COLOUR.nhsBlue },
  done: { fill: COLOUR.green, text: COLOUR.white, outline: COLOUR.green },
  blocked: { fill: COLOUR.red, text: COLOUR.white, outline: COLOUR.red },
};

export function drawTimeline(flow: Flow, context: PdfContext): void {
  if (context.assessment.actions.length === 0) return;
  flow.newPage();
  flow.heading('Six-month timeline', 1);
  flow.paragraph(
    'Each bar runs from the start of the month in which work begins to the due date. The status and due ' +
      'date are written beside or on each bar.',
    { colour: COLOUR.secondaryText },
  );
  drawHeader(flow, context);
  for (const group of groupActions(context)) {
    const firstRow = rowHeight(flow, group.actions[0]?.action);
    if (flow.y + GROUP_HEIGHT + firstRow > CONTENT_BOTTOM) newTimelinePage(flow, context);
    drawGroupRow(flow, group.title);
    for (const { action, status } of group.actions) {
      const height = rowHeight(flow, action);
      if (flow.y + height > CONTENT_BOTTOM) {
        newTimelinePage(flow, context);
        drawGroupRow(flow, `${group.title} (continued)`);
      }
      drawActionRow(flow, context, action, status, height);
    }
  }
  flow.space(6);
}

function newTimelinePage(flow: Flow, context: PdfContext): void {
  flow.newPage();
  drawHeader(flow, context);
}

function monthGrid(flow: Flow, top: number, bottom: number): void {
  const { doc } = flow;
  doc.setDrawColor(...COLOUR.border);
  doc.setLineWidth(STROKE.hairline);
  for (let i = 0; i <= 6; i += 1) {
    const x = GRID_LEFT + i * MONTH_WIDTH;
    doc.line(x, top, x, bottom);
  }
}

function drawHeader(flow: Flow, context: PdfContext): void {
  const { doc } = flow;
  const top = flow.y;
  doc.setFillColor(...COLOUR.paleGrey);
  doc.rect(MARGIN.left, top, CONTENT_WIDTH, HEADER_HEIGHT, 'F');
  setFont(doc, TYPE.table, 'bold');
  doc.text('Action', MARGIN.left + 2, top + 6);
  context.months.forEach((month, i) => {
    const centre = GRID_LEFT + (i + 0.5) * MONTH_WIDTH;
    setFont(doc, TYPE.tiny, 'bold');
    doc.text(`Month ${month.month}`, centre, top + 4.2, { align: 'center' });
    setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
    doc.text(month.label, centre, top + 8, { align: 'center' });
  });
  monthGrid(flow, top, top + HEADER_HEIGHT);
  doc.setDrawColor(...COLOUR.nhsBlue);
  doc.setLineWidth(STROKE.rule);
  doc.line(MARGIN.left, top + HEADER_HEIGHT, GRID_RIGHT, top + HEADER_HEIGHT);
  flow.y = top + HEADER_HEIGHT;
}

function drawGroupRow(flow: Flow, title: string): void {
  const { doc } = flow;
  const top = flow.y;
  setFont(doc, TYPE.small, 'bold', COLOUR.nhsBlue);
  doc.text(title, MARGIN.left + 2, top + GROUP_HEIGHT - 2);
  doc.setDrawColor(...COLOUR.border);
  doc.setLineWidth(STROKE.hairline);
  doc.line(MARGIN.left, top + GROUP_HEIGHT, GRID_RIGHT, top + GROUP_HEIGHT);
  flow.y = top + GROUP_HEIGHT;
}

function labelLines(flow: Flow, action: Action): string[] {
  setFont(flow.doc, TYPE.tiny, 'normal');
  const lines = wrap(flow.doc, action.title, LABEL_WIDTH - 4);
  if (lines.length <= MAX_LABEL_LINES) return lines;
  // The full title is in the action plan table; here a long one is shortened to two lines.
  const kept = lines.slice(0, MAX_LABEL_LINES);
  let last = kept[MAX_LABEL_LINES - 1] ?? '';
  while (last.length > 1 && flow.doc.getTextWidth(`${last}…`) > LABEL_WIDTH - 4) last = last.slice(0, -1);
  kept[MAX_LABEL_LINES - 1] = `${last.trimEnd()}…`;
  return kept;
}

function rowHeight(flow: Flow, action: Action | undefined): number {
  if (!action) return 0;
  return Math.max(8, labelLines(flow, action).length * lineHeight(TYPE.tiny) + 3);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Horizontal position of the end of a day inside the plan (months are drawn equally wide). */
function dateX(context: PdfContext, date: string): number | null {
  const month = monthOfDate(date, context.assessment.planStart);
  const info = month === null ? undefined : context.months[month - 1];
  if (month === null || !info) return null;
  const elapsed = dayNumber(date) - dayNumber(info.start) + 1;
  const length = dayNumber(info.end) - dayNumber(info.start) + 1;
  return GRID_LEFT + (month - 1 + elapsed / length) * MONTH_WIDTH;
}

function drawActionRow(flow: Flow, context: PdfContext, action: Action, status: ProgressStatus, height: number): void {
  const { doc } = flow;
  const top = flow.y;
  const lines = labelLines(flow, action);
  setFont(doc, TYPE.tiny, 'normal');
  const textTop = top + (height - lines.length * lineHeight(TYPE.tiny)) / 2;
  lines.forEach((line, i) => {
    doc.text(line, MARGIN.left + 2, textTop + i * lineHeight(TYPE.tiny) + baselineOffset(TYPE.tiny) - 0.4);
  });
  monthGrid(flow, top, top + height);

  const start = GRID_LEFT + (Math.min(6, Math.max(1, action.startMonth)) - 1) * MONTH_WIDTH;
  const dueX = dateX(context, action.dueDate);
  const end = Math.max(start + 2, dueX ?? GRID_RIGHT);
  const barTop = top + (height - BAR_HEIGHT) / 2;
  const style = BAR_STYLE[status] ?? BAR_STYLE['not-started'];
  doc.setFillColor(...style.fill);
  doc.setDrawColor(...style.outline);
  doc.setLineWidth(STROKE.rule);
  doc.rect(start, barTop, end - start, BAR_HEIGHT, 'FD');

  const due =
    dueX === null
      ? `due ${formatDateLong(action.dueDate)}, outside the plan`
      : `due ${dateShort(action.dueDate).replace(/ \d{4}$/, '')}`;
  const label = `${statusWords(status)} · ${due}`;
  setFont(doc, TYPE.tiny - 1, 'normal');
  const width = doc.getTextWidth(label);
  const baseline = barTop + BAR_HEIGHT / 2 + 0.9;
  if (end + 1.5 + width <= GRID_RIGHT - 1) {
    setFont(doc, TYPE.tiny - 1, 'normal', COLOUR.text);
    doc.text(label, end + 1.5, baseline);
  } else if (end - start >= width + 3) {
    setFont(doc, TYPE.tiny - 1, 'normal', style.text);
    doc.text(label, start + 1.5, baseline);
  } else {
    setFont(doc, TYPE.tiny - 1, 'normal', COLOUR.text);
    doc.text(label, start - 1.5, baseline, { align: 'right' });
  }

  doc.setDrawColor(...COLOUR.border);
  doc.setLineWidth(STROKE.hairline);
  doc.line(MARGIN.left, top + height, GRID_RIGHT, top + height);
  flow.y = top + height;
}
