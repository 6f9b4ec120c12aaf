/**
 * What the delivery outputs say (the action tracker spreadsheet, the Word plan, the progress
 * report and the preparedness statement), read from the report model (shared/report) and the
 * progress rules (shared/progress.ts), so every output prints the same figures and words as the
 * screens and the plan PDF. Builders format what is here and compute nothing of their own.
 */
import { type Assessment, type IsoDate, PROGRESS_STATUS_NAMES } from '../domain';
import type { Framework } from '../framework/types';
import { type ActionProgress, type Progress, progressOf } from '../progress';
import { buildReport, levelWords } from '../report';
import { dateLong } from '../words';

export interface DeliveryArea {
  areaId: string;
  title: string;
  /** "1" = highest priority; "Not ranked" for an area with no answers (last). */
  rank: string;
  /** "Developing (2.4)", or "Not assessed". */
  now: string;
  target: string;
  /** "Moderate gap (1.2)", or "Not assessed". */
  gap: string;
  importance: string;
  summary: string;
  actionCount: number;
}

export interface DeliveryAction {
  id: string;
  /** "A1", "A2"… in plan order, the same in every output. */
  ref: string;
  areaTitle: string;
  title: string;
  description: string;
  questions: string[];
  /** The area's gap in words and figures. */
  gap: string;
  owner: string;
  /** "Month 2 (Jan 2027)". */
  starts: string;
  plannedDue: IsoDate;
  due: IsoDate;
  status: string;
  overdue: boolean;
  latestNote: string;
  successMeasure: string;
  progress: ActionProgress;
}

/** A check-in in words, for the timeline in every output. */
export interface DeliveryCheckIn {
  checkedOn: IsoDate;
  /** "In the app" or "From the spreadsheet". */
  source: string;
  note: string;
  entries: { actionTitle: string; status: string; note: string; dueDate: IsoDate; newDueDate: IsoDate | null }[];
  ratings: { question: string; level: string }[];
}

export interface DeliveryModel {
  pcnName: string;
  pcnCode: string | null;
  icb: string;
  assessmentDate: IsoDate;
  today: IsoDate;
  /** "1 December 2026 to 31 May 2027". */
  planPeriod: string;
  /** "Developing (2.1)", and the target and gap likewise. */
  overall: { now: string; target: string; gap: string };
  /** Areas in priority order. */
  areas: DeliveryArea[];
  /** Actions in plan order (area, start month, due date). */
  actions: DeliveryAction[];
  progress: Progress;
  /** Check-ins, oldest first. */
  checkIns: DeliveryCheckIn[];
  /** Level names for re-rated questions: "2 Developing". */
  levelWords(level: number | null, dontKnow?: boolean): string;
  questionText(questionId: string): string;
}

export function deliveryModel(assessment: Assessment, framework: Framework, today: IsoDate): DeliveryModel {
  // The delivery outputs do not print the workshop: its summary is left out of their report.
  const report = buildReport(assessment, framework, { workshop: false });
  const progress = progressOf(assessment, today);
  const progressById = new Map(progress.actions.map((p) => [p.action.id, p]));

  const areas = report.ranked.map(
    (area): DeliveryArea => ({
      areaId: area.id,
      title: area.title,
      rank: area.rankShown,
      now: area.current.text,
      target: area.target.text,
      gap: area.noEvidence ? area.gap.words : `${area.gap.words} (${area.gap.shown})`,
      importance: area.importanceWords,
      summary: assessment.areaResponses.find((r) => r.areaId === area.id)?.summary ?? '',
      actionCount: report.actions.filter((a) => a.areaId === area.id).length,
    }),
  );

  const actions = report.actions.map((a, i): DeliveryAction => {
    const p = progressById.get(a.action.id) as ActionProgress;
    return {
      id: a.action.id,
      ref: `A${i + 1}`,
      areaTitle: a.areaTitle,
      title: a.action.title,
      description: a.action.description,
      questions: a.questions.map((q) => `${q.number} ${q.text}`),
      gap: a.area ? `${a.area.gap.words} (${a.area.gap.shown})` : 'Not assessed',
      owner: a.ownerRole ? `${a.ownerShown}, ${a.ownerRole}` : a.ownerShown,
      starts: a.startShown,
      plannedDue: p.plannedDueDate,
      due: a.action.dueDate,
      status: PROGRESS_STATUS_NAMES[p.status],
      overdue: p.overdue,
      latestNote: p.latestNote,
      successMeasure: a.action.successMeasure,
      progress: p,
    };
  });

  const questionText = (questionId: string) => {
    const q = report.question(questionId);
    return q ? `${q.number} ${q.text}` : questionId;
  };
  const levelText = (level: number | null, dontKnow = false) =>
    dontKnow ? "Don't know" : levelWords(level, 'Not rated');
  const checkIns = assessment.checkIns.map(
    (c): DeliveryCheckIn => ({
      checkedOn: c.checkedOn,
      source: c.source === 'app' ? 'In the app' : 'From the spreadsheet',
      note: c.note,
      entries: c.entries.map((e) => ({
        actionTitle: e.actionTitle,
        status: PROGRESS_STATUS_NAMES[e.status],
        note: e.note,
        dueDate: e.dueDate,
        newDueDate: e.newDueDate,
      })),
      ratings: c.ratings.map((r) => ({
        question: questionText(r.questionId),
        level: levelText(r.current, r.dontKnow),
      })),
    }),
  );

  return {
    pcnName: assessment.profile.pcnName,
    pcnCode: assessment.profile.pcnCode,
    icb: assessment.profile.icb,
    assessmentDate: assessment.assessmentDate,
    today,
    planPeriod: report.planEnd
      ? `${dateLong(assessment.planStart)} to ${dateLong(report.planEnd)}`
      : report.sentences.planPeriod,
    overall: {
      now: report.overall.current.text,
      target: report.overall.target.text,
      gap: report.overall.nothingScored
        ? report.overall.gap.words
        : `${report.overall.gap.words} (${report.overall.gap.shown})`,
    },
    areas,
    actions,
    progress,
    checkIns,
    levelWords: levelText,
    questionText,
  };
}
