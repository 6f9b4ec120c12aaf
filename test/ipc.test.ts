import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../electron/handlers';
import { dispatch } from '../electron/ipc/dispatch';
import { isTrustedSender, registerIpc } from '../electron/ipc/register';
import { CHANNELS, ipcChannelName } from '../shared/contract';
import { testDeps } from './support/deps';

describe('dispatch: the trust boundary', () => {
  it('creates and lists assessments through the contract', async () => {
    const deps = await testDeps();
    const created = await dispatch(handlers, deps, 'createAssessment', {
      pcnName: '  Riverside PCN ',
      assessmentDate: '2026-11-22',
    });
    expect(created).toEqual({
      ok: true,
      value: {
        id: '00000000-0000-4000-8000-000000000001',
        pcnName: 'Riverside PCN',
        pcnCode: null,
        assessmentDate: '2026-11-22',
        status: 'in-progress',
        frameworkVersion: '2026.2',
        previousAssessmentId: null,
        updatedAt: '2026-11-22T09:30:00.000Z',
        answered: 0,
        questionCount: 42,
        planStart: '2026-12-01',
        actionCount: 0,
        lastCheckInOn: null,
      },
    });
    const listed = await dispatch(handlers, deps, 'listAssessments', undefined);
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });

  it('answers invalid input with a typed error, never a crash', async () => {
    const deps = await testDeps();
    await expect(
      dispatch(handlers, deps, 'createAssessment', { pcnName: '', assessmentDate: '2026-11-22' }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'PCN name is required.', field: 'pcnName' },
    });
    await expect(
      dispatch(handlers, deps, 'createAssessment', { pcnName: 'X', assessmentDate: '2026-02-30' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(
      dispatch(handlers, deps, 'createAssessment', { pcnName: 'X', assessmentDate: '2026-11-22', extra: 1 }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(dispatch(handlers, deps, 'createAssessment', null)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await expect(dispatch(handlers, deps, 'getAssessment', { id: "1'; DROP TABLE assessment;--" })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Not a valid id.', field: 'id' },
    });
    await expect(dispatch(handlers, deps, 'listAssessments', { sneaky: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('refuses channels that are not in the contract, including prototype names', async () => {
    const deps = await testDeps();
    for (const name of ['dropEverything', '__proto__', 'constructor', 'toString']) {
      await expect(dispatch(handlers, deps, name, undefined)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('reports a missing assessment as not found', async () => {
    const deps = await testDeps();
    await expect(
      dispatch(handlers, deps, 'getAssessment', { id: '3f0e9a52-0c6b-4c1e-9d0e-1a2b3c4d5e6f' }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That assessment no longer exists. It may have been deleted.' },
    });
  });

  it('turns a disk-full failure into a message that says earlier data is safe', async () => {
    const deps = await testDeps();
    // Fill the database to its page limit so the next write fails with SQLITE_FULL.
    const pages = deps.db.pragma('page_count', { simple: true }) as number;
    deps.db.pragma(`max_page_count = ${pages}`);
    const results = [];
    for (let i = 0; i < 50; i++) {
      results.push(
        await dispatch(handlers, deps, 'createAssessment', { pcnName: `PCN ${i}`, assessmentDate: '2026-11-22' }),
      );
    }
    const failure = results.find((r) => !r.ok);
    expect(failure).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message:
          'Not saved: the disk is full. Everything saved before this change is safe. Free some space, then try again.',
      },
    });
    deps.db.pragma('max_page_count = 1073741823');
    const listed = await dispatch(handlers, deps, 'listAssessments', undefined);
    expect(listed.ok && (listed.value as unknown[]).length).toBe(results.filter((r) => r.ok).length);
  });
});

describe('Electron registration and the sender check', () => {
  const appFrame = { url: 'app://bundle/index.html', parent: null };

  it('trusts only the app page in the top frame', () => {
    expect(isTrustedSender({ senderFrame: appFrame } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://other/index.html', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'file:///C:/index.html', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://bundle/index.html', parent: appFrame } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
    // Look-alikes of the app's origin, and pages the window could be pushed to.
    expect(isTrustedSender({ senderFrame: { url: 'app://bundle@evil.example/', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://bundle.evil.example/', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'about:blank', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'data:text/html,<p>x</p>', parent: null } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'devtools://devtools/', parent: null } } as never)).toBe(false);
  });

  it('registers one handler per channel and refuses a foreign sender without touching data', async () => {
    const deps = await testDeps();
    const registered = new Map<string, (event: unknown, input: unknown) => unknown>();
    const ipcMain = { handle: vi.fn((name: string, fn) => registered.set(name, fn)) };
    registerIpc(ipcMain as never, handlers, () => deps);
    expect([...registered.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort());

    const create = registered.get(ipcChannelName('createAssessment'));
    const foreign = await create?.(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      {
        pcnName: 'Injected',
        assessmentDate: '2026-11-22',
      },
    );
    expect(foreign).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from the app and was refused.' },
    });
    expect(deps.db.prepare('SELECT count(*) AS n FROM assessment').get()).toEqual({ n: 0 });

    const own = await create?.({ senderFrame: appFrame }, { pcnName: 'Real', assessmentDate: '2026-11-22' });
    expect(own).toMatchObject({ ok: true });
  });
});
