/**
 * What the results screen shows: the report model (`shared/report`, the same figures, words and
 * sentences as the PDF, HTML and CSV) with the previous assessment beside it, plus the few
 * screen-only choices (tag colours, phrasing of a table cell). No React here, so it can be
 * tested alone. Nothing here computes a figure or a level or gap word.
 */
import type { Assessment } from '../../../../shared/domain';
import { type Framework, getFramework } from '../../../../shared/framework';
import {
  buildReport,
  type PreviousArea,
  type Report,
  type ReportArea,
  type ReportComparison,
} from '../../../../shared/report';

export type { PreviousArea } from '../../../../shared/report';

export interface AreaResult extends ReportArea {
  /** The area's id (the same as `id`), kept for the screen's keys. */
  areaId: string;
  /** Null when there is nothing to compare with. */
  previous: PreviousArea | null;
}

export interface ResultsModel {
  report: Report;
  /** Framework order. */
  areas: AreaResult[];
  /** Priority order, highest first; areas with no evidence last. */
  ranked: AreaResult[];
  comparison: ReportComparison;
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
  const report = buildReport(current, framework, {
    previous: previous ? { assessment: previous, framework: lookup(previous.frameworkVersion) } : null,
  });
  const { comparison } = report;
  const areas: AreaResult[] = report.areas.map((area) => ({
    ...area,
    areaId: area.id,
    previous: comparison.kind === 'compared' ? (comparison.areas.get(area.id) ?? { kind: 'missing' }) : null,
  }));
  const byId = new Map(areas.map((a) => [a.id, a]));
  const ranked = report.ranked.map((a) => byId.get(a.id)).filter((a): a is AreaResult => a !== undefined);
  return {
    report,
    areas,
    ranked,
    comparison,
    empty: report.overall.empty,
    nothingScored: report.overall.nothingScored,
  };
}

/** Column and series name for the previous assessment: "Last time (14 May 2026)". */
export function previousLabelText(date: string): string {
  return `Last time (${date})`;
}

/** The change for an area in words, including why there is none. */
export function areaChangeText(area: AreaResult): string {
  if (!area.previous) return '';
  if (area.previous.kind === 'missing') return 'Not in the last assessment';
  return area.previous.change;
}

/** "Last time" for an area: "Emerging (1.2)", "Not assessed" or "Not in the last assessment". */
export function previousLevelText(area: AreaResult): string {
  if (!area.previous) return '';
  if (area.previous.kind === 'missing') return 'Not in the last assessment';
  return area.previous.levelText;
}

export function importanceText(area: AreaResult): string {
  return area.importanceChosen ? area.importanceWords : `${area.importanceWords} (not chosen)`;
}

/** "High importance", or "Medium importance (not chosen)". */
export function importancePhrase(area: AreaResult): string {
  return `${area.importanceWords} importance${area.importanceChosen ? '' : ' (not chosen)'}`;
}

/** "No answers yet", with the "Don't know" count when every answer in the area is one. */
export function noEvidenceText(area: ReportArea): string {
  if (area.counts.dontKnow === 0) return 'No answers yet';
  return `No answers yet: ${area.counts.dontKnow} "Don't know"`;
}

/** "+1.6 (Moderate gap)", or the reason there is no gap. */
export function gapText(area: ReportArea): string {
  if (area.noEvidence) return noEvidenceText(area);
  return `${area.gap.signed} (${area.gap.words})`;
}

/** nhsuk-tag colour for a gap: the words carry the meaning, the colour only helps. */
export function gapTagClass(area: ReportArea): string {
  if (area.noEvidence) return 'nhsuk-tag--grey';
  switch (area.gap.words) {
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
