/**
 * The ICB's portfolio: assessment files from many PCNs imported at once (each checked on its
 * own; a bad file is listed with its reason and the rest import), the views' data, the roll-up
 * exports, and the benchmark sent back to PCNs, which a PCN imports to see its position.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../package.json';
import { todayIso } from '../../shared/dates';
import { assessmentFileTooLargeMessage, MAX_ASSESSMENT_FILE_BYTES } from '../../shared/export/assessment-file';
import { byName, portfolioView } from '../../shared/portfolio/aggregate';
import {
  type BenchmarkFile,
  benchmarkToText,
  buildBenchmark,
  MAX_BENCHMARK_BYTES,
  parseBenchmark,
} from '../../shared/portfolio/benchmark';
import { decideImport } from '../../shared/portfolio/decide';
import { type PortfolioFileRead, readPortfolioFile } from '../../shared/portfolio/read';
import type { PortfolioFilter, PortfolioImportReport } from '../../shared/portfolio/types';
import { AppError } from '../../shared/result';
import type { DB } from '../db/open';
import * as store from '../db/portfolio';
import type { Deps, Handlers } from '../deps';
import { writeFileAtomically } from '../files';
import { PORTFOLIO_FILE_TYPES, portfolioFileName, renderPortfolio, scopeSlug } from '../portfolio-exports';

function requireDialogs(deps: Deps) {
  if (!deps.dialogs) throw new AppError('internal', 'Choosing files is not available here.');
  return deps.dialogs;
}

/** The files to read: chosen files as they are, and the .json files directly inside a chosen folder. */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p);
    if (!stat.isDirectory()) {
      files.push(p);
      continue;
    }
    const entries = await fs.readdir(p, { withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name.toLowerCase().endsWith('.json'))
        .map((e) => path.join(p, e.name))
        .sort(byName),
    );
  }
  return files;
}

async function readOne(file: string): Promise<PortfolioFileRead> {
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_ASSESSMENT_FILE_BYTES) return { ok: false, reason: assessmentFileTooLargeMessage(size) };
    return readPortfolioFile(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      ok: false,
      reason:
        code === 'EACCES' || code === 'EPERM'
          ? 'This file could not be read: you do not have permission to open it.'
          : 'This file could not be read.',
    };
  }
}

/** The files to read, each read and checked on its own. */
export async function readPortfolioPaths(paths: string[]): Promise<{ fileName: string; read: PortfolioFileRead }[]> {
  const files = await expand(paths);
  if (files.length === 0) {
    throw new AppError('invalid-input', 'There are no assessment files (.json) there. Nothing was imported.');
  }
  const out: { fileName: string; read: PortfolioFileRead }[] = [];
  for (const file of files) out.push({ fileName: path.basename(file), read: await readOne(file) });
  return out;
}

/**
 * Reads and checks every file, then writes the PCNs' newest assessments in one transaction.
 * The same PCN twice (by code, else by name) keeps the newer assessment, and the report says so.
 */
export async function importPortfolioFiles(deps: Deps, paths: string[]): Promise<PortfolioImportReport> {
  const files = await readPortfolioPaths(paths);
  const decision = decideImport(files, store.portfolioIndex(deps.db));
  if (decision.replacesHeld) await deps.backup?.('before-portfolio-import');
  store.writePortfolio(
    deps.db,
    [...decision.keep].map(([pcnKey, k]) => ({
      id: deps.newId(),
      pcnKey,
      fileName: k.fileName,
      assessment: k.assessment,
    })),
    deps.now().toISOString(),
  );
  return decision.report;
}

function viewOf(db: DB, filter: PortfolioFilter) {
  return portfolioView(store.portfolioData(db), filter);
}

/** The benchmark imported on this computer, if any (checked again as it is read). */
export function storedBenchmarkFile(db: DB): { fileName: string; importedAt: string; file: BenchmarkFile } | null {
  const saved = store.storedBenchmark(db);
  if (!saved) return null;
  const parsed = parseBenchmark(saved.content);
  return parsed.ok ? { fileName: saved.fileName, importedAt: saved.importedAt, file: parsed.file } : null;
}

export const portfolioHandlers = {
  async importPortfolio(deps, input) {
    const chosen = await requireDialogs(deps).chooseFilesToOpen({
      title: input.source === 'folder' ? 'Choose the folder of assessment files' : 'Choose assessment files',
      filters: [{ name: 'Neighbourhood Ready assessment', extensions: ['json'] }],
      multiple: true,
      folder: input.source === 'folder',
    });
    if (chosen.length === 0) return null;
    return importPortfolioFiles(deps, chosen);
  },

  getPortfolio(deps) {
    return store.portfolioData(deps.db);
  },

  removePortfolioPcn(deps, input) {
    if (!store.removeFromPortfolio(deps.db, input.id)) {
      throw new AppError('not-found', 'That PCN is no longer in the portfolio.');
    }
    return { removedAt: deps.now().toISOString() };
  },

  async exportPortfolio(deps, input) {
    const view = viewOf(deps.db, input.filter);
    if (view.pcns.length === 0) throw new AppError('conflict', 'There are no PCNs in this view to export.');
    const today = todayIso(deps.now);
    const content = await renderPortfolio(input.format, {
      view,
      assessments: () => store.portfolioAssessments(deps.db),
      generatedOn: today,
      ...(deps.fontDir ? { fontDir: deps.fontDir } : {}),
    });
    const type = PORTFOLIO_FILE_TYPES[input.format];
    const target = await requireDialogs(deps).chooseFileToSave({
      title: 'Save the roll-up',
      defaultName: portfolioFileName(view, input.format, today),
      filters: [{ name: type.filterName, extensions: [type.extension] }],
    });
    if (!target) return null;
    await writeFileAtomically(target, content);
    return {
      fileName: path.basename(target),
      bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength,
    };
  },

  async exportBenchmark(deps, input) {
    const view = viewOf(deps.db, input.filter);
    const built = buildBenchmark(view, {
      includeNames: input.includeNames,
      createdAt: deps.now().toISOString(),
      app: { name: pkg.productName, version: pkg.version },
    });
    if (!built.ok) throw new AppError('conflict', built.message);
    const target = await requireDialogs(deps).chooseFileToSave({
      title: 'Save the benchmark for PCNs',
      defaultName: `${scopeSlug(view.scope)}-benchmark-${todayIso(deps.now)}.json`,
      filters: [{ name: 'Neighbourhood Ready benchmark', extensions: ['json'] }],
    });
    if (!target) return null;
    const text = benchmarkToText(built.file);
    await writeFileAtomically(target, text);
    return { fileName: path.basename(target), bytes: Buffer.byteLength(text) };
  },

  async importBenchmark(deps) {
    const [file] = await requireDialogs(deps).chooseFilesToOpen({
      title: 'Open a benchmark from your ICB',
      filters: [{ name: 'Neighbourhood Ready benchmark', extensions: ['json'] }],
      multiple: false,
    });
    if (!file) return null;
    const fileName = path.basename(file);
    const { size } = await fs.stat(file);
    if (size > MAX_BENCHMARK_BYTES)
      throw new AppError(
        'invalid-input',
        `${fileName}: This file is too large to be a benchmark file. Nothing was imported.`,
      );
    const text = await fs.readFile(file, 'utf8');
    const parsed = parseBenchmark(text);
    if (!parsed.ok) throw new AppError('invalid-input', `${fileName}: ${parsed.message} Nothing was imported.`);
    const previous = store.storedBenchmark(deps.db);
    store.storeBenchmark(deps.db, fileName, deps.now().toISOString(), benchmarkToText(parsed.file));
    return {
      fileName,
      scope: parsed.file.scope,
      pcnCount: parsed.file.pcnCount,
      replaced: previous ? previous.fileName : null,
    };
  },

  getBenchmark(deps) {
    return storedBenchmarkFile(deps.db);
  },
} satisfies Partial<Handlers>;
