/**
 * The built-in worked example: complete, consistent with the framework and the plan rules, fixed
 * from one call to the next, and clearly fictional (no real PCN or practice code or name).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_ASSESSMENT_ID, EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { allQuestions, SUGGESTED_ACTIONS } from '../shared/framework';
import { checkAction, draftActions, gapsWithoutAction, planEnd } from '../shared/plan';
import { scoreAssessment } from '../shared/scoring';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('exampleAssessment', () => {
  const example = exampleAssessment();
  const scores = scoreAssessment(EXAMPLE_FRAMEWORK, example.responses, example.areaResponses);

  test('is identical every time and each call returns a fresh copy', () => {
    const again = exampleAssessment();
    expect(again).toEqual(example);
    expect(again).not.toBe(example);
    const [firstAction] = again.actions;
    const [firstPractice] = again.profile.practices;
    if (!firstAction || !firstPractice) throw new Error('The example has no actions or practices.');
    firstAction.title = 'changed';
    firstPractice.name = 'changed';
    expect(exampleAssessment()).toEqual(example);
  });

  test('is labelled fictional, with the agreed identity and dates', () => {
    expect(example.id).toBe(EXAMPLE_ASSESSMENT_ID);
    expect(example.profile.pcnName).toBe('Riverside Vale PCN (fictional example)');
    expect(example.profile.pcnCode).toBe('U99001');
    expect(example.profile.icb).toBe('NHS Northshire ICB (fictional)');
    expect(example.frameworkVersion).toBe(EXAMPLE_FRAMEWORK.version);
    expect(example.assessmentDate).toBe('2026-11-16');
    expect(example.planStart).toBe('2026-12-01');
    expect(example.status).toBe('complete');
    expect(example.previousAssessmentId).toBeNull();
    expect(example.createdAt).toBe('2026-11-09T14:05:00.000Z');
    expect(example.updatedAt).toBe('2026-11-16T17:42:00.000Z');
  });

  test('has five practices whose list sizes add up to the population', () => {
    const { practices, population } = example.profile;
    expect(practices).toHaveLength(5);
    for (const practice of practices) expect(practice.code).toMatch(/^[A-Z]\d{5}$/);
    const total = practices.reduce((sum, p) => sum + (p.listSize ?? 0), 0);
    expect(total).toBe(48_075);
    expect(population).toBe(total);
  });

  test('every id is a distinct version 4 UUID', () => {
    const ids = [
      example.id,
      ...example.profile.practices.map((p) => p.id),
      ...example.partners.map((p) => p.id),
      ...example.participants.map((p) => p.id),
      ...example.actions.map((a) => a.id),
    ];
    expect(ids).toHaveLength(1 + 5 + 6 + 8 + 30);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('answers every question once, with notes, and exactly two "Don\'t know"', () => {
    const questionIds = allQuestions(EXAMPLE_FRAMEWORK).map((q) => q.id);
    expect(example.responses.map((r) => r.questionId)).toEqual(questionIds);
    for (const response of example.responses) {
      expect(response.notes.trim().length).toBeGreaterThan(20);
      if (response.dontKnow) {
        expect(response.current).toBeNull();
        expect(response.target).toBeNull();
      } else {
        expect(response.current).not.toBeNull();
        expect(response.target).not.toBeNull();
        expect(response.target ?? -1).toBeGreaterThanOrEqual(response.current ?? 5);
      }
    }
    expect(example.responses.filter((r) => r.dontKnow).map((r) => r.questionId)).toEqual([
      'governance.controls',
      'population-health.partner-buy-in',
    ]);
    expect(scores.overall).toMatchObject({ answered: 34, dontKnow: 2, unanswered: 0, total: 36 });
    const sameTarget = example.responses.filter((r) => !r.dontKnow && r.target === r.current);
    expect(sameTarget.length).toBeGreaterThanOrEqual(2);
  });

  test('every area has an importance and a summary, with a mix of importances', () => {
    expect(example.areaResponses.map((a) => a.areaId)).toEqual(EXAMPLE_FRAMEWORK.areas.map((a) => a.id));
    for (const area of example.areaResponses) {
      expect([1, 2, 3]).toContain(area.importance);
      expect(area.summary.length).toBeGreaterThan(20);
    }
    expect(new Set(example.areaResponses.map((a) => a.importance))).toEqual(new Set([1, 2, 3]));
  });

  test('records one partner of each kind and eight participants', () => {
    expect(example.partners.map((p) => p.kind)).toEqual([
      'community-trust',
      'mental-health-trust',
      'acute-trust',
      'social-care',
      'voluntary-sector',
      'other',
    ]);
    for (const partner of example.partners) {
      expect(partner.name).toContain('(fictional)');
      expect(partner.contact).not.toBe('');
      expect(partner.strength).not.toBeNull();
    }
    expect(example.participants).toHaveLength(8);
    expect(example.participants.map((p) => p.name)).toContain('Zoë O’Brien–Smith');
    expect(example.participants.map((p) => p.role)).toEqual(
      expect.arrayContaining(['Clinical director', 'PCN manager', 'GP partner', 'Community trust locality director']),
    );
  });

  test('has a board workshop behind the agreed levels: eight people, every question revealed and agreed', () => {
    const { workshop } = example;
    expect(workshop.anonymous).toBe(false);
    expect(workshop.scores).toHaveLength(8 * 36);
    expect(workshop.questions.map((q) => q.questionId)).toEqual(example.responses.map((r) => r.questionId));
    for (const q of workshop.questions) {
      expect(q.revealedAt).not.toBeNull();
      expect((q.agreedAt ?? '') > (q.revealedAt ?? '')).toBe(true);
    }
    const fromFiles = new Set(workshop.scores.filter((s) => s.source === 'response-file').map((s) => s.participantId));
    expect([...fromFiles].map((id) => example.participants.find((p) => p.id === id)?.name)).toEqual([
      'Dr Rachel Lindqvist',
      'Siobhán Gallagher',
      'Marcus Ellery',
    ]);
    expect(workshop.scores.filter((s) => s.reason !== '')).toHaveLength(10);
    expect(workshop.questions.filter((q) => q.consensusReason !== '')).toHaveLength(6);
  });

  test('has 30 actions, all valid for the plan, owned, and with a mix of statuses', () => {
    expect(example.actions).toHaveLength(30);
    for (const action of example.actions) {
      expect(checkAction(action, example.planStart), action.title).toBeNull();
      expect(action.dueDate <= planEnd(example.planStart)).toBe(true);
      expect(action.ownerName).not.toBe('');
      expect(action.ownerRole).not.toBe('');
      expect(action.successMeasure).not.toBe('');
      expect(action.questionIds.length).toBeGreaterThan(0);
      for (const questionId of action.questionIds) expect(questionId.startsWith(`${action.areaId}.`)).toBe(true);
    }
    const statuses = new Set(example.actions.map((a) => a.status));
    expect(statuses).toEqual(new Set(['not-started', 'in-progress', 'done', 'blocked']));
  });

  test('covers every gap, and every area with a gap has an action', () => {
    expect(gapsWithoutAction(EXAMPLE_FRAMEWORK, scores, example.actions)).toEqual([]);
    const areasWithGap = scores.areas.filter((a) => (a.gap ?? 0) > 0).map((a) => a.areaId);
    expect(areasWithGap).toHaveLength(8);
    for (const areaId of areasWithGap) expect(example.actions.some((a) => a.areaId === areaId)).toBe(true);
  });

  test('actions drafted from suggestions are ones the app itself would propose', () => {
    const proposals = draftActions(EXAMPLE_FRAMEWORK, SUGGESTED_ACTIONS, scores, example.planStart, []);
    const fromLibrary = example.actions.filter((a) => a.suggestionId !== null);
    expect(fromLibrary).toHaveLength(21);
    for (const action of fromLibrary) {
      const proposal = proposals.find((p) => p.suggestionId === action.suggestionId);
      expect(proposal, action.suggestionId ?? '').toBeDefined();
      expect(action.title).toBe(proposal?.title);
      expect(action.questionIds).toEqual(proposal?.questionIds);
    }
    expect(example.actions.filter((a) => a.suggestionId === null)).toHaveLength(9);
    // Dismissed suggestions were proposed, and none is also used by an action.
    expect(example.dismissedSuggestionIds).toEqual([
      'population-health.get-data-access',
      'health-centre.service-model',
    ]);
    for (const id of example.dismissedSuggestionIds) {
      expect(proposals.some((p) => p.suggestionId === id)).toBe(true);
      expect(fromLibrary.some((a) => a.suggestionId === id)).toBe(false);
    }
    const proposedAfterPlan = draftActions(
      EXAMPLE_FRAMEWORK,
      SUGGESTED_ACTIONS,
      scores,
      example.planStart,
      example.actions,
    )
      .map((p) => p.suggestionId)
      .filter((id) => !example.dismissedSuggestionIds.includes(id));
    expect(proposedAfterPlan).toEqual([]);
  });
});

describe('the example uses no real PCN or practice code or name', () => {
  const dataDir = path.resolve(import.meta.dirname, '../../shared/data/nhs');
  const mappingFile = path.join(dataDir, 'gp-reg-pat-prac-map_2026-08.csv');
  const exists = existsSync(mappingFile);
  const reason = `NHS England mapping file not found at ${mappingFile}`;
  if (!exists) {
    if (process.env.CI === 'true') {
      test('NHS England mapping file is present (required in CI)', () => {
        throw new Error(reason);
      });
    } else {
      console.log(`Skipping the real-code check in test/example.test.ts: ${reason}.`);
    }
  }

  test.skipIf(!exists)('codes and names are absent from the August 2026 directory', () => {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(mappingFile, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBeGreaterThan(6000);
    const pcnCodes = new Set(parsed.data.map((row) => row.PCN_CODE));
    const practiceCodes = new Set(parsed.data.map((row) => row.PRACTICE_CODE));
    const names = new Set(
      parsed.data.flatMap((row) => [row.PRACTICE_NAME?.toUpperCase(), row.PCN_NAME?.toUpperCase()]),
    );
    expect(pcnCodes.has('U89141')).toBe(true); // the check can find a real code
    const example = exampleAssessment();
    const pcnCode = example.profile.pcnCode ?? '';
    expect(pcnCode).toBe('U99001');
    expect(pcnCodes.has(pcnCode)).toBe(false);
    expect(practiceCodes.has(pcnCode)).toBe(false);
    for (const practice of example.profile.practices) {
      const code = practice.code ?? '';
      expect(code).toMatch(/^Z\d{5}$/);
      expect(practiceCodes.has(code), code).toBe(false);
      expect(names.has(practice.name.toUpperCase()), practice.name).toBe(false);
    }
    expect(names.has('RIVERSIDE VALE PCN')).toBe(false);
  });
});
