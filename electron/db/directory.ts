/** Storage of the imported NHS directory: replaced as a whole by each import. */
import type { Directory, DirectoryIcb, DirectoryPcn, PracticeForSearch } from '../../shared/directory';
import type { PcnSubIcb } from '../../shared/directory/types';
import type { DB } from './open';

export interface StoredDirectoryInfo {
  extractDate: string;
  listSizeExtractDate: string | null;
  populationExtractDate: string | null;
  importedAt: string;
  files: string[];
  pcnCount: number;
  practiceCount: number;
}

/** Replaces the stored directory in one transaction: readers see the old one or the new one, never a mix. */
export function replaceDirectory(
  db: DB,
  directory: Directory,
  importedAt: string,
  files: string[],
  subIcbs: Map<string, PcnSubIcb[]> = new Map(),
): void {
  db.transaction(() => {
    db.exec(
      'DELETE FROM directory_pcn_sub_icb; DELETE FROM directory_practice; DELETE FROM directory_pcn; DELETE FROM directory_import;',
    );
    db.prepare(
      `INSERT INTO directory_import (id, extract_date, list_size_extract_date, population_extract_date, imported_at, files)
       VALUES (1, ?, ?, ?, ?, ?)`,
    ).run(
      directory.extractDate,
      directory.listSizeExtractDate,
      directory.populationExtractDate,
      importedAt,
      JSON.stringify(files),
    );
    const insertPcn = db.prepare('INSERT INTO directory_pcn (code, name, icbs, population) VALUES (?, ?, ?, ?)');
    for (const pcn of directory.pcns) insertPcn.run(pcn.code, pcn.name, JSON.stringify(pcn.icbs), pcn.population);
    const insertPractice = db.prepare(
      'INSERT INTO directory_practice (code, name, postcode, pcn_code, list_size) VALUES (?, ?, ?, ?, ?)',
    );
    for (const p of directory.practices) insertPractice.run(p.code, p.name, p.postcode, p.pcnCode, p.listSize);
    const insertSub = db.prepare(
      'INSERT INTO directory_pcn_sub_icb (pcn_code, position, sub_icb_code, sub_icb_name, practices) VALUES (?, ?, ?, ?, ?)',
    );
    const known = new Set(directory.pcns.map((p) => p.code));
    for (const [pcn, subs] of subIcbs) {
      if (!known.has(pcn)) continue;
      for (const [i, s] of subs.entries()) insertSub.run(pcn, i, s.code, s.name, s.practices);
    }
  })();
}

export function directoryInfo(db: DB): StoredDirectoryInfo | null {
  const row = db.prepare('SELECT * FROM directory_import WHERE id = 1').get() as
    | {
        extract_date: string;
        list_size_extract_date: string | null;
        population_extract_date: string | null;
        imported_at: string;
        files: string;
      }
    | undefined;
  if (!row) return null;
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM directory_pcn) AS pcns,
              (SELECT count(*) FROM directory_practice WHERE pcn_code IS NOT NULL) AS practices`,
    )
    .get() as { pcns: number; practices: number };
  return {
    extractDate: row.extract_date,
    listSizeExtractDate: row.list_size_extract_date,
    populationExtractDate: row.population_extract_date,
    importedAt: row.imported_at,
    files: JSON.parse(row.files) as string[],
    pcnCount: counts.pcns,
    practiceCount: counts.practices,
  };
}

export function loadPcns(db: DB): DirectoryPcn[] {
  const practices = db
    .prepare('SELECT code, pcn_code FROM directory_practice WHERE pcn_code IS NOT NULL ORDER BY code')
    .all() as { code: string; pcn_code: string }[];
  const byPcn = new Map<string, string[]>();
  for (const p of practices) {
    const list = byPcn.get(p.pcn_code) ?? [];
    list.push(p.code);
    byPcn.set(p.pcn_code, list);
  }
  const rows = db.prepare('SELECT code, name, icbs, population FROM directory_pcn ORDER BY code').all() as {
    code: string;
    name: string;
    icbs: string;
    population: number | null;
  }[];
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    icbs: JSON.parse(r.icbs) as DirectoryIcb[],
    practiceCodes: byPcn.get(r.code) ?? [],
    population: r.population,
  }));
}

export function pcnPractices(db: DB, pcnCode: string): { code: string; name: string; list_size: number | null }[] {
  return db
    .prepare('SELECT code, name, list_size FROM directory_practice WHERE pcn_code = ? ORDER BY name')
    .all(pcnCode) as { code: string; name: string; list_size: number | null }[];
}

/** Every practice that belongs to a PCN, for finding a PCN by a practice's code or name. */
export function loadPracticesForSearch(db: DB): PracticeForSearch[] {
  return db
    .prepare('SELECT code, name, pcn_code AS pcnCode FROM directory_practice WHERE pcn_code IS NOT NULL')
    .all() as PracticeForSearch[];
}
