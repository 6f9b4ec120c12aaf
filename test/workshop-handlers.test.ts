/**
 * The workshop through the real dispatcher and handlers on real SQLite files: participants,
 * private scores hidden from the renderer until the reveal (in every channel, and after the
 * database is closed and opened again mid-workshop), reasons, the consensus rule, and scoring
 * before the day by response pack and response file, where importing the same person's file
 * again updates their answers and never adds them twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../electron/db/open';
import type { Deps } from '../electron/deps';
import type { AssessmentSummary, Participant, WorkshopView } from '../shared/domain';
import { exampleAssessment } from '../shared/example';
import { parseAssessmentFile } from '../shared/export/assessment-file';
import { parseResponsePack } from '../shared/export/response-files';
import type { Result } from '../shared/result';
import { call, testDeps } from './support/deps';
import { tempDir } from './support/temp';

function withDialogs(deps: Deps, answers: { open?: string[][]; save?: (string | null)[] }): Deps {
  const open = [...(answers.open ?? [])];
  const save = [...(answers.save ?? [])];
  return {
    ...deps,
    dialogs: {
      chooseFilesToOpen: async () => open.shift() ?? [],
      chooseFileToSave: async () => save.shift() ?? null,
    },
  };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function count(deps: Deps, table: string): number {
  return (deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

const Q1 = 'v2.leadership.cd-ambition';
const Q2 = 'v2.leadership.freed-up';

const PEOPLE: Participant[] = [
  {
    id: '10000000-0000-4000-8000-000000000001',
    name: 'Dr Ada Shah',
    organisation: 'Larkspur Lane Surgery',
    role: 'GP partner',
  },
  { id: '10000000-0000-4000-8000-000000000002', name: 'Ben Ode', organisation: 'Riverside PCN', role: 'PCN manager' },
  {
    id: '10000000-0000-4000-8000-000000000003',
    name: 'Cara Lee',
    organisation: 'Northshire Community Health',
    role: 'Locality director',
  },
];

async function workshopWithPeople(deps: Deps): Promise<string> {
  const a = value(await call(deps, 'createAssessment', { pcnName: 'Riverside PCN', assessmentDate: '2026-11-22' }));
  for (const participant of PEOPLE) value(await call(deps, 'saveParticipant', { assessmentId: a.id, participant }));
  return a.id;
}

async function score(
  deps: Deps,
  assessmentId: string,
  who: number,
  questionId: string,
  current: number | 'D',
  target: number | null,
) {
  return value(
    await call(deps, 'saveParticipantScore', {
      assessmentId,
      score: {
        participantId: (PEOPLE[who] as Participant).id,
        questionId,
        current: current === 'D' ? null : (current as 0),
        dontKnow: current === 'D',
        target: target as 0 | null,
      },
    }),
  );
}

describe('participants', () => {
  it('adds, edits and removes people; removing someone removes their scores', async () => {
    const deps = await testDeps();
    const id = await workshopWithPeople(deps);
    const edited = value(
      await call(deps, 'saveParticipant', {
        assessmentId: id,
        participant: { ...(PEOPLE[1] as Participant), name: '  Ben Ode-Adams ', role: 'PCN manager' },
      }),
    );
    expect(edited.participants.map((p) => p.name)).toEqual(['Dr Ada Shah', 'Ben Ode-Adams', 'Cara Lee']);
    await score(deps, id, 1, Q1, 2, 3);
    const removed = value(
      await call(deps, 'deleteParticipant', { assessmentId: id, participantId: PEOPLE[1]?.id as string }),
    );
    expect(removed.participants.map((p) => p.name)).toEqual(['Dr Ada Shah', 'Cara Lee']);
    expect(removed.workshop.hidden).toEqual([]);
    expect(count(deps, 'participant_score')).toBe(0);
  });

  it('refuses unknown and hostile fields, over-long names and another assessment’s participant', async () => {
    const deps = await testDeps();
    const id = await workshopWithPeople(deps);
    const hostile = JSON.parse(
      `{"id":"${PEOPLE[0]?.id}","name":"x","organisation":"","role":"","__proto__":{"admin":true}}`,
    );
    const refused = await call(deps, 'saveParticipant', { assessmentId: id, participant: hostile });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const long = await call(deps, 'saveParticipant', {
      assessmentId: id,
      participant: { ...(PEOPLE[0] as Participant), name: 'x'.repeat(201) },
    });
    expect(long).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Name or alias must be 200 characters or fewer.',
        field: 'participant.name',
      },
    });
    const other = value(await call(deps, 'createAssessment', { pcnName: 'Other PCN', assessmentDate: '2026-11-22' }));
    expect(
      await call(deps, 'saveParticipant', { assessmentId: other.id, participant: PEOPLE[0] as Participant }),
    ).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That participant belongs to another assessment.' },
    });
    expect(
      await call(deps, 'saveParticipantScore', {
        assessmentId: other.id,
        score: { participantId: PEOPLE[0]?.id as string, questionId: Q1, current: 1, dontKnow: false, target: 2 },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That participant is not in this workshop. They may have been removed.' },
    });
  });
});

describe('hidden until the reveal, in every path', () => {
  it('never hands a hidden score to the renderer, even after the database is reopened mid-workshop', async () => {
    const first = await testDeps();
    const id = await workshopWithPeople(first);
    const afterEntry = await score(first, id, 0, Q1, 4, 4);
    await score(first, id, 1, Q1, 'D', null);
    await score(first, id, 2, Q1, 1, null);
    // What a saved score answers with: that it was entered, never what it was.
    expect(afterEntry.workshop).toEqual({
      anonymous: false,
      questions: [],
      scores: [],
      hidden: [{ participantId: PEOPLE[0]?.id, questionId: Q1, hasCurrent: true, hasTarget: true, source: 'live' }],
    });

    // Close the database and open it again, as after a reload or a restart of the app.
    const file = path.join(first.dir, 'neighbourhood-ready.sqlite');
    first.db.close();
    const db = await openDatabase(file, { backupDir: path.join(first.dir, 'backups') });
    const deps: Deps = { ...first, db };

    const hiddenFlags = [
      { participantId: PEOPLE[0]?.id, questionId: Q1, hasCurrent: true, hasTarget: true, source: 'live' },
      { participantId: PEOPLE[1]?.id, questionId: Q1, hasCurrent: true, hasTarget: false, source: 'live' },
      { participantId: PEOPLE[2]?.id, questionId: Q1, hasCurrent: true, hasTarget: false, source: 'live' },
    ];
    const opened = value(await call(deps, 'getAssessment', { id }));
    expect(opened.workshop).toEqual({ anonymous: false, questions: [], scores: [], hidden: hiddenFlags });
    expect(value(await call(deps, 'getWorkshop', { assessmentId: id }))).toEqual(opened.workshop);
    // Nothing in the whole answer gives a level away: no score objects at all.
    expect(JSON.stringify(opened)).not.toMatch(/"dontKnow":true|"current":4|"target":4/);
    // The scores are in the database all the same.
    expect(count(deps, 'participant_score')).toBe(3);

    // Revealing another question reveals nothing of this one.
    await score(deps, id, 0, Q2, 2, 3);
    const other = value(await call(deps, 'revealScores', { assessmentId: id, questionIds: [Q2] }));
    expect(other.workshop.scores.map((s) => s.questionId)).toEqual([Q2]);
    expect(other.workshop.hidden.map((h) => h.questionId)).toEqual([Q1, Q1, Q1]);

    const revealed = value(await call(deps, 'revealScores', { assessmentId: id, questionIds: [Q1] }));
    expect(revealed.workshop.hidden).toEqual([]);
    expect(revealed.workshop.scores.filter((s) => s.questionId === Q1)).toEqual([
      {
        participantId: PEOPLE[0]?.id,
        questionId: Q1,
        current: 4,
        dontKnow: false,
        target: 4,
        reason: '',
        source: 'live',
      },
      {
        participantId: PEOPLE[1]?.id,
        questionId: Q1,
        current: null,
        dontKnow: true,
        target: null,
        reason: '',
        source: 'live',
      },
      {
        participantId: PEOPLE[2]?.id,
        questionId: Q1,
        current: 1,
        dontKnow: false,
        target: null,
        reason: '',
        source: 'live',
      },
    ]);
    expect(revealed.workshop.questions).toEqual([
      { questionId: Q1, revealedAt: '2026-11-22T09:30:00.000Z', agreedAt: null, consensusReason: '' },
      { questionId: Q2, revealedAt: '2026-11-22T09:30:00.000Z', agreedAt: null, consensusReason: '' },
    ]);
    expect(value(await call(deps, 'getAssessment', { id })).workshop.scores).toHaveLength(4);
  });

  it('saves "now" and the target one box at a time, keeping the part it was not sent', async () => {
    const deps = await testDeps();
    const id = await workshopWithPeople(deps);
    const who = { participantId: PEOPLE[0]?.id as string, questionId: Q1 };
    value(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, current: 2, dontKnow: false } }),
    );
    const afterTarget = value(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, target: 3 } }),
    );
    expect(afterTarget.workshop.hidden).toEqual([{ ...who, hasCurrent: true, hasTarget: true, source: 'live' }]);
    const row = () => deps.db.prepare('SELECT current_level, dont_know, target_level FROM participant_score').get();
    expect(row()).toEqual({ current_level: 2, dont_know: 0, target_level: 3 });
    value(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, current: null, dontKnow: true } }),
    );
    expect(row()).toEqual({ current_level: null, dont_know: 1, target_level: 3 });
    // Clearing both boxes removes the score.
    value(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, current: null, dontKnow: false } }),
    );
    const cleared = value(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, target: null } }),
    );
    expect(cleared.workshop.hidden).toEqual([]);
    expect(count(deps, 'participant_score')).toBe(0);
    // "now" must come with its "don't know" flag, and cannot be both.
    expect(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, current: 2 } as never }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Give "now" as a level (or none) and whether it is "don\'t know", together.',
        field: 'score',
      },
    });
    expect(
      await call(deps, 'saveParticipantScore', { assessmentId: id, score: { ...who, current: 2, dontKnow: true } }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'A score cannot be both a level and "Don\'t know".' },
    });
  });

  it('keeps reasons and consensus for after the reveal', async () => {
    const deps = await testDeps();
    const id = await workshopWithPeople(deps);
    await score(deps, id, 0, Q1, 4, 4);
    const early = await call(deps, 'saveScoreReason', {
      assessmentId: id,
      participantId: PEOPLE[0]?.id as string,
      questionId: Q1,
      reason: 'Because.',
    });
    expect(early).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Reasons are recorded once the scores for this question have been revealed.',
      },
    });
    const consensus = await call(deps, 'setConsensus', {
      assessmentId: id,
      questionId: Q1,
      current: 4,
      dontKnow: false,
      target: 4,
      reason: '',
    });
    expect(consensus).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Reveal everyone’s scores for this question before agreeing a consensus.' },
    });
    expect(count(deps, 'response')).toBe(0);
  });
});

describe('the consensus', () => {
  async function revealedQuestion(deps: Deps) {
    const id = await workshopWithPeople(deps);
    // Now: 1, 2, 4 (median 2, range 3: split). Target: 3, 3, 4 (median 3).
    await score(deps, id, 0, Q1, 1, 3);
    await score(deps, id, 1, Q1, 2, 3);
    await score(deps, id, 2, Q1, 4, 4);
    value(await call(deps, 'revealScores', { assessmentId: id, questionIds: [Q1] }));
    value(
      await call(deps, 'saveResponse', {
        assessmentId: id,
        response: { questionId: Q1, current: null, dontKnow: false, target: null, notes: 'Minuted in September.' },
      }),
    );
    return id;
  }

  it('needs no reason at the median; becomes the response that scoring uses, keeping its notes', async () => {
    const deps = await testDeps();
    const id = await revealedQuestion(deps);
    const agreed = value(
      await call(deps, 'setConsensus', {
        assessmentId: id,
        questionId: Q1,
        current: 2,
        dontKnow: false,
        target: 3,
        reason: '',
      }),
    );
    expect(agreed.response).toEqual({
      questionId: Q1,
      current: 2,
      dontKnow: false,
      target: 3,
      notes: 'Minuted in September.',
    });
    expect(agreed.workshop.questions[0]).toEqual({
      questionId: Q1,
      revealedAt: '2026-11-22T09:30:00.000Z',
      agreedAt: '2026-11-22T09:30:00.000Z',
      consensusReason: '',
    });
    const a = value(await call(deps, 'getAssessment', { id }));
    expect(a.responses).toEqual([agreed.response]);
  });

  it('refuses a level away from the median without a reason, and records it with one', async () => {
    const deps = await testDeps();
    const id = await revealedQuestion(deps);
    const input = { assessmentId: id, questionId: Q1, current: 1 as const, dontKnow: false, target: 3 as const };
    expect(await call(deps, 'setConsensus', { ...input, reason: '   ' })).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'For “Does the clinical director want to take on a leadership role in the new neighbourhood?”, the agreed level now is 1 Emerging but the median is 2 Developing. Say why the group agreed it.',
      },
    });
    expect(count(deps, 'response')).toBe(1);
    expect(deps.db.prepare('SELECT current_level FROM response').get()).toEqual({ current_level: null });
    expect(
      await call(deps, 'setConsensus', { ...input, current: null, dontKnow: true, target: 4, reason: '' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'For “Does the clinical director want to take on a leadership role in the new neighbourhood?”, the agreed level now is “Don’t know” but the median is 2 Developing, and the agreed target is 4 Thriving but the median is 3 Established. Say why the group agreed them.',
      },
    });
    const ok = value(
      await call(deps, 'setConsensus', { ...input, reason: ' The protected time is lost every week. ' }),
    );
    expect(ok.workshop.questions[0]?.consensusReason).toBe('The protected time is lost every week.');
    expect(ok.response.current).toBe(1);
  });

  it('is no longer "agreed" once its levels are changed on the area page (notes alone do not count)', async () => {
    const deps = await testDeps();
    const id = await revealedQuestion(deps);
    value(
      await call(deps, 'setConsensus', {
        assessmentId: id,
        questionId: Q1,
        current: 2,
        dontKnow: false,
        target: 3,
        reason: '',
      }),
    );
    const agreedAt = () => deps.db.prepare('SELECT agreed_at FROM workshop_question').get();
    value(
      await call(deps, 'saveResponse', {
        assessmentId: id,
        response: { questionId: Q1, current: 2, dontKnow: false, target: 3, notes: 'More notes.' },
      }),
    );
    expect(agreedAt()).toEqual({ agreed_at: '2026-11-22T09:30:00.000Z' });
    value(
      await call(deps, 'saveResponse', {
        assessmentId: id,
        response: { questionId: Q1, current: 3, dontKnow: false, target: 3, notes: 'More notes.' },
      }),
    );
    expect(agreedAt()).toEqual({ agreed_at: null });
  });
});

describe('scoring before the day: response packs and response files', () => {
  it('a participant answers a pack on their own computer; the facilitator imports it, and again updates it', async () => {
    const dir = tempDir();
    const packFile = path.join(dir, 'pack.json');
    const responseFile = path.join(dir, 'response.json');
    const facilitator = withDialogs(await testDeps(), {
      save: [packFile],
      open: [[responseFile], [responseFile]],
    });
    const id = await workshopWithPeople(facilitator);
    await score(facilitator, id, 0, Q1, 3, 4); // someone else's live score: never in the pack

    const exported = value(
      await call(facilitator, 'exportResponsePack', { assessmentId: id, participantId: PEOPLE[2]?.id as string }),
    );
    expect(exported).toEqual({ fileName: 'pack.json', bytes: fs.statSync(packFile).size });
    const packText = fs.readFileSync(packFile, 'utf8');
    const pack = parseResponsePack(packText);
    if (!pack.ok) throw new Error(pack.message);
    expect(pack.file.kind).toBe('response-pack');
    expect(pack.file.pack.participant).toEqual(PEOPLE[2]);
    expect(pack.file.pack.assessmentId).toBe(id);
    expect(Object.keys(pack.file.pack)).toEqual([
      'id',
      'assessmentId',
      'frameworkVersion',
      'assessmentDate',
      'profile',
      'participant',
      'anonymous',
    ]);
    expect(packText).not.toContain('"scores"');
    expect(packText).not.toContain('Dr Ada Shah');

    // On the participant's own computer (another database).
    const participant = withDialogs(await testDeps(), {
      open: [[packFile], [packFile]],
      save: [responseFile, responseFile],
    });
    const opened = value(await call(participant, 'openResponsePack', undefined));
    expect(opened).toEqual({
      reopened: false,
      pack: {
        id: pack.file.pack.id,
        pcnName: 'Riverside PCN',
        assessmentDate: '2026-11-22',
        participantName: 'Cara Lee',
        answered: 0,
        questionCount: 42,
        openedAt: '2026-11-22T09:30:00.000Z',
        updatedAt: '2026-11-22T09:30:00.000Z',
      },
    });
    const answer = (
      questionId: string,
      current: 0 | 1 | 2 | 3 | 4 | null,
      target: 0 | 1 | 2 | 3 | 4 | null,
      reason = '',
    ) =>
      call(participant, 'saveResponsePackAnswer', {
        packId: opened?.pack.id as string,
        answer: { questionId, current, dontKnow: false, target, reason },
      });
    value(await answer(Q1, 0, 2, 'Nobody has asked the clinical director.'));
    value(await answer(Q2, 1, 2));
    expect(value(await call(participant, 'listResponsePacks', undefined))[0]?.answered).toBe(2);
    // Opening the same pack again keeps the answers.
    expect(value(await call(participant, 'openResponsePack', undefined))).toMatchObject({
      reopened: true,
      pack: { answered: 2 },
    });
    value(await call(participant, 'exportResponseFile', { packId: opened?.pack.id as string }));

    // The facilitator imports it: hidden like a live score until the reveal.
    const first = value(await call(facilitator, 'importResponseFiles', { assessmentId: id }));
    expect(first?.results).toEqual([
      { fileName: 'response.json', outcome: 'imported', participant: 'Cara Lee', answers: 2, message: '' },
    ]);
    expect(first?.workshop.scores).toEqual([]);
    expect(first?.workshop.hidden.filter((h) => h.source === 'response-file')).toEqual([
      { participantId: PEOPLE[2]?.id, questionId: Q1, hasCurrent: true, hasTarget: true, source: 'response-file' },
      { participantId: PEOPLE[2]?.id, questionId: Q2, hasCurrent: true, hasTarget: true, source: 'response-file' },
    ]);

    // The participant changes their mind, drops one answer, and sends the file again.
    value(await answer(Q1, 1, 2, 'Asked her: she is keen.'));
    value(await answer(Q2, null, null));
    value(await call(participant, 'exportResponseFile', { packId: opened?.pack.id as string }));
    const second = value(await call(facilitator, 'importResponseFiles', { assessmentId: id }));
    expect(second?.results).toEqual([
      { fileName: 'response.json', outcome: 'updated', participant: 'Cara Lee', answers: 1, message: '' },
    ]);
    expect(count(facilitator, 'participant')).toBe(3);
    const rows = facilitator.db
      .prepare(
        'SELECT participant_id, question_id, current_level, target_level, reason, source FROM participant_score ORDER BY participant_id, question_id',
      )
      .all();
    expect(rows).toEqual([
      { participant_id: PEOPLE[0]?.id, question_id: Q1, current_level: 3, target_level: 4, reason: '', source: 'live' },
      {
        participant_id: PEOPLE[2]?.id,
        question_id: Q1,
        current_level: 1,
        target_level: 2,
        reason: 'Asked her: she is keen.',
        source: 'response-file',
      },
    ]);
  });

  it('refuses responses for another assessment, packs in the wrong place, and damaged files, writing nothing', async () => {
    const dir = tempDir();
    const packFile = path.join(dir, 'pack.json');
    const responseFile = path.join(dir, 'response.json');
    const facilitator = withDialogs(await testDeps(), { save: [packFile] });
    const id = await workshopWithPeople(facilitator);
    value(await call(facilitator, 'exportResponsePack', { assessmentId: id, participantId: PEOPLE[0]?.id as string }));
    const participant = withDialogs(await testDeps(), { open: [[packFile]], save: [responseFile] });
    const opened = value(await call(participant, 'openResponsePack', undefined));
    value(await call(participant, 'exportResponseFile', { packId: opened?.pack.id as string }));

    const damaged = path.join(dir, 'damaged.json');
    fs.writeFileSync(damaged, fs.readFileSync(responseFile, 'utf8').replace('"answers"', '"__proto__": {}, "answers"'));
    const other = value(
      await call(facilitator, 'createAssessment', { pcnName: 'Other PCN', assessmentDate: '2026-11-22' }),
    );
    const deps = withDialogs(facilitator, { open: [[responseFile, packFile, damaged]], save: [] });
    const result = value(await call(deps, 'importResponseFiles', { assessmentId: other.id }));
    expect(result?.results).toEqual([
      {
        fileName: 'response.json',
        outcome: 'refused',
        participant: '',
        answers: 0,
        message:
          'This response is for another assessment (Riverside PCN), not this one. Import it into that assessment instead.',
      },
      {
        fileName: 'pack.json',
        outcome: 'refused',
        participant: '',
        answers: 0,
        message:
          'This is a response pack that has not been answered yet. The participant opens it in their own copy of Neighbourhood Ready, answers it, and saves a response file to send back.',
      },
      {
        fileName: 'damaged.json',
        outcome: 'refused',
        participant: '',
        answers: 0,
        message:
          'This file is not a valid response file: it contains a field named "__proto__" (in response), which response files never use. It was not opened, to keep the app safe.',
      },
    ]);
    expect(count(facilitator, 'participant_score')).toBe(0);

    // A pack opened as an assessment, and an assessment opened as a pack, say what to do instead.
    const asAssessment = await call(
      withDialogs(facilitator, { open: [[packFile]] }),
      'importAssessmentFile',
      undefined,
    );
    expect(asAssessment).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'pack.json: This is a response pack, not an assessment: it holds the questions for one person to answer before a workshop. To answer it, choose “Answer a response pack” on the home screen. Nothing was imported.',
      },
    });
    const assessmentFile = path.join(dir, 'assessment.json');
    value(
      await call(withDialogs(facilitator, { save: [assessmentFile] }), 'exportPlan', {
        assessmentId: id,
        format: 'assessment',
      }),
    );
    const asPack = await call(withDialogs(participant, { open: [[assessmentFile]] }), 'openResponsePack', undefined);
    expect(asPack).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'assessment.json: This is an assessment file, not a response pack. To open it, choose “Open an assessment file” on the home screen. Nothing was opened.',
      },
    });
  });

  it('adds a person back when their response arrives after they were removed', async () => {
    const dir = tempDir();
    const packFile = path.join(dir, 'pack.json');
    const responseFile = path.join(dir, 'response.json');
    const facilitator = withDialogs(await testDeps(), { save: [packFile], open: [[responseFile]] });
    const id = await workshopWithPeople(facilitator);
    value(await call(facilitator, 'exportResponsePack', { assessmentId: id, participantId: PEOPLE[1]?.id as string }));
    const participant = withDialogs(await testDeps(), { open: [[packFile]], save: [responseFile] });
    const opened = value(await call(participant, 'openResponsePack', undefined));
    value(
      await call(participant, 'saveResponsePackAnswer', {
        packId: opened?.pack.id as string,
        answer: { questionId: Q1, current: null, dontKnow: true, target: null, reason: '' },
      }),
    );
    value(await call(participant, 'exportResponseFile', { packId: opened?.pack.id as string }));
    value(await call(facilitator, 'deleteParticipant', { assessmentId: id, participantId: PEOPLE[1]?.id as string }));
    const result = value(await call(facilitator, 'importResponseFiles', { assessmentId: id }));
    expect(result?.results).toEqual([
      {
        fileName: 'response.json',
        outcome: 'imported',
        participant: 'Ben Ode',
        answers: 1,
        message: 'They were not in the participants list, so they have been added.',
      },
    ]);
    expect(result?.participants.map((p) => p.name)).toEqual(['Dr Ada Shah', 'Cara Lee', 'Ben Ode']);
  });
});

describe('anonymous sessions and the assessment file', () => {
  it('keeps names out of the exported assessment file, and carries every score with its reveal state', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workshop.json');
    const deps = withDialogs(await testDeps(), { save: [file] });
    const id = await workshopWithPeople(deps);
    await score(deps, id, 0, Q1, 3, 4);
    const anonymous = value(await call(deps, 'setWorkshopAnonymous', { assessmentId: id, anonymous: true }));
    expect(anonymous.workshop.anonymous).toBe(true);
    value(await call(deps, 'exportPlan', { assessmentId: id, format: 'assessment' }));
    const parsed = parseAssessmentFile(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.assessment.participants.map((p) => [p.name, p.role])).toEqual([
      ['', 'GP partner'],
      ['', 'PCN manager'],
      ['', 'Locality director'],
    ]);
    expect(parsed.file.assessment.workshop).toEqual({
      anonymous: true,
      questions: [],
      scores: [
        {
          participantId: PEOPLE[0]?.id,
          questionId: Q1,
          current: 3,
          dontKnow: false,
          target: 4,
          reason: '',
          source: 'live',
        },
      ],
    });

    // Opened on another computer, the score is still hidden from the screen until revealed there.
    const other = withDialogs(await testDeps(), { open: [[file]] });
    const imported = value(await call(other, 'importAssessmentFile', undefined));
    expect(imported?.outcome).toBe('imported');
    const view: WorkshopView = value(await call(other, 'getAssessment', { id })).workshop;
    expect(view.scores).toEqual([]);
    expect(view.hidden).toHaveLength(1);
  });

  it('still opens a format version 1 file, as an assessment with no workshop', async () => {
    const dir = tempDir();
    const v1 = path.join(dir, 'old.json');
    const example = exampleAssessment();
    const {
      workshop: _none,
      checkIns: _checkIns,
      deferrals: _deferrals,
      planCapacity: _capacity,
      ...withoutWorkshop
    } = example;
    fs.writeFileSync(
      v1,
      JSON.stringify({
        format: 'neighbourhood-ready-assessment',
        formatVersion: 1,
        exportedAt: '2026-11-16T18:00:00.000Z',
        app: { name: 'Neighbourhood Ready', version: '0.1.0' },
        assessment: withoutWorkshop,
        previous: null,
      }),
    );
    const deps = withDialogs(await testDeps(), { open: [[v1]] });
    const imported = value(await call(deps, 'importAssessmentFile', undefined));
    expect(imported).toMatchObject({
      outcome: 'imported',
      assessment: { id: example.id, answered: 36 } as Partial<AssessmentSummary>,
    });
    const opened = value(await call(deps, 'getAssessment', { id: example.id }));
    expect(opened.workshop).toEqual({ anonymous: false, questions: [], scores: [], hidden: [] });
    expect(opened.participants).toHaveLength(8);
  });
});
