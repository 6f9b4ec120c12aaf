/**
 * The portfolio as rows, for the spreadsheet and the CSV: one row per PCN × area, and one row
 * per action. Figures are written as the PCNs' own reports show them (one decimal) with the
 * level and gap in words beside them. The CSV uses the app's Excel-safe writer (csv.ts).
 */
import { ACTION_STATUS_NAMES, type Assessment } from '../domain';
import { csvField } from '../export/csv';
import { findArea, findQuestion, getFramework } from '../framework/index';
import { gapFigure, levelFigure, startMonthWords } from '../report';
import { shownGap } from '../scoring';
import type { PortfolioView } from './aggregate';

export const AREA_ROW_COLUMNS = [
  'PCN code',
  'PCN name',
  'ICB',
  'Sub-ICB location',
  'Framework version',
  'Assessment date',
  'Plan status',
  'Area',
  'Score now',
  'Level now',
  'Six-month target',
  'Gap',
  'Gap in words',
  'Questions answered',
  'Don’t know',
  'Questions in area',
  'Overall readiness',
  'Routes readiness',
] as const;

export const ACTION_ROW_COLUMNS = [
  'PCN code',
  'PCN name',
  'ICB',
  'Sub-ICB location',
  'Area',
  'Questions',
  'Action',
  'Owner role',
  'Start month',
  'Due date',
  'Status',
  'Success measure',
] as const;

/** A figure as the PCN's report shows it; an empty cell when there is none, so the column stays numeric. */
const shown = (x: number | null) => (x === null ? '' : levelFigure(x).shown);

export function areaRows(view: PortfolioView): string[][] {
  const rows: string[][] = [];
  for (const p of view.pcns) {
    for (const area of view.areas) {
      const a = p.areas.find((x) => x.areaId === area.areaId);
      rows.push([
        p.pcnCode ?? '',
        p.pcnName,
        p.icb?.name ?? p.icbText,
        p.subIcb?.name ?? '',
        p.frameworkVersion,
        p.assessmentDate,
        p.status === 'complete' ? 'Complete' : 'Draft',
        area.title,
        shown(a?.current ?? null),
        levelFigure(a?.current ?? null).words,
        shown(a?.target ?? null),
        // The gap as the difference of the two figures shown, so they add up (report model).
        shown(shownGap(a?.current ?? null, a?.target ?? null)),
        gapFigure(a?.current ?? null, a?.target ?? null).words,
        String(a?.answered ?? 0),
        String(a?.dontKnow ?? 0),
        String(a?.total ?? 0),
        shown(p.overall),
        shown(p.routes),
      ]);
    }
  }
  return rows;
}

/** One row per action of every PCN in the view; `assessments` are the stored files by portfolio id. */
export function actionRows(view: PortfolioView, assessments: Map<string, Assessment>): string[][] {
  const rows: string[][] = [];
  for (const p of view.pcns) {
    const a = assessments.get(p.id);
    const framework = a ? getFramework(a.frameworkVersion) : undefined;
    if (!a || !framework) continue;
    for (const action of a.actions) {
      rows.push([
        p.pcnCode ?? '',
        p.pcnName,
        p.icb?.name ?? p.icbText,
        p.subIcb?.name ?? '',
        findArea(framework, action.areaId)?.title ?? action.areaId,
        action.questionIds.map((id) => findQuestion(framework, id)?.question.text ?? id).join(' | '),
        action.title,
        action.ownerRole,
        startMonthWords(action.startMonth, a.planStart),
        action.dueDate,
        ACTION_STATUS_NAMES[action.status] ?? action.status,
        action.successMeasure,
      ]);
    }
  }
  return rows;
}

/** PCN × area rows as CSV (UTF-8 with a byte order mark, CRLF, formula-guarded). */
export function portfolioCsv(view: PortfolioView): string {
  const rows = [[...AREA_ROW_COLUMNS], ...areaRows(view)];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
