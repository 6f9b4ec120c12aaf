import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../electron/handlers';
import { dispatch } from '../electron/ipc/dispatch';
import type { PcnMatch } from '../shared/directory-api';
import type { Assessment, AssessmentSummary } from '../shared/domain';
import { ok, testDeps } from './support/deps';
import { tempDir } from './support/temp';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/nhs');

async function newAssessment(deps: Awaited<ReturnType<typeof testDeps>>, name = 'Riverside PCN') {
  return ok<AssessmentSummary>(
    dispatch(handlers, deps, 'createAssessment', { pcnName: name, assessmentDate: '2026-11-22' }),
  );
}

describe('walkthrough handlers', () => {
  it('saves answers, priorities and partners, and reads them back', async () => {
    const deps = await testDeps();
    const a = await newAssessment(deps);
    await ok(
      dispatch(handlers, deps, 'saveResponse', {
        assessmentId: a.id,
        response: {
          questionId: 'v2.leadership.cd-ambition',
          current: 1,
          dontKnow: false,
          target: 3,
          notes: '<b>not bold</b>',
        },
      }),
    );
    await ok(
      dispatch(handlers, deps, 'saveResponse', {
        assessmentId: a.id,
        response: { questionId: 'v2.leadership.cd-ambition', current: 2, dontKnow: false, target: 3, notes: 'changed' },
      }),
    );
    await ok(
      dispatch(handlers, deps, 'saveAreaResponse', {
        assessmentId: a.id,
        areaId: 'governance',
        importance: 3,
        summary: 'Key',
      }),
    );
    const partnerId = '6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await ok(
      dispatch(handlers, deps, 'savePartner', {
        assessmentId: a.id,
        partner: {
          id: partnerId,
          kind: 'acute-trust',
          name: 'Northshire Hospitals',
          contact: 'A. Jones',
          strength: 2,
          notes: '',
        },
      }),
    );
    const got = await ok<Assessment>(dispatch(handlers, deps, 'getAssessment', { id: a.id }));
    expect(got.responses).toEqual([
      { questionId: 'v2.leadership.cd-ambition', current: 2, dontKnow: false, target: 3, notes: 'changed' },
    ]);
    expect(got.areaResponses).toEqual([{ areaId: 'governance', importance: 3, summary: 'Key' }]);
    expect(got.partners).toEqual([
      { id: partnerId, kind: 'acute-trust', name: 'Northshire Hospitals', contact: 'A. Jones', strength: 2, notes: '' },
    ]);
    const list = await ok<AssessmentSummary[]>(dispatch(handlers, deps, 'listAssessments', undefined));
    expect(list[0]?.answered).toBe(1);

    await ok(dispatch(handlers, deps, 'deletePartner', { assessmentId: a.id, partnerId }));
    expect((await ok<Assessment>(dispatch(handlers, deps, 'getAssessment', { id: a.id }))).partners).toEqual([]);
  });

  it('refuses answers to questions that are not in the framework, and contradictory answers', async () => {
    const deps = await testDeps();
    const a = await newAssessment(deps);
    await expect(
      dispatch(handlers, deps, 'saveResponse', {
        assessmentId: a.id,
        response: { questionId: 'made.up', current: 1, dontKnow: false, target: 2, notes: '' },
      }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'There is no question made.up in this assessment.' },
    });
    await expect(
      dispatch(handlers, deps, 'saveResponse', {
        assessmentId: a.id,
        response: { questionId: 'v2.leadership.cd-ambition', current: 1, dontKnow: true, target: 2, notes: '' },
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(
      dispatch(handlers, deps, 'saveResponse', {
        assessmentId: a.id,
        response: { questionId: 'v2.leadership.cd-ambition', current: 5, dontKnow: false, target: 2, notes: '' },
      }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'A level is a whole number from 0 to 4.', field: 'response.current' },
    });
  });

  it('refuses answers and priorities for a deleted, missing or too-new assessment, writing nothing', async () => {
    const deps = await testDeps();
    const deleted = await newAssessment(deps, 'Deleted PCN');
    const newer = await newAssessment(deps, 'Newer PCN');
    await ok(dispatch(handlers, deps, 'deleteAssessment', { id: deleted.id }));
    deps.db.prepare("UPDATE assessment SET framework_version = '2099.1' WHERE id = ?").run(newer.id);
    const response = { questionId: 'v2.leadership.cd-ambition', current: 1, dontKnow: false, target: 2, notes: '' };
    const gone = {
      ok: false,
      error: { code: 'not-found', message: 'That assessment no longer exists. It may have been deleted.' },
    };
    for (const assessmentId of [deleted.id, '3f0e9a52-0c6b-4c1e-9d0e-1a2b3c4d5e6f']) {
      await expect(dispatch(handlers, deps, 'saveResponse', { assessmentId, response })).resolves.toEqual(gone);
      await expect(
        dispatch(handlers, deps, 'saveAreaResponse', {
          assessmentId,
          areaId: 'governance',
          importance: 3,
          summary: '',
        }),
      ).resolves.toEqual(gone);
    }
    await expect(dispatch(handlers, deps, 'saveResponse', { assessmentId: newer.id, response })).resolves.toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This assessment uses framework version 2099.1, which this version of the app does not know.',
      },
    });
    expect(deps.db.prepare('SELECT count(*) AS n FROM response').get()).toEqual({ n: 0 });
    expect(deps.db.prepare('SELECT count(*) AS n FROM area_response').get()).toEqual({ n: 0 });
  });

  it('validates profile codes with precise messages and keeps a two-ICB, small PCN as it is', async () => {
    const deps = await testDeps();
    const a = await newAssessment(deps);
    const profile = {
      pcnName: 'Coast and Country PCN',
      pcnCode: 'u41591',
      icb: 'NHS Devon ICB and NHS Cornwall and the Isles of Scilly ICB',
      population: 21_500,
      practices: [
        { id: '0b7c1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d', code: 'L82001', name: 'Harbour Surgery', listSize: 9000 },
      ],
      directoryExtractDate: null,
    };
    await ok(dispatch(handlers, deps, 'updateProfile', { id: a.id, profile }));
    const got = await ok<Assessment>(dispatch(handlers, deps, 'getAssessment', { id: a.id }));
    expect(got.profile).toEqual({ ...profile, pcnCode: 'U41591' });

    await expect(
      dispatch(handlers, deps, 'updateProfile', { id: a.id, profile: { ...profile, pcnCode: 'P12345' } }),
    ).resolves.toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'A PCN code is U followed by five digits, for example U41591.',
        field: 'profile.pcnCode',
      },
    });
    await expect(
      dispatch(handlers, deps, 'updateProfile', {
        id: a.id,
        profile: { ...profile, practices: [{ ...profile.practices[0], code: '123' }] },
      }),
    ).resolves.toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'A practice code is a letter followed by five digits, for example A81001.',
        field: 'profile.practices.0.code',
      },
    });
  });
});

describe('assessments over time', () => {
  it('reassesses: keeps the profile, partners and priorities, links the previous assessment, not its answers', async () => {
    const deps = await testDeps();
    const a = await newAssessment(deps);
    await ok(
      dispatch(handlers, deps, 'updateProfile', {
        id: a.id,
        profile: {
          pcnName: 'Riverside PCN',
          pcnCode: 'U12345',
          icb: 'NHS Northshire ICB',
          population: 48_000,
          practices: [
            { id: '0b7c1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d', code: 'A12345', name: 'Mill Lane', listSize: 48_000 },
          ],
          directoryExtractDate: '2026-08-01',
        },
      }),
    );
    await ok(
      dispatch(handlers, deps, 'saveResponse', {
        assessmentId: a.id,
        response: { questionId: 'v2.leadership.cd-ambition', current: 1, dontKnow: false, target: 2, notes: 'x' },
      }),
    );
    await ok(
      dispatch(handlers, deps, 'saveAreaResponse', {
        assessmentId: a.id,
        areaId: 'voice',
        importance: 3,
        summary: 'old',
      }),
    );
    const b = await ok<AssessmentSummary>(
      dispatch(handlers, deps, 'reassess', { fromId: a.id, assessmentDate: '2027-05-20' }),
    );
    const got = await ok<Assessment>(dispatch(handlers, deps, 'getAssessment', { id: b.id }));
    expect(got.previousAssessmentId).toBe(a.id);
    expect(got.planStart).toBe('2027-06-01');
    expect(got.profile.pcnCode).toBe('U12345');
    expect(got.profile.practices.map((p) => p.name)).toEqual(['Mill Lane']);
    expect(got.profile.practices[0]?.id).not.toBe('0b7c1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d');
    expect(got.responses).toEqual([]);
    expect(got.areaResponses).toEqual([{ areaId: 'voice', importance: 3, summary: '' }]);
  });

  it('deletes softly, restores, and removes for good only after 30 days', async () => {
    let now = new Date('2026-11-22T09:00:00Z');
    const deps = { ...(await testDeps()), now: () => now };
    const a = await newAssessment(deps);
    await ok(dispatch(handlers, deps, 'deleteAssessment', { id: a.id }));
    expect(await ok<AssessmentSummary[]>(dispatch(handlers, deps, 'listAssessments', undefined))).toEqual([]);
    expect(
      (await ok<AssessmentSummary[]>(dispatch(handlers, deps, 'listDeletedAssessments', undefined))).map((d) => d.id),
    ).toEqual([a.id]);
    await ok(dispatch(handlers, deps, 'restoreAssessment', { id: a.id }));
    expect(
      (await ok<AssessmentSummary[]>(dispatch(handlers, deps, 'listAssessments', undefined))).map((d) => d.id),
    ).toEqual([a.id]);

    await ok(dispatch(handlers, deps, 'deleteAssessment', { id: a.id }));
    now = new Date('2026-12-21T09:00:00Z'); // 29 days later: still restorable
    expect(await ok<AssessmentSummary[]>(dispatch(handlers, deps, 'listDeletedAssessments', undefined))).toHaveLength(
      1,
    );
    now = new Date('2026-12-23T09:00:00Z'); // 31 days later: gone
    expect(await ok<AssessmentSummary[]>(dispatch(handlers, deps, 'listDeletedAssessments', undefined))).toEqual([]);
    expect(deps.db.prepare('SELECT count(*) AS n FROM assessment').get()).toEqual({ n: 0 });
  });
});

describe('directory import through the handler', () => {
  function chooser(deps: Awaited<ReturnType<typeof testDeps>>, files: string[]) {
    return { ...deps, dialogs: { chooseFilesToOpen: async () => files, chooseFileToSave: async () => null } };
  }
  const mapping = path.join(FIXTURES, 'gp-reg-pat-prac-map_fixture.csv');
  const listSizes = path.join(FIXTURES, 'gp-reg-pat-prac-all_fixture.csv');

  it('imports the chosen files, then searches and returns a PCN with readable names', async () => {
    const deps = await testDeps();
    const status = await ok<{ pcnCount: number; files: string[] }>(
      dispatch(handlers, chooser(deps, [listSizes, mapping]), 'importDirectory', undefined),
    );
    expect(status.files).toEqual(['gp-reg-pat-prac-all_fixture.csv', 'gp-reg-pat-prac-map_fixture.csv']);
    expect(status.pcnCount).toBeGreaterThan(0);
    const matches = await ok<{ code: string; name: string }[]>(dispatch(handlers, deps, 'searchPcns', { query: 'u' }));
    expect(matches.every((m) => m.code !== 'U')).toBe(true);
    const first = matches[0];
    if (!first) throw new Error('no match');
    const details = await ok<{ name: string; practices: unknown[] }>(
      dispatch(handlers, deps, 'getDirectoryPcn', { code: first.code }),
    );
    expect(details.name).toBe(first.name);
    expect(details.name).not.toBe(details.name.toUpperCase());
    expect(details.practices.length).toBeGreaterThan(0);
  });

  it("finds a PCN by a member practice's code or name, and says which practice matched", async () => {
    const deps = await testDeps();
    await ok(dispatch(handlers, chooser(deps, [mapping]), 'importDirectory', undefined));
    const search = (query: string) => ok<PcnMatch[]>(dispatch(handlers, deps, 'searchPcns', { query }));
    const byCode = await search('z10005');
    expect(byCode[0]).toMatchObject({
      code: 'U90002',
      name: 'Coast and Country Vale PCN',
      matchedPractice: { code: 'Z10005', name: 'Moorside Health Centre' },
    });
    const byName = await search('abbey lane');
    expect(byName.map((m) => [m.code, m.matchedPractice])).toEqual([
      ['U90001', { code: 'Z10003', name: 'Abbey Lane Practice' }],
    ]);
    // Found by its own name, a PCN names no practice; practices outside a real PCN find nothing.
    expect((await search('coast'))[0]?.matchedPractice).toBeUndefined();
    expect(await search('Z10008')).toEqual([]);
    expect(await search('lone farm')).toEqual([]);
  });

  it('writes nothing when a file is wrong, and says which and why', async () => {
    const deps = await testDeps();
    const result = await dispatch(handlers, chooser(deps, [listSizes]), 'importDirectory', undefined);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'Include the practice-to-PCN mapping file (its name starts gp-reg-pat-prac-map); the other files only add patient numbers to it. Nothing was imported.',
      },
    });
    const junk = path.join(tempDir(), 'notes.csv');
    fs.writeFileSync(junk, 'hello,world\n1,2\n');
    const junkResult = await dispatch(handlers, chooser(deps, [mapping, junk]), 'importDirectory', undefined);
    expect(junkResult).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(
      junkResult.ok === false && junkResult.error.message.startsWith('notes.csv is not one of the NHS England'),
    ).toBe(true);
    expect(deps.db.prepare('SELECT count(*) AS n FROM directory_pcn').get()).toEqual({ n: 0 });
    expect(await ok(dispatch(handlers, deps, 'directoryStatus', undefined))).toBeNull();
  });

  it('returns null and changes nothing when the user cancels', async () => {
    const deps = await testDeps();
    expect(await ok(dispatch(handlers, chooser(deps, []), 'importDirectory', undefined))).toBeNull();
  });
});
