/**
 * Directory: importing NHS England's real files (the mapping alone, then all three) through
 * importDirectoryFiles, and a PCN search per keystroke through dispatch, as the profile screen
 * calls it while the user types. The files live beside the repository in ../shared/data/nhs and
 * are never copied into it; without them this part is skipped with the reason printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open';
import type { Deps } from '../../electron/deps';
import { handlers } from '../../electron/handlers';
import { importDirectoryFiles } from '../../electron/handlers/directory';
import { dispatch } from '../../electron/ipc/dispatch';
import { readableName } from '../../shared/directory';
import { type BenchResult, median, ms, p99, progress, round, timeMs, timeMsAsync } from './stats';

export const NHS_DIR = path.resolve(import.meta.dirname, '../..', '../shared/data/nhs');
const FILES = {
  mapping: 'gp-reg-pat-prac-map_2026-08.csv',
  listSize: 'gp-reg-pat-prac-all_2025-04.csv',
  population: 'gp-reg-pat-prac-sing-age-regions_2026-08.csv',
};
const IMPORT_RUNS = 3;
const BUDGET_IMPORT_MS = 2_000;
const BUDGET_SEARCH_MS = 16;

/** What a user types, one keystroke at a time: names (readable case), the first words of a place, codes. */
function keystrokes(pcns: { code: string; name: string }[]): string[] {
  const queries: string[] = [];
  const typed = (text: string) => {
    for (let i = 1; i <= text.length; i++) queries.push(text.slice(0, i));
  };
  const sample = pcns.filter((_, i) => i % 53 === 0);
  for (const pcn of sample) {
    // The first two words, as people type them ("West Norwich"), in the case they type.
    typed(readableName(pcn.name).split(' ').slice(0, 2).join(' ').toLowerCase());
  }
  for (const pcn of sample.slice(0, 8)) typed(pcn.code.toLowerCase());
  // A word from the middle of a name, and a punctuated one.
  typed('city and');
  typed("st john's");
  return queries;
}

async function timedImport(dir: string, name: string, files: string[]): Promise<{ ms: number; pcns: number }> {
  const runDir = fs.mkdtempSync(path.join(dir, `${name}-`));
  const db = await openDatabase(path.join(runDir, 'dir.sqlite'), { backupDir: path.join(runDir, 'backups') });
  const deps: Deps = { db, now: () => new Date(), newId: () => 'unused', log: console.error };
  let pcns = 0;
  const elapsed = await timeMsAsync(async () => {
    const result = await importDirectoryFiles(deps, files);
    pcns = 'pcnCount' in result ? result.pcnCount : 0;
  });
  db.close();
  fs.rmSync(runDir, { recursive: true, force: true });
  return { ms: elapsed, pcns };
}

export async function benchDirectory(dir: string): Promise<BenchResult> {
  const missing = Object.values(FILES).filter((f) => !fs.existsSync(path.join(NHS_DIR, f)));
  if (missing.length > 0) {
    const reason = `NHS England files not found in ${NHS_DIR} (missing: ${missing.join(', ')})`;
    progress('directory', `skipped: ${reason}`);
    return {
      name: 'directory',
      rows: [{ measure: 'Directory import and PCN search', figure: 'skipped', budget: '', holds: null }],
      figures: { skipped: reason },
      notes: [`Directory bench skipped: ${reason}.`],
    };
  }
  const mappingOnly = [path.join(NHS_DIR, FILES.mapping)];
  const allThree = Object.values(FILES).map((f) => path.join(NHS_DIR, f));
  const mappingTimes: number[] = [];
  const allTimes: number[] = [];
  let pcnCount = 0;
  let mappingPcns = 0;
  for (let i = 0; i < IMPORT_RUNS; i++) {
    progress('directory', `import ${i + 1} of ${IMPORT_RUNS}: mapping alone, then all three files…`);
    const mapping = await timedImport(dir, 'mapping', mappingOnly);
    mappingTimes.push(mapping.ms);
    mappingPcns = mapping.pcns;
    const all = await timedImport(dir, 'all', allThree);
    allTimes.push(all.ms);
    pcnCount = all.pcns;
  }

  // Search: one database with the full directory, queried per keystroke through dispatch.
  const db = await openDatabase(path.join(dir, 'search.sqlite'), { backupDir: path.join(dir, 'backups') });
  const deps: Deps = { db, now: () => new Date(), newId: () => 'unused', log: console.error };
  await importDirectoryFiles(deps, allThree);
  const pcns = db.prepare('SELECT code, name FROM directory_pcn ORDER BY name').all() as {
    code: string;
    name: string;
  }[];
  const queries = keystrokes(pcns);
  progress('directory', `${queries.length} searches, one per keystroke…`);
  const first = timeMs(() => {
    void dispatch(handlers, deps, 'searchPcns', { query: 'a' });
  });
  const search: number[] = [];
  let found = 0;
  for (const query of queries) {
    search.push(
      await timeMsAsync(async () => {
        const result = await dispatch(handlers, deps, 'searchPcns', { query });
        if (!result.ok) throw new Error(`searchPcns failed: ${result.error.message}`);
        if ((result.value as unknown[]).length > 0) found++;
      }),
    );
  }
  db.close();

  const mappingMs = median(mappingTimes);
  const allMs = median(allTimes);
  const searchMs = median(search);
  const searchP99 = p99(search);
  return {
    name: 'directory',
    rows: [
      {
        measure: `Directory import: mapping file alone (${mappingPcns} PCNs)`,
        figure: `median ${ms(mappingMs)}`,
        budget: `< ${BUDGET_IMPORT_MS} ms`,
        holds: mappingMs < BUDGET_IMPORT_MS,
      },
      {
        measure: `Directory import: all three files (mapping, list sizes, population by age; ${pcnCount} PCNs)`,
        figure: `median ${ms(allMs)}`,
        budget: `< ${BUDGET_IMPORT_MS} ms`,
        holds: allMs < BUDGET_IMPORT_MS,
      },
      {
        measure: `PCN search per keystroke (${queries.length} queries)`,
        figure: `median ${ms(searchMs)}, p99 ${ms(searchP99)}`,
        budget: `< ${BUDGET_SEARCH_MS} ms`,
        holds: searchP99 < BUDGET_SEARCH_MS,
      },
    ],
    figures: {
      importRuns: IMPORT_RUNS,
      importMappingMedianMs: round(mappingMs),
      importAllMedianMs: round(allMs),
      pcns: pcnCount,
      searchQueries: queries.length,
      searchQueriesWithMatches: found,
      searchFirstMs: round(first),
      searchMedianMs: round(searchMs),
      searchP99Ms: round(searchP99),
    },
    notes: [],
  };
}
