/** Reading a saved PDF back as text with poppler's pdftotext, which must be present under CI. */
import { execFileSync } from 'node:child_process';

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether pdftotext is installed; under CI its absence fails the run instead of skipping. */
export const hasPdftotext = (() => {
  if (hasCommand('pdftotext')) return true;
  if (process.env.CI === 'true') throw new Error('pdftotext is required under CI (install poppler-utils).');
  console.log('Skipping the PDF text checks: pdftotext not found (install poppler-utils).');
  return false;
})();

/** The PDF's text in content order, with runs of white space made single spaces. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
