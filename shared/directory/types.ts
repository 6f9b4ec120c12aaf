/**
 * The NHS directory: PCNs, their member practices, ICBs and registered patients, as imported
 * from NHS England's monthly "Patients Registered at a GP Practice" CSV files.
 *
 * Names are kept exactly as the source spells them (upper case for practices and PCNs); use
 * `readableName` to show them.
 */

export type IsoDate = string; // YYYY-MM-DD

export interface DirectoryPractice {
  /** Practice code: a letter and five digits, e.g. "A81001". */
  code: string;
  /** As in the source (upper case). */
  name: string;
  postcode: string;
  /** The PCN's code, or null for a practice NHS England lists under the pseudo-PCN "U" (Unallocated). */
  pcnCode: string | null;
  /** Registered patients from the list-size file, or null if that file was not given or lacks the practice. */
  listSize: number | null;
}

export interface DirectoryIcb {
  code: string;
  name: string;
}

export interface DirectoryPcn {
  /** PCN code: "U" and five digits, e.g. "U41591". The pseudo-PCN "U" is never a DirectoryPcn. */
  code: string;
  /** As in the source (upper case). */
  name: string;
  /**
   * The distinct ICBs of the PCN's practices, the ICB with most member practices first (ties: more
   * registered patients first where list sizes are known, then by name). Nearly always one.
   */
  icbs: DirectoryIcb[];
  /** Member practice codes, sorted. */
  practiceCodes: string[];
  /** Registered population; see `buildDirectory` for where it comes from. */
  population: number | null;
}

export interface Directory {
  /** Extract date of the practice-to-PCN mapping file. */
  extractDate: IsoDate;
  /** Extract date of the list sizes, or null if no list-size file was imported. */
  listSizeExtractDate: IsoDate | null;
  /** Extract date the PCN populations describe, or null if no PCN has a population. */
  populationExtractDate: IsoDate | null;
  /** Real PCNs only (never the pseudo-PCN "U"), sorted by code. */
  pcns: DirectoryPcn[];
  /** Every practice in the mapping file, including unallocated ones (pcnCode null), sorted by code. */
  practices: DirectoryPractice[];
}

/** A practice as read from the mapping file: also carries its ICB, which the PCN's ICB order needs. */
export interface MappingPractice extends DirectoryPractice {
  icbCode: string;
}

/** The practice-to-PCN mapping file (gp-reg-pat-prac-map), parsed. */
export interface MappingData {
  extractDate: IsoDate;
  /** Real PCNs sorted by code, population null (the mapping has no patient numbers). */
  pcns: DirectoryPcn[];
  /** All practices sorted by code, listSize null. */
  practices: MappingPractice[];
  /**
   * PCN code → its sub-ICB locations, the one with most member practices first (ties by code).
   * Empty for a file without the optional sub-ICB columns (older extracts did not always carry them).
   */
  subIcbs: Map<string, PcnSubIcb[]>;
}

/** One sub-ICB location of a PCN, from the mapping file. */
export interface PcnSubIcb {
  code: string;
  name: string;
  /** Member practices of the PCN in this sub-ICB location. */
  practices: number;
}

/** The practice list-size file (gp-reg-pat-prac-all), parsed. */
export interface ListSizeData {
  extractDate: IsoDate;
  /** Practice code → registered patients (all sexes, all ages). */
  listSizes: Map<string, number>;
}

/** The single-year-of-age file for regions, ICBs and PCNs (gp-reg-pat-prac-sing-age-regions), parsed. */
export interface PcnPopulationData {
  extractDate: IsoDate;
  /** Real PCN code → registered patients (all sexes, all ages). Excludes the pseudo-PCN "U". */
  populations: Map<string, number>;
  /** Patients of practices in the pseudo-PCN "U" (Unallocated), or null if the file has no such row. */
  unallocatedPopulation: number | null;
}

export type DirectoryFileKind = 'mapping' | 'listSize' | 'population';

/** How to name each kind of file to a user: a description and the stem of NHS England's file name. */
export const DIRECTORY_FILE_KINDS: Record<DirectoryFileKind, { label: string; fileName: string }> = {
  mapping: { label: 'practice-to-PCN mapping file', fileName: 'gp-reg-pat-prac-map' },
  listSize: { label: 'practice list-size file', fileName: 'gp-reg-pat-prac-all' },
  population: { label: 'population by age file', fileName: 'gp-reg-pat-prac-sing-age-regions' },
};

/** A file is not the NHS England file expected, or is damaged. The message is meant for the user. */
export class DirectoryFormatError extends Error {
  override readonly name = 'DirectoryFormatError';
  /** The kind of file that was expected. */
  readonly expected: DirectoryFileKind;
  /** Row number as a spreadsheet shows it (the column names are row 1), when one row is at fault. */
  readonly row: number | null;
  /** When the file is another known kind of directory file: which one. */
  readonly detected: DirectoryFileKind | null;

  constructor(
    message: string,
    expected: DirectoryFileKind,
    options: { row?: number | null; detected?: DirectoryFileKind | null } = {},
  ) {
    super(message);
    this.expected = expected;
    this.row = options.row ?? null;
    this.detected = options.detected ?? null;
  }
}

/** Attribution to show wherever the app displays data imported from these files. */
export const OGL_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England, Patients Registered at a GP Practice).';

/** The pseudo-PCN NHS England uses for practices not in any PCN. */
export const UNALLOCATED_PCN_CODE = 'U';

const PCN_CODE = /^U\d{5}$/;
const PRACTICE_CODE = /^[A-Z]\d{5}$/;

/** A PCN code: "U" and five digits (upper case, no spaces). */
export function isPcnCode(s: string): boolean {
  return PCN_CODE.test(s);
}

/** A GP practice code: a capital letter and five digits. */
export function isPracticeCode(s: string): boolean {
  return PRACTICE_CODE.test(s);
}
