/**
 * "Against your peers": where the PCN stands against the PCNs in the benchmark its ICB sent
 * (shared/portfolio/benchmark.ts), area by area, in words and numbers.
 */
import { formatDateLong } from '../dates';
import { type BenchmarkPosition, peerCountsWords } from '../portfolio/benchmark';
import { formatLevel } from '../scoring';
import type { Flow } from './flow';
import { TYPE } from './layout';

export function drawBenchmark(flow: Flow, position: BenchmarkPosition | null | undefined): void {
  if (!position) return;
  flow.newPage();
  flow.heading('Against your peers', 1);
  flow.paragraph(
    `From the benchmark of ${position.pcnCount} PCNs (${position.scope}) made by the ICB on ${formatDateLong(position.createdAt.slice(0, 10))}. The middle half of peers lies between the lower and upper quartile; peers are counted by the level word of their own score.`,
  );
  if (position.versionNote) flow.paragraph(position.versionNote);
  const rows = [position.overall, ...position.areas];
  flow.table({
    head: [
      ['Area', 'Your score', 'Peers’ median', 'Middle half of peers', 'Where you stand', 'Peers higher, same, lower'],
    ],
    body: rows.map((p) => [
      p.title,
      p.yours === null ? 'Not assessed' : `${p.yoursShown} ${p.yoursWord}`,
      formatLevel(p.median),
      p.q1 === null ? '—' : `${formatLevel(p.q1)} to ${formatLevel(p.q3)}`,
      p.where,
      peerCountsWords(p),
    ]),
    styles: { fontSize: TYPE.tiny },
    columnStyles: { 0: { cellWidth: 34 } },
  });
}
