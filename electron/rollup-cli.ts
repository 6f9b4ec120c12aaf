/**
 * The ICB roll-up without opening the app, from a folder of the assessment files PCNs sent:
 *
 *   npm run rollup -- <folder> [--pdf out.pdf] [--xlsx out.xlsx] [--csv out.csv]
 *                    [--directory <folder of NHS England files>] [--icb CODE] [--sub-icb CODE]
 *
 * Every file is checked as the app checks it: a bad one is reported on one line and left out,
 * the same PCN twice keeps the newer assessment. With --directory (the folder holding NHS
 * England's practice-to-PCN mapping and, optionally, population files) PCNs are placed in their
 * ICB and sub-ICB and the population covered is given; --icb and --sub-icb then filter.
 * Exits 0 when the outputs were written, 1 when there was nothing to roll up or a file could not
 * be written, 2 when the command line is wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../shared/dates';
import {
  buildDirectory,
  DirectoryFormatError,
  detectDirectoryFileKind,
  parseMappingCsv,
  parsePcnPopulationCsv,
} from '../shared/directory';
import { portfolioView } from '../shared/portfolio/aggregate';
import { decideImport } from '../shared/portfolio/decide';
import { pcnFacts } from '../shared/portfolio/facts';
import { type DirectoryPcnPlace, directoryPlaces, placePcns } from '../shared/portfolio/place';
import { AppError } from '../shared/result';
import { writeFileAtomically } from './files';
import { readPortfolioPaths } from './handlers/portfolio';
import { type PortfolioFormat, renderPortfolio } from './portfolio-exports';

const USAGE =
  'Usage: npm run rollup -- <folder> [--pdf out.pdf] [--xlsx out.xlsx] [--csv out.csv] [--directory <NHS files folder>] [--icb CODE] [--sub-icb CODE]';

/** A plain one-line failure for the person at the terminal. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

function readDirectory(folder: string): { places: Map<string, DirectoryPcnPlace>; extractDate: string } {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new CliError(`--directory: ${folder} is not a folder.`, 2);
  }
  const texts = fs
    .readdirSync(folder)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .map((n) => ({ name: n, text: fs.readFileSync(path.join(folder, n), 'utf8') }));
  const mapping = texts.find((t) => detectDirectoryFileKind(t.text) === 'mapping');
  if (!mapping)
    throw new CliError(`--directory: no practice-to-PCN mapping file (gp-reg-pat-prac-map) in ${folder}.`, 1);
  const population = texts.find((t) => detectDirectoryFileKind(t.text) === 'population');
  try {
    const mappingData = parseMappingCsv(mapping.text);
    const directory = buildDirectory(mappingData, null, population ? parsePcnPopulationCsv(population.text) : null);
    return { places: directoryPlaces(directory, mappingData.subIcbs), extractDate: directory.extractDate };
  } catch (error) {
    if (error instanceof DirectoryFormatError) throw new CliError(`--directory: ${error.message}`, 1);
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      options: {
        pdf: { type: 'string' },
        xlsx: { type: 'string' },
        csv: { type: 'string' },
        directory: { type: 'string' },
        icb: { type: 'string' },
        'sub-icb': { type: 'string' },
      },
      allowPositionals: true,
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    throw new CliError(`${(error as Error).message} ${USAGE}`, 2);
  }
  const [folder, ...extra] = parsed.positionals;
  const outputs = (['pdf', 'xlsx', 'csv'] as const).filter((f) => parsed.values[f]);
  if (!folder || extra.length > 0 || outputs.length === 0) throw new CliError(USAGE, 2);
  if (!fs.existsSync(folder)) throw new CliError(`${folder} does not exist.`, 2);
  const icbCode = parsed.values.icb?.toUpperCase() ?? null;
  const subIcbCode = parsed.values['sub-icb']?.toUpperCase() ?? null;
  if ((icbCode || subIcbCode) && !parsed.values.directory) {
    throw new CliError('--icb and --sub-icb need --directory: the NHS directory says which PCN is where.', 2);
  }

  let files: Awaited<ReturnType<typeof readPortfolioPaths>>;
  try {
    files = await readPortfolioPaths([folder]);
  } catch (error) {
    throw new CliError(`${folder}: ${(error as Error).message}`, 1);
  }
  const decision = decideImport(files, new Map());
  for (const f of decision.report.files) {
    if (f.outcome === 'refused') console.error(`Left out ${f.fileName}: ${f.reason}`);
    if (f.outcome === 'kept-newer')
      console.error(`Left out ${f.fileName}: ${f.pcnName} has a newer assessment in ${f.keptFile}.`);
    if (f.outcome === 'replaced')
      console.error(`Used ${f.fileName}: it is newer than ${f.replacedFile} for ${f.pcnName}.`);
  }
  if (decision.keep.size === 0) throw new CliError(`No assessment files in ${folder} could be used.`, 1);

  const directory = parsed.values.directory ? readDirectory(parsed.values.directory) : null;
  const now = new Date();
  const data = placePcns(
    [...decision.keep.values()].map((k, i) => ({
      id: String(i),
      fileName: k.fileName,
      importedAt: now.toISOString(),
      facts: pcnFacts(k.assessment),
    })),
    directory?.places ?? new Map(),
    directory?.extractDate ?? null,
  );
  const view = portfolioView(data, { icbCode, subIcbCode });
  if (view.pcns.length === 0) throw new CliError(`No PCN in ${folder} is in ${subIcbCode ?? icbCode}.`, 1);
  const assessments = new Map([...decision.keep.values()].map((k, i) => [String(i), k.assessment]));
  for (const format of outputs) {
    const target = parsed.values[format] as string;
    const content = await renderPortfolio(format as PortfolioFormat, {
      view,
      assessments: () => assessments,
      generatedOn: todayIso(() => now),
    });
    await writeFileAtomically(target, content);
    console.log(`Wrote ${target} (${view.pcns.length} PCNs, ${view.scope})`);
  }
}

main(process.argv.slice(2)).then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exitCode = error.code;
    } else {
      console.error(
        error instanceof AppError ? error.message : `Something went wrong: ${(error as Error)?.message ?? error}`,
      );
      process.exitCode = 1;
    }
  },
);
