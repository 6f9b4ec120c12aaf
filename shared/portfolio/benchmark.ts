/**
 * The benchmark an ICB sends back to its PCNs: how its PCNs' scores are spread, per area and per
 * question, without naming any PCN unless the ICB chooses to. A PCN imports it and sees where it
 * stands against its peers. Areas compare across framework versions; questions only within one.
 *
 * Anonymity: a benchmark needs at least MIN_BENCHMARK_PCNS PCNs, so that no figure is one or two
 * PCNs' own. The file holds counts and quartiles, never a PCN's answers, unless names are included.
 */
import { z } from 'zod';
import type { Assessment } from '../domain';
import { getFramework } from '../framework/index';
import { earlierAreaId } from '../framework/mapping';
import type { Framework } from '../framework/types';
import { buildReport, levelFigure } from '../report';
import { formatLevel } from '../scoring';
import { type AreaSpread, LEVEL_WORDS, levelIndex, type PortfolioView } from './aggregate';

export const BENCHMARK_FORMAT = 'neighbourhood-ready-benchmark';
export const BENCHMARK_VERSION = 1;
export const MIN_BENCHMARK_PCNS = 5;
export const MAX_BENCHMARK_BYTES = 5 * 1024 * 1024;

const score = z.number().min(0).max(4).nullable();
const counts = z.array(z.int().min(0).max(100_000)).length(5);
const spreadSchema = z.strictObject({
  areaId: z.string().max(100),
  title: z.string().max(200),
  n: z.int().min(0).max(100_000),
  notAssessed: z.int().min(0).max(100_000),
  min: score,
  q1: score,
  median: score,
  q3: score,
  max: score,
  byLevel: counts,
});

const benchmarkSchema = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  formatVersion: z.literal(BENCHMARK_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(40) }),
  scope: z.string().max(200),
  /** The framework version whose area ids `areas` uses (the newest in the ICB's portfolio). */
  areaFrameworkVersion: z.string().max(40),
  pcnCount: z.int().min(MIN_BENCHMARK_PCNS).max(100_000),
  versions: z.array(z.strictObject({ version: z.string().max(40), count: z.int().min(0) })).max(20),
  overall: spreadSchema,
  areas: z.array(spreadSchema).max(50),
  questions: z
    .array(
      z.strictObject({
        frameworkVersion: z.string().max(40),
        questionId: z.string().max(100),
        n: z.int().min(0),
        dontKnow: z.int().min(0),
        byLevel: counts,
      }),
    )
    .max(2_000),
  pcns: z
    .array(
      z.strictObject({
        code: z.string().max(10).nullable(),
        name: z.string().max(200),
        overall: score,
        areas: z.array(z.strictObject({ areaId: z.string().max(100), current: score })).max(50),
      }),
    )
    .max(100_000)
    .nullable(),
});

export type BenchmarkFile = z.infer<typeof benchmarkSchema>;

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const rounded = (s: AreaSpread): AreaSpread => ({
  ...s,
  min: round2(s.min),
  q1: round2(s.q1),
  median: round2(s.median),
  q3: round2(s.q3),
  max: round2(s.max),
});

/** Refused when the view has too few PCNs to keep them anonymous; else the file's content. */
export function buildBenchmark(
  view: PortfolioView,
  options: { includeNames: boolean; createdAt: string; app: { name: string; version: string } },
): { ok: true; file: BenchmarkFile } | { ok: false; message: string } {
  if (view.pcns.length < MIN_BENCHMARK_PCNS) {
    return {
      ok: false,
      message: `A benchmark needs at least ${MIN_BENCHMARK_PCNS} PCNs, so that no figure is one PCN’s own; ${view.scope} has ${view.pcns.length}. Choose a wider filter.`,
    };
  }
  const questions = new Map<
    string,
    { frameworkVersion: string; questionId: string; n: number; dontKnow: number; byLevel: number[] }
  >();
  for (const p of view.pcns) {
    for (const q of p.questions) {
      const key = `${p.frameworkVersion}|${q.questionId}`;
      const entry = questions.get(key) ?? {
        frameworkVersion: p.frameworkVersion,
        questionId: q.questionId,
        n: 0,
        dontKnow: 0,
        byLevel: [0, 0, 0, 0, 0],
      };
      if (q.dontKnow) entry.dontKnow += 1;
      else if (q.current !== null) {
        entry.n += 1;
        entry.byLevel[q.current] = (entry.byLevel[q.current] ?? 0) + 1;
      }
      questions.set(key, entry);
    }
  }
  return {
    ok: true,
    file: {
      format: BENCHMARK_FORMAT,
      formatVersion: BENCHMARK_VERSION,
      createdAt: options.createdAt,
      app: options.app,
      scope: view.scope,
      areaFrameworkVersion: view.areaFrameworkVersion,
      pcnCount: view.pcns.length,
      versions: view.versions,
      overall: rounded(view.overallSpread),
      areas: view.spread.map(rounded),
      questions: [...questions.values()],
      pcns: options.includeNames
        ? view.pcns.map((p) => ({
            code: p.pcnCode,
            name: p.pcnName,
            overall: round2(p.overall),
            areas: p.areas.map((a) => ({ areaId: a.areaId, current: round2(a.current) })),
          }))
        : null,
    },
  };
}

export function benchmarkToText(file: BenchmarkFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseBenchmark(text: string): { ok: true; file: BenchmarkFile } | { ok: false; message: string } {
  const notOne = 'This is not a Neighbourhood Ready benchmark file from an ICB.';
  if (text.length > MAX_BENCHMARK_BYTES)
    return { ok: false, message: 'This file is too large to be a benchmark file.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, message: `${notOne} It is cut off, damaged or not JSON.` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BENCHMARK_FORMAT) {
    const format = (raw as { format?: unknown } | null)?.format;
    if (format === 'neighbourhood-ready-assessment') {
      return {
        ok: false,
        message:
          'This is an assessment file, not a benchmark. To open it, choose “Open an assessment file” on the home screen.',
      };
    }
    return { ok: false, message: notOne };
  }
  if ((raw as { formatVersion?: unknown }).formatVersion !== BENCHMARK_VERSION) {
    return {
      ok: false,
      message:
        'This benchmark was made by a newer version of Neighbourhood Ready. Install the latest version to open it.',
    };
  }
  const parsed = benchmarkSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `${notOne} It does not have the expected content (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'not valid'}).`,
    };
  }
  return { ok: true, file: parsed.data };
}

export interface PeerPosition {
  areaId: string;
  title: string;
  /** The PCN's own score, as its report shows it; null when the area has no score. */
  yours: number | null;
  yoursShown: string;
  yoursWord: string;
  peers: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Peers at a higher level word, the same word, a lower word than the PCN. */
  higher: number;
  same: number;
  lower: number;
  /** "Above the middle half of peers", "Within the middle half of peers", "Below the middle half of peers". */
  where: string;
}

export interface BenchmarkPosition {
  scope: string;
  pcnCount: number;
  createdAt: string;
  /** Set when the PCN's framework version differs from some of its peers'. */
  versionNote: string | null;
  overall: PeerPosition;
  areas: PeerPosition[];
}

function position(s: AreaSpread, yours: number | null): PeerPosition {
  const shown = yours === null ? null : Number(formatLevel(yours));
  const at = yours === null ? -1 : levelIndex(yours);
  const sum = (from: number, to: number) => s.byLevel.slice(from, to).reduce((t, n) => t + n, 0);
  let where = 'Not assessed';
  if (shown !== null && s.q1 !== null && s.q3 !== null) {
    if (shown > Number(formatLevel(s.q3))) where = 'Above the middle half of peers';
    else if (shown < Number(formatLevel(s.q1))) where = 'Below the middle half of peers';
    else where = 'Within the middle half of peers';
  }
  return {
    areaId: s.areaId,
    title: s.title,
    yours,
    yoursShown: levelFigure(yours).shown,
    yoursWord: levelFigure(yours).words,
    peers: s.n,
    median: s.median,
    q1: s.q1,
    q3: s.q3,
    higher: at < 0 ? 0 : sum(at + 1, 5),
    same: at < 0 ? 0 : (s.byLevel[at] ?? 0),
    lower: at < 0 ? 0 : sum(0, at),
    where,
  };
}

/**
 * The benchmark's area compared with an area of the PCN's own framework: the same area when both
 * use one version; across versions, the area whose questions carry their answers from the
 * other's (shared/framework/mapping.ts), so a renamed area still compares.
 */
function benchmarkAreaId(file: BenchmarkFile, framework: Framework, areaId: string): string | undefined {
  const bench = getFramework(file.areaFrameworkVersion);
  if (!bench || bench.version === framework.version) return areaId;
  if (bench.version > framework.version) {
    return bench.areas.find((b) => earlierAreaId(bench, framework, b.id) === areaId)?.id;
  }
  return earlierAreaId(framework, bench, areaId);
}

/** Where a PCN's own assessment stands against the peers in a benchmark. */
export function benchmarkPosition(file: BenchmarkFile, assessment: Assessment): BenchmarkPosition | null {
  const framework = getFramework(assessment.frameworkVersion);
  if (!framework) return null;
  // The PCN's own figures, as its report shows them.
  const report = buildReport(assessment, framework);
  const others = file.versions.filter((v) => v.version !== assessment.frameworkVersion && v.count > 0);
  return {
    scope: file.scope,
    pcnCount: file.pcnCount,
    createdAt: file.createdAt,
    versionNote:
      others.length > 0
        ? `Some peers used framework ${others.map((v) => v.version).join(' and ')} and you used ${assessment.frameworkVersion}: areas are compared across versions (each area with the area its questions carry their answers from); questions are not.`
        : null,
    overall: position(file.overall, report.overall.current.value),
    areas: report.areas.map((area) => {
      const id = benchmarkAreaId(file, framework, area.id);
      const s = file.areas.find((a) => a.areaId === id) ?? {
        areaId: area.id,
        title: area.title,
        n: 0,
        notAssessed: 0,
        min: null,
        q1: null,
        median: null,
        q3: null,
        max: null,
        byLevel: [0, 0, 0, 0, 0],
      };
      return { ...position(s, area.current.value), areaId: area.id, title: area.title };
    }),
  };
}

/** "3 peers higher, 10 the same (Developing), 2 lower". */
export function peerCountsWords(p: PeerPosition): string {
  if (p.yours === null) return `${p.peers} peers scored; you have no score here`;
  const word = LEVEL_WORDS[levelIndex(p.yours)] ?? '';
  return `${p.higher} higher, ${p.same} at ${word}, ${p.lower} lower`;
}
