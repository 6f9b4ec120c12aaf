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

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-'));
  const dir = (name: string) => fs.mkdtempSync(path.join(root, `${name}-`));
  const steps: [string, () => Promise<BenchResult> | BenchResult][] = [
    ['save', () => benchSave(dir('save'))],
    ['pdf', () => benchPdf()],
    ['first-screen', () => againOnce('first-screen', () => benchFirstScreen(dir('first-screen')))],
    ['scale', () => benchScale(dir('scale'))],
    ['directory', () => benchDirectory(dir('directory'))],
    ['memory', () => againOnce('memory', () => benchMemory(dir('memory')))],
    ['portfolio', () => againOnce('portfolio', () => benchPortfolio(dir('portfolio')))],
  ];
  const results: BenchResult[] = [];
  try {
    for (const [name, run] of steps) {
      const t = Date.now();
      results.push(await run());
      progress(name, `done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
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
      // How busy the shared machine was (1-minute load average), at the start and at the end.
      loadAverage: [Number(loadAtStart.toFixed(1)), Number((os.loadavg()[0] ?? 0).toFixed(1))],
    },
    seconds: Math.round((Date.now() - started) / 1000),
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
      `Node ${report.machine.node}; load average ${report.machine.loadAverage.join(' → ')}; ${report.seconds} s.`,
  );
  console.log(`\n${path.relative(process.cwd(), OUTPUT)}:\n${JSON.stringify(report, null, 2)}`);
  if (!report.allHold) {
    console.log('\nSome budgets do not hold: see the rows marked NO.');
    process.exitCode = 1;
  }
}

await main();
