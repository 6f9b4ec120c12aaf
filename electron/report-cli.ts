/**
 * Renders an assessment file without opening the app, for people who receive many files (an ICB
 * team) and for tests:
 *
 *   npm run report -- plan.json --pdf out.pdf --csv out.csv --html out.html
 *
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
import { type ExportFormat, renderExport } from './exports';
import { writeFileAtomically } from './files';

const USAGE = 'Usage: npm run report -- <assessment.json> [--pdf out.pdf] [--csv out.csv] [--html out.html]';

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: Record<'pdf' | 'csv' | 'html', { type: 'string' }>; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: { pdf: { type: 'string' }, csv: { type: 'string' }, html: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [input, ...extra] = parsed.positionals;
  const outputs = (['pdf', 'csv', 'html'] as const).filter((f) => parsed.values[f]);
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
  for (const format of outputs) {
    const target = parsed.values[format] as string;
    const content = renderExport(format as ExportFormat, {
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
