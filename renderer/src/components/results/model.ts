/**
 * What the results screen shows, worked out once from the scoring model: the scores of this
 * assessment, the previous assessment's scores beside them (compared area by area: by id within
 * one framework version, through the version mapping in shared/framework/mapping.ts across two,
 * so a change of version only drops the areas with no counterpart), and the
 * words and numbers every chart, table and card prints. No React here, so it can be tested alone.
 */
import { formatDateLong } from '../../../../shared/dates';
import type { Assessment, Importance } from '../../../../shared/domain';
import { IMPORTANCE_NAMES } from '../../../../shared/domain';
import { earlierAreaId, type Framework, getFramework } from '../../../../shared/framework';
import {
  type AreaScore,
  type AssessmentScores,
  formatLevel,
  levelLabel,
  type OverallScore,
  scoreAssessment,
} from '../../../../shared/scoring';

/** Short names for chart labels, so all eight fit round a radar chart on a laptop or projector. */
const SHORT_LABELS: Record<string, string> = {
  leadership: 'Leadership',
  relationships: 'Relationships',
  governance: 'Governance',
  teams: 'Neighbourhood teams',
  'population-health': 'Population health',
  'data-sharing': 'IT and data',
  'it-data': 'IT and data',
  'health-centre': 'Health centre',
  voice: 'Voice and influence',
};

export function shortLabel(areaId: string, title: string): string {
  return SHORT_LABELS[areaId] ?? title;
}

/** How this area did in the previous assessment. */
export type PreviousArea =
  /** The previous assessment's framework has no counterpart of this area. */
  { kind: 'missing' } | { kind: 'scored'; score: AreaScore };

export interface AreaResult {
  areaId: string;
  title: string;
  short: string;
  /** Position in the framework, from 1. */
  number: number;
  score: AreaScore;
  /** False when the PCN has not said how important the area is (it then counts as Medium). */
  importanceChosen: boolean;
  /** Null when there is nothing to compare with. */
  previous: PreviousArea | null;
}

export type Comparison =
  | { kind: 'none' }
  /** The previous assessment was made with a framework version this app does not know. */
  | { kind: 'unreadable'; date: string; version: string }
  | {
      kind: 'compared';
      date: string;
      overall: OverallScore;
      /** The two assessments used different framework versions. */
      versionChanged: boolean;
      previousVersion: string;
      /** Titles of this assessment's areas that the previous framework did not have. */
      newAreas: string[];
    };

export interface ResultsModel {
  scores: AssessmentScores;
  /** Framework order. */
  areas: AreaResult[];
  /** Priority order, highest first; areas with no evidence last. */
  ranked: AreaResult[];
  comparison: Comparison;
  /** Nothing at all answered yet: not even "Don't know". */
  empty: boolean;
  /** No area has a score (nothing answered with a level), so there is nothing to chart. */
  nothingScored: boolean;
}

export function buildResults(
  framework: Framework,
  current: Assessment,
  previous: Assessment | null,
  lookup: (version: string) => Framework | undefined = getFramework,
): ResultsModel {
  const scores = scoreAssessment(framework, current.responses, current.areaResponses);
  const chosen = new Set(current.areaResponses.filter((r) => r.importance !== null).map((r) => r.areaId));

  let comparison: Comparison = { kind: 'none' };
  let previousById: Map<string, AreaScore> | null = null;
  if (previous) {
    const date = formatDateLong(previous.assessmentDate);
    const previousFramework = lookup(previous.frameworkVersion);
    if (!previousFramework) {
      comparison = { kind: 'unreadable', date, version: previous.frameworkVersion };
    } else {
      const previousScores = scoreAssessment(previousFramework, previous.responses, previous.areaResponses);
      const earlierById = new Map(previousScores.areas.map((a) => [a.areaId, a]));
      // Keyed by this framework's area ids: each area's counterpart in the earlier version.
      const known = new Map<string, AreaScore>();
      for (const area of framework.areas) {
        const earlierId = earlierAreaId(framework, previousFramework, area.id);
        const score = earlierId === undefined ? undefined : earlierById.get(earlierId);
        if (score) known.set(area.id, score);
      }
      previousById = known;
      comparison = {
        kind: 'compared',
        date,
        overall: previousScores.overall,
        versionChanged: previousFramework.version !== framework.version,
        previousVersion: previousFramework.version,
        newAreas: framework.areas.filter((a) => !known.has(a.id)).map((a) => a.title),
      };
    }
  }

  const areas: AreaResult[] = framework.areas.map((area, index) => {
    const score = scores.areas[index] as AreaScore;
    const before = previousById?.get(area.id);
    return {
      areaId: area.id,
      title: area.title,
      short: shortLabel(area.id, area.title),
      number: index + 1,
      score,
      importanceChosen: chosen.has(area.id),
      previous: previousById ? (before ? { kind: 'scored', score: before } : { kind: 'missing' }) : null,
    };
  });
  const byId = new Map(areas.map((a) => [a.areaId, a]));
  const ranked = scores.ranked.map((id) => byId.get(id)).filter((a): a is AreaResult => a !== undefined);
  const { overall } = scores;
  return {
    scores,
    areas,
    ranked,
    comparison,
    empty: overall.answered === 0 && overall.dontKnow === 0,
    nothingScored: overall.current === null,
  };
}

/** "Developing (2.4)", or "Not assessed". */
export function levelText(value: number | null, label: string): string {
  return value === null ? 'Not assessed' : `${label} (${formatLevel(value)})`;
}

/** The six-month target in words and numbers: "Established (3.0)". */
export function targetText(score: AreaScore): string {
  return levelText(score.target, levelLabel(score.target));
}

/** Column and series name for the previous assessment: "Last time (14 May 2026)". */
export function previousLabelText(date: string): string {
  return `Last time (${date})`;
}

/** Tenths as shown on screen, so a change always matches the two numbers printed beside it. */
function shownTenths(value: number): number {
  return Math.round(Number(formatLevel(value)) * 10);
}

/** The change between two shown scores in words: "up 0.6", "down 0.2", "no change"; null if either is missing. */
export function changeText(now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const tenths = shownTenths(now) - shownTenths(before);
  if (tenths === 0) return 'no change';
  return `${tenths > 0 ? 'up' : 'down'} ${(Math.abs(tenths) / 10).toFixed(1)}`;
}

/** The change for an area in words, including why there is none. */
export function areaChangeText(area: AreaResult): string {
  if (!area.previous) return '';
  if (area.previous.kind === 'missing') return 'Not in the last assessment';
  if (area.previous.score.current === null) return 'Not assessed last time';
  if (area.score.current === null) return 'Not assessed this time';
  return changeText(area.score.current, area.previous.score.current) ?? '';
}

/** "Last time" for an area: "Emerging (1.2)", "Not assessed" or "Not in the last assessment". */
export function previousLevelText(area: AreaResult): string {
  if (!area.previous) return '';
  if (area.previous.kind === 'missing') return 'Not in the last assessment';
  return levelText(area.previous.score.current, area.previous.score.levelLabel);
}

export function importanceText(area: AreaResult): string {
  const name = IMPORTANCE_NAMES[area.score.importance as Importance];
  return area.importanceChosen ? name : `${name} (not chosen)`;
}

/** "High importance", or "Medium importance (not chosen)". */
export function importancePhrase(area: AreaResult): string {
  const name = IMPORTANCE_NAMES[area.score.importance as Importance];
  return `${name} importance${area.importanceChosen ? '' : ' (not chosen)'}`;
}

/** "No answers yet", with the "Don't know" count when every answer in the area is one. */
export function noEvidenceText(score: AreaScore): string {
  if (score.dontKnow === 0) return 'No answers yet';
  return `No answers yet: ${score.dontKnow} "Don't know"`;
}

/** "1.6 (Moderate gap)", or the reason there is no gap. */
export function gapText(score: AreaScore): string {
  if (score.noEvidence) return noEvidenceText(score);
  return `${formatLevel(score.gap)} (${score.gapLabel})`;
}

export function rankText(score: AreaScore): string {
  return score.noEvidence ? 'Not ranked' : String(score.rank);
}

/** nhsuk-tag colour for a gap label: the words carry the meaning, the colour only helps. */
export function gapTagClass(score: AreaScore): string {
  if (score.noEvidence) return 'nhsuk-tag--grey';
  switch (score.gapLabel) {
    case 'Large gap':
      return 'nhsuk-tag--orange';
    case 'Moderate gap':
      return 'nhsuk-tag--yellow';
    case 'Small gap':
      return 'nhsuk-tag--blue';
    default:
      return 'nhsuk-tag--green';
  }
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
