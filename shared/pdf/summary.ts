/**
 * The one-page summary: overall readiness now and in six months, the radar chart of all eight
 * areas, the top priorities and the evidence gaps.
 */
import { drawRadar, drawRadarLegend } from './charts';
import type { PdfContext } from './context';
import { type Flow, fillStyle, setFont } from './flow';
import { COLOUR, CONTENT_WIDTH, MARGIN, PAGE, SPACE, TYPE } from './layout';

/** How many of the highest-ranked areas the summary names as priorities. */
const TOP_PRIORITIES = 4;

export function drawSummary(flow: Flow, context: PdfContext): void {
  flow.newPage();
  flow.heading('Summary', 1);
  const { readiness, coverage } = context.report;
  if (readiness.sentence) {
    flow.paragraph(`${readiness.sentence} The plan covers ${coverage.sentence}.`, { weight: 'bold' });
  }
  drawHeadline(flow, context);
  drawRadarSection(flow, context);
  drawTopPriorities(flow, context);
  drawEvidenceGaps(flow, context);
}

/** "Overall readiness: Developing — 1.8 of 4 now; six-month target 2.9 (Developing)." */
export function overallSentence(context: PdfContext): string {
  return context.report.sentences.overall;
}

function drawHeadline(flow: Flow, context: PdfContext): void {
  const { doc } = flow;
  const overall = context.report.overall;
  const boxes = [
    {
      label: 'Now',
      value: overall.current.value === null ? 'Not assessed' : `${overall.current.shown} of 4`,
      detail: overall.current.value === null ? '' : `${overall.current.words} · ${overall.current.percent}%`,
    },
    {
      label: 'Six-month target',
      value: overall.target.value === null ? 'Not set' : `${overall.target.shown} of 4`,
      detail: overall.target.value === null ? '' : `${overall.target.words} · ${overall.target.percent}%`,
    },
    {
      label: 'Gap to close',
      value: overall.gap.value === null ? '—' : `${overall.gap.signed} levels`,
      detail: overall.gap.words,
    },
  ];
  const gutter = 5;
  const width = (CONTENT_WIDTH - gutter * (boxes.length - 1)) / boxes.length;
  const height = 20;
  const top = flow.y;
  boxes.forEach((box, i) => {
    const x = MARGIN.left + i * (width + gutter);
    doc.setFillColor(...COLOUR.paleGrey);
    doc.rect(x, top, width, height, 'F');
    fillStyle(doc, i === 1 ? COLOUR.darkGrey : COLOUR.nhsBlue);
    doc.rect(x, top, 1.2, height, 'F');
    setFont(doc, TYPE.small, 'bold', COLOUR.secondaryText);
    doc.text(box.label, x + 5, top + 5.5);
    setFont(doc, TYPE.h2 + 2, 'bold');
    doc.text(box.value, x + 5, top + 12.5);
    setFont(doc, TYPE.small, 'normal');
    doc.text(box.detail, x + 5, top + 17.2);
  });
  flow.y = top + height + SPACE.m;

  flow.paragraph(overallSentence(context), { weight: 'bold' });
  const previous = context.previous;
  const comparison = context.report.comparison;
  if (previous && comparison.kind === 'compared') {
    const before = comparison.overall;
    flow.paragraph(
      before.value === null
        ? `The last assessment, on ${comparison.date}, had no overall score.`
        : `At the last assessment, on ${comparison.date}, overall readiness was ` +
            `${before.shown} of 4 (${before.words}).`,
    );
  }
}

function drawRadarSection(flow: Flow, context: PdfContext): void {
  const radius = 29;
  const labelRoom = 11;
  const height = 2 * (radius * 1.125 + labelRoom) + 9;
  flow.heading('Now and six-month target, by area', 2, height);
  const cy = flow.y + radius * 1.125 + labelRoom;
  drawRadar(
    flow.doc,
    context.report.areas.map((area) => ({
      label: area.title,
      current: area.current.value,
      target: area.target.value,
      currentShown: area.current.shown,
      targetShown: area.target.shown,
    })),
    { cx: PAGE.width / 2, cy, radius, labelWidth: 38 },
  );
  flow.y = cy + radius * 1.125 + labelRoom;
  const legendWidth = 110;
  drawRadarLegend(flow.doc, PAGE.width / 2 - legendWidth / 2, flow.y + 1);
  flow.y += 4;
}

function drawTopPriorities(flow: Flow, context: PdfContext): void {
  const top = context.report.priorities.slice(0, TOP_PRIORITIES);
  flow.heading('Top priorities for the next six months', 2, 30);
  if (top.length === 0) {
    flow.paragraph(context.report.sentences.noPriorities);
    return;
  }
  flow.table({
    head: [['Priority', 'Area', 'Now → target', 'Gap', 'Importance']],
    body: top.map((area) => [
      area.rankShown,
      { content: area.title, styles: { fontStyle: 'bold' } },
      `${area.current.shown} → ${area.target.shown}`,
      `${area.gap.words} (${area.gap.signed})`,
      area.importanceWords,
    ]),
    columnStyles: {
      0: { cellWidth: 17, halign: 'center' },
      2: { cellWidth: 28 },
      3: { cellWidth: 38 },
      4: { cellWidth: 22 },
    },
  });
  flow.space(-SPACE.s);
}

function drawEvidenceGaps(flow: Flow, context: PdfContext): void {
  const { sentences, evidenceGaps } = context.report;
  flow.heading('Evidence', 2, 12);
  flow.paragraph(
    evidenceGaps.length === 0
      ? `${sentences.counts} ${sentences.evidence}`
      : `${sentences.counts} ${sentences.evidence} They are listed under "Areas at a glance".`,
  );
}
