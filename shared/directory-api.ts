/** What the renderer receives about the imported NHS directory. Names are already in readable case. */

export interface DirectoryStatus {
  extractDate: string;
  listSizeExtractDate: string | null;
  populationExtractDate: string | null;
  importedAt: string;
  pcnCount: number;
  practiceCount: number;
  /** Files given in the last import, by kind, for the confirmation message. */
  files: string[];
}

/**
 * An import held back because it would shrink the directory sharply (a cut-down or filtered
 * file, say): the user decides with `confirmDirectoryImport`, after reading `message`.
 */
export interface DirectoryShrinkWarning {
  token: string;
  message: string;
}

export interface PcnMatch {
  code: string;
  name: string;
  icbs: string[];
  practiceCount: number;
  population: number | null;
  /** Set when the search found this PCN through a member practice's code or name. */
  matchedPractice?: { code: string; name: string };
}

export interface PcnDetails extends PcnMatch {
  practices: { code: string; name: string; listSize: number | null }[];
  extractDate: string;
}
