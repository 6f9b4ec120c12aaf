import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  CURRENT_FRAMEWORK,
  FRAMEWORKS,
  findArea,
  findQuestion,
  frameworkV1,
  frameworkV2,
  getFramework,
  LEVELS,
  SUGGESTED_ACTIONS,
  suggestionsFor,
} from '../shared/framework';

/** Framework 2026.2 has its own tests in framework-v2.test.ts. */
const framework = frameworkV1;

const AREA_IDS = [
  'leadership',
  'relationships',
  'governance',
  'teams',
  'population-health',
  'data-sharing',
  'health-centre',
  'voice',
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

/** Sentences: runs of text ending in . ? or ! followed by a space or the end. */
function sentenceCount(text: string): number {
  return (text.match(/[.?!](?=\s|$)/g) ?? []).length;
}

/** Every piece of user-facing text in the framework and the suggestions library. */
function allTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: 'framework.title', text: framework.title },
    { where: 'framework.releaseNote', text: framework.releaseNote },
  ];
  for (const area of framework.areas) {
    out.push({ where: `${area.id}.title`, text: area.title }, { where: `${area.id}.purpose`, text: area.purpose });
    for (const level of LEVELS) out.push({ where: `${area.id}.levels[${level}]`, text: area.levels[level] });
    for (const q of area.questions) {
      out.push({ where: `${q.id}.text`, text: q.text }, { where: `${q.id}.help`, text: q.help });
    }
  }
  for (const s of SUGGESTED_ACTIONS) {
    for (const key of ['title', 'description', 'ownerRole', 'successMeasure'] as const) {
      out.push({ where: `${s.id}.${key}`, text: s[key] });
    }
  }
  return out;
}

describe('framework v1 structure', () => {
  it('has a version id, title and release note', () => {
    expect(framework.version).toBe('2026.1');
    expect(framework.title).toBe('Neighbourhood readiness framework');
    expect(framework.releaseNote.trim().length).toBeGreaterThan(20);
  });

  it('has exactly the eight areas in order', () => {
    expect(framework.areas.map((a) => a.id)).toEqual(AREA_IDS);
    expect(framework.areas.map((a) => a.title)).toEqual([
      'Leadership',
      'External relationships',
      'Governance',
      'Integrated neighbourhood teams',
      'Population health',
      'IT, data sharing and information governance',
      'Neighbourhood health centre',
      'Voice and influence',
    ]);
  });

  it('tracks partners only in external relationships', () => {
    expect(framework.areas.filter((a) => a.tracksPartners).map((a) => a.id)).toEqual(['relationships']);
  });

  it('gives every area a purpose of one or two sentences', () => {
    for (const area of framework.areas) {
      expect(sentenceCount(area.purpose), area.id).toBeGreaterThanOrEqual(1);
      expect(sentenceCount(area.purpose), area.id).toBeLessThanOrEqual(2);
    }
  });

  it('has 3 to 5 questions per area', () => {
    for (const area of framework.areas) {
      expect(area.questions.length, area.id).toBeGreaterThanOrEqual(3);
      expect(area.questions.length, area.id).toBeLessThanOrEqual(5);
    }
  });

  it('has globally unique question ids in the form <areaId>.<kebab-case>', () => {
    const ids = allQuestions(framework).map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of framework.areas) {
      for (const q of area.questions) {
        expect(q.id.startsWith(`${area.id}.`), q.id).toBe(true);
        expect(q.id.slice(area.id.length + 1), q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('phrases every question as a question and gives it 2 to 4 sentences of help', () => {
    const texts = new Set<string>();
    for (const q of allQuestions(framework)) {
      expect(q.text.trim(), q.id).toBe(q.text);
      expect(q.text.endsWith('?'), q.id).toBe(true);
      expect(sentenceCount(q.text), q.id).toBe(1);
      texts.add(q.text);
      expect(q.help.trim().length, q.id).toBeGreaterThan(0);
      expect(sentenceCount(q.help), q.id).toBeGreaterThanOrEqual(2);
      expect(sentenceCount(q.help), q.id).toBeLessThanOrEqual(4);
    }
    expect(texts.size).toBe(allQuestions(framework).length);
  });

  it('describes levels 0 to 4 in every area with distinct, full-sentence descriptors', () => {
    for (const area of framework.areas) {
      expect(Object.keys(area.levels).map(Number).sort(), area.id).toEqual([0, 1, 2, 3, 4]);
      const descriptors = LEVELS.map((level) => area.levels[level]);
      for (const [level, d] of descriptors.entries()) {
        const where = `${area.id} level ${level}`;
        expect(d.trim().length, where).toBeGreaterThan(20);
        expect(d.endsWith('.'), where).toBe(true);
        expect(sentenceCount(d), where).toBeGreaterThanOrEqual(1);
        expect(sentenceCount(d), where).toBeLessThanOrEqual(2);
      }
      expect(new Set(descriptors).size, area.id).toBe(5);
    }
  });
});

describe('framework registry and lookups', () => {
  it('registers every version under its id and makes 2026.2 current', () => {
    expect(Object.keys(FRAMEWORKS)).toEqual(['2026.1', '2026.2']);
    expect(FRAMEWORKS['2026.1']).toBe(framework);
    expect(getFramework('2026.1')).toBe(framework);
    expect(getFramework('2026.2')).toBe(frameworkV2);
    expect(CURRENT_FRAMEWORK).toBe(frameworkV2);
  });

  it('gives 2026.1 exactly its original library of suggested actions', () => {
    expect(framework.suggestions).toBe(SUGGESTED_ACTIONS);
  });

  it('returns undefined for unknown versions, including prototype keys', () => {
    expect(getFramework('1999.1')).toBeUndefined();
    expect(getFramework('')).toBeUndefined();
    expect(getFramework('toString')).toBeUndefined();
    expect(getFramework('__proto__')).toBeUndefined();
  });

  it('lists all questions in area order', () => {
    const expected = framework.areas.flatMap((a) => a.questions.map((q) => q.id));
    expect(allQuestions(framework).map((q) => q.id)).toEqual(expected);
  });

  it('finds areas and questions by id', () => {
    expect(findArea(framework, 'governance')?.title).toBe('Governance');
    expect(findArea(framework, 'nope')).toBeUndefined();
    const found = findQuestion(framework, 'leadership.cd-ambition');
    expect(found?.area.id).toBe('leadership');
    expect(found?.question.id).toBe('leadership.cd-ambition');
    expect(findQuestion(framework, 'leadership.nope')).toBeUndefined();
  });
});

describe('suggested actions', () => {
  it('have unique ids prefixed by an existing area id', () => {
    const ids = SUGGESTED_ACTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SUGGESTED_ACTIONS) {
      expect(AREA_IDS, s.id).toContain(s.areaId);
      expect(s.id.startsWith(`${s.areaId}.`), s.id).toBe(true);
      expect(s.id.slice(s.areaId.length + 1), s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('offer at least five per area and cover every step from level 0 to 3', () => {
    for (const areaId of AREA_IDS) {
      const list = suggestionsFor(framework, areaId);
      expect(list.length, areaId).toBeGreaterThanOrEqual(5);
      expect([...new Set(list.map((s) => s.fromLevel))].sort(), areaId).toEqual([0, 1, 2, 3]);
    }
  });

  it('suggestionsFor returns exactly the actions of that area, as a fresh array', () => {
    const total = AREA_IDS.reduce((n, id) => n + suggestionsFor(framework, id).length, 0);
    expect(total).toBe(SUGGESTED_ACTIONS.length);
    expect(suggestionsFor(framework, 'voice').every((s) => s.areaId === 'voice')).toBe(true);
    expect(suggestionsFor(framework, 'unknown-area')).toEqual([]);
    expect(suggestionsFor(framework, 'voice')).not.toBe(suggestionsFor(framework, 'voice'));
  });

  it('refer only to questions that exist in the same area', () => {
    for (const s of SUGGESTED_ACTIONS) {
      expect(s.questionIds.length, s.id).toBeGreaterThanOrEqual(1);
      expect(new Set(s.questionIds).size, s.id).toBe(s.questionIds.length);
      for (const qid of s.questionIds) {
        expect(findQuestion(framework, qid)?.area.id, `${s.id} -> ${qid}`).toBe(s.areaId);
      }
    }
  });

  it('use a valid level step, month and owner role', () => {
    for (const s of SUGGESTED_ACTIONS) {
      expect([0, 1, 2, 3], s.id).toContain(s.fromLevel);
      expect(Number.isInteger(s.suggestedMonth), s.id).toBe(true);
      expect(s.suggestedMonth, s.id).toBeGreaterThanOrEqual(1);
      expect(s.suggestedMonth, s.id).toBeLessThanOrEqual(6);
      expect(OWNER_ROLES.has(s.ownerRole), `${s.id}: ${s.ownerRole}`).toBe(true);
    }
  });

  it('have non-empty text, short titles and unique titles within an area', () => {
    for (const s of SUGGESTED_ACTIONS) {
      for (const text of [s.title, s.description, s.ownerRole, s.successMeasure]) {
        expect(text.trim().length, s.id).toBeGreaterThan(0);
      }
      expect(s.title.length, s.id).toBeLessThanOrEqual(90);
      expect(s.title.endsWith('.'), s.id).toBe(false);
      expect(sentenceCount(s.description), s.id).toBeGreaterThanOrEqual(1);
      expect(sentenceCount(s.description), s.id).toBeLessThanOrEqual(3);
    }
    for (const areaId of AREA_IDS) {
      const titles = suggestionsFor(framework, areaId).map((s) => s.title);
      expect(new Set(titles).size, areaId).toBe(titles.length);
    }
  });
});

describe('text hygiene', () => {
  it('contains no placeholders', () => {
    for (const { where, text } of allTexts()) {
      expect(text, where).not.toMatch(/\b(todo|tbc|tbd|fixme|xxx|lorem|ipsum)\b/i);
    }
  });

  it('has no stray whitespace from joined strings', () => {
    for (const { where, text } of allTexts()) {
      expect(text, where).toBe(text.trim());
      expect(text, where).not.toMatch(/\s{2,}/);
      expect(text, where).not.toMatch(/\s[.,?;:]/);
    }
  });

  it('uses UK spelling for common words', () => {
    for (const { where, text } of allTexts()) {
      expect(text, where).not.toMatch(/\b(organiz|prioritiz|recogniz|realiz|speciali[sz]ed? center|center)\w*/i);
      expect(text, where).not.toMatch(/\b(program|programs|behavior|color)\b/i);
    }
  });
});
