/**
 * Reading and checking NHS England's "Patients Registered at a GP Practice" CSV files, and
 * merging them into a Directory. Pure: no Node, no DOM; the caller reads the file as text.
 *
 * Every check runs before any data is used, and a file that fails one throws a
 * DirectoryFormatError whose message tells the user which file was expected and what is wrong.
 */
import { CsvSyntaxError, forEachCsvRecord } from './csv';
import {
  DIRECTORY_FILE_KINDS,
  type Directory,
  type DirectoryFileKind,
  DirectoryFormatError,
  type DirectoryIcb,
  type DirectoryPcn,
  type DirectoryPractice,
  type IsoDate,
  isPcnCode,
  isPracticeCode,
  type ListSizeData,
  type MappingData,
  type MappingPractice,
  type PcnPopulationData,
  type PcnSubIcb,
  UNALLOCATED_PCN_CODE,
} from './types';

/** Columns each kind of file must have (any order; other columns are ignored). */
const REQUIRED_COLUMNS: Record<DirectoryFileKind, readonly string[]> = {
  mapping: [
    'EXTRACT_DATE',
    'PRACTICE_CODE',
    'PRACTICE_NAME',
    'PRACTICE_POSTCODE',
    'PCN_CODE',
    'PCN_NAME',
    'ICB_CODE',
    'ICB_NAME',
  ],
  listSize: ['EXTRACT_DATE', 'TYPE', 'CODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'],
  population: ['EXTRACT_DATE', 'ORG_TYPE', 'ORG_CODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'],
};

/** Columns that identify each kind of file when it turns up in the wrong place. */
const SIGNATURE_COLUMNS: Record<DirectoryFileKind, readonly string[]> = {
  mapping: ['PRACTICE_CODE', 'PCN_CODE'],
  listSize: ['TYPE', 'CODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'],
  population: ['ORG_TYPE', 'ORG_CODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'],
};

const KINDS: readonly DirectoryFileKind[] = ['mapping', 'listSize', 'population'];

function describe(kind: DirectoryFileKind): string {
  const k = DIRECTORY_FILE_KINDS[kind];
  return `${k.label} (${k.fileName})`;
}

/** Upper-cased, trimmed column names of the first non-blank line, or null if there is none. */
function readHeader(text: string): string[] | null {
  let header: string[] | null = null;
  try {
    forEachCsvRecord(text, (fields) => {
      if (isBlank(fields)) return true;
      header = fields.map((f) => f.trim().toUpperCase());
      return false;
    });
  } catch {
    return null;
  }
  return header;
}

/**
 * Which kind of directory file this text is, judged by its column names, or null if none.
 * Cheap: reads only the first line.
 */
export function detectDirectoryFileKind(text: string): DirectoryFileKind | null {
  const header = readHeader(text);
  if (!header) return null;
  return detectFromHeader(header);
}

function detectFromHeader(header: readonly string[]): DirectoryFileKind | null {
  const set = new Set(header);
  for (const kind of KINDS) {
    if (REQUIRED_COLUMNS[kind].every((c) => set.has(c))) return kind;
  }
  for (const kind of KINDS) {
    if (SIGNATURE_COLUMNS[kind].every((c) => set.has(c))) return kind;
  }
  return null;
}

function isBlank(fields: readonly string[]): boolean {
  if (fields.length === 1) return (fields[0] ?? '').trim() === '';
  if (fields[0] !== '') return false;
  return fields.every((f) => f.trim() === '');
}

function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `"${n}"`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

function looksBinary(text: string): boolean {
  if (text.startsWith('PK\u0003\u0004')) return true; // a zip: .xlsx, .ods
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  let replacement = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) replacement++;
  // Mostly undecodable bytes; a few (a stray accented letter in another encoding) are not enough.
  return replacement > 8 && replacement > head.length / 10;
}

interface Table {
  /** Column name → index. */
  col: (name: string) => number;
  /** Calls `onRow` for every data row (not blank rows), with its row number. */
  forEachRow: (onRow: (fields: string[], row: number) => void) => void;
}

/**
 * Checks the file is text, not empty, has the columns of `kind` and at least one data row, and
 * gives access to its rows. Each row is checked to have as many values as there are columns.
 */
function openTable(text: string, kind: DirectoryFileKind): Table {
  const expected = describe(kind);
  if (!/\S/.test(text)) throw new DirectoryFormatError(`The file is empty; expected the ${expected}.`, kind);
  if (looksBinary(text)) {
    throw new DirectoryFormatError(
      `This is not a CSV file (it looks like a spreadsheet workbook or another binary file); choose the ${expected}, saved as CSV.`,
      kind,
    );
  }
  let header: string[] | null = null;
  let headerRow = 0;
  let dataRows = 0;
  try {
    forEachCsvRecord(text, (fields, row) => {
      if (isBlank(fields)) return true;
      if (header) {
        dataRows++;
        return false;
      }
      header = fields.map((f) => f.trim().toUpperCase());
      headerRow = row;
      return true;
    });
  } catch (e) {
    throw csvError(e, kind);
  }
  if (!header) throw new DirectoryFormatError(`The file is empty; expected the ${expected}.`, kind);
  const columns: string[] = header;
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const missing = REQUIRED_COLUMNS[kind].filter((c) => !index.has(c));
  if (missing.length > 0) {
    const detected = detectFromHeader(columns);
    if (detected && detected !== kind) {
      throw new DirectoryFormatError(`This looks like the ${describe(detected)}; choose the ${expected} here.`, kind, {
        detected,
      });
    }
    const what =
      missing.length === REQUIRED_COLUMNS[kind].length
        ? `none of its columns (${REQUIRED_COLUMNS[kind].join(', ')}) is in the first row`
        : missing.length === 1
          ? `the column ${quoteList(missing)} is missing`
          : `the columns ${quoteList(missing)} are missing`;
    throw new DirectoryFormatError(`This is not the ${expected}: ${what}.`, kind);
  }
  if (dataRows === 0) {
    throw new DirectoryFormatError(`The ${expected} has its column names but no data rows.`, kind);
  }
  const width = columns.length;
  return {
    col: (name) => index.get(name) ?? -1,
    forEachRow: (onRow) => {
      try {
        forEachCsvRecord(text, (fields, row) => {
          if (row <= headerRow || isBlank(fields)) return true;
          if (fields.length !== width) {
            throw new DirectoryFormatError(
              `Row ${row} has ${fields.length} ${fields.length === 1 ? 'value' : 'values'} but the first row has ${width} column names.`,
              kind,
              { row },
            );
          }
          onRow(fields, row);
          return true;
        });
      } catch (e) {
        throw csvError(e, kind);
      }
    },
  };
}

function csvError(e: unknown, kind: DirectoryFileKind): unknown {
  if (e instanceof CsvSyntaxError) {
    return new DirectoryFormatError(`Row ${e.row}: ${e.message}; the ${describe(kind)} cannot be read.`, kind, {
      row: e.row,
    });
  }
  return e;
}

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

/**
 * An extract date as NHS England writes it — "01Aug2026" (mapping file) or "2026-08-01" (other
 * files) — or as a spreadsheet may re-save it ("01/08/2026", day first), to YYYY-MM-DD; null if
 * it is none of these or not a real date.
 */
export function parseExtractDate(s: string): IsoDate | null {
  const v = s.trim();
  const named = /^(\d{1,2})([A-Za-z]{3})(\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  let ymd: [number, number, number];
  if (named) ymd = [Number(named[3]), MONTHS[(named[2] ?? '').toUpperCase()] ?? 0, Number(named[1])];
  else if (iso) ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed) ymd = [Number(slashed[3]), Number(slashed[2]), Number(slashed[1])];
  else return null;
  const [y, m, d] = ymd;
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Checks that every row has the same, valid extract date; returns it as YYYY-MM-DD. */
class ExtractDateCheck {
  private raw: string | null = null;
  private firstRow = 0;
  iso: IsoDate | null = null;

  constructor(private readonly kind: DirectoryFileKind) {}

  check(value: string, row: number): void {
    if (value === this.raw) return;
    const v = value.trim();
    if (v === '') throw new DirectoryFormatError(`Row ${row}: the extract date is empty.`, this.kind, { row });
    const iso = parseExtractDate(v);
    if (!iso) {
      throw new DirectoryFormatError(
        `Row ${row}: the extract date "${v}" is not a date (expected, for example, 01Aug2026 or 2026-08-01).`,
        this.kind,
        { row },
      );
    }
    if (this.iso === null) {
      this.raw = value;
      this.iso = iso;
      this.firstRow = row;
      return;
    }
    if (iso !== this.iso) {
      throw new DirectoryFormatError(
        `Row ${row}: the extract date is ${v} but row ${this.firstRow} has ${(this.raw ?? '').trim()}; the file mixes extracts from different dates.`,
        this.kind,
        { row },
      );
    }
  }
}

function patients(value: string, row: number, kind: DirectoryFileKind): number {
  const v = value.trim();
  if (!/^\d{1,9}$/.test(v)) {
    throw new DirectoryFormatError(
      v === ''
        ? `Row ${row}: the number of patients is empty.`
        : `Row ${row}: the number of patients "${v}" is not a whole number.`,
      kind,
      { row },
    );
  }
  return Number(v);
}

function practiceCode(value: string, row: number, kind: DirectoryFileKind): string {
  const v = value.trim().toUpperCase();
  if (v === '') throw new DirectoryFormatError(`Row ${row}: the practice code is empty.`, kind, { row });
  if (!isPracticeCode(v)) {
    throw new DirectoryFormatError(
      `Row ${row}: practice code "${value.trim()}" is not a valid code (a letter and five digits).`,
      kind,
      { row },
    );
  }
  return v;
}

/** A PCN code or the pseudo-PCN "U". */
function pcnCodeOrU(value: string, row: number, kind: DirectoryFileKind): string {
  const v = value.trim().toUpperCase();
  if (v === '') throw new DirectoryFormatError(`Row ${row}: the PCN code is empty.`, kind, { row });
  if (v !== UNALLOCATED_PCN_CODE && !isPcnCode(v)) {
    throw new DirectoryFormatError(
      `Row ${row}: PCN code "${value.trim()}" is not a valid code ("U" and five digits).`,
      kind,
      { row },
    );
  }
  return v;
}

function required(value: string, what: string, row: number, kind: DirectoryFileKind): string {
  const v = value.trim();
  if (v === '') throw new DirectoryFormatError(`Row ${row}: the ${what} is empty.`, kind, { row });
  return v;
}

function byCode<T extends { code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Orders a PCN's ICBs: most member practices first, then most registered patients (when
 * `patientsByIcb` is given), then by name.
 */
function orderIcbs(
  icbs: Map<string, { icb: DirectoryIcb; practices: number }>,
  patientsByIcb?: Map<string, number>,
): DirectoryIcb[] {
  return [...icbs.values()]
    .sort(
      (a, b) =>
        b.practices - a.practices ||
        (patientsByIcb?.get(b.icb.code) ?? 0) - (patientsByIcb?.get(a.icb.code) ?? 0) ||
        (a.icb.name < b.icb.name ? -1 : a.icb.name > b.icb.name ? 1 : 0),
    )
    .map((x) => ({ code: x.icb.code, name: x.icb.name }));
}

/**
 * Parses the practice-to-PCN mapping file (gp-reg-pat-prac-map).
 *
 * Practices in the pseudo-PCN "U" (Unallocated) are kept as practices with pcnCode null (so a
 * practice can still be found by its code) but "U" is not a PCN and is left out of `pcns`.
 * A PCN's name is taken from its first row. Throws DirectoryFormatError.
 */
export function parseMappingCsv(text: string): MappingData {
  const kind: DirectoryFileKind = 'mapping';
  const table = openTable(text, kind);
  const c = {
    date: table.col('EXTRACT_DATE'),
    code: table.col('PRACTICE_CODE'),
    name: table.col('PRACTICE_NAME'),
    postcode: table.col('PRACTICE_POSTCODE'),
    pcnCode: table.col('PCN_CODE'),
    pcnName: table.col('PCN_NAME'),
    icbCode: table.col('ICB_CODE'),
    icbName: table.col('ICB_NAME'),
    // Optional: read in the same pass, so the file is parsed once.
    subIcbCode: table.col('SUB_ICB_LOCATION_CODE'),
    subIcbName: table.col('SUB_ICB_LOCATION_NAME'),
  };
  const withSubIcbs = c.subIcbCode >= 0 && c.subIcbName >= 0;
  const subIcbs = new Map<string, Map<string, PcnSubIcb>>();
  const dates = new ExtractDateCheck(kind);
  const practiceRows = new Map<string, number>();
  const practices: MappingPractice[] = [];
  const pcns = new Map<
    string,
    { name: string; practiceCodes: string[]; icbs: Map<string, { icb: DirectoryIcb; practices: number }> }
  >();

  table.forEachRow((f, row) => {
    const get = (i: number) => f[i] ?? '';
    dates.check(get(c.date), row);
    const code = practiceCode(get(c.code), row, kind);
    const seen = practiceRows.get(code);
    if (seen !== undefined) {
      throw new DirectoryFormatError(`Row ${row}: practice ${code} is listed twice (also on row ${seen}).`, kind, {
        row,
      });
    }
    practiceRows.set(code, row);
    const name = required(get(c.name), 'practice name', row, kind);
    const pcnCode = pcnCodeOrU(get(c.pcnCode), row, kind);
    const pcnName = required(get(c.pcnName), 'PCN name', row, kind);
    const icbCode = required(get(c.icbCode), 'ICB code', row, kind).toUpperCase();
    const icbName = required(get(c.icbName), 'ICB name', row, kind);
    const real = pcnCode !== UNALLOCATED_PCN_CODE;
    practices.push({
      code,
      name,
      postcode: get(c.postcode).trim(),
      pcnCode: real ? pcnCode : null,
      listSize: null,
      icbCode,
    });
    if (!real) return;
    let pcn = pcns.get(pcnCode);
    if (!pcn) {
      pcn = { name: pcnName, practiceCodes: [], icbs: new Map() };
      pcns.set(pcnCode, pcn);
    }
    pcn.practiceCodes.push(code);
    const icb = pcn.icbs.get(icbCode);
    if (icb) icb.practices++;
    else pcn.icbs.set(icbCode, { icb: { code: icbCode, name: icbName }, practices: 1 });
    if (!withSubIcbs) return;
    const subCode = get(c.subIcbCode).trim().toUpperCase();
    const subName = get(c.subIcbName).trim();
    if (!subCode || !subName) return;
    const subs = subIcbs.get(pcnCode) ?? new Map<string, PcnSubIcb>();
    const sub = subs.get(subCode);
    if (sub) sub.practices++;
    else subs.set(subCode, { code: subCode, name: subName, practices: 1 });
    subIcbs.set(pcnCode, subs);
  });

  return {
    extractDate: dates.iso ?? '',
    pcns: [...pcns.entries()]
      .map(([code, p]) => ({
        code,
        name: p.name,
        icbs: orderIcbs(p.icbs),
        practiceCodes: p.practiceCodes.sort(),
        population: null,
      }))
      .sort(byCode),
    practices: practices.sort(byCode),
    subIcbs: new Map(
      [...subIcbs].map(([pcn, subs]) => [
        pcn,
        [...subs.values()].sort((a, b) => b.practices - a.practices || byCode(a, b)),
      ]),
    ),
  };
}

/**
 * Parses the practice list-size file (gp-reg-pat-prac-all): the rows with TYPE "GP", SEX "ALL"
 * and AGE "ALL" give each practice's registered patients. Other rows are ignored.
 * Throws DirectoryFormatError.
 */
export function parseListSizeCsv(text: string): ListSizeData {
  const kind: DirectoryFileKind = 'listSize';
  const table = openTable(text, kind);
  const c = {
    date: table.col('EXTRACT_DATE'),
    type: table.col('TYPE'),
    code: table.col('CODE'),
    sex: table.col('SEX'),
    age: table.col('AGE'),
    patients: table.col('NUMBER_OF_PATIENTS'),
  };
  const dates = new ExtractDateCheck(kind);
  const listSizes = new Map<string, number>();
  const rows = new Map<string, number>();
  table.forEachRow((f, row) => {
    dates.check(f[c.date] ?? '', row);
    if (f[c.type]?.trim() !== 'GP' || f[c.sex]?.trim() !== 'ALL' || f[c.age]?.trim() !== 'ALL') return;
    const code = practiceCode(f[c.code] ?? '', row, kind);
    const seen = rows.get(code);
    if (seen !== undefined) {
      throw new DirectoryFormatError(
        `Row ${row}: practice ${code} has a second total (the first is on row ${seen}).`,
        kind,
        { row },
      );
    }
    rows.set(code, row);
    listSizes.set(code, patients(f[c.patients] ?? '', row, kind));
  });
  if (listSizes.size === 0) {
    throw new DirectoryFormatError(
      `The ${describe(kind)} has no practice totals (rows with TYPE "GP", SEX "ALL" and AGE "ALL").`,
      kind,
    );
  }
  return { extractDate: dates.iso ?? '', listSizes };
}

/**
 * Parses the single-year-of-age file for regions, ICBs and PCNs
 * (gp-reg-pat-prac-sing-age-regions): the rows with ORG_TYPE "PCN", SEX "ALL" and AGE "ALL"
 * give each PCN's registered population. The pseudo-PCN "U" is reported separately.
 * Throws DirectoryFormatError.
 */
export function parsePcnPopulationCsv(text: string): PcnPopulationData {
  const kind: DirectoryFileKind = 'population';
  const table = openTable(text, kind);
  const c = {
    date: table.col('EXTRACT_DATE'),
    type: table.col('ORG_TYPE'),
    code: table.col('ORG_CODE'),
    sex: table.col('SEX'),
    age: table.col('AGE'),
    patients: table.col('NUMBER_OF_PATIENTS'),
  };
  const dates = new ExtractDateCheck(kind);
  const totals = new Map<string, number>();
  const rows = new Map<string, number>();
  table.forEachRow((f, row) => {
    dates.check(f[c.date] ?? '', row);
    if (f[c.type] !== 'PCN' || f[c.sex] !== 'ALL' || f[c.age] !== 'ALL') return;
    const code = pcnCodeOrU(f[c.code] ?? '', row, kind);
    const seen = rows.get(code);
    if (seen !== undefined) {
      throw new DirectoryFormatError(
        `Row ${row}: PCN ${code} has a second total (the first is on row ${seen}).`,
        kind,
        { row },
      );
    }
    rows.set(code, row);
    totals.set(code, patients(f[c.patients] ?? '', row, kind));
  });
  if (totals.size === 0) {
    throw new DirectoryFormatError(
      `The ${describe(kind)} has no PCN totals (rows with ORG_TYPE "PCN", SEX "ALL" and AGE "ALL").`,
      kind,
    );
  }
  const unallocatedPopulation = totals.get(UNALLOCATED_PCN_CODE) ?? null;
  totals.delete(UNALLOCATED_PCN_CODE);
  return { extractDate: dates.iso ?? '', populations: totals, unallocatedPopulation };
}

/**
 * Merges the parsed files into a Directory.
 *
 * - Practice list size: from the list-size file; null if it is not given or lacks the practice
 *   (an older list-size file may predate a new practice).
 * - PCN population: the official PCN total from the population file when that file is given
 *   (null for a PCN it lacks). Without it, the sum of the member practices' list sizes when
 *   every one of them is known, else null; `populationExtractDate` is then the list-size file's.
 * - A PCN's ICBs are re-ordered with registered patients as the tie-break when list sizes are known.
 */
export function buildDirectory(
  mapping: MappingData,
  listSizes?: ListSizeData | null,
  populations?: PcnPopulationData | null,
): Directory {
  const sizes = listSizes?.listSizes;
  const practices: DirectoryPractice[] = mapping.practices.map((p) => ({
    code: p.code,
    name: p.name,
    postcode: p.postcode,
    pcnCode: p.pcnCode,
    listSize: sizes?.get(p.code) ?? null,
  }));
  const practiceByCode = new Map(mapping.practices.map((p) => [p.code, p]));
  let derivedPopulation = false;

  const pcns: DirectoryPcn[] = mapping.pcns.map((pcn) => {
    let icbs = pcn.icbs.map((i) => ({ code: i.code, name: i.name }));
    let sum: number | null = 0;
    if (sizes && icbs.length > 1) {
      const counts = new Map<string, { icb: DirectoryIcb; practices: number }>();
      const patientsByIcb = new Map<string, number>();
      for (const i of icbs) counts.set(i.code, { icb: i, practices: 0 });
      for (const code of pcn.practiceCodes) {
        const icbCode = practiceByCode.get(code)?.icbCode ?? '';
        const entry = counts.get(icbCode);
        if (entry) entry.practices++;
        patientsByIcb.set(icbCode, (patientsByIcb.get(icbCode) ?? 0) + (sizes.get(code) ?? 0));
      }
      icbs = orderIcbs(counts, patientsByIcb);
    }
    for (const code of pcn.practiceCodes) {
      const size = sizes?.get(code);
      if (size === undefined || sum === null) sum = null;
      else sum += size;
    }
    let population: number | null;
    if (populations) population = populations.populations.get(pcn.code) ?? null;
    else {
      population = pcn.practiceCodes.length > 0 ? sum : null;
      if (population !== null) derivedPopulation = true;
    }
    return { code: pcn.code, name: pcn.name, icbs, practiceCodes: [...pcn.practiceCodes], population };
  });

  return {
    extractDate: mapping.extractDate,
    listSizeExtractDate: listSizes?.extractDate ?? null,
    populationExtractDate: populations
      ? populations.extractDate
      : derivedPopulation
        ? (listSizes?.extractDate ?? null)
        : null,
    pcns,
    practices,
  };
}
