/**
 * Framework 2026.2: the content rules (the seed's questions all present, five anchors per
 * question, actions for every step a PCN can take, wording safe under the Provider Selection
 * Regime), the mapping from 2026.1 for reassessment, the review document and CLI, and a 2026.1
 * database (answers, a workshop and a plan) that still reads as before and reassesses into 2026.2.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../electron/db/open';
import { renderExport } from '../electron/exports';
import { buildResults } from '../renderer/src/components/results/model';
import type { Assessment, AssessmentSummary, QuestionResponse } from '../shared/domain';
import { EXAMPLE_ASSESSMENT_ID, exampleAssessment } from '../shared/example';
import { actionsToCsv } from '../shared/export/csv';
import {
  allQuestions,
  CURRENT_FRAMEWORK,
  earlierAreaId,
  earlierQuestionId,
  findQuestion,
  frameworkV1,
  frameworkV2,
  getFramework,
  LEVELS,
  lastTimeFor,
  NATIONAL_LINKS,
  POLICY_SOURCES,
  suggestionsFor,
} from '../shared/framework';
import { frameworkToMarkdown } from '../shared/framework/document';
import { call, testDeps } from './support/deps';
import { tempDir } from './support/temp';

const v2 = frameworkV2;
const questions = allQuestions(v2);

/**
 * Every question the seed article ("Getting the PCN 'Neighbourhood-Ready'") asks, in its own
 * words, with the 2026.2 question that asks it and words that keep it recognisable.
 */
const SEED_QUESTIONS: { seed: string; id: string; words: string[] }[] = [
  {
    seed: 'Does the PCN CD want to take on a leadership role in the new neighbourhood?',
    id: 'v2.leadership.cd-ambition',
    words: ['clinical director', 'want', 'leadership role', 'new neighbourhood'],
  },
  {
    seed:
      'If they do, can they be freed up from the internal running of the PCN (potentially by others stepping up to ' +
      'support with this) so that they can focus on the external work with others that will be required?',
    id: 'v2.leadership.freed-up',
    words: ['freed up', 'internal running', 'others stepping up', 'external work'],
  },
  {
    seed:
      'If not, can an individual from within the PCN who has both the skills and desire to take this on be ' +
      'identified, and then be supported to start to move towards this role?',
    id: 'v2.leadership.successor',
    words: ['skills', 'desire', 'identified', 'supported', 'move towards'],
  },
  {
    seed:
      'Does the PCN have individual, personal relationships in place with the key leaders from the different ' +
      'organisations across the neighbourhood (such as the community trust, the mental health trust, the acute ' +
      'trust, social care and the voluntary sector)?',
    id: 'v2.relationships.key-leaders',
    words: [
      'individual, personal relationships',
      'key leaders',
      'community trust',
      'mental health trust',
      'acute trust',
      'social care',
      'voluntary sector',
    ],
  },
  {
    seed:
      'Does (or could) the PCN convene regular meetings of these individuals, which could potentially start to ' +
      'operate as a leadership group for the neighbourhood?',
    id: 'v2.governance.convening',
    words: ['does (or could)', 'convene regular meetings', 'leadership group'],
  },
  {
    seed: 'Is the PCN in a position to be able to hold a contract, should one become available?',
    id: 'v2.governance.contract-holding',
    words: ['in a position to hold a contract', 'should one become available'],
  },
  {
    seed: 'If not, what steps does it need to take to be able to do so?',
    id: 'v2.governance.contract-route',
    words: ['if not', 'what steps', 'hold a contract'],
  },
  {
    seed: 'Are there any integrated neighbourhood teams in place?',
    id: 'v2.teams.current',
    words: ['any integrated neighbourhood teams in place'],
  },
  { seed: 'What further teams might be developed?', id: 'v2.teams.next', words: ['further teams', 'developed'] },
  { seed: 'How are these teams supported and enabled?', id: 'v2.teams.support', words: ['supported and enabled'] },
  { seed: 'How is their impact tracked?', id: 'v2.teams.impact', words: ['impact', 'tracked'] },
  { seed: 'How is their success measured?', id: 'v2.teams.success', words: ['success', 'measured'] },
  {
    seed: 'Are the specific needs of the local population understood?',
    id: 'v2.population-health.needs',
    words: ['specific', 'needs', 'local population', 'understood'],
  },
  {
    seed: 'Have groups with similar needs been defined, and specific cohorts of patients been prioritised?',
    id: 'v2.population-health.cohorts',
    words: ['groups with similar needs', 'defined', 'cohorts', 'prioritised'],
  },
  {
    seed: 'Is there a neighbourhood plan to improve population health and reduce health inequalities?',
    id: 'v2.population-health.neighbourhood-plan',
    words: ['neighbourhood plan', 'population health', 'health inequalities'],
  },
  {
    seed: 'Are partners across the neighbourhood bought into this?',
    id: 'v2.population-health.partner-buy-in',
    words: ['partners across the neighbourhood', 'bought into'],
  },
  {
    seed: 'Can information be shared across the different teams in the neighbourhood?',
    id: 'v2.it-data.shared-records',
    words: ['information be shared', 'different teams', 'neighbourhood'],
  },
  {
    seed: 'Are mechanisms in place to allow this to happen?',
    id: 'v2.it-data.agreement',
    words: ['mechanisms in place'],
  },
  {
    seed: 'Has the neighbourhood health centre been identified (given every neighbourhood is to have one)?',
    id: 'v2.health-centre.identified',
    words: ['neighbourhood health centre', 'identified'],
  },
  {
    seed: 'If it has, what steps can be taken to develop it?',
    id: 'v2.health-centre.development-steps',
    words: ['steps', 'develop'],
  },
  {
    seed:
      'Is the PCN actively influencing the place-based partnership board that is making the key decisions about ' +
      'neighbourhoods, both now and as they develop?',
    id: 'v2.voice.influencing-now',
    words: ['actively influencing', 'place-based partnership board', 'now'],
  },
  {
    seed: '(The same question, continued:) ... both now and as they develop?',
    id: 'v2.voice.as-they-develop',
    words: ['as neighbourhood services and contracts develop'],
  },
  {
    seed: 'What actions can the PCN take to develop its influence further?',
    id: 'v2.voice.one-voice',
    words: ['influence further'],
  },
];

/** Every string anywhere in a value, with where it is. */
function strings(value: unknown, where = ''): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, where ? `${where}.${k}` : k));
  }
  return [];
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/);
}

describe('framework 2026.2 content', () => {
  it('is registered, current, and keeps the eight areas', () => {
    expect(getFramework('2026.2')).toBe(v2);
    expect(CURRENT_FRAMEWORK).toBe(v2);
    expect(v2.areas.map((a) => a.id)).toEqual([
      'leadership',
      'relationships',
      'governance',
      'teams',
      'population-health',
      'it-data',
      'health-centre',
      'voice',
    ]);
    expect(v2.areas.filter((a) => a.tracksPartners).map((a) => a.id)).toEqual(['relationships']);
  });

  it('stays short: at most 48 questions, four to seven an area', () => {
    expect(questions.length).toBeLessThanOrEqual(48);
    for (const area of v2.areas) {
      expect(area.questions.length, area.id).toBeGreaterThanOrEqual(4);
      expect(area.questions.length, area.id).toBeLessThanOrEqual(7);
    }
  });

  it('asks every question of the seed article, recognisably, in the right area', () => {
    for (const { seed, id, words } of SEED_QUESTIONS) {
      const found = findQuestion(v2, id);
      expect(found, `${seed} -> ${id}`).toBeDefined();
      expect(found?.question.text.endsWith('?'), id).toBe(true);
      for (const word of words) expect(found?.question.text.toLowerCase(), `${id}: "${word}"`).toContain(word);
      expect(id.startsWith(`v2.${found?.area.id}.`), id).toBe(true);
    }
    // "impact tracked" and "success measured" are two questions, not one.
    expect(new Set(SEED_QUESTIONS.map((s) => s.id)).size).toBe(SEED_QUESTIONS.length);
  });

  it('has unique ids: areas, questions (v2.<area>.<slug>) and actions (v2.<area>.<slug>)', () => {
    const ids = [...v2.areas.map((a) => a.id), ...questions.map((q) => q.id), ...v2.suggestions.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of v2.areas) {
      for (const q of area.questions)
        expect(q.id, area.id).toMatch(new RegExp(`^v2\\.${area.id}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    }
    for (const s of v2.suggestions) expect(s.id).toMatch(new RegExp(`^v2\\.${s.areaId}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    // No 2026.2 id collides with a 2026.1 id, so an answer can never be read against the wrong question.
    const old = new Set([...allQuestions(frameworkV1).map((q) => q.id), ...frameworkV1.suggestions.map((s) => s.id)]);
    expect(ids.filter((id) => old.has(id) && !v2.areas.some((a) => a.id === id))).toEqual([]);
  });

  it('gives every question five distinct, non-empty anchors, 0 to 4, each with an example of evidence', () => {
    for (const q of questions) {
      const anchors = q.anchors;
      expect(anchors, q.id).toBeDefined();
      if (!anchors) continue;
      expect(Object.keys(anchors).map(Number).sort(), q.id).toEqual([0, 1, 2, 3, 4]);
      for (const level of LEVELS) {
        const { text, evidence } = anchors[level];
        expect(text.trim().length, `${q.id} ${level}`).toBeGreaterThan(15);
        expect(evidence.trim().length, `${q.id} ${level} evidence`).toBeGreaterThan(5);
        expect(text, `${q.id} ${level}`).toMatch(/\.$/);
      }
      expect(new Set(LEVELS.map((l) => anchors[l].text.toLowerCase())).size, q.id).toBe(5);
      expect(new Set(LEVELS.map((l) => anchors[l].evidence.toLowerCase())).size, q.id).toBe(5);
    }
  });

  it('writes each anchor as one observable condition, not an adjective standing in for evidence', () => {
    const vague =
      /\b(good|strong|effective|robust|mature|appropriate|adequate|sufficient|meaningful|regular|regularly|well-established|proactive|excellent)\b/i;
    for (const q of questions) {
      for (const level of LEVELS) {
        const text = q.anchors?.[level].text ?? '';
        expect(sentences(text), `${q.id} ${level}: ${text}`).toHaveLength(1);
        expect(text, `${q.id} ${level}`).not.toMatch(vague);
      }
    }
  });

  it('links every question to national expectations that exist', () => {
    for (const q of questions) {
      expect(q.links?.length ?? 0, q.id).toBeGreaterThan(0);
      for (const id of q.links ?? []) expect(NATIONAL_LINKS[id], `${q.id} -> ${id}`).toBeDefined();
    }
    const sourceIds = new Set(POLICY_SOURCES.map((s) => s.id));
    for (const link of Object.values(NATIONAL_LINKS)) expect(sourceIds.has(link.sourceId), link.id).toBe(true);
  });

  it('names every policy source with its date in the release note', () => {
    for (const source of POLICY_SOURCES) {
      expect(v2.releaseNote).toContain(source.title);
      expect(v2.releaseNote).toContain(source.published);
    }
  });
});

describe('framework 2026.2 suggested actions', () => {
  it('fall in months 1 to 6, with a step, an owner and a success measure', () => {
    for (const s of v2.suggestions) {
      expect(Number.isInteger(s.suggestedMonth), s.id).toBe(true);
      expect(s.suggestedMonth, s.id).toBeGreaterThanOrEqual(1);
      expect(s.suggestedMonth, s.id).toBeLessThanOrEqual(6);
      expect([0, 1, 2, 3], s.id).toContain(s.fromLevel);
      for (const text of [s.title, s.description, s.ownerRole, s.successMeasure]) {
        expect(text.trim().length, s.id).toBeGreaterThan(0);
      }
      expect(s.questionIds.length, s.id).toBeGreaterThan(0);
      for (const id of s.questionIds) expect(findQuestion(v2, id)?.area.id, `${s.id} -> ${id}`).toBe(s.areaId);
    }
  });

  it('cover every step of every question, except steps outside the PCN, which say why', () => {
    const missing: string[] = [];
    for (const q of questions) {
      for (const step of [0, 1, 2, 3] as const) {
        const reason = q.stepsOutsidePcn?.[step];
        if (reason !== undefined) {
          expect(reason.trim().length, `${q.id} step ${step}`).toBeGreaterThan(20);
          continue;
        }
        const has = v2.suggestions.some((s) => s.fromLevel === step && s.questionIds.includes(q.id));
        if (!has) missing.push(`${q.id} ${step}->${step + 1}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are the framework’s own library, found by area', () => {
    for (const area of v2.areas) {
      expect(suggestionsFor(v2, area.id).every((s) => s.areaId === area.id)).toBe(true);
      expect(suggestionsFor(v2, area.id).length, area.id).toBeGreaterThan(0);
    }
    expect(suggestionsFor(v2, 'data-sharing')).toEqual([]);
    expect(suggestionsFor(frameworkV1, 'data-sharing').length).toBeGreaterThan(0);
  });
});

describe('Provider Selection Regime: nothing in 2026.2 has the PCN deciding an award', () => {
  // A sentence that speaks of an award, or of choosing who holds a contract, must say the PCN takes no part.
  const awardWords = /\b(award\w*|(decid|choos|select)\w* (who|which)\b[^.?!]*\bcontract)/i;
  const negated = /\b(never|no part|not|staying out|stays out|without)\b/i;

  it('finds no such sentence in any text of the framework', () => {
    const offending = strings(v2)
      .flatMap(({ where, text }) => sentences(text).map((sentence) => ({ where, sentence })))
      .filter(({ sentence }) => awardWords.test(sentence) && !negated.test(sentence));
    expect(offending).toEqual([]);
  });

  it('would catch the 2026.1 wording it replaces', () => {
    const old = strings(frameworkV1).flatMap(({ text }) => sentences(text));
    expect(old.some((sentence) => awardWords.test(sentence) && !negated.test(sentence))).toBe(true);
  });
});

describe('reassessing from 2026.1 (the mapping)', () => {
  it('maps each carried question to a 2026.1 question in the counterpart area', () => {
    for (const area of v2.areas) {
      const counterpart = earlierAreaId(v2, frameworkV1, area.id);
      expect(counterpart, area.id).toBeDefined();
      for (const q of area.questions) {
        if (!q.carriesAnswerFrom) continue;
        const from = findQuestion(frameworkV1, q.carriesAnswerFrom);
        expect(from, `${q.id} <- ${q.carriesAnswerFrom}`).toBeDefined();
        expect(earlierQuestionId(v2, frameworkV1, q.id)).toBe(q.carriesAnswerFrom);
      }
    }
    expect(earlierAreaId(v2, frameworkV1, 'it-data')).toBe('data-sharing');
    expect(earlierAreaId(v2, frameworkV1, 'governance')).toBe('governance');
    // Within one version everything maps to itself.
    expect(earlierQuestionId(frameworkV1, frameworkV1, 'leadership.cd-ambition')).toBe('leadership.cd-ambition');
    expect(earlierAreaId(frameworkV1, frameworkV1, 'data-sharing')).toBe('data-sharing');
  });

  it('shows last time’s answer through the mapping, and marks new questions', () => {
    const responses: QuestionResponse[] = [
      { questionId: 'leadership.cd-ambition', current: 2, dontKnow: false, target: 3, notes: 'Minuted in May.' },
    ];
    const earlier = { framework: frameworkV1, responses };
    expect(lastTimeFor(v2, earlier, 'v2.leadership.cd-ambition')).toEqual({
      kind: 'answered',
      response: responses[0],
      fromQuestionId: 'leadership.cd-ambition',
      earlierVersion: '2026.1',
    });
    // Within one version there is nothing to say about versions.
    const same = lastTimeFor(frameworkV1, earlier, 'leadership.cd-ambition');
    expect(same.kind === 'answered' && same.earlierVersion).toBeNull();
    expect(lastTimeFor(v2, earlier, 'v2.leadership.freed-up')).toEqual({ kind: 'unanswered' });
    expect(lastTimeFor(v2, earlier, 'v2.governance.footprint')).toEqual({
      kind: 'new-question',
      earlierVersion: '2026.1',
    });
  });
});

describe('a 2026.1 database with answers, a workshop and a plan', () => {
  it('opens and reads exactly as before, and reassesses into 2026.2', async () => {
    const deps = await testDeps();
    const file = path.join(deps.dir, 'neighbourhood-ready.sqlite');
    const loaded = await call(deps, 'loadExample', undefined);
    expect(loaded.ok).toBe(true);
    const before = await call(deps, 'getAssessment', { id: EXAMPLE_ASSESSMENT_ID });
    if (!before.ok) throw new Error(before.error.message);
    const old: Assessment = before.value;
    const example = exampleAssessment();
    expect(old.frameworkVersion).toBe('2026.1');
    const byQuestion = (a: QuestionResponse, b: QuestionResponse) => a.questionId.localeCompare(b.questionId);
    expect([...old.responses].sort(byQuestion)).toEqual([...example.responses].sort(byQuestion));
    expect(new Set(old.actions.map((a) => a.id))).toEqual(new Set(example.actions.map((a) => a.id)));
    expect(old.participants.length).toBeGreaterThan(0);
    expect(old.workshop?.scores.length).toBeGreaterThan(0);

    // Closed and opened again by this version of the app: the same assessment, the same exports.
    deps.db.close();
    const reopened = { ...deps, db: await openDatabase(file, { backupDir: path.join(deps.dir, 'backups') }) };
    const after = await call(reopened, 'getAssessment', { id: EXAMPLE_ASSESSMENT_ID });
    expect(after).toEqual(before);
    const list = await call(reopened, 'listAssessments', undefined);
    const summary = list.ok ? list.value.find((a) => a.id === EXAMPLE_ASSESSMENT_ID) : undefined;
    expect(summary).toMatchObject({ frameworkVersion: '2026.1', questionCount: allQuestions(frameworkV1).length });
    const exportInput = {
      assessment: old,
      previous: null,
      generatedOn: '2026-11-22',
      exportedAt: '2026-11-22T09:30:00.000Z',
    };
    expect(renderExport('csv', exportInput)).toBe(actionsToCsv(old, frameworkV1));

    // Reassessing starts a 2026.2 assessment that keeps the profile, partners and priorities.
    const again = await call(reopened, 'reassess', { fromId: EXAMPLE_ASSESSMENT_ID, assessmentDate: '2027-05-20' });
    if (!again.ok) throw new Error(again.error.message);
    const next: AssessmentSummary = again.value;
    expect(next).toMatchObject({ frameworkVersion: '2026.2', questionCount: questions.length, answered: 0 });
    const got = await call(reopened, 'getAssessment', { id: next.id });
    if (!got.ok) throw new Error(got.error.message);
    const fresh = got.value;
    expect(fresh.previousAssessmentId).toBe(EXAMPLE_ASSESSMENT_ID);
    expect(fresh.profile.pcnName).toBe(old.profile.pcnName);
    expect(fresh.partners.map((p) => p.name)).toEqual(old.partners.map((p) => p.name));
    const oldImportance = new Map(old.areaResponses.map((r) => [r.areaId, r.importance]));
    const carried = v2.areas.flatMap((a) => {
      const importance = oldImportance.get(earlierAreaId(v2, frameworkV1, a.id) ?? '') ?? null;
      return importance === null ? [] : [{ areaId: a.id, importance, summary: '' }];
    });
    expect(carried.length).toBeGreaterThan(0);
    const byArea = (a: { areaId: string }, b: { areaId: string }) => a.areaId.localeCompare(b.areaId);
    expect([...fresh.areaResponses].sort(byArea)).toEqual(carried.sort(byArea));
    // The old assessment is untouched by the reassessment.
    expect(await call(reopened, 'getAssessment', { id: EXAMPLE_ASSESSMENT_ID })).toEqual(before);

    // Last time, question by question: carried answers where the mapping says so, the rest new.
    const earlier = { framework: frameworkV1, responses: old.responses };
    for (const q of questions) {
      const last = lastTimeFor(v2, earlier, q.id);
      if (!q.carriesAnswerFrom) expect(last.kind, q.id).toBe('new-question');
      else if (last.kind === 'answered') {
        expect(last.response, q.id).toEqual(old.responses.find((r) => r.questionId === q.carriesAnswerFrom));
      }
    }
    expect(questions.some((q) => lastTimeFor(v2, earlier, q.id).kind === 'answered')).toBe(true);

    // The comparison with last time works area by area across the two versions.
    const answered: Assessment = {
      ...fresh,
      responses: questions.map((q) => ({ questionId: q.id, current: 2, dontKnow: false, target: 3, notes: '' })),
    };
    const results = buildResults(v2, answered, old);
    expect(results.comparison).toMatchObject({ kind: 'compared', versionChanged: true, previousVersion: '2026.1' });
    expect(results.areas.every((a) => a.previous?.kind === 'scored')).toBe(true);
    const itData = results.areas.find((a) => a.areaId === 'it-data');
    const oldArea = buildResults(frameworkV1, old, null).areas.find((a) => a.areaId === 'data-sharing');
    expect(itData?.previous).toMatchObject({ kind: 'scored', current: { shown: oldArea?.current.shown } });
    reopened.db.close();
  });
});

describe('the framework as a document (npm run framework)', () => {
  it('prints every area, question, anchor, evidence example, action and source in Markdown', () => {
    const md = frameworkToMarkdown(v2);
    for (const area of v2.areas) expect(md).toContain(`. ${area.title}`);
    for (const q of questions) {
      expect(md).toContain(q.text);
      for (const level of LEVELS) {
        expect(md).toContain(q.anchors?.[level].text.replace(/\|/g, '\\|'));
        expect(md).toContain(q.anchors?.[level].evidence.replace(/\|/g, '\\|'));
      }
    }
    for (const s of v2.suggestions) expect(md).toContain(s.title);
    for (const source of POLICY_SOURCES)
      expect(md).toContain(`${source.title}, ${source.publisher}, ${source.published}`);
  });

  it('prints exactly the framework object the app uses as JSON, for any version', () => {
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'electron/framework-cli.ts', ...args], { encoding: 'utf8' });
    expect(run('--format', 'json')).toBe(`${JSON.stringify(v2, null, 2)}\n`);
    expect(JSON.parse(run('--format', 'json', '--version', '1'))).toEqual(JSON.parse(JSON.stringify(frameworkV1)));
    expect(run('--format', 'md', '--version', '2026.1')).toBe(frameworkToMarkdown(frameworkV1));
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'electron/framework-cli.ts', '--format', 'xml'], {
        stdio: 'pipe',
      }),
    ).toThrow();
  }, 60_000);
});

describe('the PDF method page', () => {
  const hasPdftotext = (() => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  function pdfText(assessment: Assessment, previous: Assessment | null): string {
    const file = path.join(tempDir(), 'plan.pdf');
    const input = { assessment, previous, generatedOn: '2027-05-20', exportedAt: '2027-05-20T10:00:00.000Z' };
    fs.writeFileSync(file, renderExport('pdf', input) as Uint8Array);
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }

  it.runIf(hasPdftotext)(
    'lists the national expectations of 2026.2 questions and their dated sources',
    () => {
      const example = exampleAssessment();
      const v2Assessment: Assessment = {
        ...example,
        id: '99999999-9999-4999-8999-999999999999',
        frameworkVersion: v2.version,
        previousAssessmentId: example.id,
        responses: questions.map((q) => ({ questionId: q.id, current: 1, dontKnow: false, target: 2, notes: '' })),
        areaResponses: [],
        actions: [],
        dismissedSuggestionIds: [],
        participants: [],
        workshop: { anonymous: false, questions: [], scores: [] },
      };
      const text = pdfText(v2Assessment, example);
      expect(text).toContain('The national expectations each question serves');
      expect(text).toContain('Readiness (selection theme)');
      for (const source of POLICY_SOURCES) expect(text).toContain(source.published);
      // The area pages print each question's own words for the levels chosen.
      const first = questions[0];
      expect(text).toContain(`Now: ${first?.anchors?.[1].text}`);
      expect(text).toContain(`In six months: ${first?.anchors?.[2].text}`);
      // A 2026.1 assessment predates the links: its method page is as it was.
      expect(pdfText(example, null)).not.toContain('The national expectations each question serves');
    },
    60_000,
  );
});
