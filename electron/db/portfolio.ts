/**
 * Storage of the ICB's portfolio (assessments PCNs sent, one per PCN, apart from the user's own
 * assessments), the directory's places for it, and the benchmark a PCN imported from its ICB.
 */
import type { Assessment } from '../../shared/domain';
import { pcnFacts } from '../../shared/portfolio/facts';
import { type DirectoryPcnPlace, placePcns } from '../../shared/portfolio/place';
import type { PcnFacts, Place, PortfolioData } from '../../shared/portfolio/types';
import type { DB } from './open';

export interface StoredPortfolioRow {
  id: string;
  pcnKey: string;
  pcnName: string;
  assessmentDate: string;
  fileName: string;
  /** Last change of the stored assessment, for choosing the newer of two. */
  updatedAt: string;
}

interface Row {
  id: string;
  pcn_key: string;
  pcn_name: string;
  assessment_date: string;
  file_name: string;
  imported_at: string;
  updated_at: string;
}

/** The stored PCNs by key, with what "which is newer" needs: no assessment is parsed. */
export function portfolioIndex(db: DB): Map<string, StoredPortfolioRow> {
  const rows = db
    .prepare(
      `SELECT id, pcn_key, pcn_name, assessment_date, file_name, imported_at,
              json_extract(assessment, '$.updatedAt') AS updated_at
         FROM portfolio_assessment`,
    )
    .all() as Row[];
  return new Map(
    rows.map((r) => [
      r.pcn_key,
      {
        id: r.id,
        pcnKey: r.pcn_key,
        pcnName: r.pcn_name,
        assessmentDate: r.assessment_date,
        fileName: r.file_name,
        updatedAt: r.updated_at,
      },
    ]),
  );
}

export interface PortfolioWrite {
  id: string;
  pcnKey: string;
  fileName: string;
  assessment: Assessment;
}

/**
 * Inserts or replaces PCNs' assessments in one transaction (the caller has decided which are newer),
 * and works out their figures while the assessments are in hand, so the first look at the views
 * after an import does not parse and score every stored assessment again.
 */
export function writePortfolio(db: DB, writes: PortfolioWrite[], importedAt: string): void {
  const upsert = db.prepare(
    `INSERT INTO portfolio_assessment
       (id, pcn_key, pcn_name, pcn_code, framework_version, assessment_date, status, file_name, imported_at, assessment)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (pcn_key) DO UPDATE SET
       id = excluded.id, pcn_name = excluded.pcn_name, pcn_code = excluded.pcn_code,
       framework_version = excluded.framework_version, assessment_date = excluded.assessment_date,
       status = excluded.status, file_name = excluded.file_name, imported_at = excluded.imported_at,
       assessment = excluded.assessment`,
  );
  db.transaction(() => {
    for (const w of writes) {
      const a = w.assessment;
      upsert.run(
        w.id,
        w.pcnKey,
        a.profile.pcnName,
        a.profile.pcnCode,
        a.frameworkVersion,
        a.assessmentDate,
        a.status,
        w.fileName,
        importedAt,
        JSON.stringify(a),
      );
    }
  })();
  const cache = cacheOf(db);
  for (const w of writes) cache.set(w.id, { importedAt, facts: pcnFacts(w.assessment) });
}

export function removeFromPortfolio(db: DB, id: string): boolean {
  cacheOf(db).delete(id);
  return db.prepare('DELETE FROM portfolio_assessment WHERE id = ?').run(id).changes > 0;
}

export function clearPortfolio(db: DB): number {
  return db.prepare('DELETE FROM portfolio_assessment').run().changes;
}

/** Every stored assessment, for the exports that list actions in full. */
export function portfolioAssessments(db: DB): Map<string, Assessment> {
  const rows = db.prepare('SELECT id, assessment FROM portfolio_assessment').all() as {
    id: string;
    assessment: string;
  }[];
  return new Map(rows.map((r) => [r.id, JSON.parse(r.assessment) as Assessment]));
}

/**
 * Facts are worked out from the stored assessment once per stored version (id and import time)
 * and kept in memory: the views are read far more often than files are imported.
 */
const factsCache = new WeakMap<DB, Map<string, { importedAt: string; facts: PcnFacts }>>();

function cacheOf(db: DB): Map<string, { importedAt: string; facts: PcnFacts }> {
  const cache = factsCache.get(db) ?? new Map<string, { importedAt: string; facts: PcnFacts }>();
  factsCache.set(db, cache);
  return cache;
}

function factsOf(db: DB): { id: string; fileName: string; importedAt: string; facts: PcnFacts }[] {
  const cache = cacheOf(db);
  const rows = db
    .prepare('SELECT id, file_name, imported_at FROM portfolio_assessment ORDER BY pcn_name, id')
    .all() as {
    id: string;
    file_name: string;
    imported_at: string;
  }[];
  const stale = rows.filter((r) => cache.get(r.id)?.importedAt !== r.imported_at);
  if (stale.length > 0) {
    const read = db.prepare('SELECT assessment FROM portfolio_assessment WHERE id = ?').pluck();
    for (const r of stale) {
      const assessment = JSON.parse(read.get(r.id) as string) as Assessment;
      cache.set(r.id, { importedAt: r.imported_at, facts: pcnFacts(assessment) });
    }
  }
  const live = new Set(rows.map((r) => r.id));
  for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    importedAt: r.imported_at,
    facts: (cache.get(r.id) as { facts: PcnFacts }).facts,
  }));
}

interface DirectoryPcnRow {
  code: string;
  icbs: string;
  population: number | null;
  sub_code: string | null;
  sub_name: string | null;
}

/** Directory PCNs with their main ICB and sub-ICB (the one with most member practices). */
function directoryPcns(db: DB): Map<string, DirectoryPcnPlace> {
  const rows = db
    .prepare(
      `SELECT p.code, p.icbs, p.population, s.sub_icb_code AS sub_code, s.sub_icb_name AS sub_name
         FROM directory_pcn p
         LEFT JOIN directory_pcn_sub_icb s ON s.pcn_code = p.code AND s.position = 0`,
    )
    .all() as DirectoryPcnRow[];
  return new Map(
    rows.map((r) => {
      const icb = (JSON.parse(r.icbs) as Place[])[0] ?? null;
      return [
        r.code,
        {
          icb: icb ? { code: icb.code, name: icb.name } : null,
          subIcb: r.sub_code && r.sub_name ? { code: r.sub_code, name: r.sub_name } : null,
          population: r.population,
        },
      ];
    }),
  );
}

export function portfolioData(db: DB): PortfolioData {
  const extract = db.prepare('SELECT extract_date FROM directory_import WHERE id = 1').pluck().get() as
    | string
    | undefined;
  return placePcns(factsOf(db), directoryPcns(db), extract ?? null);
}

export function storedBenchmark(db: DB): { fileName: string; importedAt: string; content: string } | null {
  const row = db.prepare('SELECT file_name, imported_at, content FROM benchmark WHERE id = 1').get() as
    | { file_name: string; imported_at: string; content: string }
    | undefined;
  return row ? { fileName: row.file_name, importedAt: row.imported_at, content: row.content } : null;
}

export function storeBenchmark(db: DB, fileName: string, importedAt: string, content: string): void {
  db.prepare(
    `INSERT INTO benchmark (id, file_name, imported_at, content) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, imported_at = excluded.imported_at, content = excluded.content`,
  ).run(fileName, importedAt, content);
}
