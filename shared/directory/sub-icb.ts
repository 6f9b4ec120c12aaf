/**
 * The sub-ICB locations of each PCN, from the practice-to-PCN mapping file. Read only after the
 * mapping has passed `parseMappingCsv`, which has already checked every row; a file without the
 * optional sub-ICB columns gives no sub-ICBs (older extracts did not always carry them).
 */
import { forEachCsvRecord } from './csv';
import { UNALLOCATED_PCN_CODE } from './types';

export interface PcnSubIcb {
  code: string;
  name: string;
  /** Member practices of the PCN in this sub-ICB location. */
  practices: number;
}

/** PCN code → its sub-ICB locations, the one with most member practices first (ties by code). */
export function parseSubIcbs(mappingText: string): Map<string, PcnSubIcb[]> {
  const byPcn = new Map<string, Map<string, PcnSubIcb>>();
  let columns: { pcn: number; code: number; name: number } | null = null;
  let missing = false;
  forEachCsvRecord(mappingText, (fields) => {
    if (fields.every((f) => f.trim() === '')) return true;
    if (!columns) {
      const header = fields.map((f) => f.trim().toUpperCase());
      const at = (name: string) => header.indexOf(name);
      columns = { pcn: at('PCN_CODE'), code: at('SUB_ICB_LOCATION_CODE'), name: at('SUB_ICB_LOCATION_NAME') };
      missing = columns.pcn < 0 || columns.code < 0 || columns.name < 0;
      return !missing;
    }
    const pcn = (fields[columns.pcn] ?? '').trim().toUpperCase();
    const code = (fields[columns.code] ?? '').trim().toUpperCase();
    const name = (fields[columns.name] ?? '').trim();
    if (!pcn || pcn === UNALLOCATED_PCN_CODE || !code || !name) return true;
    const subs = byPcn.get(pcn) ?? new Map<string, PcnSubIcb>();
    const entry = subs.get(code);
    if (entry) entry.practices += 1;
    else subs.set(code, { code, name, practices: 1 });
    byPcn.set(pcn, subs);
    return true;
  });
  const out = new Map<string, PcnSubIcb[]>();
  for (const [pcn, subs] of byPcn) {
    out.set(
      pcn,
      [...subs.values()].sort((a, b) => b.practices - a.practices || a.code.localeCompare(b.code)),
    );
  }
  return out;
}
