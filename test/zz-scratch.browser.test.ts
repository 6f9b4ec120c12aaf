import { afterAll, beforeAll, describe, it } from 'vitest';
import { handlers } from '../electron/handlers';
import { dispatch } from '../electron/ipc/dispatch';
import { type AppSession, browserAvailability, startSession } from './support/browser';

const { available } = browserAvailability();
describe.runIf(available)('scratch', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startSession({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await app?.close();
  });
  it('looks', async () => {
    const r = await dispatch(handlers, app.host.deps, 'createAssessment', {
      pcnName: 'Scratch PCN',
      assessmentDate: '2026-12-01',
    });
    if (!r.ok) throw new Error('x');
    const id = (r.value as { id: string }).id;
    await dispatch(handlers, app.host.deps, 'savePosition', { id, position: 'area:leadership' });
    await app.open();
    await app.page.getByRole('button', { name: /^Open Scratch PCN/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Leadership' }).waitFor();
    const { page } = app;
    await page.keyboard.press('j');
    await page.keyboard.press('2');
    await page.keyboard.press('u');
    await page.screenshot({ path: 'test/output/screenshots/scratch-q-1366.png' });
    await page.keyboard.press('e');
    await page.screenshot({ path: 'test/output/screenshots/scratch-q-evidence-1366.png' });
    await app.assertAccessible('scratch');
  });
});
