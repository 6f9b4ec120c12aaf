/**
 * Directory: importing NHS England's real files (the mapping alone, then all three) through
 * importDirectoryFiles, beside a bare reference that reads the same files, parses them with
 * papaparse and writes the same rows with prepared inserts in one transaction (the budget is on
 * the ratio); and a PCN search per keystroke through dispatch, as the profile screen calls it
 * while the user types (one frame, 16 ms, is a budget set by people, not by the machine). The
 * files live beside the repository in ../shared/data/nhs and are never copied into it; without
 * them this part is skipped with the reason printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { openDatabase } from '../../electron/db/open';
import type { Deps } from '../../electron/deps';
import { handlers } from '../../electron/handlers';
import { importDirectoryFiles } from '../../electron/handlers/directory';
import { dispatch } from '../../electron/ipc/dispatch';
import {
  buildDirectory,
  type Directory,
  type MappingData,
  parseMappingCsv,
  readableName,
} from '../../shared/directory';
import {
  type BenchResult,
  compare,
  comparisonFigures,
  median,
  ms,
  p99,
  progress,
  ratioRow,
  round,
  timeMs,
  timeMsAsync,
} from './stats';

export const NHS_DIR = path.resolve(import.meta.dirname, '../..', '../shared/data/nhs');
const FILES = {
  mapping: 'gp-reg-pat-prac-map_2026-08.csv',
  listSize: 'gp-reg-pat-prac-all_2025-04.csv',
  population: 'gp-reg-pat-prac-sing-age-regions_2026-08.csv',
};
const BUDGET_IMPORT_RATIO = 2;
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

/** The rows the app writes for the mapping file: PCNs, practices and each PCN's sub-ICB locations. */
type Rows = Directory & Pick<MappingData, 'subIcbs'>;

/** A fresh database with the app's schema, opened outside the timing. */
async function freshDb(dir: string, name: string) {
  const runDir = fs.mkdtempSync(path.join(dir, `${name}-`));
  const db = await openDatabase(path.join(runDir, 'dir.sqlite'), { backupDir: path.join(runDir, 'backups') });
  return {
    db,
    done() {
      db.close();
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/** The app's import of the files into a fresh database; the milliseconds and the PCNs imported. */
async function appImport(dir: string, files: string[]): Promise<number> {
  const fresh = await freshDb(dir, 'app');
  const deps: Deps = { db: fresh.db, now: () => new Date(), newId: () => 'unused', log: console.error };
  const elapsed = await timeMsAsync(async () => {
    const result = await importDirectoryFiles(deps, files);
    if (!('pcnCount' in result) || result.pcnCount === 0) throw new Error('The directory import found no PCNs.');
  });
  fresh.done();
  return elapsed;
}

/**
 * The bare reference: read the same files, parse each with papaparse, write the same PCN,
 * practice and sub-ICB rows with prepared inserts in one transaction, with no checks.
 */
async function bareImport(dir: string, files: string[], rows: Rows): Promise<number> {
  const fresh = await freshDb(dir, 'bare');
  const { db } = fresh;
  const elapsed = timeMs(() => {
    for (const file of files) {
      const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true });
      if (parsed.data.length === 0) throw new Error(`papaparse read no rows from ${file}.`);
    }
    db.transaction(() => {
      const pcn = db.prepare('INSERT INTO directory_pcn (code, name, icbs, population) VALUES (?, ?, ?, ?)');
      for (const p of rows.pcns) pcn.run(p.code, p.name, JSON.stringify(p.icbs), p.population);
      const practice = db.prepare(
        'INSERT INTO directory_practice (code, name, postcode, pcn_code, list_size) VALUES (?, ?, ?, ?, ?)',
      );
      for (const p of rows.practices) practice.run(p.code, p.name, p.postcode, p.pcnCode, p.listSize);
      const sub = db.prepare(
        'INSERT INTO directory_pcn_sub_icb (pcn_code, position, sub_icb_code, sub_icb_name, practices) VALUES (?, ?, ?, ?, ?)',
      );
      for (const [pcn, subs] of rows.subIcbs) {
        for (const [i, s] of subs.entries()) sub.run(pcn, i, s.code, s.name, s.practices);
      }
    })();
  });
  fresh.done();
  return elapsed;
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
  // The rows the reference writes: the mapping file's PCNs and practices (population and list
  // sizes only fill in columns of the same rows).
  const mappingText = fs.readFileSync(mappingOnly[0] as string, 'utf8');
  const mappingData = parseMappingCsv(mappingText);
  const directory = buildDirectory(mappingData);
  const known = new Set(directory.pcns.map((p) => p.code));
  const rows: Rows = {
    ...directory,
    subIcbs: new Map([...mappingData.subIcbs].filter(([code]) => known.has(code))),
  };
  progress('directory', 'importing the mapping alone, beside the bare reference…');
  const mapping = await compare(
    'directory',
    () => appImport(dir, mappingOnly),
    () => bareImport(dir, mappingOnly, rows),
  );
  progress('directory', 'importing all three files, beside the bare reference…');
  const all = await compare(
    'directory',
    () => appImport(dir, allThree),
    () => bareImport(dir, allThree, rows),
  );
  const pcnCount = directory.pcns.length;

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

  const searchMs = median(search);
  const searchP99 = p99(search);
  return {
    name: 'directory',
    rows: [
      ratioRow(
        `Directory import: mapping file alone (${pcnCount} PCNs) / papaparse + bare inserts of the same rows`,
        mapping,
        BUDGET_IMPORT_RATIO,
      ),
      ratioRow(
        'Directory import: all three files (mapping, list sizes, population by age) / papaparse + bare inserts',
        all,
        BUDGET_IMPORT_RATIO,
      ),
      {
        measure: `PCN search per keystroke (${queries.length} queries)`,
        figure: `median ${ms(searchMs)}, p99 ${ms(searchP99)}`,
        budget: `< ${BUDGET_SEARCH_MS} ms`,
        holds: searchP99 < BUDGET_SEARCH_MS,
      },
    ],
    figures: {
      importMapping: comparisonFigures(mapping, BUDGET_IMPORT_RATIO),
      importAll: comparisonFigures(all, BUDGET_IMPORT_RATIO),
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
