/**
 * Renders an assessment file without opening the app, for people who receive many files (an ICB
 * team) and for tests:
 *
 *   npm run report -- plan.json --pdf out.pdf --csv out.csv --html out.html
 *   npm run report -- plan.json --xlsx tracker.xlsx --docx plan.docx --progress progress.pdf
 *
 * The progress report is dated today, from the check-ins in the file.
 * Uses the same validation and rendering code as the app. Exits 1 with the reason if the file is
 * not a valid assessment file, 2 if the command line is wrong.
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
import { AppError } from '../shared/result';
import { type AnyExportFormat, renderAnyExport } from './exports';
import { writeFileAtomically } from './files';

const USAGE =
  'Usage: npm run report -- <assessment.json> [--pdf out.pdf] [--csv out.csv] [--html out.html] ' +
  '[--xlsx tracker.xlsx] [--docx plan.docx] [--progress progress.pdf]';

/** Command-line options and the export each one writes. */
const OPTIONS = { pdf: 'pdf', csv: 'csv', html: 'html', xlsx: 'xlsx', docx: 'docx', progress: 'progress' } as const;
type OptionName = keyof typeof OPTIONS;

async function main(argv: string[]): Promise<number> {
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
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [input, ...extra] = parsed.positionals;
  const outputs = (Object.keys(OPTIONS) as OptionName[]).filter((f) => parsed.values[f]);
  if (!input || extra.length > 0 || outputs.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const name = path.basename(input);
  const size = fs.statSync(input).size;
  if (size > MAX_ASSESSMENT_FILE_BYTES) {
    console.error(`${name}: ${assessmentFileTooLargeMessage(size)}`);
    return 1;
  }
  const file = parseAssessmentFile(fs.readFileSync(input, 'utf8'));
  if (!file.ok) {
    console.error(`${name}: ${file.message}`);
    return 1;
  }
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
    await writeFileAtomically(target, content);
    console.log(`Wrote ${target}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exitCode = 1;
  },
);
