/**
 * Assessment files as PCNs would send them to their ICB, generated from a seed: real PCN codes
 * and names (from NHS England's directory where a test has it), varied answers, drafts and
 * finished plans, actions across the six months, and every framework version the app knows.
 * The same seed always gives the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addMonths } from '../../shared/dates';
import type { Action, Assessment, QuestionResponse } from '../../shared/domain';
import { toAssessmentFile } from '../../shared/export/assessment-file';
import { FRAMEWORKS } from '../../shared/framework';
import type { Level } from '../../shared/framework/types';
import { planMonths } from '../../shared/plan';

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random() * 4) + 8) as number).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface GeneratedPcn {
  code: string | null;
  name: string;
  icb: string;
}

export interface GenerateOptions {
  seed: number;
  /** Framework versions to use in turn; every version the app knows when left out. */
  versions?: string[];
  /** The assessment date of every file (the plan starts on the first of the next month). */
  assessmentDate?: string;
}

const ACTION_VERBS = ['Agree', 'Map', 'Set up', 'Write', 'Test', 'Review', 'Name', 'Share'];
const ACTION_OBJECTS = [
  'a one-page neighbourhood purpose with member practices',
  'a monthly meeting with the community trust',
  'a data-sharing agreement for the integrated team',
  'the population health priorities for the footprint',
  'a lead for estates and the health centre pipeline',
  'a patient panel for the neighbourhood',
  'the governance route for a contract variation',
  'the care coordinator roles across practices',
];

export function generateAssessment(pcn: GeneratedPcn, index: number, options: GenerateOptions): Assessment {
  const random = seeded(options.seed * 100_003 + index);
  const versions = options.versions ?? Object.keys(FRAMEWORKS);
  const version = versions[index % versions.length] as string;
  const framework = FRAMEWORKS[version];
  if (!framework) throw new Error(`No framework ${version}`);
  const assessmentDate = options.assessmentDate ?? '2026-11-20';
  // The plan starts on the first of the month after the assessment.
  const start = addMonths(`${assessmentDate.slice(0, 8)}01`, 1);
  const months = planMonths(start);

  const base = 0.4 + random() * 3.0; // where this PCN is, broadly
  const responses: QuestionResponse[] = [];
  const actions: Action[] = [];
  for (const area of framework.areas) {
    const areaShift = (random() - 0.5) * 1.6;
    const gapQuestions: string[] = [];
    for (const q of area.questions) {
      const roll = random();
      if (roll < 0.04) continue; // left blank
      if (roll < 0.1) {
        responses.push({ questionId: q.id, current: null, dontKnow: true, target: null, notes: '' });
        continue;
      }
      const current = Math.max(0, Math.min(4, Math.round(base + areaShift + (random() - 0.5) * 1.8))) as Level;
      const rise = random() < 0.25 ? 0 : random() < 0.6 ? 1 : 2;
      const target = Math.min(4, current + rise) as Level;
      if (target > current) gapQuestions.push(q.id);
      responses.push({ questionId: q.id, current, dontKnow: false, target, notes: '' });
    }
    const count = gapQuestions.length === 0 ? 0 : Math.floor(random() * 3) + 1;
    for (let i = 0; i < count; i += 1) {
      const startMonth = Math.floor(random() * 6) + 1;
      const due = months[Math.min(6, startMonth + 1) - 1];
      actions.push({
        id: uuid(random),
        areaId: area.id,
        questionIds: gapQuestions.slice(i, i + 2),
        title: `${ACTION_VERBS[Math.floor(random() * ACTION_VERBS.length)]} ${ACTION_OBJECTS[Math.floor(random() * ACTION_OBJECTS.length)]}`,
        description: '',
        ownerName: '',
        ownerRole: random() < 0.5 ? 'Clinical director' : 'PCN manager',
        startMonth,
        dueDate: due?.end ?? start,
        status: random() < 0.7 ? 'not-started' : 'in-progress',
        successMeasure: 'Agreed by the PCN board and minuted.',
        suggestionId: null,
      });
    }
  }
  const updatedAt = `${assessmentDate}T${String(9 + (index % 9)).padStart(2, '0')}:00:00.000Z`;
  return {
    id: uuid(random),
    frameworkVersion: version,
    assessmentDate,
    planStart: start,
    status: random() < 0.8 ? 'complete' : 'in-progress',
    previousAssessmentId: null,
    profile: {
      pcnName: pcn.name,
      pcnCode: pcn.code,
      icb: pcn.icb,
      population: null,
      practices: [],
      directoryExtractDate: null,
    },
    responses,
    areaResponses: [],
    partners: [],
    participants: [],
    actions,
    dismissedSuggestionIds: [],
    deferrals: [],
    planCapacity: 12,
    workshop: { anonymous: false, questions: [], scores: [] },
    checkIns: [],
    createdAt: updatedAt,
    updatedAt,
  };
}

export function assessmentFileText(assessment: Assessment): string {
  return toAssessmentFile(assessment, {
    exportedAt: assessment.updatedAt,
    app: { name: 'Neighbourhood Ready', version: '0.1.0' },
  });
}

/** Writes one assessment file per PCN into `dir`; returns the paths in order. */
export function writePortfolioFiles(dir: string, pcns: GeneratedPcn[], options: GenerateOptions): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return pcns.map((pcn, i) => {
    const file = path.join(dir, `${(pcn.code ?? `pcn-${i}`).toLowerCase()}-assessment.json`);
    fs.writeFileSync(file, assessmentFileText(generateAssessment(pcn, i, options)));
    return file;
  });
}

/** Where NHS England's real files are, beside the repository (read-only reference data). */
export const NHS_DATA_DIR = path.resolve(import.meta.dirname, '../../../shared/data/nhs');

export function nhsFiles(): { mapping: string; population: string } | null {
  if (!fs.existsSync(NHS_DATA_DIR)) return null;
  const names = fs.readdirSync(NHS_DATA_DIR);
  const mapping = names.find((n) => n.startsWith('gp-reg-pat-prac-map'));
  const population = names.find((n) => n.startsWith('gp-reg-pat-prac-sing-age-regions'));
  if (!mapping || !population) return null;
  return { mapping: path.join(NHS_DATA_DIR, mapping), population: path.join(NHS_DATA_DIR, population) };
}
