/**
 * Durability: child processes save, import the NHS directory and restore backups through the
 * app's own code, and are killed with SIGKILL at random moments. After every kill the data is
 * reopened as the app would open it: nothing acknowledged is lost, the database is either as
 * before or as after a replacement (never in between), and the data folder never holds a
 * half-written file.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBackup } from '../electron/db/backup';
import { openDatabase } from '../electron/db/open';
import { DataSession } from '../electron/db/session';
import { DB_FILE_NAME, openAppDatabase } from '../electron/db/startup';
import { tempDir } from './support/temp';

/**
 * The child processes, bundled once with esbuild so that each starts in a fraction of a second
 * (through tsx each would spend seconds compiling, and the kills would be few and slow). Written
 * inside the project so that better-sqlite3 resolves from its node_modules.
 */
const CHILDREN = path.resolve(import.meta.dirname, 'output/durability');
const SAVER = path.join(CHILDREN, 'saver.mjs');
const SWITCHER = path.join(CHILDREN, 'switcher.mjs');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/nhs');
const KILLS = 50;
/** Kills during a directory import, and during a restore. */
const SWITCH_KILLS = 12;

/** Starts a child, kills it with SIGKILL at a random moment after READY, and returns its complete output lines. */
function runUntilKilled(args: string[], maxDelayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!killTimer && out.includes('READY')) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * maxDelayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`The child stopped by itself (${signal}): ${err}`));
        return;
      }
      // Only complete lines count: a line cut off by the kill was never fully acknowledged.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

/**
 * What a kill may leave in the data folder: the database and SQLite's own -wal and -shm, the
 * backups folder, whose every file under a backup's name is a complete, verified backup, and
 * the app's own unfinished copies, which are only ever under a temporary name.
 */
function expectNoHalfWrittenFile(dir: string): void {
  const allowed = new Set([DB_FILE_NAME, `${DB_FILE_NAME}-wal`, `${DB_FILE_NAME}-shm`, 'backups', 'restore-staging']);
  expect(fs.readdirSync(dir).filter((name) => !allowed.has(name))).toEqual([]);
  const backups = path.join(dir, 'backups');
  if (!fs.existsSync(backups)) return;
  for (const name of fs.readdirSync(backups)) {
    if (name.startsWith('.') && /\.tmp(-journal|-wal|-shm)?$/.test(name)) continue;
    expect(verifyBackup(path.join(backups, name)), name).toBe(true);
  }
}

/** Opens the data folder as the app starts (which clears its own unfinished copies), and checks it. */
async function reopenAsTheApp(dir: string): Promise<DataSession> {
  const session = new DataSession(dir, { now: () => new Date() });
  expect(await session.start({ dailyBackup: false })).toEqual({ kind: 'ok' });
  expect(session.db.pragma('quick_check', { simple: true })).toBe('ok');
  const backups = path.join(dir, 'backups');
  if (fs.existsSync(backups)) expect(fs.readdirSync(backups).filter((n) => n.startsWith('.'))).toEqual([]);
  expect(fs.existsSync(path.join(dir, 'restore-staging'))).toBe(false);
  return session;
}

describe('durability', () => {
  beforeAll(async () => {
    await build({
      entryPoints: ['saver', 'switcher'].map((name) => path.resolve(import.meta.dirname, `support/${name}.ts`)),
      outdir: CHILDREN,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      external: ['better-sqlite3'],
      // Some bundled libraries require() Node's own modules, which an ES module bundle lacks.
      banner: {
        js: "import { createRequire as __nrCreateRequire } from 'node:module'; const require = __nrCreateRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
  });

  // Each kill waits for a child to start and reopens the data, so these take minutes, not seconds.
  const LONG = { timeout: 600_000 };

  it(`keeps every acknowledged save when the process is killed at random moments (${KILLS} times)`, LONG, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'neighbourhood-ready.sqlite');
    let totalAcked = 0;
    for (let run = 0; run < KILLS; run++) {
      const lines = await runUntilKilled([SAVER, dir, String(run)], 250);
      const acked = lines.flatMap((line) => /^ACK (\d+)$/.exec(line)?.[1] ?? []).map(Number);
      totalAcked += acked.length;

      // Reopen as the app would (pragmas, migrations) and check integrity and every acknowledged save.
      const db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      const saved = new Set(
        (
          db.prepare('SELECT pcn_name FROM assessment WHERE pcn_name LIKE ?').all(`Run ${run} save %`) as {
            pcn_name: string;
          }[]
        ).map((r) => r.pcn_name),
      );
      const missing = acked.filter((n) => !saved.has(`Run ${run} save ${n}`));
      expect(missing).toEqual([]);
      // At most one save can be written but not yet acknowledged when the kill lands.
      expect(saved.size - acked.length).toBeLessThanOrEqual(1);
      db.close();
    }
    // The test means something only if the saver really was saving when it was killed.
    expect(totalAcked).toBeGreaterThan(KILLS);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it(
    `a directory import killed at random moments leaves the old directory or the new one, never a mix (${SWITCH_KILLS} times)`,
    LONG,
    async () => {
      const dir = tempDir();
      const sources = tempDir('nr-sources-');
      const mapping = fs.readFileSync(path.join(FIXTURES, 'gp-reg-pat-prac-map_fixture.csv'), 'utf8');
      const fileA = path.join(sources, 'gp-reg-pat-prac-map-a.csv');
      const fileB = path.join(sources, 'gp-reg-pat-prac-map-b.csv');
      fs.writeFileSync(fileA, mapping);
      // The same month and the same practices; every PCN's name ends in " B".
      fs.writeFileSync(fileB, mapping.replace(/ PCN,/g, ' PCN B,'));
      let imports = 0;
      for (let run = 0; run < SWITCH_KILLS; run++) {
        const lines = await runUntilKilled([SWITCHER, 'directory', dir, fileA, fileB], 1500);
        imports += lines.filter((l) => l.startsWith('ACK')).length;
        expectNoHalfWrittenFile(dir);
        const session = await reopenAsTheApp(dir);
        const db = session.db;
        const info = db.prepare('SELECT files FROM directory_import').get() as { files: string } | undefined;
        if (info) {
          const names = db
            .prepare("SELECT name FROM directory_pcn WHERE code <> 'U' ORDER BY code")
            .pluck()
            .all() as string[];
          const version = JSON.parse(info.files)[0] === 'gp-reg-pat-prac-map-b.csv' ? 'B' : 'A';
          expect(names).toHaveLength(4);
          expect(names.every((n) => n.endsWith(version === 'B' ? ' PCN B' : ' PCN'))).toBe(true);
          expect(db.prepare('SELECT count(*) FROM directory_practice').pluck().get()).toBe(10);
        }
        session.close();
      }
      // Every kill after READY lands inside an import; most runs also finish one or more first.
      expect(imports).toBeGreaterThan(SWITCH_KILLS / 2);
    },
  );

  it(
    `a restore killed at random moments leaves the data as before or as restored, never in between (${SWITCH_KILLS} times)`,
    LONG,
    async () => {
      const sources = tempDir('nr-sources-');
      const source = async (name: string) => {
        const place = tempDir('nr-source-');
        const outcome = await openAppDatabase({ dataDir: place, now: () => new Date(), dailyBackup: false });
        if (outcome.kind !== 'ok') throw new Error(outcome.kind);
        const insert = outcome.db.prepare(
          `INSERT INTO assessment (id, framework_version, assessment_date, plan_start, pcn_name, created_at, updated_at)
         VALUES (?, '2026.1', '2026-11-22', '2026-12-01', ?, '2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z')`,
        );
        // Enough rows that a restore takes long enough to be killed part-way.
        outcome.db.transaction(() => {
          for (let i = 0; i < 400; i++) insert.run(crypto.randomUUID(), `State ${name} ${'x'.repeat(400)}`);
        })();
        outcome.db.close();
        const file = path.join(sources, `${name}.sqlite`);
        fs.copyFileSync(path.join(place, DB_FILE_NAME), file);
        return file;
      };
      const a = await source('A');
      const b = await source('B');
      const dir = tempDir();
      let restores = 0;
      for (let run = 0; run < SWITCH_KILLS; run++) {
        // A restore (a verified backup of the data first, then the copy) takes a few hundred ms.
        const lines = await runUntilKilled([SWITCHER, 'restore', dir, a, b], 1500);
        restores += lines.filter((l) => l.startsWith('ACK')).length;
        expectNoHalfWrittenFile(dir);
        const session = await reopenAsTheApp(dir);
        const states = session.db
          .prepare('SELECT DISTINCT substr(pcn_name, 1, 7) FROM assessment')
          .pluck()
          .all() as string[];
        // Empty (before the first restore), or exactly one of the two backups, whole.
        if (states.length > 0) {
          expect(states).toHaveLength(1);
          expect(['State A', 'State B']).toContain(states[0]);
          expect(session.db.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(400);
        }
        session.close();
      }
      // Every kill after READY lands inside a restore; most runs also finish one or more first.
      expect(restores).toBeGreaterThan(SWITCH_KILLS / 2);
    },
  );
});
