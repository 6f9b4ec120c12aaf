/**
 * Workshop arithmetic: the spread of private ratings behind each agreed level, the split rule,
 * outliers, where consensus starts and when a reason is needed. Pure functions over plain data,
 * shared by the handlers (which enforce the consensus rule), the screens and the exports, so the
 * rules below are stated once and mean the same everywhere.
 *
 * Ratings are whole levels 0 to 4. "Don't know" is not a level: it is counted separately and left
 * out of the median, the range and the split rule.
 */
import type { Assessment, Participant, ParticipantScore, QuestionResponse, WorkshopQuestion } from './domain';
import type { Area, Framework, Question } from './framework/types';
import { LEVEL_NAMES, type Level } from './framework/types';

/** A level is "far" from the median at this many levels or more. */
export const OUTLIER_DISTANCE = 2;
/** Ratings spanning this many levels or more (lowest to highest) make a question split. */
export const SPLIT_RANGE = 3;

export const MEDIAN_RULE =
  'The median is the middle rating once they are put in order. With an even number of ratings there are two ' +
  'middle ones and the median is halfway between them: for 0, 1, 3 and 4 the middle ratings are 1 and 3 and the ' +
  'median is 2. Ratings above and below are measured from it in the same way, so nobody is favoured for being ' +
  'high or low. "Don\'t know" is counted separately and left out.';
/** MEDIAN_RULE in one line, for the projector when the two middle ratings differ. */
export const EVEN_COUNT_RULE =
  'With an even number of ratings the median is halfway between the two middle ones, and anyone 2 or more ' +
  'levels from it, above or below, is asked to explain.';
export const SPLIT_RULE =
  'Split: the ratings span 3 or more levels (for example 1 to 4), the two middle ratings are 2 or more levels ' +
  'apart, or at least a third of the people who gave a level are 2 or more levels away from the median.';
export const OUTLIER_RULE =
  'A rating 2 or more levels away from the median, above or below it, stands out: the person who gave it is ' +
  'asked to explain, and their reason is recorded.';
export const CONSENSUS_RULE =
  'The agreed level starts from the median, or from no level when the two middle ratings differ. A level ' +
  'outside the middle ratings needs a reason.';

export interface Spread {
  /** People who gave a level. */
  rated: number;
  /** People who said "Don't know". */
  dontKnow: number;
  /** How many people chose each level. */
  counts: Record<Level, number>;
  /**
   * The median: the middle rating, or for an even count halfway between the two middle ones, so
   * it may be a half level (1.5); null when nobody gave a level.
   */
  median: number | null;
  /** The two middle ratings in order (the same level twice for an odd count); null when nobody gave a level. */
  middle: { low: Level; high: Level } | null;
  lowest: Level | null;
  highest: Level | null;
  /** Highest minus lowest; null when nobody gave a level. */
  range: number | null;
  /** People whose level is OUTLIER_DISTANCE or more from the median. */
  outliers: number;
  /** By SPLIT_RULE. */
  split: boolean;
}

/** A rating as it is counted: a level, "don't know", or nothing given (not counted at all). */
export type Rating = Level | 'dont-know' | null;

/** The two middle levels once put in order (one level twice for an odd count), or null for none. */
export function middleLevels(levels: readonly Level[]): { low: Level; high: Level } | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  const low = sorted[Math.floor((sorted.length - 1) / 2)];
  const high = sorted[Math.floor(sorted.length / 2)];
  return low === undefined || high === undefined ? null : { low, high };
}

export function spreadOf(ratings: readonly Rating[]): Spread {
  const levels = ratings.filter((r): r is Level => typeof r === 'number');
  const counts = { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 } as Record<Level, number>;
  for (const level of levels) counts[level] += 1;
  const middle = middleLevels(levels);
  const median = middle === null ? null : (middle.low + middle.high) / 2;
  const lowest = levels.length > 0 ? (Math.min(...levels) as Level) : null;
  const highest = levels.length > 0 ? (Math.max(...levels) as Level) : null;
  const range = lowest !== null && highest !== null ? highest - lowest : null;
  const outliers = median === null ? 0 : levels.filter((l) => Math.abs(l - median) >= OUTLIER_DISTANCE).length;
  const middleApart = middle !== null && middle.high - middle.low >= OUTLIER_DISTANCE;
  const split =
    levels.length >= 2 &&
    ((range ?? 0) >= SPLIT_RANGE || middleApart || (outliers > 0 && outliers * 3 >= levels.length));
  return {
    rated: levels.length,
    dontKnow: ratings.filter((r) => r === 'dont-know').length,
    counts,
    median,
    middle,
    lowest,
    highest,
    range,
    outliers,
    split,
  };
}

/** Someone whose rating stands out, with how far from the median (negative: below it; may be a half level). */
export interface Outlier {
  participantId: string;
  current: Level | null;
  target: Level | null;
  /** Levels from the median of "now" when 2 or more away, else null. */
  currentOff: number | null;
  /** Levels from the median of the target when 2 or more away, else null. */
  targetOff: number | null;
}

export interface QuestionSpread {
  questionId: string;
  /** People with any score for this question. */
  responded: number;
  current: Spread;
  target: Spread;
  /** Split on "now" or on the target. */
  split: boolean;
  outliers: Outlier[];
}

function off(level: Level | null, median: number | null): number | null {
  if (level === null || median === null) return null;
  const d = level - median;
  return Math.abs(d) >= OUTLIER_DISTANCE ? d : null;
}

/**
 * The spread of one question's scores. `participantOrder` orders the outliers (the order people
 * are listed in); scores of anyone not in it come last.
 */
export function questionSpread(
  scores: readonly ParticipantScore[],
  questionId: string,
  participantOrder: readonly string[] = [],
): QuestionSpread {
  const mine = scores.filter(
    (s) => s.questionId === questionId && (s.current !== null || s.dontKnow || s.target !== null),
  );
  const rank = (id: string) => {
    const i = participantOrder.indexOf(id);
    return i < 0 ? participantOrder.length : i;
  };
  mine.sort((a, b) => rank(a.participantId) - rank(b.participantId));
  const current = spreadOf(mine.map((s): Rating => (s.dontKnow ? 'dont-know' : s.current)));
  const target = spreadOf(mine.map((s): Rating => s.target));
  const outliers = mine.flatMap((s): Outlier[] => {
    const currentOff = s.dontKnow ? null : off(s.current, current.median);
    const targetOff = off(s.target, target.median);
    if (currentOff === null && targetOff === null) return [];
    return [{ participantId: s.participantId, current: s.current, target: s.target, currentOff, targetOff }];
  });
  return { questionId, responded: mine.length, current, target, split: current.split || target.split, outliers };
}

/** The levels a group agrees for a question. */
export interface Agreed {
  current: Level | null;
  dontKnow: boolean;
  target: Level | null;
}

/** The level consensus starts from: the median when it is one level both middle ratings share, else none. */
function startLevel(spread: Spread): Level | null {
  return spread.middle !== null && spread.middle.low === spread.middle.high ? spread.middle.low : null;
}

/**
 * Where consensus starts: the medians. When the two middle ratings differ it starts with no level
 * chosen (the screens show both), so neither side's view is the default. With no level given for
 * "now" but someone saying "Don't know", it starts at "Don't know"; with nothing given, empty.
 */
export function consensusStart(spread: QuestionSpread): Agreed {
  const dontKnow = spread.current.middle === null && spread.current.dontKnow > 0;
  return { current: startLevel(spread.current), dontKnow, target: startLevel(spread.target) };
}

/** Whether a level lies outside the middle ratings (from the lower to the upper middle one). */
function outsideMiddle(spread: Spread, level: Level | null): boolean {
  const m = spread.middle;
  return m !== null && (level === null || level < m.low || level > m.high);
}

/**
 * Which agreed levels differ from the median: lie outside the two middle ratings (for an odd count,
 * anything but the median). Where nobody gave a level there is no median, so nothing can differ
 * from it. Agreeing "Don't know" where there is a median differs from it.
 */
export function differsFromMedian(spread: QuestionSpread, agreed: Agreed): { current: boolean; target: boolean } {
  return {
    current: spread.current.middle !== null && (agreed.dontKnow || outsideMiddle(spread.current, agreed.current)),
    target: outsideMiddle(spread.target, agreed.target),
  };
}

/** A reason is required when an agreed level differs from its median (CONSENSUS_RULE). */
export function reasonRequired(spread: QuestionSpread, agreed: Agreed): boolean {
  const d = differsFromMedian(spread, agreed);
  return d.current || d.target;
}

// ---------------------------------------------------------------------------------------------
// Words, the same in the app, the PDF and the HTML

export function levelText(level: Level): string {
  return `${level} ${LEVEL_NAMES[level]}`;
}

/** A level distance or a median in figures: "2", "1.5". */
export function halfLevels(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * "2 Developing"; "2, halfway between 1 Emerging and 3 Established" when the two middle ratings
 * differ; or "none" when nobody gave a level.
 */
export function medianWords(spread: Spread): string {
  const { median, middle } = spread;
  if (median === null || middle === null) return 'none';
  if (middle.low === middle.high) return levelText(middle.low);
  return `${halfLevels(median)}, halfway between ${levelText(middle.low)} and ${levelText(middle.high)}`;
}

/** "the median is 2 Developing", or "the middle ratings are 1 Emerging and 3 Established". */
export function medianClause(spread: Spread): string {
  const { middle } = spread;
  if (middle === null) return 'nobody gave a level';
  if (middle.low === middle.high) return `the median is ${levelText(middle.low)}`;
  return `the middle ratings are ${levelText(middle.low)} and ${levelText(middle.high)}`;
}

/** "1 to 4 (3 levels apart)", "all 2", or "none". */
export function rangeWords(spread: Spread): string {
  if (spread.lowest === null || spread.highest === null || spread.range === null) return 'none';
  if (spread.range === 0) return spread.rated === 1 ? `${spread.lowest} only` : `all ${spread.lowest}`;
  return `${spread.lowest} to ${spread.highest} (${spread.range} ${spread.range === 1 ? 'level' : 'levels'} apart)`;
}

/** "Median 2 Developing, range 1 to 4 (3 levels apart), 1 don't know." */
export function spreadSentence(spread: Spread): string {
  if (spread.rated === 0) {
    return spread.dontKnow === 0 ? 'No ratings.' : `No levels given; ${spread.dontKnow} don't know.`;
  }
  const dk = spread.dontKnow > 0 ? `, ${spread.dontKnow} don't know` : '';
  return `Median ${medianWords(spread)}, range ${rangeWords(spread)}${dk}.`;
}

/** "Participant 3" in an anonymous session or for a person with no name given; otherwise the name. */
export function participantLabels(participants: readonly Participant[], anonymous: boolean): Map<string, string> {
  return new Map(
    participants.map((p, i) => [p.id, anonymous || p.name.trim() === '' ? `Participant ${i + 1}` : p.name.trim()]),
  );
}

/**
 * The assessment as it may leave the app: in an anonymous workshop, participants' names are
 * removed (their organisations and roles stay).
 */
export function withAnonymity<A extends Assessment>(a: A): A {
  if (!a.workshop.anonymous) return a;
  return { ...a, participants: a.participants.map((p) => ({ ...p, name: '' })) };
}

/** "2 below the median", "2.5 above the median". */
export function offWords(off: number): string {
  return `${halfLevels(Math.abs(off))} ${off < 0 ? 'below' : 'above'} the median`;
}

// ---------------------------------------------------------------------------------------------
// The workshop behind an assessment, for the exports

export interface WorkshopItem {
  area: Area;
  question: Question;
  /** e.g. "1.3" */
  number: string;
  spread: QuestionSpread;
  /** The agreed levels (the question's response), or null if not answered. */
  agreed: QuestionResponse | null;
  /** Whether the group agreed a consensus in the workshop. */
  consensus: boolean;
  consensusReason: string;
  /** Reasons people gave, with who gave them (no names in an anonymous session). */
  reasons: { who: string; current: Level | null; dontKnow: boolean; target: Level | null; reason: string }[];
}

export interface WorkshopReport {
  anonymous: boolean;
  /** Questions whose scores were revealed, in framework order. Unrevealed scores are never reported. */
  items: WorkshopItem[];
  /** People who gave at least one score. */
  participantsWithScores: number;
}

/**
 * What the exports say about the workshop, or null when the assessment had none (no revealed
 * scores). Only revealed questions are reported: scores still hidden in the app stay hidden in
 * every document made from it. In an anonymous session a reason is attributed to nobody.
 */
export function workshopReport(assessment: Assessment, framework: Framework): WorkshopReport | null {
  const { workshop, participants } = assessment;
  const state = new Map<string, WorkshopQuestion>(workshop.questions.map((q) => [q.questionId, q]));
  const order = participants.map((p) => p.id);
  const labels = participantLabels(participants, workshop.anonymous);
  const responses = new Map(assessment.responses.map((r) => [r.questionId, r]));
  // Each question's scores, found once rather than by looking through everyone's scores per question.
  const scoresOf = new Map<string, ParticipantScore[]>();
  for (const score of workshop.scores) {
    const list = scoresOf.get(score.questionId);
    if (list) list.push(score);
    else scoresOf.set(score.questionId, [score]);
  }
  const items: WorkshopItem[] = [];
  framework.areas.forEach((area, a) => {
    area.questions.forEach((question, q) => {
      const s = state.get(question.id);
      if (!s?.revealedAt) return;
      const scores = scoresOf.get(question.id) ?? [];
      const spread = questionSpread(scores, question.id, order);
      if (spread.responded === 0) return;
      const reasons = scores
        .filter((score) => score.reason.trim() !== '')
        .sort((x, y) => order.indexOf(x.participantId) - order.indexOf(y.participantId))
        .map((score) => ({
          who: workshop.anonymous ? 'A participant' : (labels.get(score.participantId) ?? 'A participant'),
          current: score.current,
          dontKnow: score.dontKnow,
          target: score.target,
          reason: score.reason.trim(),
        }));
      items.push({
        area,
        question,
        number: `${a + 1}.${q + 1}`,
        spread,
        agreed: responses.get(question.id) ?? null,
        consensus: s.agreedAt !== null,
        consensusReason: s.consensusReason.trim(),
        reasons,
      });
    });
  });
  if (items.length === 0) return null;
  const scored = new Set(workshop.scores.map((s) => s.participantId));
  return {
    anonymous: workshop.anonymous,
    items,
    participantsWithScores: participants.filter((p) => scored.has(p.id)).length,
  };
}

/** "3 Established" for an agreed response; "Don't know"; or "not agreed". */
export function agreedWords(r: QuestionResponse | null, part: 'current' | 'target'): string {
  if (!r) return 'not agreed';
  if (part === 'current') {
    if (r.dontKnow) return "Don't know";
    return r.current === null ? 'not agreed' : levelText(r.current);
  }
  return r.target === null ? 'not set' : levelText(r.target);
}

/** "2", "Don't know" or "—" for one person's rating. */
export function ratingWords(current: Level | null, dontKnow: boolean): string {
  if (dontKnow) return "Don't know";
  return current === null ? '—' : String(current);
}
