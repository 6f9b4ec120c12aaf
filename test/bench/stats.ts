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
