/**
 * The one-page summary: overall readiness now and in six months, the radar chart of all eight
 * areas, the top priorities and the evidence gaps.
 */
import { formatDateLong } from '../dates';
import { IMPORTANCE_NAMES } from '../domain';
import { findArea } from '../framework';
import { formatLevel, gapLabel, levelLabel } from '../scoring';
import { drawRadar, drawRadarLegend } from './charts';
import type { PdfContext } from './context';
import { type Flow, fillStyle, setFont } from './flow';
import { COLOUR, CONTENT_WIDTH, MARGIN, PAGE, SPACE, TYPE } from './layout';
import { count, joinWords, signedGap } from './words';

/** How many of the highest-ranked areas the summary names as priorities. */
const TOP_PRIORITIES = 4;

export function drawSummary(flow: Flow, context: PdfContext): void {
  flow.newPage();
  flow.heading('Summary', 1);
  drawHeadline(flow, context);
  drawRadarSection(flow, context);
  drawTopPriorities(flow, context);
  drawEvidenceGaps(flow, context);
}

/** "Developing — 1.8 of 4 now; target 2.9 (Developing)". */
export function overallSentence(context: PdfContext): string {
  const { current, target } = context.scores.overall;
  if (current === null) return 'No question has been answered with a level yet, so there is no overall score.';
  return (
    `Overall readiness: ${levelLabel(current)} — ${formatLevel(current)} of 4 now; ` +
    `six-month target ${formatLevel(target)} (${levelLabel(target)}).`
  );
}

function drawHeadline(flow: Flow, context: PdfContext): void {
  const { doc } = flow;
  const overall = context.scores.overall;
  const boxes = [
    {
      label: 'Now',
      value: overall.current === null ? 'Not assessed' : `${formatLevel(overall.current)} of 4`,
      detail: overall.current === null ? '' : `${levelLabel(overall.current)} · ${overall.percentCurrent}%`,
    },
    {
      label: 'Six-month target',
      value: overall.target === null ? 'Not set' : `${formatLevel(overall.target)} of 4`,
      detail: overall.target === null ? '' : `${levelLabel(overall.target)} · ${overall.percentTarget}%`,
    },
    {
      label: 'Gap to close',
      value: overall.gap === null ? '—' : `${signedGap(overall.gap)} levels`,
      detail: gapLabel(overall.gap),
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
  if (previous) {
    const before = previous.scores.overall.current;
    flow.paragraph(
      before === null
        ? `The last assessment, on ${formatDateLong(previous.assessment.assessmentDate)}, had no overall score.`
        : `At the last assessment, on ${formatDateLong(previous.assessment.assessmentDate)}, overall readiness was ` +
            `${formatLevel(before)} of 4 (${levelLabel(before)}).`,
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
    context.framework.areas.map((area) => {
      const score = context.areaScore(area.id);
      return { label: area.title, current: score?.current ?? null, target: score?.target ?? null };
    }),
    { cx: PAGE.width / 2, cy, radius, labelWidth: 38 },
  );
  flow.y = cy + radius * 1.125 + labelRoom;
  const legendWidth = 110;
  drawRadarLegend(flow.doc, PAGE.width / 2 - legendWidth / 2, flow.y + 1);
  flow.y += 4;
}

function drawTopPriorities(flow: Flow, context: PdfContext): void {
  const top = context.rankedAreas.filter(({ score }) => score.priority > 0).slice(0, TOP_PRIORITIES);
  flow.heading('Top priorities for the next six months', 2, 30);
  if (top.length === 0) {
    flow.paragraph(
      context.scores.overall.current === null
        ? 'No area has been scored yet.'
        : 'No area has a gap between where the PCN is now and its six-month target.',
    );
    return;
  }
  flow.table({
    head: [['Priority', 'Area', 'Now → target', 'Gap', 'Importance']],
    body: top.map(({ area, score }) => [
      String(score.rank),
      { content: area.title, styles: { fontStyle: 'bold' } },
      `${formatLevel(score.current)} → ${formatLevel(score.target)}`,
      `${score.gapLabel} (${signedGap(score.gap)})`,
      IMPORTANCE_NAMES[score.importance],
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
  const overall = context.scores.overall;
  const gaps = context.scores.evidenceGaps;
  flow.heading('Evidence', 2, 12);
  const answered =
    `${overall.answered} of ${count(overall.total, 'question')} answered with a level, ` +
    `${overall.dontKnow} "Don't know" and ${overall.unanswered} not answered.`;
  if (gaps.length === 0) {
    flow.paragraph(`${answered} No question was answered "Don't know".`);
    return;
  }
  const areas = [...new Set(gaps.map((gap) => gap.areaId))].map(
    (areaId) => findArea(context.framework, areaId)?.title ?? areaId,
  );
  flow.paragraph(
    `${answered} The "Don't know" answers (in ${joinWords(areas)}) are evidence gaps: not knowing is a ` +
      'finding in itself. They are listed under "Areas at a glance".',
  );
}
