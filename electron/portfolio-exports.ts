/**
 * The ICB's exports of its portfolio: the roll-up PDF for a board, the workbook (one sheet of
 * PCN × area rows, one of actions, one saying how the figures are worked out) and the CSV. Used
 * by the portfolio handlers and the `npm run rollup` command.
 */
import ExcelJS from 'exceljs';
import type { Assessment } from '../shared/domain';
import { PORTFOLIO_METHOD, type PortfolioView } from '../shared/portfolio/aggregate';
import { ROUTES_RULE } from '../shared/portfolio/facts';
import {
  buildRollupPdf,
  populationSentence,
  ROLLUP_TITLE,
  sentSentence,
  versionSentence,
} from '../shared/portfolio/pdf';
import { ACTION_ROW_COLUMNS, AREA_ROW_COLUMNS, actionRows, areaRows, portfolioCsv } from '../shared/portfolio/rows';
import { loadPdfFonts } from './pdf-fonts';

export const PORTFOLIO_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export type PortfolioFormat = (typeof PORTFOLIO_FORMATS)[number];

export const PORTFOLIO_FILE_TYPES: Record<PortfolioFormat, { extension: string; filterName: string; suffix: string }> =
  {
    pdf: { extension: 'pdf', filterName: 'PDF document', suffix: 'readiness-roll-up' },
    xlsx: { extension: 'xlsx', filterName: 'Excel workbook', suffix: 'readiness-by-pcn' },
    csv: { extension: 'csv', filterName: 'CSV spreadsheet', suffix: 'readiness-by-pcn-and-area' },
  };

/** The scope's name as part of a file name, without characters any system refuses. */
export function scopeSlug(scope: string): string {
  return (
    scope
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'pcns'
  );
}

export function portfolioFileName(view: PortfolioView, format: PortfolioFormat, date: string): string {
  const type = PORTFOLIO_FILE_TYPES[format];
  return `${scopeSlug(view.scope)}-${type.suffix}-${date}.${type.extension}`;
}

/** A number where the text is one, so a spreadsheet can sort and chart it; else the text. */
function cellValue(text: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

async function workbook(view: PortfolioView, assessments: Map<string, Assessment>, generatedOn: string) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Neighbourhood Ready';
  book.title = `${ROLLUP_TITLE}: ${view.scope}`;
  // Dated by the given day, not the clock, so the same data gives the same workbook.
  book.created = new Date(`${generatedOn}T12:00:00Z`);
  book.modified = book.created;
  const sheet = (name: string, columns: readonly string[], rows: string[][], widths: number[]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...columns]).font = { bold: true };
    for (const row of rows) ws.addRow(row.map(cellValue));
    ws.columns.forEach((c, i) => {
      c.width = widths[i] ?? 14;
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  };
  sheet('PCN by area', AREA_ROW_COLUMNS, areaRows(view), [10, 34, 34, 34, 10, 12, 10, 30]);
  sheet('Actions', ACTION_ROW_COLUMNS, actionRows(view, assessments), [10, 34, 34, 34, 30, 50, 50, 20, 20, 12, 12, 50]);
  const about = book.addWorksheet('How figures are worked out');
  about.getColumn(1).width = 120;
  about.addRow([`${ROLLUP_TITLE}: ${view.scope}`]).font = { bold: true, size: 13 };
  for (const line of [sentSentence(view), populationSentence(view), versionSentence(view), '']) about.addRow([line]);
  for (const section of PORTFOLIO_METHOD) {
    about.addRow([section.heading]).font = { bold: true };
    for (const p of section.paragraphs) about.addRow([p]);
  }
  about.addRow(['Readiness for the neighbourhood-provider routes']).font = { bold: true };
  about.addRow([ROUTES_RULE]);
  about.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export interface PortfolioRenderInput {
  view: PortfolioView;
  /** The stored assessments by portfolio id (the actions sheet lists them in full). */
  assessments: () => Map<string, Assessment>;
  generatedOn: string;
  fontDir?: string;
}

export async function renderPortfolio(
  format: PortfolioFormat,
  input: PortfolioRenderInput,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'pdf':
      return buildRollupPdf({ view: input.view, generatedOn: input.generatedOn }, loadPdfFonts(input.fontDir));
    case 'xlsx':
      return workbook(input.view, input.assessments(), input.generatedOn);
    case 'csv':
      return portfolioCsv(input.view);
  }
}
