/** Small statistics and timing helpers for the benchmarks: medians and percentiles, never means. */
import { performance } from 'node:perf_hooks';

/** The q-th quantile (0 to 1) of the samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p99 = (samples: readonly number[]) => quantile(samples, 0.99);

/** Milliseconds taken by `fn`. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** One line of the printed table and of bench.json. */
export interface BenchRow {
  measure: string;
  figure: string;
  budget: string;
  /** null: informational, no budget. */
  holds: boolean | null;
}

/** What each benchmark module returns: its table rows and its raw figures for bench.json. */
export interface BenchResult {
  name: string;
  rows: BenchRow[];
  figures: Record<string, unknown>;
  notes: string[];
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
/** Decimal units, as Vite and file managers print them (1 kB = 1,000 bytes). */
export const kb = (bytes: number) => `${(bytes / 1_000).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

export function progress(name: string, message: string): void {
  console.log(`[${name}] ${message}`);
}

/** How far apart the middle half of the samples lie, as a share of their median: (p75 − p25) / median. */
export function spread(samples: readonly number[]): number {
  return (quantile(samples, 0.75) - quantile(samples, 0.25)) / median(samples);
}

/** One side of a comparison: a function that does the work once and returns the milliseconds to count. */
export type Sample = () => number | Promise<number>;

export interface Comparison {
  /** Samples of the app's way and of the reference, taken alternately in the same rounds. */
  app: number[];
  reference: number[];
  appMedian: number;
  referenceMedian: number;
  /**
   * The median of the paired ratios app[i] / reference[i]. Each pair is taken back to back, so a
   * load that comes and goes on the machine slows both sides of a pair alike and cancels out.
   */
  ratio: number;
  /** appMedian / referenceMedian, for information. */
  ratioOfMedians: number;
  /** How far the paired ratios spread (see `spread`): how steady the comparison was. */
  spread: number;
  /** How many times the whole measure was taken (more than 1: an earlier try was too noisy). */
  attempts: number;
}

export const MIN_RUNS = 15;
/** A comparison whose paired ratios spread wider than this share of their median is taken again. */
export const MAX_SPREAD = 0.35;
const MAX_ATTEMPTS = 3;

/**
 * The app's way and a bare reference, alternated (app first on even runs, reference first on odd
 * ones) so both see the same load on a shared machine; the budget is on the median of the
 * paired ratios. A comparison whose ratios spread wider than MAX_SPREAD is taken again, up to
 * three times; the steadiest attempt is reported with its spread, never the noisiest.
 */
export async function compare(
  name: string,
  app: Sample,
  reference: Sample,
  options: { runs?: number; warmUp?: number; maxSpread?: number } = {},
): Promise<Comparison> {
  const runs = Math.max(MIN_RUNS, options.runs ?? MIN_RUNS);
  const maxSpread = options.maxSpread ?? MAX_SPREAD;
  for (let i = 0; i < (options.warmUp ?? 1); i++) {
    await app();
    await reference();
  }
  let best: Comparison | null = null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const a: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        a.push(await app());
        r.push(await reference());
      } else {
        r.push(await reference());
        a.push(await app());
      }
    }
    const ratios = a.map((x, i) => x / (r[i] as number));
    const result: Comparison = {
      app: a,
      reference: r,
      appMedian: median(a),
      referenceMedian: median(r),
      ratio: median(ratios),
      ratioOfMedians: median(a) / median(r),
      spread: spread(ratios),
      attempts: attempt,
    };
    if (!best || result.spread < best.spread) best = { ...result, attempts: attempt };
    else best.attempts = attempt;
    if (result.spread <= maxSpread) break;
    if (attempt < MAX_ATTEMPTS) {
      progress(name, `spread ${(result.spread * 100).toFixed(0)}% is too wide; measuring again (try ${attempt + 1})…`);
    }
  }
  return best as Comparison;
}

/** The table row for a ratio budget: the ratio, with both medians, the runs and the spread beside it. */
export function ratioRow(measure: string, c: Comparison, budget: number): BenchRow {
  const noisy = c.spread > MAX_SPREAD ? ' (still noisy)' : '';
  return {
    measure,
    figure:
      `${c.ratio.toFixed(2)}× (${ms(c.appMedian)} vs ${ms(c.referenceMedian)}, ` +
      `${c.app.length} each, spread ${(c.spread * 100).toFixed(0)}%${noisy}${c.attempts > 1 ? `, ${c.attempts} tries` : ''})`,
    budget: `≤ ${budget}×`,
    holds: c.ratio <= budget,
  };
}

/** The figures of a comparison for bench.json. */
export function comparisonFigures(c: Comparison, budget: number): Record<string, unknown> {
  return {
    runs: c.app.length,
    appMedianMs: round(c.appMedian),
    referenceMedianMs: round(c.referenceMedian),
    ratio: round(c.ratio),
    ratioOfMedians: round(c.ratioOfMedians),
    budgetRatio: budget,
    spread: round(c.spread),
    attempts: c.attempts,
  };
}

/**
 * A Sample timing `run` on the wall clock that also pushes the CPU milliseconds (user + system)
 * this process spent on it to `cpu`: on a busy shared machine the wall clock mostly measures the queue.
 */
export function withCpu(run: () => unknown, cpu: number[]): Sample {
  return async () => {
    const before = process.cpuUsage();
    const start = performance.now();
    await run();
    const wall = performance.now() - start;
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    return wall;
  };
}
