/**
 * PDF: the full action-plan PDF for the worked example (every question answered, 8 participants,
 * 30 actions) through renderExport, as the export handler renders it. Whether the example holds
 * workshop scores (private ratings per participant, being built) is printed with the figure.
 */
import { renderExport } from '../../electron/exports';
import { exampleAssessment } from '../../shared/example';
import { type BenchResult, mb, median, ms, progress, round, timeMs } from './stats';

const RUNS = 20;
const BUDGET_MS = 300;
const BUDGET_BYTES = 1_500_000;

export function benchPdf(): BenchResult {
  const assessment = exampleAssessment();
  const input = { assessment, previous: null, generatedOn: '2026-11-22', exportedAt: '2026-11-22T09:30:00.000Z' };
  progress('pdf', `warm-up, then ${RUNS} renders of the worked example's PDF…`);
  const warm = timeMs(() => renderExport('pdf', input));
  const times: number[] = [];
  // CPU time too: on a busy shared machine the wall time also counts waiting for a core.
  const cpu: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    times.push(
      timeMs(() => {
        pdf = renderExport('pdf', input) as Uint8Array;
      }),
    );
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const bytes = pdf.byteLength;
  const pages =
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0;
  const med = median(times);
  const workshopScores = (assessment as { workshop?: { scores: unknown[] } }).workshop?.scores.length ?? 0;
  return {
    name: 'pdf',
    rows: [
      {
        measure: `PDF of the worked example (${assessment.participants.length} participants, ${assessment.actions.length} actions): render`,
        figure: `median ${ms(med)}, CPU ${ms(median(cpu))} (first ${ms(warm)})`,
        budget: `< ${BUDGET_MS} ms`,
        holds: med < BUDGET_MS,
      },
      {
        measure: 'PDF of the worked example: file size',
        figure: `${mb(bytes)}, ${pages} pages`,
        budget: `< ${mb(BUDGET_BYTES)}`,
        holds: bytes < BUDGET_BYTES,
      },
    ],
    figures: {
      runs: RUNS,
      participants: assessment.participants.length,
      actions: assessment.actions.length,
      firstRunMs: round(warm),
      medianMs: round(med),
      cpuMedianMs: round(median(cpu)),
      bytes,
      pages,
      workshopScores,
    },
    notes: [
      workshopScores > 0
        ? `PDF: the example includes a workshop with ${workshopScores} individual scores.`
        : 'PDF: the example has no workshop scores (workshops are not built yet), so no workshop pages are in it.',
    ],
  };
}
