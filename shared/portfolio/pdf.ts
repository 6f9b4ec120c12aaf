/**
 * The roll-up PDF for an ICB board: A4, vector charts, every chart with its table, and a method
 * page. Built from a PortfolioView (aggregate.ts) with jsPDF and the same page flow, fonts and
 * house style as the PCN's own PDF (shared/pdf/).
 */
import { jsPDF } from 'jspdf';
import { formatDateLong, isIsoDate } from '../dates';
import { Flow, fillStyle, setFont, strokeStyle } from '../pdf/flow';
import { addDejaVuSans, memoiseMeasurement } from '../pdf/fonts';
import type { PdfFonts } from '../pdf/index';
import { COLOUR, CONTENT_WIDTH, FRAME, MARGIN, PAGE, type Rgb, SPACE, STROKE, TYPE } from '../pdf/layout';
import { formatLevel, levelLabel } from '../scoring';
import { plural as count, formatNumber } from '../words';
import { LEVEL_WORDS, levelIndex, PORTFOLIO_METHOD, type PortfolioView, pcnArea } from './aggregate';
import { ROUTES_RULE } from './facts';
import { drawGrid, type GridColumn, nameLines } from './pdf-grid';

export const ROLLUP_TITLE = 'Neighbourhood readiness across PCNs';

/** Heat-map shading by level; the level is always printed in the cell too. */
export const LEVEL_FILL: readonly Rgb[] = [
  [253, 236, 234],
  [255, 244, 214],
  [232, 241, 250],
  [198, 222, 245],
  [166, 205, 240],
];

export function scoreCell(score: number | null): string {
  return score === null ? 'Not assessed' : `${formatLevel(score)}\n${levelLabel(score)}`;
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}

/** The sentence every output uses for how many PCNs sent a plan. */
export function sentSentence(view: PortfolioView): string {
  const { sent, complete, drafts, inDirectory } = view.counts;
  const of = inDirectory !== null ? ` of the ${formatNumber(inDirectory)} PCNs in the NHS directory for this area` : '';
  return `${formatNumber(sent)} PCNs sent a plan${of}: ${formatNumber(complete)} complete and ${formatNumber(drafts)} ${drafts === 1 ? 'draft' : 'drafts'}.`;
}

export function populationSentence(view: PortfolioView): string {
  const { covered, total } = view.population;
  if (total === null)
    return `The PCNs that sent a plan cover ${formatNumber(covered)} registered patients (no NHS directory imported, so the total is not known).`;
  return `The PCNs that sent a plan cover ${formatNumber(covered)} of ${formatNumber(total)} registered patients (${percent(covered, total)}).`;
}

export function versionSentence(view: PortfolioView): string {
  if (view.versions.length <= 1) {
    return view.versions[0] ? `All assessments use framework ${view.versions[0].version}.` : 'No assessments yet.';
  }
  const parts = view.versions.map((v) => `${formatNumber(v.count)} used framework ${v.version}`);
  return `${parts.join(' and ')}. Areas and overall readiness are compared across versions; questions only within the same version.`;
}

/** A chart's row label in up to two lines, centred on the row's middle. */
function chartLabel(doc: jsPDF, text: string, width: number, middle: number, bold: boolean): void {
  setFont(doc, TYPE.tiny, bold ? 'bold' : 'normal');
  const lines = (doc.splitTextToSize(text, width) as string[]).slice(0, 2);
  const step = TYPE.tiny * 0.3528 * 1.25;
  lines.forEach((line, i) => {
    doc.text(line, MARGIN.left, middle + 1 + (i - (lines.length - 1) / 2) * step);
  });
}

export interface RollupPdfInput {
  view: PortfolioView;
  generatedOn: string;
}

export function buildRollupPdf(input: RollupPdfInput, fonts: PdfFonts): Uint8Array {
  const { view } = input;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  addDejaVuSans(doc, fonts);
  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
  memoiseMeasurement(doc);
  doc.setDocumentProperties({
    title: `${ROLLUP_TITLE}: ${view.scope}`,
    subject: 'Roll-up of PCN readiness assessments for an ICB board',
    creator: 'Neighbourhood Ready',
  });
  doc.setLanguage('en-GB');
  if (isIsoDate(input.generatedOn)) doc.setCreationDate(new Date(`${input.generatedOn}T12:00:00Z`));

  const flow = new Flow(doc);
  drawSummary(flow, input);
  drawSpread(flow, view);
  drawHeatMap(flow, view);
  drawRoutes(flow, view);
  drawSharedGaps(flow, view);
  drawActions(flow, view);
  drawPopulation(flow, view);
  drawMethod(flow);
  drawFrames(doc, view.scope);
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawSummary(flow: Flow, { view, generatedOn }: RollupPdfInput): void {
  flow.heading(ROLLUP_TITLE, 1);
  flow.paragraph(`${view.scope}. Made on ${formatDateLong(generatedOn)} from the assessment files PCNs sent.`, {
    colour: COLOUR.secondaryText,
  });
  const boxes = [
    {
      label: 'PCNs that sent a plan',
      value: formatNumber(view.counts.sent),
      detail: view.counts.inDirectory === null ? '' : `of ${formatNumber(view.counts.inDirectory)} in the directory`,
    },
    {
      label: 'Complete',
      value: formatNumber(view.counts.complete),
      detail: `${formatNumber(view.counts.drafts)} drafts`,
    },
    {
      label: 'Median overall readiness',
      value: view.overallSpread.median === null ? '—' : formatLevel(view.overallSpread.median),
      detail: levelLabel(view.overallSpread.median),
    },
  ];
  const { doc } = flow;
  const gutter = 5;
  const width = (CONTENT_WIDTH - gutter * 2) / 3;
  const top = flow.y;
  boxes.forEach((b, i) => {
    const x = MARGIN.left + i * (width + gutter);
    fillStyle(doc, COLOUR.paleBlue);
    doc.rect(x, top, width, 22, 'F');
    setFont(doc, TYPE.small, 'bold', COLOUR.secondaryText);
    doc.text(b.label, x + 3, top + 5);
    setFont(doc, 16, 'bold');
    doc.text(b.value, x + 3, top + 13);
    setFont(doc, TYPE.small, 'normal', COLOUR.secondaryText);
    doc.text(b.detail, x + 3, top + 18.5);
  });
  flow.y = top + 22 + SPACE.m;
  flow.paragraph(sentSentence(view));
  flow.paragraph(populationSentence(view));
  flow.paragraph(versionSentence(view));
  if (view.counts.notInDirectory > 0) {
    flow.paragraph(
      `${count(view.counts.notInDirectory, 'PCN')} could not be found in the NHS directory (no PCN code, or a code the directory does not list), so ${view.counts.notInDirectory === 1 ? 'it is' : 'they are'} not placed in an ICB or sub-ICB.`,
    );
  }
  flow.heading('Shared gaps at a glance', 2);
  for (const g of view.sharedGaps.areas.slice(0, 3)) {
    flow.paragraph(
      `${g.title}: ${formatNumber(g.withGap)} of ${formatNumber(g.n)} PCNs (${percent(g.withGap, g.n)}) aim to rise by a level or more.`,
    );
  }
}

/** Box plots of each area on the 0–4 scale. */
function drawSpread(flow: Flow, view: PortfolioView): void {
  flow.newPage();
  flow.heading('Spread of scores per area', 1);
  flow.paragraph(
    'Each line runs from the lowest to the highest PCN score; the box holds the middle half of PCNs (lower to upper quartile) and the bar in it is the median. The table gives the same figures.',
  );
  const { doc } = flow;
  const rows = [...view.spread, view.overallSpread];
  const labelWidth = 52;
  const x0 = MARGIN.left + labelWidth;
  const width = CONTENT_WIDTH - labelWidth - 4;
  const rowHeight = 8;
  const scale = (v: number) => x0 + (width * v) / 4;
  flow.ensure(rows.length * rowHeight + 14);
  const top = flow.y;
  setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
  for (let level = 0; level <= 4; level += 1) {
    strokeStyle(doc, COLOUR.border, STROKE.hairline);
    doc.line(scale(level), top, scale(level), top + rows.length * rowHeight);
    doc.text(String(level), scale(level), top + rows.length * rowHeight + 4, { align: 'center' });
  }
  rows.forEach((s, i) => {
    const y = top + i * rowHeight;
    const mid = y + rowHeight / 2;
    chartLabel(doc, s.title, labelWidth - 3, mid, i === rows.length - 1);
    if (s.min === null || s.max === null || s.q1 === null || s.q3 === null || s.median === null) return;
    strokeStyle(doc, COLOUR.darkGrey, STROKE.rule);
    doc.line(scale(s.min), mid, scale(s.max), mid);
    doc.line(scale(s.min), mid - 1.5, scale(s.min), mid + 1.5);
    doc.line(scale(s.max), mid - 1.5, scale(s.max), mid + 1.5);
    fillStyle(doc, COLOUR.paleBlue);
    strokeStyle(doc, COLOUR.nhsBlue, STROKE.rule);
    doc.rect(scale(s.q1), mid - 2.5, Math.max(scale(s.q3) - scale(s.q1), 0.4), 5, 'FD');
    strokeStyle(doc, COLOUR.darkBlue, STROKE.chart + 0.3);
    doc.line(scale(s.median), mid - 2.8, scale(s.median), mid + 2.8);
  });
  setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
  doc.text(LEVEL_WORDS.map((w, i) => `${i} ${w}`).join(' · '), x0, top + rows.length * rowHeight + 8.5);
  flow.y = top + rows.length * rowHeight + 13;
  flow.table({
    head: [['Area', 'PCNs scored', 'Lowest', 'Lower quartile', 'Median', 'Upper quartile', 'Highest']],
    body: rows.map((s) => [
      s.title,
      formatNumber(s.n),
      formatLevel(s.min),
      formatLevel(s.q1),
      s.median === null ? 'Not assessed' : `${formatLevel(s.median)} ${levelLabel(s.median)}`,
      formatLevel(s.q3),
      formatLevel(s.max),
    ]),
    columnStyles: { 0: { cellWidth: 50 } },
  });
  flow.heading('PCNs at each level', 2);
  flow.table({
    head: [['Area', ...LEVEL_WORDS.map((w, i) => `${i} ${w}`), 'Not assessed']],
    body: rows.map((s) => [s.title, ...s.byLevel.map((n) => formatNumber(n)), formatNumber(s.notAssessed)]),
    columnStyles: { 0: { cellWidth: 50 } },
  });
}

function drawHeatMap(flow: Flow, view: PortfolioView): void {
  flow.newPage();
  flow.heading('PCNs by area: the heat map', 1);
  flow.paragraph(
    'PCNs ranked by overall readiness. Each cell gives the area score and its level in words; the shading follows the level, from pale red (Not started) to blue (Thriving), and never carries meaning on its own.',
  );
  const ranked = view.ranking.overall;
  const unranked = view.pcns.filter((p) => p.overall === null);
  const { doc } = flow;
  const areaWidth = (CONTENT_WIDTH - 8 - 36 - 14) / Math.max(view.areas.length, 1);
  const columns: GridColumn[] = [
    { title: 'Rank', width: 8 },
    { title: 'PCN', width: 36 },
    { title: 'Overall', width: 14, align: 'center', bold: true },
    ...view.areas.map((a) => ({
      title: a.title,
      width: areaWidth,
      align: 'center' as const,
      bold: true,
      upright: true,
    })),
  ];
  const cell = (score: number | null) => (score === null ? ['Not assessed'] : [formatLevel(score), levelLabel(score)]);
  const fill = (score: number | null) => (score === null ? null : (LEVEL_FILL[levelIndex(score)] ?? null));
  const rows = [
    ...ranked.map((r) => ({ rank: `${r.rank}${r.tied ? '=' : ''}`, pcn: r.pcn })),
    ...unranked.map((pcn) => ({ rank: '—', pcn })),
  ].map(({ rank, pcn }) => {
    const scores = [pcn.overall, ...view.areas.map((a) => pcnArea(pcn, a.areaId)?.current ?? null)];
    return {
      cells: [
        [rank],
        nameLines(doc, `${pcn.pcnName}${pcn.status === 'complete' ? '' : ' (draft)'}`, 36),
        ...scores.map(cell),
      ],
      fills: [null, null, ...scores.map(fill)],
    };
  });
  drawGrid(flow, columns, rows, 'PCNs by area');
}

function drawRoutes(flow: Flow, view: PortfolioView): void {
  flow.newPage();
  flow.heading('Readiness for the neighbourhood-provider routes', 1);
  flow.paragraph(ROUTES_RULE);
  const notRanked = view.pcns.length - view.ranking.routes.length;
  if (notRanked > 0)
    flow.paragraph(
      `${count(notRanked, 'PCN')} without a score in both areas ${notRanked === 1 ? 'is' : 'are'} not ranked.`,
    );
  const score = (x: number | null) => (x === null ? ['Not assessed'] : [`${formatLevel(x)} ${levelLabel(x)}`]);
  const area = (p: PortfolioView['pcns'][number], id: string) => pcnArea(p, id)?.current ?? null;
  const width = (CONTENT_WIDTH - 12 - 58) / 4;
  drawGrid(
    flow,
    [
      { title: 'Rank', width: 12 },
      { title: 'PCN', width: 58 },
      { title: 'Routes readiness', width, bold: true },
      { title: 'Leadership', width },
      { title: 'Governance', width },
      { title: 'Overall', width },
    ],
    view.ranking.routes.map((r) => ({
      cells: [
        [`${r.rank}${r.tied ? '=' : ''}`],
        nameLines(flow.doc, r.pcn.pcnName, 58),
        score(r.value),
        score(area(r.pcn, 'leadership')),
        score(area(r.pcn, 'governance')),
        score(r.pcn.overall),
      ],
    })),
    'Routes readiness',
  );
}

function drawSharedGaps(flow: Flow, view: PortfolioView): void {
  flow.newPage();
  flow.heading('The gaps most PCNs share', 1);
  flow.paragraph('A gap is shared when a PCN’s six-month target is one level or more above where it is now.');
  const { doc } = flow;
  const rows = view.sharedGaps.areas;
  const labelWidth = 52;
  const x0 = MARGIN.left + labelWidth;
  const width = CONTENT_WIDTH - labelWidth - 20;
  const rowHeight = 8;
  flow.ensure(rows.length * rowHeight + 6);
  const top = flow.y;
  rows.forEach((g, i) => {
    const y = top + i * rowHeight;
    const share = g.n > 0 ? g.withGap / g.n : 0;
    chartLabel(doc, g.title, labelWidth - 3, y + 4, false);
    fillStyle(doc, COLOUR.paleGrey);
    doc.rect(x0, y + 2, width, 4, 'F');
    fillStyle(doc, COLOUR.nhsBlue);
    if (share > 0) doc.rect(x0, y + 2, width * share, 4, 'F');
    setFont(doc, TYPE.small, 'bold');
    doc.text(percent(g.withGap, g.n), x0 + width + 2, y + 5);
  });
  flow.y = top + rows.length * rowHeight + SPACE.m;
  flow.table({
    head: [['Area', 'PCNs with the gap', 'PCNs scored', 'Share']],
    body: rows.map((g) => [g.title, formatNumber(g.withGap), formatNumber(g.n), percent(g.withGap, g.n)]),
  });
  flow.heading('Questions with the most shared gaps', 2);
  flow.table({
    head: [['Question', 'Framework', 'PCNs with the gap', 'PCNs answered', '“Don’t know”']],
    body: view.sharedGaps.questions.map((q) => [
      q.text,
      q.frameworkVersion,
      formatNumber(q.withGap),
      formatNumber(q.n),
      formatNumber(q.dontKnow),
    ]),
    styles: { fontSize: TYPE.tiny },
    columnStyles: { 0: { cellWidth: 90 } },
  });
}

function drawActions(flow: Flow, view: PortfolioView): void {
  flow.newPage();
  flow.heading('Actions by area and month', 1);
  flow.paragraph(
    `${formatNumber(view.actions.total)} actions in the plans of ${formatNumber(view.actions.pcnsWithActions)} PCNs, by the area they address and the month of the six-month plan in which they start.`,
  );
  const { doc } = flow;
  const months = [0, 1, 2, 3, 4, 5].map((m) => view.actions.byArea.reduce((t, a) => t + (a.months[m] ?? 0), 0));
  const most = Math.max(1, ...months);
  const chartHeight = 40;
  const barWidth = CONTENT_WIDTH / 6 - 8;
  flow.ensure(chartHeight + 12);
  const top = flow.y;
  months.forEach((n, i) => {
    const x = MARGIN.left + i * (CONTENT_WIDTH / 6) + 4;
    const h = (chartHeight * n) / most;
    fillStyle(doc, COLOUR.nhsBlue);
    doc.rect(x, top + chartHeight - h, barWidth, h, 'F');
    setFont(doc, TYPE.small, 'bold');
    doc.text(formatNumber(n), x + barWidth / 2, top + chartHeight - h - 1.5, { align: 'center' });
    setFont(doc, TYPE.small, 'normal', COLOUR.secondaryText);
    doc.text(`Month ${i + 1}`, x + barWidth / 2, top + chartHeight + 4.5, { align: 'center' });
  });
  strokeStyle(doc, COLOUR.darkGrey, STROKE.hairline);
  doc.line(MARGIN.left, top + chartHeight, MARGIN.left + CONTENT_WIDTH, top + chartHeight);
  flow.y = top + chartHeight + 10;
  flow.table({
    head: [['Area', 'Month 1', 'Month 2', 'Month 3', 'Month 4', 'Month 5', 'Month 6', 'Total']],
    body: [
      ...view.actions.byArea.map((a) => [a.title, ...a.months.map((n) => formatNumber(n)), formatNumber(a.total)]),
      ['All areas', ...months.map((n) => formatNumber(n)), formatNumber(view.actions.total)],
    ],
    columnStyles: { 0: { cellWidth: 50 } },
  });
}

function drawPopulation(flow: Flow, view: PortfolioView): void {
  flow.newPage();
  flow.heading('Plans sent and population covered', 1);
  flow.paragraph(sentSentence(view));
  flow.paragraph(populationSentence(view));
  if (view.population.rows.length === 0) {
    flow.paragraph(
      'Import the NHS directory (on a PCN’s profile step) to see PCN counts and patients by ICB and sub-ICB location.',
    );
    return;
  }
  flow.table(
    {
      head: [['ICB', 'Sub-ICB location', 'PCNs', 'Sent a plan', 'Registered patients', 'Covered by plans', 'Share']],
      body: view.population.rows.map((r) => [
        r.icb,
        r.subIcb ?? 'Not given',
        formatNumber(r.pcnsInDirectory),
        formatNumber(r.pcnsSent),
        formatNumber(r.population),
        formatNumber(r.covered),
        percent(r.covered, r.population),
      ]),
      styles: { fontSize: TYPE.tiny },
      columnStyles: { 0: { cellWidth: 42 }, 1: { cellWidth: 42 } },
    },
    'Population covered',
  );
}

function drawMethod(flow: Flow): void {
  flow.newPage();
  flow.heading('How these figures are worked out', 1);
  for (const section of PORTFOLIO_METHOD) {
    flow.heading(section.heading, 2);
    for (const p of section.paragraphs) flow.paragraph(p);
  }
  flow.heading('Readiness for the neighbourhood-provider routes', 2);
  flow.paragraph(ROUTES_RULE);
  flow.paragraph(
    'Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England, Patients Registered at a GP Practice).',
    { size: TYPE.small, colour: COLOUR.secondaryText },
  );
}

function drawFrames(doc: jsPDF, scope: string): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
    doc.text(`${ROLLUP_TITLE} · ${scope}`, MARGIN.left, FRAME.headerBaseline);
    strokeStyle(doc, COLOUR.border, STROKE.hairline);
    doc.line(MARGIN.left, FRAME.headerRule, PAGE.width - MARGIN.right, FRAME.headerRule);
    doc.line(MARGIN.left, FRAME.footerRule, PAGE.width - MARGIN.right, FRAME.footerRule);
    doc.text(`Page ${page} of ${pages}`, PAGE.width - MARGIN.right, FRAME.footerBaseline, { align: 'right' });
  }
}
