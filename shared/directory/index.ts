/**
 * The NHS directory: parsing, checking, naming and searching NHS England's "Patients Registered
 * at a GP Practice" files. Pure code for any process: no Node, no DOM, no Electron.
 */

export { readableName } from './names';
export {
  buildDirectory,
  detectDirectoryFileKind,
  parseExtractDate,
  parseListSizeCsv,
  parseMappingCsv,
  parsePcnPopulationCsv,
} from './parse';
export type { PcnSearchEntry, PcnSearchHit, PcnSearchIndex, PracticeForSearch } from './search';
export { buildSearchIndex, normaliseForSearch, searchDirectory, searchIndex, searchPcns } from './search';
export type {
  Directory,
  DirectoryFileKind,
  DirectoryIcb,
  DirectoryPcn,
  DirectoryPractice,
  IsoDate,
  ListSizeData,
  MappingData,
  MappingPractice,
  PcnPopulationData,
} from './types';
export {
  DIRECTORY_FILE_KINDS,
  DirectoryFormatError,
  isPcnCode,
  isPracticeCode,
  OGL_ATTRIBUTION,
  UNALLOCATED_PCN_CODE,
} from './types';
