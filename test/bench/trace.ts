/**
 * Where one page load's time goes, from a Chromium trace: milestones on the clock (files arrived,
 * each api call, usable) and the renderer main thread's busy time by kind (HTML parse, script
 * compile, script evaluation, other script such as React rendering, style, layout, paint), each
 * counted once (an event's own time, without the events nested in it).
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string; frame?: string } };
}

/** The kind of main-thread work an event is; events not listed count for the kind of the event around them. */
const KINDS: Record<string, string> = {
  ParseHTML: 'HTML parse',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'V8.CompileCode': 'script compile',
  'v8.parseOnBackground': 'script compile',
  'v8.produceModuleCache': 'script compile',
  'v8.produceCache': 'script compile',
  'v8.evaluateModule': 'script evaluate (modules)',
  EvaluateScript: 'script evaluate (modules)',
  'v8.callFunction': 'other script (callbacks: React render, api replies)',
  FunctionCall: 'other script (callbacks: React render, api replies)',
  RunMicrotasks: 'other script (callbacks: React render, api replies)',
  TimerFire: 'other script (callbacks: React render, api replies)',
  EventDispatch: 'other script (callbacks: React render, api replies)',
  FireAnimationFrame: 'other script (callbacks: React render, api replies)',
  'V8.GC_SCAVENGER': 'garbage collection',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GCScavenger': 'garbage collection',
  ParseAuthorStyleSheet: 'style (sheet parse, recalc)',
  UpdateLayoutTree: 'style (sheet parse, recalc)',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
};

/** Loading work on the main thread (receiving responses, starting requests), by the start of its name. */
const LOADING =
  /^(?:URLLoader|ThrottlingURLLoader|ResourceRequestSender|MojoURLLoaderClient|NavigationBodyLoader|DocumentLoader)/;
const kindOf = (name: string): string | undefined =>
  KINDS[name] ?? (LOADING.test(name) ? 'loading files (requests, responses)' : undefined);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'toplevel',
];

export interface Breakdown {
  /** Milliseconds from navigation start. */
  milestones: { label: string; ms: number }[];
  /** Main-thread milliseconds by kind, between navigation start and usable. */
  busy: { kind: string; ms: number }[];
  /** Main-thread busy time by kind in each stretch between milestones. */
  stretches: { from: string; to: string; ms: number; busy: Record<string, number> }[];
}

/**
 * Loads `url` once in a fresh context with tracing on; `ready` waits until the page is usable and
 * returns the time (ms from navigation start) it became so.
 */
export async function traceLoad(
  browser: Browser,
  open: () => Promise<Page>,
  url: string,
  ready: (page: Page) => Promise<number>,
): Promise<Breakdown> {
  const page = await open();
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url);
  const usable = await ready(page);
  const resources = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      path: new URL(r.name).pathname,
      start: r.startTime,
      end: r.responseEnd,
    })),
  );
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  const buffer = await browser.stopTracing();
  await page.context().close();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return breakdown(events, usable, fcp, resources);
}

function breakdown(
  events: TraceEvent[],
  usable: number,
  fcp: number,
  resources: { path: string; start: number; end: number }[],
): Breakdown {
  // The renderer's main thread: the CrRendererMain thread with the navigationStart mark of the page.
  const nav = events.filter(
    (e) => e.name === 'navigationStart' && /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  const start = nav.at(-1);
  if (!start) throw new Error('The trace has no navigationStart event.');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid);
  const t0 = start.ts;
  const at = (ts: number) => (ts - t0) / 1000;

  // Own time of each complete event, by kind (nested events take their share out of their parent's).
  const complete = main
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number));
  const stack: { kind: string | null; end: number }[] = [];
  /** Slices of own time: [start, end, kind]. */
  const own: [number, number, string][] = [];
  let cursor = Number.NEGATIVE_INFINITY;
  const emit = (until: number) => {
    const top = stack.at(-1);
    if (top && until > cursor) own.push([cursor, until, top.kind ?? 'other (tasks, bindings)']);
    cursor = Math.max(cursor, until);
  };
  for (const e of complete) {
    const begin = at(e.ts);
    const end = at(e.ts + (e.dur as number));
    while (stack.length > 0 && (stack.at(-1) as { end: number }).end <= begin) {
      emit((stack.at(-1) as { end: number }).end);
      stack.pop();
    }
    emit(begin);
    const kind = kindOf(e.name) ?? stack.at(-1)?.kind ?? null;
    stack.push({ kind, end: Math.min(end, stack.at(-1)?.end ?? end) });
  }
  while (stack.length > 0) {
    emit((stack.at(-1) as { end: number }).end);
    stack.pop();
  }

  const busyBetween = (from: number, to: number) => {
    const sums: Record<string, number> = {};
    for (const [s, e, kind] of own) {
      const overlap = Math.min(e, to) - Math.max(s, from);
      if (overlap > 0) sums[kind] = (sums[kind] ?? 0) + overlap;
    }
    return sums;
  };

  // The files the first screen loads (not those fetched ahead once it is usable).
  const files = resources.filter((r) => /\.(js|css)$/.test(r.path) && r.start < usable);
  const api = resources.filter((r) => r.path.startsWith('/api/')).sort((a, b) => a.start - b.start);
  const firstScript = main.find((e) => e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript');
  const milestones = [
    { label: 'navigation start', ms: 0 },
    { label: 'HTML arrived', ms: Math.min(...main.filter((e) => e.name === 'ParseHTML').map((e) => at(e.ts))) },
    { label: 'all JS and CSS files arrived', ms: Math.max(0, ...files.map((r) => r.end)) },
    ...(firstScript ? [{ label: 'first module evaluation starts', ms: at(firstScript.ts) }] : []),
    ...api.flatMap((r) => [
      { label: `${r.path.slice(5)} sent`, ms: r.start },
      { label: `${r.path.slice(5)} answered`, ms: r.end },
    ]),
    { label: 'first contentful paint', ms: fcp },
    { label: 'usable', ms: usable },
  ]
    .filter((m) => Number.isFinite(m.ms))
    .sort((a, b) => a.ms - b.ms);
  const stretches = milestones.slice(1).map((m, i) => {
    const from = milestones[i] as { label: string; ms: number };
    return { from: from.label, to: m.label, ms: m.ms - from.ms, busy: busyBetween(from.ms, m.ms) };
  });
  const total = busyBetween(0, usable);
  return {
    milestones,
    busy: Object.entries(total)
      .map(([kind, ms]) => ({ kind, ms }))
      .sort((a, b) => b.ms - a.ms),
    stretches,
  };
}

const f = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;

/** The breakdown as text for the console and the closing note. */
export function formatBreakdown(title: string, b: Breakdown): string {
  const usable = b.milestones.find((m) => m.label === 'usable')?.ms ?? Number.NaN;
  const busyTotal = b.busy.reduce((sum, x) => sum + x.ms, 0);
  const lines = [
    title,
    '',
    'Milestones (from navigation start):',
    ...b.milestones.map((m) => `  ${f(m.ms)}  ${m.label}`),
    '',
    `Main thread busy until usable: ${f(busyTotal)} of ${f(usable)} (the rest: waiting for files, api replies, frames)`,
    ...b.busy.map((x) => `  ${f(x.ms)}  ${x.kind}`),
    '',
    'Stretch by stretch (wall clock; main-thread busy time by kind within it):',
    ...b.stretches.map((s) => {
      const parts = Object.entries(s.busy)
        .filter(([, ms]) => ms >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`);
      return `  ${f(s.ms)}  ${s.from} → ${s.to}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
    }),
  ];
  return lines.join('\n');
}
