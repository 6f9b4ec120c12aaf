/**
 * Renders an assessment file without opening the app, for people who receive many files (an ICB
 * team) and for tests:
 *
 *   npm run report -- plan.json --pdf out.pdf --csv out.csv --html out.html
 *   npm run report -- plan.json --xlsx tracker.xlsx --docx plan.docx --progress progress.pdf
 *
 * The progress report is dated today, from the check-ins in the file.
 * Uses the same validation and rendering code as the app. Every mistake is told in one plain line
 * (never a stack trace): exit status 2 when the command line is wrong, 1 when a file cannot be
 * read, is not a valid assessment file, or an output cannot be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../shared/dates';
import {
  assessmentFileTooLargeMessage,
  MAX_ASSESSMENT_FILE_BYTES,
  parseAssessmentFile,
} from '../shared/export/assessment-file';
import { decodeFileText } from '../shared/file-text';
import { AppError } from '../shared/result';
import { type AnyExportFormat, renderAnyExport } from './exports';
import { writeFileAtomically } from './files';

const USAGE =
  'Usage: npm run report -- <assessment.json> [--pdf out.pdf] [--csv out.csv] [--html out.html] ' +
  '[--xlsx tracker.xlsx] [--docx plan.docx] [--progress progress.pdf]';

/** Command-line options and the export each one writes. */
const OPTIONS = { pdf: 'pdf', csv: 'csv', html: 'html', xlsx: 'xlsx', docx: 'docx', progress: 'progress' } as const;
type OptionName = keyof typeof OPTIONS;

/** A user's mistake, told in one plain line, with the exit status it gives. */
class CliError extends Error {
  constructor(
    message: string,
    readonly status: 1 | 2,
  ) {
    super(message);
  }
}

/** A file-system error as one plain line naming the file: never a stack trace. */
function fileProblem(error: unknown, file: string, doing: 'read' | 'write'): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: doing === 'read' ? 'there is no such file' : 'its folder does not exist',
    ENOTDIR: doing === 'read' ? 'there is no such file' : 'its folder does not exist',
    EISDIR: 'it is a folder, not a file',
    EACCES: `you do not have permission to ${doing} it`,
    EPERM: `you do not have permission to ${doing} it`,
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EBUSY: 'another program is using it',
  };
  const reason = (code && reasons[code]) ?? (error as Error).message;
  return new CliError(`Cannot ${doing} ${file}: ${reason}.`, 1);
}

function readInput(input: string): string {
  const name = path.basename(input);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(input);
    if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (stat.size > MAX_ASSESSMENT_FILE_BYTES)
      throw new CliError(`${name}: ${assessmentFileTooLargeMessage(stat.size)}`, 1);
    bytes = fs.readFileSync(input);
  } catch (error) {
    throw error instanceof CliError ? error : fileProblem(error, input, 'read');
  }
  const text = decodeFileText(bytes, 'This file');
  if (!text.ok) throw new CliError(`${name}: ${text.message}`, 1);
  return text.text;
}

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ options: Record<OptionName, { type: 'string' }>; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.keys(OPTIONS).map((k) => [k, { type: 'string' as const }])) as Record<
        OptionName,
        { type: 'string' }
      >,
      allowPositionals: true,
    });
  } catch (error) {
    // Node's message goes on with advice about "--" that does not apply here: keep its first sentence.
    const first = (error as Error).message.split(/\.\s/)[0] ?? '';
    throw new CliError(`${first.replace(/\.?$/, '.')} ${USAGE}`, 2);
  }
  const [input, ...extra] = parsed.positionals;
  const outputs = (Object.keys(OPTIONS) as OptionName[]).filter((f) => parsed.values[f] !== undefined);
  if (!input) throw new CliError(`Give the assessment file to read. ${USAGE}`, 2);
  if (extra.length > 0)
    throw new CliError(`Give one assessment file at a time (also given: ${extra.join(', ')}). ${USAGE}`, 2);
  if (outputs.length === 0) {
    const options = Object.keys(OPTIONS).map((o) => `--${o}`);
    throw new CliError(
      `Say what to write: ${options.slice(0, -1).join(', ')} or ${options.at(-1)}, each with a file name. ${USAGE}`,
      2,
    );
  }
  const targets = new Map<string, string>([[path.resolve(input), 'the assessment file']]);
  for (const option of outputs) {
    const target = parsed.values[option] ?? '';
    if (target.trim() === '') throw new CliError(`Give a file name after --${option}. ${USAGE}`, 2);
    const clash = targets.get(path.resolve(target));
    if (clash) throw new CliError(`--${option} ${target} is the same file as ${clash}: choose another name.`, 2);
    targets.set(path.resolve(target), `--${option}`);
  }

  const file = parseAssessmentFile(readInput(input));
  if (!file.ok) throw new CliError(`${path.basename(input)}: ${file.message}`, 1);
  const now = new Date();
  for (const option of outputs) {
    const target = parsed.values[option] as string;
    const format: AnyExportFormat = OPTIONS[option];
    const content = await renderAnyExport(format, {
      assessment: file.file.assessment,
      previous: null,
      generatedOn: todayIso(() => now),
      exportedAt: now.toISOString(),
    });
    try {
      await writeFileAtomically(target, content);
    } catch (error) {
      throw error instanceof AppError ? new CliError(error.message, 1) : fileProblem(error, target, 'write');
    }
    console.log(`Wrote ${target}`);
  }
}

main(process.argv.slice(2)).then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    // One plain line for every problem; the stack of an unexpected error helps no one here.
    const message =
      error instanceof CliError || error instanceof AppError
        ? error.message
        : `The report could not be made: ${(error as Error)?.message ?? String(error)}`;
    console.error(message);
    process.exitCode = error instanceof CliError ? error.status : 1;
  },
);
