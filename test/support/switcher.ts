/**
 * Child process for the durability test: replaces the data wholesale, over and over, through
 * the app's own path (a DataSession on the data folder, as the app opens it), and prints
 * "ACK <version>" after each replacement has returned. Killed at a random moment by the test.
 *
 *   switcher.ts directory <dataDir> <mappingA.csv> <mappingB.csv>   importDirectoryFiles, A and B in turn
 *   switcher.ts restore <dataDir> <a.sqlite> <b.sqlite>             prepareRestore + restore, A and B in turn
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { DataSession } from '../../electron/db/session';
import { sessionDeps } from '../../electron/deps';
import { importDirectoryFiles } from '../../electron/handlers/directory';

const [mode, dataDir, a, b] = process.argv.slice(2) as [string, string, string, string];
const session = new DataSession(dataDir, { now: () => new Date() });
const status = await session.start({ dailyBackup: false });
if (status.kind !== 'ok') throw new Error(`The data did not open: ${status.kind}`);
const deps = sessionDeps(session, { newId: randomUUID, log: () => {} });
fs.writeSync(1, 'READY\n');
for (let n = 0; ; n++) {
  const [version, source] = n % 2 === 0 ? (['A', a] as const) : (['B', b] as const);
  if (mode === 'directory') {
    const result = await importDirectoryFiles(deps, [source]);
    if (!('pcnCount' in result)) throw new Error('The import was held back.');
  } else {
    const candidate = session.prepareRestore({ file: source });
    await session.restore(candidate.token);
  }
  fs.writeSync(1, `ACK ${version}\n`);
}
