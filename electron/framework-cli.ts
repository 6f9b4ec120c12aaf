/**
 * Prints a readiness framework so clinical leads can review its content as a document:
 *
 *   npm run framework -- --format md|json [--version 2026.2]
 *
 * The JSON is exactly the framework object the app uses (areas, questions, anchors, national
 * links, suggested actions); the Markdown adds the sources. `--version` takes a version id or
 * its number in release order (1 for 2026.1); it defaults to the current framework. Exits 2 if
 * the command line is wrong.
 */
import { parseArgs } from 'node:util';
import { frameworkToMarkdown } from '../shared/framework/document';
import { CURRENT_FRAMEWORK, FRAMEWORKS, type Framework } from '../shared/framework/index';

const USAGE = `Usage: npm run framework -- --format md|json [--version ${Object.keys(FRAMEWORKS).join('|')}]`;

function pick(version: string | undefined): Framework | undefined {
  if (version === undefined) return CURRENT_FRAMEWORK;
  if (Object.hasOwn(FRAMEWORKS, version)) return FRAMEWORKS[version];
  const ordinal = /^[1-9]\d*$/.test(version) ? Object.values(FRAMEWORKS)[Number(version) - 1] : undefined;
  return ordinal;
}

function main(argv: string[]): number {
  let values: { format?: string; version?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, version: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const framework = pick(values.version);
  if (!framework) {
    console.error(`There is no framework version ${values.version}.\n${USAGE}`);
    return 2;
  }
  if (values.format === 'json') process.stdout.write(`${JSON.stringify(framework, null, 2)}\n`);
  else if (values.format === 'md') process.stdout.write(frameworkToMarkdown(framework));
  else {
    console.error(USAGE);
    return 2;
  }
  return 0;
}

// Piped into `head` or a pager that closes early: stop quietly rather than with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = main(process.argv.slice(2));
