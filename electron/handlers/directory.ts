/**
 * Handlers for the NHS directory: import NHS England's monthly files chosen by the user, and
 * search the PCNs. An import is validated completely before anything is written.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { formatDateLong } from '../../shared/dates';
import {
  buildDirectory,
  buildSearchIndex,
  DIRECTORY_FILE_KINDS,
  type DirectoryFileKind,
  DirectoryFormatError,
  type DirectoryPcn,
  detectDirectoryFileKind,
  type MappingData,
  type PcnSearchHit,
  type PcnSearchIndex,
  parseListSizeCsv,
  parseMappingCsv,
  parsePcnPopulationCsv,
  readableName,
  searchDirectory,
} from '../../shared/directory';
import type { DirectoryShrinkWarning, DirectoryStatus, PcnMatch } from '../../shared/directory-api';
import { decodeFileText, sizeAgainstLimit } from '../../shared/file-text';
import { AppError } from '../../shared/result';
import * as store from '../db/directory';
import type { DB } from '../db/open';
import type { Deps, Handlers } from '../deps';

/** NHS England's largest file (single year of age) is about 16 MB; anything far bigger is not one of them. */
export const MAX_DIRECTORY_FILE_BYTES = 64 * 1024 * 1024;

function toStatus(info: store.StoredDirectoryInfo): DirectoryStatus {
  return { ...info };
}

function toMatch(pcn: DirectoryPcn): PcnMatch {
  return {
    code: pcn.code,
    name: readableName(pcn.name),
    icbs: pcn.icbs.map((i) => readableName(i.name)),
    practiceCount: pcn.practiceCodes.length,
    population: pcn.population,
  };
}

function hitToMatch(hit: PcnSearchHit): PcnMatch {
  const match = toMatch(hit.pcn);
  return hit.practice
    ? { ...match, matchedPractice: { ...hit.practice, name: readableName(hit.practice.name) } }
    : match;
}

/** The search index is rebuilt only when a new directory has been imported. */
const indexCache = new WeakMap<DB, { importedAt: string; index: PcnSearchIndex; pcns: Map<string, DirectoryPcn> }>();

function searchable(db: DB) {
  const info = store.directoryInfo(db);
  if (!info) return null;
  const cached = indexCache.get(db);
  if (cached && cached.importedAt === info.importedAt) return cached;
  const pcns = store.loadPcns(db);
  const entry = {
    importedAt: info.importedAt,
    index: buildSearchIndex(pcns, store.loadPracticesForSearch(db)),
    pcns: new Map(pcns.map((p) => [p.code, p])),
  };
  indexCache.set(db, entry);
  return entry;
}

async function readChosenFile(file: string): Promise<{ name: string; kind: DirectoryFileKind; text: string }> {
  const name = path.basename(file);
  const stat = await fs.stat(file);
  if (stat.size > MAX_DIRECTORY_FILE_BYTES) {
    throw new AppError(
      'invalid-input',
      `${name} is too large to be one of NHS England's practice files (${sizeAgainstLimit(stat.size, MAX_DIRECTORY_FILE_BYTES)}). Nothing was imported.`,
    );
  }
  const decoded = decodeFileText(await fs.readFile(file), name);
  if (!decoded.ok) throw new AppError('invalid-input', decoded.message);
  const { text } = decoded;
  const kind = detectDirectoryFileKind(text);
  if (!kind) {
    throw new AppError(
      'invalid-input',
      `${name} is not one of the NHS England "Patients Registered at a GP Practice" files this app reads ` +
        '(the practice-to-PCN mapping, practice list sizes, or population by age). Nothing was imported.',
    );
  }
  return { name, kind, text };
}

/**
 * An import that would leave fewer than this share of the PCNs or practices already held is held
 * back for the user to confirm: NHS England's monthly files change by a handful of PCNs, so a
 * sharp drop means a cut-down, filtered or wrong file (300 rows replacing 1,298 PCNs).
 */
export const SHARP_SHRINK = 0.8;

interface PendingImport {
  directory: ReturnType<typeof buildDirectory>;
  files: string[];
  subIcbs: MappingData['subIcbs'];
}

/** Imports waiting for the user's answer to a shrink warning, by token. */
const pendingImports = new WeakMap<DB, Map<string, PendingImport>>();

/** "1 PCN", "1,298 PCNs". */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : `${noun}s`}`;
}

async function replaceStored(deps: Deps, pending: PendingImport): Promise<DirectoryStatus> {
  if (store.directoryInfo(deps.db)) await deps.backup?.('before-directory-import');
  store.replaceDirectory(deps.db, pending.directory, deps.now().toISOString(), pending.files, pending.subIcbs);
  const info = store.directoryInfo(deps.db);
  if (!info) throw new AppError('internal', 'The directory could not be read back after importing.');
  return toStatus(info);
}

export async function importDirectoryFiles(
  deps: Deps,
  files: string[],
): Promise<DirectoryStatus | DirectoryShrinkWarning> {
  const chosen = await Promise.all(files.map(readChosenFile));
  const byKind = new Map<DirectoryFileKind, (typeof chosen)[number]>();
  for (const file of chosen) {
    const twin = byKind.get(file.kind);
    if (twin) {
      throw new AppError(
        'invalid-input',
        `${twin.name} and ${file.name} are both the ${DIRECTORY_FILE_KINDS[file.kind].label}. Choose one of each kind. Nothing was imported.`,
      );
    }
    byKind.set(file.kind, file);
  }
  const mappingFile = byKind.get('mapping');
  if (!mappingFile) {
    throw new AppError(
      'invalid-input',
      `Include the practice-to-PCN mapping file (its name starts ${DIRECTORY_FILE_KINDS.mapping.fileName}); ` +
        'the other files only add patient numbers to it. Nothing was imported.',
    );
  }

  const parseOrExplain = <T>(file: { name: string }, parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof DirectoryFormatError) {
        throw new AppError('invalid-input', `${file.name}: ${error.message} Nothing was imported.`);
      }
      throw error;
    }
  };
  const mapping = parseOrExplain(mappingFile, () => parseMappingCsv(mappingFile.text));
  const listFile = byKind.get('listSize');
  const listSizes = listFile ? parseOrExplain(listFile, () => parseListSizeCsv(listFile.text)) : null;
  const popFile = byKind.get('population');
  const populations = popFile ? parseOrExplain(popFile, () => parsePcnPopulationCsv(popFile.text)) : null;
  const directory = buildDirectory(mapping, listSizes, populations);

  const existing = store.directoryInfo(deps.db);
  if (existing && existing.extractDate > directory.extractDate) {
    throw new AppError(
      'conflict',
      `The directory you already have is newer (${formatDateLong(existing.extractDate)}) than ${mappingFile.name} ` +
        `(${formatDateLong(directory.extractDate)}). Nothing was imported; your directory is unchanged.`,
    );
  }
  const pending: PendingImport = {
    directory,
    files: chosen.map((f) => f.name),
    subIcbs: mapping.subIcbs,
  };
  const pcns = directory.pcns.length;
  const practices = directory.practices.length;
  if (existing && (pcns < existing.pcnCount * SHARP_SHRINK || practices < existing.practiceCount * SHARP_SHRINK)) {
    const token = deps.newId();
    const waiting = pendingImports.get(deps.db) ?? new Map<string, PendingImport>();
    waiting.set(token, pending);
    pendingImports.set(deps.db, waiting);
    return {
      token,
      message:
        `${mappingFile.name} lists ${count(pcns, 'PCN')} and ${count(practices, 'practice')}, far fewer than the directory you have ` +
        `(${count(existing.pcnCount, 'PCN')} and ${count(existing.practiceCount, 'practice')}, from ${formatDateLong(existing.extractDate)}). ` +
        'It may be cut short, filtered or a different file. Nothing has been changed yet: replace your directory with it only if you are sure.',
    };
  }
  return replaceStored(deps, pending);
}

export const directoryHandlers = {
  directoryStatus(deps) {
    const info = store.directoryInfo(deps.db);
    return info ? toStatus(info) : null;
  },

  async importDirectory(deps) {
    if (!deps.dialogs) throw new AppError('internal', 'Choosing files is not available here.');
    const files = await deps.dialogs.chooseFilesToOpen({
      title: 'Choose NHS England practice files',
      filters: [{ name: 'CSV files', extensions: ['csv'] }],
      multiple: true,
    });
    if (files.length === 0) return null;
    return importDirectoryFiles(deps, files);
  },

  /** The user's answer to a shrink warning: replace the directory (after a backup), or keep it. */
  async confirmDirectoryImport(deps, input) {
    const waiting = pendingImports.get(deps.db);
    const pending = waiting?.get(input.token);
    if (!waiting || !pending)
      throw new AppError('not-found', 'That import is no longer waiting. Choose the files again.');
    waiting.delete(input.token);
    return input.replace ? replaceStored(deps, pending) : null;
  },

  searchPcns(deps, input) {
    const entry = searchable(deps.db);
    if (!entry || input.query.trim() === '') return [];
    return searchDirectory(entry.index, input.query, 12).map(hitToMatch);
  },

  getDirectoryPcn(deps, input) {
    const entry = searchable(deps.db);
    const pcn = entry?.pcns.get(input.code);
    if (!entry || !pcn) throw new AppError('not-found', `PCN ${input.code} is not in the imported directory.`);
    return {
      ...toMatch(pcn),
      extractDate: store.directoryInfo(deps.db)?.extractDate ?? '',
      practices: store.pcnPractices(deps.db, pcn.code).map((p) => ({
        code: p.code,
        name: readableName(p.name),
        listSize: p.list_size,
      })),
    };
  },
} satisfies Partial<Handlers>;
