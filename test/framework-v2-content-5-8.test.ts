import { describe, expect, it } from 'vitest';
import { allQuestions, frameworkV1, LEVELS } from '../shared/framework';
import { NATIONAL_LINKS } from '../shared/framework/national';
import type { Area, SuggestedAction } from '../shared/framework/types';
import { healthCentre } from '../shared/framework/v2/health-centre';
import { itData } from '../shared/framework/v2/it-data';
import { populationHealth } from '../shared/framework/v2/population-health';
import { voice } from '../shared/framework/v2/voice';

const PARTS: { id: string; part: { area: Area; actions: SuggestedAction[] } }[] = [
  { id: 'population-health', part: populationHealth },
  { id: 'it-data', part: itData },
  { id: 'health-centre', part: healthCentre },
  { id: 'voice', part: voice },
];

const OWNER_ROLES = new Set([
  'Clinical director',
  'PCN manager',
  'Deputy clinical director',
  'PCN board',
  'Population health lead',
  'IG lead / data protection officer',
  'Estates lead',
  'Digital lead',
]);

/**
 * Every question the seed article asks in areas 5 to 8, in its words, with the v2 question that
 * asks it and words that question's text must keep so a reader recognises it.
 */
const SEED_QUESTIONS: { seed: string; questionId: string; keeps: string[] }[] = [
  {
    seed: 'Are the specific needs of the local population understood?',
    questionId: 'v2.population-health.needs',
    keeps: ['needs', 'local population', 'understood'],
  },
  {
    seed: 'Have groups with similar needs been defined, and specific cohorts of patients been prioritised?',
    questionId: 'v2.population-health.cohorts',
    keeps: ['groups with similar needs', 'defined', 'cohorts', 'prioritised'],
  },
  {
    seed: 'Is there a neighbourhood plan to improve population health and reduce health inequalities?',
    questionId: 'v2.population-health.neighbourhood-plan',
    keeps: ['neighbourhood plan', 'population health', 'health inequalities', 'health and wellbeing board'],
  },
  {
    seed: 'Are partners across the neighbourhood bought into this?',
    questionId: 'v2.population-health.partner-buy-in',
    keeps: ['partners across the neighbourhood', 'bought into'],
  },
  {
    seed: 'Can information be shared across the different teams in the neighbourhood?',
    questionId: 'v2.it-data.shared-records',
    keeps: ['information be shared across the different teams'],
  },
  {
    seed: 'Are mechanisms in place to allow this to happen?',
    questionId: 'v2.it-data.agreement',
    keeps: ['mechanisms in place'],
  },
  {
    seed: 'Has the neighbourhood health centre been identified?',
    questionId: 'v2.health-centre.identified',
    keeps: ['neighbourhood health centre', 'identified', 'estates route'],
  },
  {
    seed: 'If it has, what steps can be taken to develop it?',
    questionId: 'v2.health-centre.development-steps',
    keeps: ['steps', 'develop'],
  },
  {
    seed: 'Is the PCN actively influencing the place-based partnership board that is making the key decisions about neighbourhoods, now?',
    questionId: 'v2.voice.influencing-now',
    keeps: ['actively influencing', 'place-based partnership board', 'now'],
  },
  {
    seed: '... both now and as they develop?',
    questionId: 'v2.voice.as-they-develop',
    keeps: ['develop', 'shape and design'],
  },
  {
    seed: 'What actions can the PCN take to develop its influence further?',
    questionId: 'v2.voice.one-voice',
    keeps: ['developing its influence further'],
  },
];

const v1QuestionIds = new Set(allQuestions(frameworkV1).map((q) => q.id));

/** Every string anywhere inside a value, with a path saying where it is. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

/** Sentence ends: . ? or ! followed by a space or the end of the text. */
function sentenceCount(text: string): number {
  return (text.match(/[.?!](?=\s|$)/g) ?? []).length;
}

describe('framework v2 content, areas 5 to 8', () => {
  it('exports each area under its id, with a one or two sentence purpose and about five questions', () => {
    for (const { id, part } of PARTS) {
      expect(part.area.id).toBe(id);
      expect(part.area.title.trim().length, id).toBeGreaterThan(0);
      expect(sentenceCount(part.area.purpose), id).toBeGreaterThanOrEqual(1);
      expect(sentenceCount(part.area.purpose), id).toBeLessThanOrEqual(2);
      expect(part.area.questions.length, id).toBeGreaterThanOrEqual(4);
      expect(part.area.questions.length, id).toBeLessThanOrEqual(6);
    }
  });

  it('gives every area a ladder of five distinct level descriptors', () => {
    for (const { id, part } of PARTS) {
      const ladder = LEVELS.map((level) => part.area.levels[level]);
      for (const text of ladder) expect(text?.trim().length, id).toBeGreaterThan(20);
      expect(new Set(ladder).size, id).toBe(5);
    }
  });

  it('uses unique question and action ids prefixed v2.<area id>. with a kebab-case slug', () => {
    const seen = new Set<string>();
    for (const { id, part } of PARTS) {
      for (const item of [...part.area.questions, ...part.actions]) {
        expect(item.id.startsWith(`v2.${id}.`), item.id).toBe(true);
        expect(item.id.slice(`v2.${id}.`.length), item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(seen.has(item.id), `duplicate ${item.id}`).toBe(false);
        seen.add(item.id);
      }
    }
  });

  it('asks every question as one question with help, and links it to real national expectations', () => {
    for (const { part } of PARTS) {
      for (const q of part.area.questions) {
        expect(q.text.endsWith('?'), q.id).toBe(true);
        expect(sentenceCount(q.text), q.id).toBe(1);
        expect(sentenceCount(q.help), q.id).toBeGreaterThanOrEqual(2);
        expect(q.links?.length ?? 0, q.id).toBeGreaterThan(0);
        for (const link of q.links ?? []) expect(Object.hasOwn(NATIONAL_LINKS, link), `${q.id} ${link}`).toBe(true);
        expect(new Set(q.links).size, q.id).toBe(q.links?.length);
      }
    }
  });

  it('gives every question five distinct, non-empty, one-sentence anchors, each with evidence', () => {
    for (const { part } of PARTS) {
      for (const q of part.area.questions) {
        expect(q.anchors, q.id).toBeDefined();
        const anchors = q.anchors;
        if (!anchors) continue;
        expect(Object.keys(anchors).sort(), q.id).toEqual(['0', '1', '2', '3', '4']);
        for (const level of LEVELS) {
          const where = `${q.id} anchor ${level}`;
          expect(anchors[level].text.trim().length, where).toBeGreaterThan(10);
          expect(sentenceCount(anchors[level].text), where).toBe(1);
          expect(anchors[level].evidence.trim().length, where).toBeGreaterThan(5);
        }
        expect(new Set(LEVELS.map((l) => anchors[l].text)).size, q.id).toBe(5);
        expect(new Set(LEVELS.map((l) => anchors[l].evidence)).size, q.id).toBe(5);
      }
    }
  });

  it('covers every step a PCN can take itself with at least one action, and claims none it cannot', () => {
    for (const { part } of PARTS) {
      for (const q of part.area.questions) {
        const outside = q.stepsOutsidePcn ?? {};
        for (const reason of Object.values(outside)) expect(reason?.trim().length, q.id).toBeGreaterThan(20);
        for (const step of [0, 1, 2, 3] as const) {
          const covering = part.actions.filter((a) => a.fromLevel === step && a.questionIds.includes(q.id));
          if (step in outside) {
            expect(
              covering.map((a) => a.id),
              `${q.id} step ${step} is outside the PCN`,
            ).toEqual([]);
          } else {
            expect(covering.length, `${q.id} step ${step}->${step + 1}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('ties every action to questions in its own area, with an owner, a month 1 to 6 and a success measure', () => {
    for (const { id, part } of PARTS) {
      const questionIds = new Set(part.area.questions.map((q) => q.id));
      for (const a of part.actions) {
        expect(a.areaId, a.id).toBe(id);
        expect(a.questionIds.length, a.id).toBeGreaterThan(0);
        for (const qid of a.questionIds) expect(questionIds.has(qid), `${a.id} -> ${qid}`).toBe(true);
        expect(Number.isInteger(a.suggestedMonth) && a.suggestedMonth >= 1 && a.suggestedMonth <= 6, a.id).toBe(true);
        expect([0, 1, 2, 3], a.id).toContain(a.fromLevel);
        expect(OWNER_ROLES.has(a.ownerRole), `${a.id} owner ${a.ownerRole}`).toBe(true);
        expect(a.title.trim().length, a.id).toBeGreaterThan(0);
        expect(a.description.trim().length, a.id).toBeGreaterThan(0);
        expect(a.successMeasure.trim().length, a.id).toBeGreaterThan(0);
      }
    }
  });

  it('never has the PCN deciding a contract award (no award wording at all)', () => {
    for (const { id, part } of PARTS) {
      for (const { path, text } of strings(part, id)) {
        expect(text, path).not.toMatch(/\baward/i);
      }
    }
  });

  it('keeps the Provider Selection Regime line in Voice: shape and design, out of choosing the provider', () => {
    const developing = voice.area.questions.find((q) => q.id === 'v2.voice.as-they-develop');
    expect(developing?.links).toContain('psr-conflicts');
    expect(voice.area.levels[4]).toMatch(/stays out of choosing the provider/);
  });

  it('carries answers only from real v1 questions, each at most once', () => {
    const carried: string[] = [];
    for (const { part } of PARTS) {
      for (const q of part.area.questions) {
        if (q.carriesAnswerFrom === undefined) continue;
        expect(v1QuestionIds.has(q.carriesAnswerFrom), `${q.id} <- ${q.carriesAnswerFrom}`).toBe(true);
        carried.push(q.carriesAnswerFrom);
      }
    }
    expect(new Set(carried).size).toBe(carried.length);
  });

  it('asks every seed question of areas 5 to 8, recognisably', () => {
    const byId = new Map(PARTS.flatMap(({ part }) => part.area.questions.map((q) => [q.id, q] as const)));
    for (const { seed, questionId, keeps } of SEED_QUESTIONS) {
      const q = byId.get(questionId);
      expect(q, seed).toBeDefined();
      for (const words of keeps) expect(q?.text.toLowerCase(), `${seed} -> ${questionId}`).toContain(words);
    }
  });

  it('reflects 2026 policy: fewer centres than neighbourhoods, and the health and wellbeing board plan', () => {
    const identified = healthCentre.area.questions.find((q) => q.id === 'v2.health-centre.identified');
    expect(identified?.help).toMatch(/catchment/);
    expect(identified?.help).toMatch(/pipeline/);
    expect(identified?.text).toMatch(/estates route/);
    const plan = populationHealth.area.questions.find((q) => q.id === 'v2.population-health.neighbourhood-plan');
    expect(plan?.text).toMatch(/shape and contribute to the health and wellbeing board's plan/);
    expect(plan?.links).toContain('nhf-plans');
  });
});
