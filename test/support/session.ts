/**
 * Handler dependencies over a DataSession (the start-up check, backups and restore) on a real
 * data folder, with a clock the test moves, file-dialog answers and recorded desktop calls.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSession } from '../../electron/db/session';
import { type Deps, sessionDeps } from '../../electron/deps';
import type { StartupStatus } from '../../shared/data-api';
import { answeredDialogs, type DesktopCalls, type DialogAnswers, recordedDesktop } from './desktop';
import { tempDir } from './temp';

export interface SessionHarness {
  dir: string;
  session: DataSession;
  status: StartupStatus;
  deps: Deps;
  clock: { now: Date };
  answers: DialogAnswers;
  desktopCalls: DesktopCalls;
}

export const ABOUT = {
  appVersion: '0.1.0',
  os: 'TestOS 1.0 (linux, x64)',
  electron: '45.4.1',
  chrome: '140.0.0.0',
  node: '24.0.0',
};

export async function openSession(dir = tempDir(), at = '2026-11-22T10:00:00.000Z'): Promise<SessionHarness> {
  const clock = { now: new Date(at) };
  const session = new DataSession(dir, { now: () => clock.now });
  const status = await session.start();
  const answers: SessionHarness['answers'] = { open: [], save: [] };
  const desktopCalls: SessionHarness['desktopCalls'] = { openFolder: [], copied: [] };
  let n = 0;
  const deps = sessionDeps(session, {
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    log: () => {},
    dialogs: answeredDialogs(answers),
    desktop: recordedDesktop(desktopCalls),
    about: ABOUT,
  });
  return { dir, session, status, deps, clock, answers, desktopCalls };
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** True when some file in the data folder holds exactly these bytes: nothing the user saved is gone. */
export function bytesKeptIn(dir: string, bytes: Buffer): boolean {
  return filesUnder(dir).some((f) => fs.readFileSync(f).equals(bytes));
}

/**
 * Makes a folder or file read-only for this process: chmod for a normal user; for root, whom
 * chmod does not stop, the immutable attribute. Returns the undo. `readOnlyAvailable` says
 * whether either works here (probed once), so a test never passes without really being read-only.
 */
export function makeReadOnly(target: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', target]);
    return () => execFileSync('chattr', ['-i', target]);
  }
  const { mode } = fs.statSync(target);
  fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
  return () => fs.chmodSync(target, mode);
}

function probeReadOnly(): { available: boolean; reason: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-ro-probe-'));
  try {
    const undo = makeReadOnly(dir);
    try {
      fs.writeFileSync(path.join(dir, 'x'), 'x');
      return { available: false, reason: 'a read-only folder can still be written to here' };
    } catch {
      return { available: true, reason: '' };
    } finally {
      undo();
    }
  } catch (error) {
    return { available: false, reason: `a folder cannot be made read-only here (${(error as Error).message})` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const readOnly = probeReadOnly();
if (!readOnly.available) console.log(`Skipping the read-only folder tests: ${readOnly.reason}.`);
