/**
 * Child process for the durability test: saves through the full path (contract, handler,
 * SQLite) in a loop and prints "ACK n" only after each save has returned ok.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open';
import { handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';

const [dir, run] = process.argv.slice(2) as [string, string];
const db = await openDatabase(path.join(dir, 'neighbourhood-ready.sqlite'), { backupDir: path.join(dir, 'backups') });
const deps = { db, now: () => new Date(), newId: randomUUID };
fs.writeSync(1, 'READY\n');
for (let n = 0; ; n++) {
  const result = await dispatch(handlers, deps, 'createAssessment', {
    pcnName: `Run ${run} save ${n}`,
    assessmentDate: '2026-11-22',
  });
  if (!result.ok) throw new Error(result.error.message);
  fs.writeSync(1, `ACK ${n}\n`);
}
