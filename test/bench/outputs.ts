/**
 * The delivery and ICB outputs against their library's bare write of the same content:
 * - the action tracker workbook of the worked example (renderAnyExport 'xlsx', as the export
 *   handler renders it) beside a bare exceljs workbook with the same sheets, rows and values;
 * - the Word plan (renderAnyExport 'docx') beside a bare docx Document with the same paragraphs
 *   and tables of the same text;
 * - the ICB roll-up workbook of England's 1,298 PCNs (renderPortfolio 'xlsx', the assessments
 *   read from the database as the export handler does) beside a bare exceljs write of the same
 *   rows.
 * Each reference's content comes from the same model the app's builder formats (the delivery
 * model, the plan's blocks, the portfolio's rows), worked out once before timing: the ratio is
 * the app's whole export against the library writing that content and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../electron/db/open';
import { portfolioAssessments, portfolioData } from '../../electron/db/portfolio';
import type { Deps } from '../../electron/deps';
import { aboutLines, overdueCell } from '../../electron/export/xlsx';
import { renderAnyExport } from '../../electron/exports';
import { importDirectoryFiles } from '../../electron/handlers/directory';
import { importPortfolioFiles } from '../../electron/handlers/portfolio';
import { renderPortfolio } from '../../electron/portfolio-exports';
import { parseMappingCsv, readableName } from '../../shared/directory';
import { exampleAssessment } from '../../shared/example';
import { type DeliveryModel, deliveryModel } from '../../shared/export/delivery';
import { planBlocks } from '../../shared/export/docx';
import { TRACKER_COLUMNS, TRACKER_SHEETS } from '../../shared/export/tracker';
import { FRAMEWORKS, getFramework } from '../../shared/framework';
import { portfolioView } from '../../shared/portfolio/aggregate';
import { ACTION_ROW_COLUMNS, AREA_ROW_COLUMNS, actionRows, areaRows } from '../../shared/portfolio/rows';
import { nhsFiles, writePortfolioFiles } from '../support/portfolio-files';
import {
  type BenchResult,
  type BenchRow,
  type Comparison,
  compare,
  comparisonFigures,
  mb,
  progress,
  ratioRow,
  timeMsAsync,
} from './stats';

const BUDGET_TRACKER = 1.5;
const BUDGET_WORD = 2;
const BUDGET_ROLLUP = 2;
const GENERATED_ON = '2026-11-22';

type Rows = ExcelJS.CellValue[][];

/** A bare exceljs workbook: each sheet's rows as they are, written to a buffer. */
async function bareWorkbook(sheets: { name: string; rows: Rows }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * The tracker's sheets and cell values, from the delivery model the app's builder writes from
 * (the Overdue column is a formula with its result, as in the app's file).
 */
function trackerSheets(model: DeliveryModel, assessmentId: string): { name: string; rows: Rows }[] {
  const checkInRows: Rows = model.checkIns.flatMap((c) => [
    ...c.entries.map((e) => [
      date(c.checkedOn),
      c.source,
      e.actionTitle,
      e.status,
      e.note,
      date(e.dueDate),
      date(e.newDueDate),
    ]),
    ...c.ratings.map((r) => [date(c.checkedOn), c.source, r.question, r.level]),
  ]);
  return [
    {
      name: TRACKER_SHEETS.actions,
      rows: [
        TRACKER_COLUMNS.map((c) => c.header),
        ...model.actions.map((a, i) => [
          a.id,
          a.ref,
          a.areaTitle,
          a.title,
          a.questions.join('\n'),
          a.gap,
          a.owner,
          a.starts,
          date(a.plannedDue),
          date(a.due),
          a.status,
          a.latestNote,
          overdueCell(i + 2, a.overdue),
        ]),
      ],
    },
    {
      name: TRACKER_SHEETS.scores,
      rows: [
        ['Priority', 'Area', 'Importance', 'Now', 'Target in six months', 'Gap', 'Actions'],
        ...model.areas.map((a) => [a.rank, a.title, a.importance, a.now, a.target, a.gap, a.actionCount]),
        [null, 'Overall', null, model.overall.now, model.overall.target, model.overall.gap],
      ],
    },
    {
      name: TRACKER_SHEETS.checkIns,
      rows: [
        ['Checked on', 'Recorded', 'Action or question', 'Status or level', 'Note', 'Due date before', 'New due date'],
        ...(checkInRows.length > 0 ? checkInRows : [[null, null, 'No check-ins recorded yet.']]),
      ],
    },
    { name: TRACKER_SHEETS.about, rows: aboutLines(model).map((line) => [line]) },
    {
      name: TRACKER_SHEETS.app,
      rows: [
        ['Assessment', assessmentId],
        ['Written', model.today],
        ['Action', 'Due date', 'Status', 'Progress note'],
        ...model.actions.map((a) => [a.id, a.due, a.status, a.latestNote]),
      ],
    },
  ];
}

/** The same blocks as the Word plan, each paragraph and table cell plain text in the library's defaults. */
async function bareDocx(model: DeliveryModel): Promise<Uint8Array> {
  const children = planBlocks(model).map((b) =>
    b.kind === 'table'
      ? new Table({
          rows: [b.columns.map((c) => c.text), ...b.rows].map(
            (row) =>
              new TableRow({
                children: row.map(
                  (text) => new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)) }),
                ),
              }),
          ),
        })
      : new Paragraph(b.text),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The roll-up's rows as the app writes them: numbers where the text is one. */
const cellValue = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/** England's PCNs as assessment files, imported as the ICB view imports a folder; null without the NHS files. */
async function portfolioDeps(dir: string): Promise<{ deps: Deps; files: number } | null> {
  const nhs = nhsFiles();
  if (!nhs) return null;
  const db = await openDatabase(path.join(dir, 'portfolio.sqlite'), { backupDir: path.join(dir, 'backups') });
  let n = 0;
  const deps: Deps = {
    db,
    now: () => new Date('2026-12-04T09:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    log: () => {},
  };
  await importDirectoryFiles(deps, [nhs.mapping, nhs.population]);
  const mapping = parseMappingCsv(fs.readFileSync(nhs.mapping, 'utf8'));
  const paths = writePortfolioFiles(
    path.join(dir, 'files'),
    mapping.pcns.map((p) => ({ code: p.code, name: readableName(p.name), icb: readableName(p.icbs[0]?.name ?? '') })),
    { seed: 1298, versions: Object.keys(FRAMEWORKS) },
  );
  const report = await importPortfolioFiles(deps, paths);
  return { deps, files: report.imported };
}

export async function benchOutputs(dir: string): Promise<BenchResult> {
  const assessment = exampleAssessment();
  const input = { assessment, previous: null, generatedOn: GENERATED_ON, exportedAt: `${GENERATED_ON}T09:30:00.000Z` };
  const framework = getFramework(assessment.frameworkVersion);
  if (!framework) throw new Error(`No framework ${assessment.frameworkVersion}`);
  const model = deliveryModel(assessment, framework, GENERATED_ON);
  const rows: BenchRow[] = [];
  const figures: Record<string, unknown> = {};
  const notes: string[] = [];
  const sizes: Record<string, number> = {};
  const sample = (name: string, write: () => Promise<Uint8Array | string>) => async () => {
    let bytes: Uint8Array | string = '';
    const t = await timeMsAsync(async () => {
      bytes = await write();
    });
    sizes[name] = bytes.length;
    return t;
  };
  const record = (key: string, measure: string, c: Comparison, budget: number, extra: string) => {
    const row = ratioRow(measure, c, budget);
    rows.push({ ...row, figure: `${row.figure}; ${extra}` });
    figures[key] = comparisonFigures(c, budget);
  };

  progress('outputs', 'the action tracker workbook beside a bare exceljs write of the same rows…');
  const trackerRows = trackerSheets(model, assessment.id);
  const tracker = await compare(
    'outputs',
    sample('tracker', () => renderAnyExport('xlsx', input)),
    sample('trackerBare', () => bareWorkbook(trackerRows)),
  );
  record(
    'tracker',
    `Action tracker (.xlsx) of the worked example (${model.actions.length} actions) vs a bare exceljs write of the same rows`,
    tracker,
    BUDGET_TRACKER,
    `${mb(sizes.tracker ?? 0)} vs ${mb(sizes.trackerBare ?? 0)}`,
  );

  progress('outputs', 'the Word plan beside a bare docx document of the same text…');
  const word = await compare(
    'outputs',
    sample('word', () => renderAnyExport('docx', input)),
    sample('wordBare', () => bareDocx(model)),
  );
  record(
    'word',
    'Word plan (.docx) of the worked example vs a bare docx document with the same paragraphs and tables',
    word,
    BUDGET_WORD,
    `${mb(sizes.word ?? 0)} vs ${mb(sizes.wordBare ?? 0)}`,
  );

  progress('outputs', 'importing the PCNs’ assessment files for the roll-up workbook…');
  const portfolio = await portfolioDeps(dir);
  if (!portfolio) {
    notes.push('Outputs: the roll-up workbook was skipped: NHS England files not found in ../shared/data/nhs.');
  } else {
    const { deps } = portfolio;
    const view = portfolioView(portfolioData(deps.db), { icbCode: null, subIcbCode: null });
    const rollupRows = [
      { name: 'PCN by area', rows: [[...AREA_ROW_COLUMNS], ...areaRows(view).map((r) => r.map(cellValue))] },
      {
        name: 'Actions',
        rows: [
          [...ACTION_ROW_COLUMNS],
          ...actionRows(view, portfolioAssessments(deps.db)).map((r) => r.map(cellValue)),
        ],
      },
    ];
    progress(
      'outputs',
      `the roll-up workbook of ${portfolio.files} PCNs beside a bare exceljs write of the same rows…`,
    );
    const rollup = await compare(
      'outputs',
      sample('rollup', () =>
        renderPortfolio('xlsx', { view, assessments: () => portfolioAssessments(deps.db), generatedOn: GENERATED_ON }),
      ),
      sample('rollupBare', () => bareWorkbook(rollupRows)),
    );
    record(
      'rollup',
      `ICB roll-up workbook of ${portfolio.files} PCNs (${rollupRows[0]?.rows.length} area rows, ${rollupRows[1]?.rows.length} action rows) vs a bare exceljs write of the same rows`,
      rollup,
      BUDGET_ROLLUP,
      `${mb(sizes.rollup ?? 0)} vs ${mb(sizes.rollupBare ?? 0)}`,
    );
    deps.db.close();
  }
  return { name: 'outputs', rows, figures, notes };
}
