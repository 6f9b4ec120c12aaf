/**
 * The portfolio views, worked out from the PCNs' own figures: one pure function from the PCNs,
 * the directory's counts and a filter to everything the screen, the roll-up PDF and the exports
 * show. Rules (also printed on the method page, PORTFOLIO_METHOD):
 *
 * - Areas are compared across framework versions (2026.1 and 2026.2 ask about the same eight
 *   areas); questions only within one version, since the versions ask different questions.
 * - Spread: the minimum, quartiles (linear interpolation between the two nearest PCNs), median
 *   and maximum of the area scores of PCNs with a score in that area; and how many PCNs reached
 *   each level, by the level word their own report shows.
 * - Ranking: by the figure as shown to one decimal; PCNs shown with the same figure share a rank.
 * - A shared gap: a PCN's target for an area (or question) is one level or more above where it
 *   is now, as shown to one decimal. Areas and questions are listed by how many PCNs share it.
 * - "Sent a plan": a PCN whose assessment file is in the portfolio; a draft is one its PCN had
 *   not marked complete when it saved the file.
 */
import { getFramework } from '../framework/index';
import { earlierAreaId } from '../framework/mapping';
import type { Area, Framework } from '../framework/types';
import { formatLevel, levelLabel } from '../scoring';
import type { DirectoryPlace, PortfolioData, PortfolioFilter, PortfolioPcn } from './types';

/**
 * One collator for every sort by name: `localeCompare` with a locale builds a collator on each
 * call, which made sorting 1,298 PCNs take hundreds of milliseconds.
 */
export const byName = new Intl.Collator('en-GB').compare;

export const LEVEL_WORDS = ['Not started', 'Emerging', 'Developing', 'Established', 'Thriving'] as const;

export interface AreaSpread {
  areaId: string;
  title: string;
  /** PCNs with a score in this area. */
  n: number;
  /** PCNs in the view with no score in this area. */
  notAssessed: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** PCNs at each level (0 Not started … 4 Thriving), by the level word of their own score. */
  byLevel: number[];
}

export interface RankedPcn {
  rank: number;
  /** True when another PCN shares this rank. */
  tied: boolean;
  pcn: PortfolioPcn;
  value: number;
}

export interface SharedAreaGap {
  areaId: string;
  title: string;
  /** PCNs with a score in the area. */
  n: number;
  /** PCNs whose area gap, as shown, is 1.0 or more. */
  withGap: number;
}

export interface SharedQuestionGap {
  frameworkVersion: string;
  questionId: string;
  areaId: string;
  text: string;
  /** PCNs on this framework version with a level for the question. */
  n: number;
  withGap: number;
  /** PCNs on this version that answered "Don't know". */
  dontKnow: number;
}

export interface ActionsByArea {
  areaId: string;
  title: string;
  /** Actions starting in months 1 to 6 of the PCNs' plans. */
  months: number[];
  total: number;
}

export interface PopulationRow {
  icb: string;
  subIcb: string | null;
  pcnsInDirectory: number;
  pcnsSent: number;
  population: number;
  covered: number;
}

export interface PortfolioView {
  filter: PortfolioFilter;
  /** "All PCNs", an ICB's name, or "ICB name – sub-ICB name". */
  scope: string;
  pcns: PortfolioPcn[];
  versions: { version: string; count: number }[];
  /** The framework version whose areas the view shows (the newest among the PCNs). */
  areaFrameworkVersion: string;
  areas: { areaId: string; title: string }[];
  counts: {
    sent: number;
    complete: number;
    drafts: number;
    /** PCNs in the directory for this scope, or null without a directory. */
    inDirectory: number | null;
    /** PCNs in the portfolio that the directory does not list (typed names, or codes not found). */
    notInDirectory: number;
  };
  population: {
    /** Registered patients of the PCNs that sent a plan (directory figure, else the PCN's own). */
    covered: number;
    /** Registered patients of every PCN in the directory for this scope, or null without a directory. */
    total: number | null;
    rows: PopulationRow[];
  };
  spread: AreaSpread[];
  overallSpread: AreaSpread;
  ranking: { overall: RankedPcn[]; routes: RankedPcn[] };
  sharedGaps: { areas: SharedAreaGap[]; questions: SharedQuestionGap[] };
  actions: { byArea: ActionsByArea[]; total: number; pcnsWithActions: number };
}

/** Quantile by linear interpolation between the two nearest values of the sorted list. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (at - low);
}

/** The level index (0–4) of a score, by its word as the PCN's own report shows it. */
export function levelIndex(score: number): number {
  return LEVEL_WORDS.indexOf(levelLabel(score) as (typeof LEVEL_WORDS)[number]);
}

/** The gap as shown, to one decimal, is 1.0 or more. */
export function isSharedGap(gap: number | null): boolean {
  return gap !== null && Number(formatLevel(gap)) >= 1;
}

export function spreadOf(areaId: string, title: string, values: (number | null)[]): AreaSpread {
  const scored = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const byLevel = [0, 0, 0, 0, 0];
  for (const v of scored) byLevel[levelIndex(v)] = (byLevel[levelIndex(v)] ?? 0) + 1;
  return {
    areaId,
    title,
    n: scored.length,
    notAssessed: values.length - scored.length,
    min: scored[0] ?? null,
    q1: quantile(scored, 0.25),
    median: quantile(scored, 0.5),
    q3: quantile(scored, 0.75),
    max: scored.at(-1) ?? null,
    byLevel,
  };
}

/** The newest framework version among these, whose areas the views show. */
function newestFramework(versions: readonly string[]): Framework | undefined {
  return [...new Set(versions)]
    .sort()
    .reverse()
    .map((v) => getFramework(v))
    .find((f): f is Framework => f !== undefined);
}

/** The areas to show: those of the newest framework version in the portfolio, in its order. */
export function portfolioAreas(versions: readonly string[]): { areaId: string; title: string }[] {
  return (newestFramework(versions)?.areas ?? []).map((a) => ({ areaId: a.id, title: a.title }));
}

/**
 * The PCNs with their areas (and actions) under the newest version's area ids, so that PCNs on
 * different framework versions compare area by area: an area of the newest version is compared
 * with the earlier area its questions carry their answers from (shared/framework/mapping.ts), so
 * a renamed area still compares. Questions keep their own version's ids.
 */
const comparableCache = new WeakMap<PortfolioData, PortfolioPcn[]>();
export function comparablePcns(data: PortfolioData): PortfolioPcn[] {
  const cached = comparableCache.get(data);
  if (cached) return cached;
  const newest = newestFramework(data.pcns.map((p) => p.frameworkVersion));
  const maps = new Map<string, Map<string, string>>();
  const mapFor = (version: string) => {
    let map = maps.get(version);
    if (!map) {
      const earlier = getFramework(version);
      map = new Map<string, string>();
      for (const area of newest?.areas ?? []) {
        const from = earlier && newest ? earlierAreaId(newest, earlier, area.id) : undefined;
        if (from) map.set(from, area.id);
      }
      maps.set(version, map);
    }
    return map;
  };
  const out = data.pcns.map((p) => {
    if (!newest || p.frameworkVersion === newest.version) return p;
    const map = mapFor(p.frameworkVersion);
    return {
      ...p,
      areas: p.areas.filter((a) => map.has(a.areaId)).map((a) => ({ ...a, areaId: map.get(a.areaId) as string })),
      actions: p.actions.map((a) => ({ ...a, areaId: map.get(a.areaId) ?? a.areaId })),
    };
  });
  comparableCache.set(data, out);
  return out;
}

/** Each PCN's areas by id, built once per PCN: the views look up eight areas of 1,298 PCNs per filter. */
const areasById = new WeakMap<PortfolioPcn, Map<string, PortfolioPcn['areas'][number]>>();
export function pcnArea(p: PortfolioPcn, areaId: string): PortfolioPcn['areas'][number] | null {
  let byId = areasById.get(p);
  if (!byId) {
    byId = new Map(p.areas.map((a) => [a.areaId, a]));
    areasById.set(p, byId);
  }
  return byId.get(areaId) ?? null;
}

function inFilter(place: { icb: { code: string } | null; subIcb: { code: string } | null }, f: PortfolioFilter) {
  if (f.icbCode && place.icb?.code !== f.icbCode) return false;
  if (f.subIcbCode && place.subIcb?.code !== f.subIcbCode) return false;
  return true;
}

function rank(pcns: PortfolioPcn[], pick: (p: PortfolioPcn) => number | null): RankedPcn[] {
  const rows = pcns
    .map((pcn) => ({ pcn, value: pick(pcn) }))
    .filter((r): r is { pcn: PortfolioPcn; value: number } => r.value !== null)
    .map((r) => ({ ...r, shown: Number(formatLevel(r.value)) }))
    .sort((a, b) => b.shown - a.shown || byName(a.pcn.pcnName, b.pcn.pcnName));
  const out: RankedPcn[] = [];
  rows.forEach((r, i) => {
    const previous = rows[i - 1];
    const rankHere = previous && previous.shown === r.shown ? (out[i - 1]?.rank ?? i + 1) : i + 1;
    out.push({ rank: rankHere, tied: false, pcn: r.pcn, value: r.value });
  });
  const perRank = new Map<number, number>();
  for (const r of out) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  for (const r of out) r.tied = (perRank.get(r.rank) ?? 0) > 1;
  return out;
}

function questionText(framework: Framework | undefined, questionId: string): string {
  for (const area of framework?.areas ?? ([] as Area[])) {
    const q = area.questions.find((x) => x.id === questionId);
    if (q) return q.text;
  }
  return questionId;
}

export function scopeName(data: Pick<PortfolioData, 'places' | 'pcns'>, filter: PortfolioFilter): string {
  const places = [...data.places, ...data.pcns.map((p) => ({ icb: p.icb, subIcb: p.subIcb }))];
  const icb = filter.icbCode ? places.find((p) => p.icb?.code === filter.icbCode)?.icb : null;
  const sub = filter.subIcbCode ? places.find((p) => p.subIcb?.code === filter.subIcbCode)?.subIcb : null;
  if (sub) return sub.name;
  if (icb) return icb.name;
  return 'All PCNs in the portfolio';
}

/**
 * Views already worked out, per portfolio and filter: going back to a filter (all ICBs, say)
 * shows the figures at once instead of working out 1,298 PCNs again. The data is never changed
 * in place (a new import reads new data), so a view stays right for as long as its data lives.
 */
const viewCache = new WeakMap<PortfolioData, Map<string, PortfolioView>>();

export function portfolioView(data: PortfolioData, filter: PortfolioFilter): PortfolioView {
  const key = `${filter.icbCode ?? ''}|${filter.subIcbCode ?? ''}`;
  const views = viewCache.get(data) ?? new Map<string, PortfolioView>();
  viewCache.set(data, views);
  const cached = views.get(key);
  if (cached) return cached;
  const view = workOutView(data, filter);
  views.set(key, view);
  return view;
}

function workOutView(data: PortfolioData, filter: PortfolioFilter): PortfolioView {
  const pcns = comparablePcns(data).filter((p) => inFilter(p, filter));
  const places: DirectoryPlace[] = data.places.filter((p) => inFilter(p, filter));
  const versionCounts = new Map<string, number>();
  for (const p of pcns) versionCounts.set(p.frameworkVersion, (versionCounts.get(p.frameworkVersion) ?? 0) + 1);
  const versions = [...versionCounts]
    .map(([version, count]) => ({ version, count }))
    .sort((a, b) => a.version.localeCompare(b.version));
  const areas = portfolioAreas(data.pcns.map((p) => p.frameworkVersion));

  const areaValue = pcnArea;

  // Population, per directory place; PCNs outside the directory count with their own figure.
  const sentByPlace = new Map<string, { sent: number; covered: number }>();
  let covered = 0;
  for (const p of pcns) {
    covered += p.population ?? 0;
    if (!p.icb) continue;
    const key = `${p.icb.code}|${p.subIcb?.code ?? ''}`;
    const entry = sentByPlace.get(key) ?? { sent: 0, covered: 0 };
    entry.sent += 1;
    entry.covered += p.populationSource === 'directory' ? (p.population ?? 0) : 0;
    sentByPlace.set(key, entry);
  }
  const rows: PopulationRow[] = places
    .map((place) => {
      const sent = sentByPlace.get(`${place.icb.code}|${place.subIcb?.code ?? ''}`);
      return {
        icb: place.icb.name,
        subIcb: place.subIcb?.name ?? null,
        pcnsInDirectory: place.pcns,
        pcnsSent: sent?.sent ?? 0,
        population: place.population,
        covered: sent?.covered ?? 0,
      };
    })
    // Unfiltered, only the places PCNs sent plans from (not every one of England's 106 sub-ICBs);
    // filtered to an ICB or sub-ICB, every place in it, including those no plan came from.
    .filter((r) => filter.icbCode !== null || r.pcnsSent > 0)
    .sort((a, b) => byName(a.icb, b.icb) || byName(a.subIcb ?? '', b.subIcb ?? ''));
  const hasDirectory = data.places.length > 0;

  const spread = areas.map((a) =>
    spreadOf(
      a.areaId,
      a.title,
      pcns.map((p) => areaValue(p, a.areaId)?.current ?? null),
    ),
  );
  const overallSpread = spreadOf(
    'overall',
    'Overall readiness',
    pcns.map((p) => p.overall),
  );

  // Shared gaps go through every question of every PCN: worked out only when first shown.
  let sharedGaps: PortfolioView['sharedGaps'] | undefined;
  const workOutGaps = (): PortfolioView['sharedGaps'] => {
    const areaGaps: SharedAreaGap[] = areas
      .map((a) => {
        const scored = pcns.map((p) => areaValue(p, a.areaId)).filter((x) => x && x.current !== null);
        return {
          areaId: a.areaId,
          title: a.title,
          n: scored.length,
          withGap: scored.filter((x) => isSharedGap(x?.gap ?? null)).length,
        };
      })
      .sort((a, b) => b.withGap - a.withGap || b.withGap / (b.n || 1) - a.withGap / (a.n || 1));

    const questionStats = new Map<string, SharedQuestionGap>();
    for (const p of pcns) {
      const framework = getFramework(p.frameworkVersion);
      for (const q of p.questions) {
        const key = `${p.frameworkVersion}|${q.questionId}`;
        let s = questionStats.get(key);
        if (!s) {
          s = {
            frameworkVersion: p.frameworkVersion,
            questionId: q.questionId,
            areaId: q.areaId,
            text: questionText(framework, q.questionId),
            n: 0,
            withGap: 0,
            dontKnow: 0,
          };
          questionStats.set(key, s);
        }
        if (q.dontKnow) s.dontKnow += 1;
        if (q.current === null) continue;
        s.n += 1;
        if ((q.target ?? q.current) - q.current >= 1) s.withGap += 1;
      }
    }
    const questionGaps = [...questionStats.values()]
      .filter((q) => q.withGap > 0)
      .sort((a, b) => b.withGap - a.withGap || a.questionId.localeCompare(b.questionId))
      .slice(0, 10);
    return { areas: areaGaps, questions: questionGaps };
  };

  const byArea = new Map<string, number[]>(areas.map((a) => [a.areaId, [0, 0, 0, 0, 0, 0]]));
  let totalActions = 0;
  let pcnsWithActions = 0;
  for (const p of pcns) {
    if (p.actions.length > 0) pcnsWithActions += 1;
    for (const a of p.actions) {
      const months = byArea.get(a.areaId);
      if (!months || a.startMonth < 1 || a.startMonth > 6) continue;
      months[a.startMonth - 1] = (months[a.startMonth - 1] ?? 0) + 1;
      totalActions += 1;
    }
  }

  return {
    filter,
    scope: scopeName(data, filter),
    pcns,
    versions,
    areaFrameworkVersion: newestFramework(data.pcns.map((p) => p.frameworkVersion))?.version ?? '',
    areas,
    counts: {
      sent: pcns.length,
      complete: pcns.filter((p) => p.status === 'complete').length,
      drafts: pcns.filter((p) => p.status !== 'complete').length,
      inDirectory: hasDirectory ? places.reduce((t, p) => t + p.pcns, 0) : null,
      notInDirectory: pcns.filter((p) => p.icb === null).length,
    },
    population: {
      covered,
      total: hasDirectory ? places.reduce((t, p) => t + p.population, 0) : null,
      rows,
    },
    spread,
    overallSpread,
    ranking: { overall: rank(pcns, (p) => p.overall), routes: rank(pcns, (p) => p.routes) },
    get sharedGaps() {
      sharedGaps ??= workOutGaps();
      return sharedGaps;
    },
    actions: {
      byArea: areas.map((a) => {
        const months = byArea.get(a.areaId) ?? [0, 0, 0, 0, 0, 0];
        return { areaId: a.areaId, title: a.title, months, total: months.reduce((t, n) => t + n, 0) };
      }),
      total: totalActions,
      pcnsWithActions,
    },
  };
}

/** The ICBs and, per ICB, the sub-ICBs to filter by: from the directory and from the PCNs. */
export function filterOptions(
  data: PortfolioData,
): { icb: { code: string; name: string }; subIcbs: { code: string; name: string }[] }[] {
  const icbs = new Map<string, { name: string; subs: Map<string, string> }>();
  const add = (icb: { code: string; name: string } | null, sub: { code: string; name: string } | null) => {
    if (!icb) return;
    const entry = icbs.get(icb.code) ?? { name: icb.name, subs: new Map<string, string>() };
    if (sub) entry.subs.set(sub.code, sub.name);
    icbs.set(icb.code, entry);
  };
  for (const p of data.pcns) add(p.icb, p.subIcb);
  return [...icbs]
    .map(([code, e]) => ({
      icb: { code, name: e.name },
      subIcbs: [...e.subs].map(([c, name]) => ({ code: c, name })).sort((a, b) => byName(a.name, b.name)),
    }))
    .sort((a, b) => byName(a.icb.name, b.icb.name));
}

export const PORTFOLIO_METHOD: { heading: string; paragraphs: string[] }[] = [
  {
    heading: 'Where the figures come from',
    paragraphs: [
      'Each PCN’s figures are the ones its own report shows: an area’s score is the average of the PCN’s current levels for the questions it answered in that area, and overall readiness is the average of its area scores. “Don’t know” answers are left out of every average. Nothing is re-scored by the ICB.',
      'When a PCN sent more than one assessment, the newest is used (the later assessment date, then the later change).',
    ],
  },
  {
    heading: 'Two framework versions',
    paragraphs: [
      'PCNs may have used framework 2026.1 or 2026.2. Both rate the same eight areas on the same five levels, so areas and overall readiness are compared across versions. The questions differ between versions, so questions are only compared with the same question in the same version.',
    ],
  },
  {
    heading: 'Spread, ranking and shared gaps',
    paragraphs: [
      'The spread of an area gives the lowest and highest score, the median (the middle PCN) and the quartiles (a quarter of PCNs score below the lower quartile and a quarter above the upper one), worked out by linear interpolation between the two nearest PCNs. Levels are counted by the word each PCN’s own report shows: a score shown from 2.0 to 2.9 is “Developing”.',
      'PCNs are ranked on their figure as shown to one decimal place; PCNs shown with the same figure share a rank (marked “=”).',
      'A gap is shared when a PCN’s six-month target is one level or more above where it is now (1.0 or more as shown). Areas and questions are listed by how many PCNs share the gap.',
    ],
  },
  {
    heading: 'Plans sent, drafts and population',
    paragraphs: [
      'A PCN has sent a plan when its assessment file is in this portfolio. It is a draft when the PCN had not marked the assessment complete before saving the file.',
      'PCN counts and registered patients come from NHS England’s “Patients Registered at a GP Practice” files imported into the app. A PCN belongs to the ICB and sub-ICB location of most of its member practices. A PCN not found in the directory counts with the population it gave in its own profile, and is not placed in an ICB.',
    ],
  },
];
