/**
 * The plan as an editable Word document (.docx), for board papers: a summary with the areas in
 * priority order, then a heading per area with its scores, its summary and its action table.
 * Built with the docx library, which needs no Node APIs, from the delivery model: figures and
 * words are the ones every other output prints. Real Word headings (Heading 1 and 2) and table
 * header rows, so the navigation pane, a table of contents and screen readers work.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDateLong } from '../dates';
import type { DeliveryAction, DeliveryModel } from './delivery';

const FONT = 'Arial';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '768692' };

/**
 * What the document says, in order, as plain blocks: the builder below formats them, and the
 * benchmark writes the same blocks with the bare library to measure the builder's overhead.
 */
export type PlanBlock =
  | { kind: 'title' | 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; spacingAfter?: number }
  | { kind: 'table'; columns: { text: string; width: number }[]; rows: string[][] };

const ACTION_COLUMNS = [
  { text: 'Ref', width: 6 },
  { text: 'Action', width: 34 },
  { text: 'Owner', width: 18 },
  { text: 'Starts', width: 14 },
  { text: 'Due', width: 14 },
  { text: 'Status', width: 14 },
];

function actionRow(a: DeliveryAction): string[] {
  const title = a.successMeasure ? `${a.title}\nSuccess: ${a.successMeasure}` : a.title;
  const due = a.overdue ? `${formatDateLong(a.due)} (overdue)` : formatDateLong(a.due);
  return [a.ref, title, a.owner, a.starts, due, a.status];
}

export function planBlocks(model: DeliveryModel): PlanBlock[] {
  const p = model.progress;
  const para = (text: string, options: { bold?: boolean; spacingAfter?: number } = {}): PlanBlock => ({
    kind: 'paragraph',
    text,
    ...options,
  });
  const blocks: PlanBlock[] = [
    { kind: 'title', text: `${model.pcnName}: six-month action plan` },
    para(
      [
        model.pcnCode ? `PCN code ${model.pcnCode}` : '',
        model.icb ? `ICB: ${model.icb}` : '',
        `Assessed on ${formatDateLong(model.assessmentDate)}`,
        `Plan: ${model.planPeriod}`,
      ]
        .filter(Boolean)
        .join('. ')
        .concat('.'),
    ),
    { kind: 'heading', text: 'Summary' },
    para(
      `Overall readiness now: ${model.overall.now}. Target in six months: ${model.overall.target}. Gap: ${model.overall.gap}.`,
    ),
    para(
      `The plan has ${model.actions.length} ${model.actions.length === 1 ? 'action' : 'actions'}: ${p.byStatus
        .filter((s) => s.count > 0)
        .map((s) => `${s.count} ${s.name.toLowerCase()}`)
        .join(', ')}.${p.lastCheckIn ? ` Last check-in: ${formatDateLong(p.lastCheckIn.checkedOn)}.` : ''}`,
    ),
    para('Areas in priority order (gap × importance):', { bold: true }),
    {
      kind: 'table',
      columns: [
        { text: 'Priority', width: 10 },
        { text: 'Area', width: 30 },
        { text: 'Now', width: 20 },
        { text: 'Target', width: 20 },
        { text: 'Gap', width: 20 },
      ],
      rows: model.areas.map((a) => [a.rank, a.title, a.now, a.target, a.gap]),
    },
  ];

  for (const area of model.areas) {
    const actions = model.actions.filter((a) => a.areaTitle === area.title);
    blocks.push(
      { kind: 'heading', text: area.title },
      para(`Now: ${area.now}. Target: ${area.target}. Gap: ${area.gap}. Importance: ${area.importance}.`),
    );
    if (area.summary.trim()) blocks.push(para(area.summary.trim()));
    if (actions.length === 0) {
      blocks.push(para('No actions in the plan for this area.'));
    } else {
      blocks.push(
        { kind: 'table', columns: ACTION_COLUMNS, rows: actions.map(actionRow) },
        para('', { spacingAfter: 200 }),
      );
    }
  }

  blocks.push(
    { kind: 'heading', text: 'About this document' },
    para(
      `Written by Neighbourhood Ready on ${formatDateLong(model.today)} from the PCN's self-assessment. It is editable: change the wording for your board paper as you need. The figures are those in the app on that day.`,
    ),
  );
  return blocks;
}

/**
 * Sizes and bold come from styles defined once, not from every run, and the borders are set
 * once on each table, not on every cell: the document's XML is under half the size and written
 * faster, and Word shows the same. The document's default text is the tables' 9 pt, so the many
 * table cells need no formatting of their own; text outside the tables takes the Plan text style
 * (11 pt, 6 pt after); header cells the Table header style (bold). Titles and headings have
 * their own sizes.
 */
const TEXT = 'PlanText';
const TABLE_HEADER = 'TableHeader';
const PARAGRAPH_STYLES = [
  {
    id: TEXT,
    name: 'Plan text',
    basedOn: 'Normal',
    next: TEXT,
    quickFormat: true,
    run: { size: 22 },
    paragraph: { spacing: { after: 120 } },
  },
  { id: TABLE_HEADER, name: 'Table header', basedOn: 'Normal', run: { bold: true } },
];
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDEE' };

function cell(text: string, options: { header?: boolean; width: number }): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    ...(options.header ? { shading: HEADER_SHADING } : {}),
    children: lines.map((line) => new Paragraph(options.header ? { style: TABLE_HEADER, text: line } : line)),
  });
}

function table(headers: { text: string; width: number }[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TABLE_BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h) => cell(h.text, { header: true, width: h.width })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, { width: headers[i]?.width ?? 10 })),
          }),
      ),
    ],
  });
}

function element(block: PlanBlock): Paragraph | Table {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] });
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] });
    case 'paragraph':
      return new Paragraph({
        style: TEXT,
        ...(block.spacingAfter === undefined ? {} : { spacing: { after: block.spacingAfter } }),
        children: [new TextRun({ text: block.text, ...(block.bold ? { bold: true } : {}) })],
      });
    case 'table':
      return table(block.columns, block.rows);
  }
}

export async function buildPlanDocx(model: DeliveryModel): Promise<Uint8Array> {
  const children = planBlocks(model).map(element);

  const doc = new Document({
    creator: 'Neighbourhood Ready',
    title: `${model.pcnName}: six-month action plan`,
    description: 'Neighbourhood readiness self-assessment and six-month action plan',
    styles: { default: { document: { run: { font: FONT, size: 18 } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
