/**
 * `npm run bench`: every performance figure with its budget, side by side with the physical
 * limit where there is one (a bare SQLite write, a blank page), in one run. Prints a table and
 * writes the same figures as JSON to test/output/bench.json. Not part of `npm test`: these are
 * measurements on a shared machine, not pass/fail tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDirectory } from './directory';
import { benchFirstScreen } from './first-screen';
import { benchMemory } from './memory';
import { benchOutputs } from './outputs';
import { benchPdf } from './pdf';
import { benchPortfolio } from './portfolio';
import { benchSave } from './save';
import { benchScale } from './scale';
import { type BenchResult, type BenchRow, progress } from './stats';

const OUTPUT = path.resolve(import.meta.dirname, '../output/bench.json');

function table(rows: BenchRow[]): string {
  const head = ['Measure', 'Figure', 'Budget', 'Holds'];
  const cells = rows.map((r) => [
    r.measure,
    r.figure,
    r.budget || '—',
    r.holds === null ? '—' : r.holds ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/**
 * Browser measures run once more after a failure: on a shared machine another build may empty
 * dist/renderer while a page loads. A second failure is real and stops the run.
 */
async function againOnce(name: string, run: () => Promise<BenchResult>): Promise<BenchResult> {
  try {
    return await run();
  } catch (error) {
    progress(name, `failed (${(error as Error).message.split('\n')[0]}); trying once more…`);
    return run();
  }
}

/** The 1-, 5- and 15-minute load averages: how busy the shared machine is (2 cores: 2.0 is full). */
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = load();
  // `npm run bench -- pdf save` runs only those parts (while working on one); no names runs all.
  const only = process.argv.slice(2);
  progress('bench', `load average at the start: ${loadAtStart.join(', ')} (1, 5, 15 minutes)`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-'));
  const dir = (name: string) => fs.mkdtempSync(path.join(root, `${name}-`));
  const steps: [string, () => Promise<BenchResult> | BenchResult][] = [
    ['save', () => benchSave(dir('save'))],
    ['pdf', () => benchPdf()],
    ['first-screen', () => againOnce('first-screen', () => benchFirstScreen(dir('first-screen')))],
    ['scale', () => benchScale(dir('scale'))],
    ['directory', () => benchDirectory(dir('directory'))],
    ['memory', () => againOnce('memory', () => benchMemory(dir('memory')))],
    ['outputs', () => benchOutputs(dir('outputs'))],
    ['portfolio', () => againOnce('portfolio', () => benchPortfolio(dir('portfolio')))],
  ];
  const unknown = only.filter((name) => !steps.some(([step]) => step === name));
  if (unknown.length > 0)
    throw new Error(`No such part: ${unknown.join(', ')}. Parts: ${steps.map(([s]) => s).join(', ')}.`);
  const results: BenchResult[] = [];
  try {
    for (const [name, run] of steps) {
      if (only.length > 0 && !only.includes(name)) continue;
      const t = Date.now();
      results.push(await run());
      progress(name, `done in ${((Date.now() - t) / 1000).toFixed(1)} s; load average ${load().join(', ')}`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }

  const rows = results.flatMap((r) => r.rows);
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 1e9),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      // How busy the shared machine was (1-, 5- and 15-minute load averages), at the start and at the end.
      loadAverage: { start: loadAtStart, end: load() },
    },
    seconds: Math.round((Date.now() - started) / 1000),
    parts: only.length > 0 ? only : 'all',
    allHold: rows.every((r) => r.holds !== false),
    rows,
    figures: Object.fromEntries(results.map((r) => [r.name, r.figures])),
    notes: results.flatMap((r) => r.notes),
  };
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\n${table(rows)}\n`);
  for (const note of report.notes) console.log(`Note: ${note}`);
  console.log(
    `\nMachine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGB} GB, ${report.machine.platform}, ` +
      `Node ${report.machine.node}; load average ${loadAtStart.join(', ')} at the start, ` +
      `${report.machine.loadAverage.end.join(', ')} at the end (1, 5, 15 minutes); ${report.seconds} s.`,
  );
  console.log(`\n${path.relative(process.cwd(), OUTPUT)}:\n${JSON.stringify(report, null, 2)}`);
  if (!report.allHold) {
    console.log('\nSome budgets do not hold: see the rows marked NO.');
    process.exitCode = 1;
  }
}

await main();
