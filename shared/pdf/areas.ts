/**
 * The area section: an "at a glance" page ranking all areas, then a section per area with its
 * scores, the level descriptors for now and target, the PCN's own summary, the question-by-
 * question ratings and, for relationships, the partner organisations.
 */
import type { CellHookData } from 'jspdf-autotable';
import { formatDateLong } from '../dates';
import type { Area, Level } from '../framework/types';
import { LEVEL_NAMES } from '../framework/types';
import type { LevelFigure, ReportArea, ReportQuestion } from '../report';
import { plural } from '../words';
import { drawLevelBar, drawLevelScale } from './charts';
import type { PdfContext } from './context';
import { type Flow, setFont, strokeStyle } from './flow';
import { COLOUR, CONTENT_WIDTH, MARGIN, SPACE, STROKE, TARGET_DASH, TYPE } from './layout';
import { levelWords, partnerKindWords } from './words';

export function drawAreasAtAGlance(flow: Flow, context: PdfContext): void {
  flow.newPage();
  flow.heading('Areas at a glance', 1);
  flow.paragraph(
    'Areas in priority order. Priority is the gap between now and the six-month target multiplied by how ' +
      'important the PCN says the area is. In the bars, the solid part is where the PCN is now and the dashed ' +
      'box runs to the target, marked by a dark line.',
    { colour: COLOUR.secondaryText },
  );

  const previous = context.previous;
  const comparison = context.report.comparison;
  const barColumn = previous ? 6 : 5;
  flow.table(
    {
      head: [
        [
          'Priority',
          'Area',
          'Now',
          'Target',
          'Gap',
          ...(previous ? ['Last time'] : []),
          'Now and target on the 0–4 scale',
        ],
      ],
      body: context.report.ranked.map((area) => {
        const last = comparison.kind === 'compared' ? comparison.areas.get(area.id) : undefined;
        return [
          area.rank === null ? '—' : area.rankShown,
          { content: area.title, styles: { fontStyle: 'bold' } },
          scoreCell(area.current),
          scoreCell(area.target),
          area.noEvidence ? 'Not assessed' : `${area.gap.signed}\n${area.gap.words}`,
          ...(previous ? [last?.kind === 'scored' ? last.current.shown : 'Not assessed'] : []),
          '',
        ];
      }),
      columnStyles: {
        0: { cellWidth: 16, halign: 'center' },
        2: { cellWidth: 22 },
        3: { cellWidth: 22 },
        4: { cellWidth: 25 },
        ...(previous ? { 5: { cellWidth: 15 }, 6: { cellWidth: 30 } } : { 5: { cellWidth: 40 } }),
      },
      bodyStyles: { minCellHeight: 10 },
      didDrawCell: (data: CellHookData) => {
        if (data.section !== 'body' || data.column.index !== barColumn) return;
        const entry = context.report.ranked[data.row.index];
        if (!entry) return;
        const box = { x: data.cell.x + 2, y: data.cell.y + 2.6, width: data.cell.width - 4, height: 3.6 };
        drawLevelBar(flow.doc, box, entry.current.value, entry.target.value);
      },
    },
    'Areas at a glance',
  );
  if (previous) {
    flow.paragraph(
      `"Last time" is the area's score at the previous assessment, on ${formatDateLong(previous.assessment.assessmentDate)}.`,
      { size: TYPE.small, colour: COLOUR.secondaryText },
    );
  }

  const gaps = context.report.evidenceGaps;
  if (gaps.length > 0) {
    const table = flow.prepareTable(
      {
        head: [['Area', 'Question', 'Notes']],
        body: gaps.map((gap) => {
          const question = context.report.question(gap.questionId);
          return [
            context.report.area(gap.areaId)?.title ?? gap.areaId,
            question?.text ?? gap.questionId,
            question?.notes ?? '',
          ];
        }),
        columnStyles: { 0: { cellWidth: 36 }, 1: { cellWidth: 80 } },
      },
      'Evidence gaps',
    );
    flow.heading('Evidence gaps: questions answered "Don\'t know"', 2, table.keep);
    flow.drawTable(table);
  }
}

function scoreCell(figure: LevelFigure): string {
  return figure.value === null ? 'Not assessed' : `${figure.shown}\n${figure.words}`;
}

/**
 * Room an area's opening needs (title, purpose, scores, level descriptors) for it to start on
 * the current page rather than the next.
 */
const AREA_OPENING = 120;

/**
 * The areas one after another, in framework order. An area starts on a new page when its
 * opening would not fit on the current one; the sections flow on otherwise, which keeps the
 * document about a third shorter than a page (or two) per area.
 */
export function drawAreaPages(flow: Flow, context: PdfContext): void {
  const total = context.framework.areas.length;
  flow.newPage();
  context.framework.areas.forEach((area, index) => {
    const reported = context.report.area(area.id);
    if (!reported) return;
    if (index > 0) {
      flow.space(SPACE.l);
      flow.ensure(AREA_OPENING);
    }
    drawAreaSection(flow, context, area, reported, `Area ${index + 1} of ${total}`);
  });
  flow.section = null;
}

function drawAreaSection(flow: Flow, context: PdfContext, area: Area, score: ReportArea, overline: string): void {
  const { doc } = flow;
  flow.section = null;
  flow.text(overline.toUpperCase(), { size: TYPE.small, weight: 'bold', colour: COLOUR.nhsBlue });
  flow.space(SPACE.xs);
  flow.heading(area.title, 1);
  flow.paragraph(area.purpose, { colour: COLOUR.secondaryText });

  flow.section = area.title;
  drawAreaStats(flow, context, score);

  const bar = { x: MARGIN.left, y: flow.y, width: CONTENT_WIDTH, height: 4.5 };
  drawLevelBar(doc, bar, score.current.value, score.target.value);
  setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
  drawLevelScale(doc, bar, flow.y + bar.height + 4);
  flow.y += bar.height + 5;
  setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
  for (let level = 0 as Level; level <= 4; level = (level + 1) as Level) {
    const x = MARGIN.left + (CONTENT_WIDTH * level) / 4;
    doc.text(LEVEL_NAMES[level], x, flow.y + 3, { align: level === 0 ? 'left' : level === 4 ? 'right' : 'center' });
  }
  flow.y += SPACE.l;

  drawDescriptors(flow, area, score);

  const areaResponse = context.assessment.areaResponses.find((response) => response.areaId === area.id);
  const summary = areaResponse?.summary.trim() ?? '';
  if (summary !== '') {
    flow.heading("The PCN's view", 2, 12);
    flow.paragraph(summary);
  }

  drawQuestionTable(flow, score);
  if (area.tracksPartners) drawPartnerTable(flow, context);
}

function drawAreaStats(flow: Flow, context: PdfContext, area: ReportArea): void {
  const { doc } = flow;
  const stats = [
    { label: 'Now', value: numberOrDash(area.current), detail: area.current.words },
    { label: 'Six-month target', value: numberOrDash(area.target), detail: area.target.words },
    { label: 'Gap', value: area.gap.signed, detail: area.gap.words },
    {
      label: 'Priority',
      value: area.rank === null ? '—' : `${area.rank} of ${context.report.areas.length}`,
      detail: `${area.importanceWords} importance`,
    },
  ];
  const gutter = 4;
  const width = (CONTENT_WIDTH - gutter * (stats.length - 1)) / stats.length;
  const height = 17;
  flow.ensure(height + 20);
  const top = flow.y;
  stats.forEach((stat, i) => {
    const x = MARGIN.left + i * (width + gutter);
    doc.setFillColor(...COLOUR.paleGrey);
    doc.rect(x, top, width, height, 'F');
    setFont(doc, TYPE.tiny, 'bold', COLOUR.secondaryText);
    doc.text(stat.label, x + 3, top + 4.8);
    setFont(doc, TYPE.h2, 'bold');
    doc.text(stat.value, x + 3, top + 10.6);
    setFont(doc, TYPE.tiny, 'normal');
    doc.text(stat.detail, x + 3, top + 14.6);
  });
  flow.y = top + height + SPACE.m;
  const actions = context.report.actions.filter((action) => action.areaId === area.id).length;
  const { counts: c } = area;
  const counts =
    `${c.answered} of ${c.total} questions answered with a level` +
    (c.dontKnow > 0 ? `; ${c.dontKnow} "Don't know"` : '') +
    (c.unanswered > 0 ? `; ${c.unanswered} not answered` : '') +
    `. ${plural(actions, 'action')} in the six-month plan.`;
  flow.paragraph(counts, { size: TYPE.small, colour: COLOUR.secondaryText });
}

function numberOrDash(figure: LevelFigure): string {
  return figure.value === null ? '—' : figure.shown;
}

/** Quotes what the level reached now, and the target level, look like in this area. */
function drawDescriptors(flow: Flow, area: Area, score: ReportArea): void {
  if (score.current.value === null || score.target.value === null) return;
  flow.heading('What the levels look like', 2, 24);
  const now = score.current.level as Level;
  const target = score.target.level as Level;
  const blocks =
    now === target
      ? [{ label: `Now and target: level ${now}, ${LEVEL_NAMES[now]}`, level: now, dashed: false }]
      : [
          { label: `Now: level ${now}, ${LEVEL_NAMES[now]}`, level: now, dashed: false },
          { label: `Six-month target: level ${target}, ${LEVEL_NAMES[target]}`, level: target, dashed: true },
        ];
  for (const block of blocks) {
    const inset = 5;
    const text = area.levels[block.level];
    const height =
      flow.measure(block.label, { size: TYPE.small, weight: 'bold', x: MARGIN.left + inset }) +
      flow.measure(text, { x: MARGIN.left + inset });
    flow.ensure(height + 2);
    const top = flow.y;
    flow.text(block.label, { size: TYPE.small, weight: 'bold', colour: COLOUR.secondaryText, x: MARGIN.left + inset });
    flow.text(text, { x: MARGIN.left + inset });
    const doc = flow.doc;
    strokeStyle(doc, block.dashed ? COLOUR.darkGrey : COLOUR.nhsBlue, STROKE.accent);
    if (block.dashed) doc.setLineDashPattern([...TARGET_DASH], 0);
    doc.line(MARGIN.left + 1, top + 0.5, MARGIN.left + 1, flow.y);
    doc.setLineDashPattern([], 0);
    flow.space(SPACE.s);
  }
  flow.space(SPACE.xs);
}

function questionCell(q: ReportQuestion): string {
  const lines = [q.text];
  if (q.currentAnchor) lines.push(`Now: ${q.currentAnchor}`);
  if (q.targetAnchor) lines.push(`In six months: ${q.targetAnchor}`);
  return lines.join('\n');
}

function drawQuestionTable(flow: Flow, area: ReportArea): void {
  const table = flow.prepareTable(
    {
      head: [['Question', 'Now', 'Target', 'Gap', 'Notes']],
      // From framework 2026.2 the question's own words for the levels chosen print under it.
      body: area.questions.map((q) => [questionCell(q), q.currentShown, q.targetShown, q.gapShown, q.notes]),
      columnStyles: {
        0: { cellWidth: 54 },
        1: { cellWidth: 24 },
        2: { cellWidth: 24 },
        3: { cellWidth: 10, halign: 'center' },
      },
    },
    `${area.title}: questions`,
  );
  flow.heading('Questions', 2, table.keep);
  flow.drawTable(table);
}

function drawPartnerTable(flow: Flow, context: PdfContext): void {
  const partners = context.assessment.partners;
  if (partners.length === 0) {
    flow.heading('Partner organisations', 2, 12);
    flow.paragraph('No partner organisations have been recorded.');
    return;
  }
  const table = flow.prepareTable(
    {
      head: [['Organisation', 'Type', 'Contact', 'Strength', 'Notes']],
      body: partners.map((partner) => [
        partner.name,
        partnerKindWords(partner.kind),
        partner.contact,
        levelWords(partner.strength, 'Not rated'),
        partner.notes,
      ]),
      columnStyles: { 0: { cellWidth: 44 }, 1: { cellWidth: 26 }, 2: { cellWidth: 30 }, 3: { cellWidth: 23 } },
    },
    'Partner organisations',
  );
  flow.heading('Partner organisations', 2, table.keep);
  flow.drawTable(table);
}
