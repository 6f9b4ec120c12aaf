/**
 * PDF: the worked example's full action-plan PDF (every question answered, 8 participants, 30
 * actions) through renderExport, as the export handler renders it, and its progress report
 * through renderAnyExport; each against a bare jsPDF document with the same pages of the same
 * text, lines and fonts (pdf-reference.ts), alternated in the same run. The plan PDF is measured
 * twice: exported again as it is (the fonts' subsets are reused, shared/pdf/fonts.ts), and with
 * new glyphs each time (written again). Whether the example holds workshop scores is printed.
 */
import { renderAnyExport, renderExport } from '../../electron/exports';
import { loadPdfFonts } from '../../electron/pdf-fonts';
import { exampleAssessment } from '../../shared/example';
import { bareJsPdf, type PdfCall, recordPdfCalls } from './pdf-reference';
import {
  type BenchResult,
  type BenchRow,
  type Comparison,
  compare,
  comparisonFigures,
  mb,
  median,
  ms,
  progress,
  ratioRow,
  round,
  withCpu,
} from './stats';

const RUNS = 20;
/** The app's PDF may take at most this many times the bare jsPDF document's time. */
const BUDGET_RATIO = 2;

const pageCount = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString('latin1')
    .match(/\/Type \/Page\b/g)?.length ?? 0;

interface Measured {
  comparison: Comparison;
  /** CPU milliseconds of each app render: on a busy machine the wall clock also counts waiting for a core. */
  cpu: number[];
  first: number;
  pdf: Uint8Array;
  reference: Uint8Array;
}

/** The app's render against the bare replay of its own pages, alternated. */
async function measure(name: string, render: () => Promise<Uint8Array>): Promise<Measured> {
  const start = performance.now();
  let pdf: Uint8Array = new Uint8Array();
  // The first render, recorded: a user's first export in a session pays for reading the fonts.
  const calls: PdfCall[] = await recordPdfCalls(async () => {
    pdf = await render();
  });
  const first = performance.now() - start;
  const fonts = loadPdfFonts();
  let reference: Uint8Array = new Uint8Array();
  const cpu: number[] = [];
  const comparison = await compare(
    name,
    withCpu(async () => {
      pdf = await render();
    }, cpu),
    () => {
      const t = performance.now();
      reference = bareJsPdf(calls, fonts);
      return performance.now() - t;
    },
    { runs: RUNS },
  );
  return { comparison, cpu, first, pdf, reference };
}

function rows(label: string, m: Measured): BenchRow[] {
  const pages = pageCount(m.pdf);
  const referencePages = pageCount(m.reference);
  return [
    ratioRow(`${label}: render, against bare jsPDF with the same pages, text and fonts`, m.comparison, BUDGET_RATIO),
    {
      measure: `${label}: render time (information)`,
      figure: `median ${ms(m.comparison.appMedian)}, CPU ${ms(median(m.cpu))}; bare jsPDF ${ms(m.comparison.referenceMedian)} (first ${ms(m.first)})`,
      budget: '',
      holds: null,
    },
    {
      measure: `${label}: file size`,
      figure: `${mb(m.pdf.byteLength)}, ${pages} pages (bare jsPDF ${mb(m.reference.byteLength)}, ${referencePages} pages)`,
      budget: '',
      holds: null,
    },
  ];
}

function figures(m: Measured): Record<string, unknown> {
  return {
    ...comparisonFigures(m.comparison, BUDGET_RATIO),
    firstRunMs: round(m.first),
    cpuMedianMs: round(median(m.cpu)),
    bytes: m.pdf.byteLength,
    pages: pageCount(m.pdf),
    referenceBytes: m.reference.byteLength,
    referencePages: pageCount(m.reference),
  };
}

export async function benchPdf(): Promise<BenchResult> {
  const assessment = exampleAssessment();
  const input = { assessment, previous: null, generatedOn: '2026-11-22', exportedAt: '2026-11-22T09:30:00.000Z' };
  progress('pdf', `the worked example's PDF against bare jsPDF, ${RUNS} each, alternated…`);
  const plan = await measure('pdf', async () => renderExport('pdf', input) as Uint8Array);
  // Each render with a Greek letter no other recent one had, in the PCN's name (bold) and an
  // action (regular): the fonts' subsets are written every time, as for another PCN's PDF.
  progress('pdf', `the same with new glyphs in each render, ${RUNS} each, alternated…`);
  let run = 0;
  const newGlyphs = await measure('pdf', async () => {
    const letter = String.fromCodePoint(0x3b1 + (run++ % 24));
    const [first, ...rest] = assessment.actions;
    const renamed = {
      ...assessment,
      profile: { ...assessment.profile, pcnName: `${assessment.profile.pcnName} ${letter}` },
      actions: first ? [{ ...first, title: `${first.title} ${letter}` }, ...rest] : rest,
    };
    return renderExport('pdf', { ...input, assessment: renamed }) as Uint8Array;
  });
  progress('pdf', `its progress report against bare jsPDF, ${RUNS} each, alternated…`);
  const progressReport = await measure('pdf', async () => (await renderAnyExport('progress', input)) as Uint8Array);
  const workshopScores = (assessment as { workshop?: { scores: unknown[] } }).workshop?.scores.length ?? 0;
  const name = `PDF of the worked example (${assessment.participants.length} participants, ${assessment.actions.length} actions)`;
  return {
    name: 'pdf',
    rows: [
      ...rows(name, plan),
      ...rows(`${name}, new glyphs in each (no font subset reused)`, newGlyphs).slice(0, 2),
      ...rows(`Progress report PDF of the worked example (${assessment.checkIns.length} check-ins)`, progressReport),
    ],
    figures: {
      participants: assessment.participants.length,
      actions: assessment.actions.length,
      workshopScores,
      plan: figures(plan),
      newGlyphs: figures(newGlyphs),
      progress: figures(progressReport),
    },
    notes: [
      workshopScores > 0
        ? `PDF: the example includes a workshop with ${workshopScores} individual scores.`
        : 'PDF: the example has no workshop scores (workshops are not built yet), so no workshop pages are in it.',
    ],
  };
}
