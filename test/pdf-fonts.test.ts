/**
 * The PDF's speed-ups lose nothing (shared/pdf/fonts.ts): a document built with the fonts already
 * parsed and the font subset already written by an earlier one, and with its text measurement
 * memoised, is the same document, byte for byte but for the random file ID; a document with other
 * glyphs gets its own subset; an ordinary PDF never reads or embeds a CJK fallback font.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPdfFonts } from '../electron/pdf-fonts';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { buildPlanPdf } from '../shared/pdf';
import { hasPdftotext, pdfText } from './support/pdf';
import { tempDir } from './support/temp';

const input = { assessment: exampleAssessment(), framework: EXAMPLE_FRAMEWORK, generatedOn: '2026-11-22' };

/** jsPDF gives every file a random ID in its trailer; everything else is the document. */
const withoutFileId = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString('latin1')
    .replace(/\/ID \[[^\]]*\]/, '');

describe('the PDF fonts, parsed once, and measurement, memoised', () => {
  test('the first export in a process (fonts parsed) and the next (fonts shared) are the same document', () => {
    const loads: string[] = [];
    const fonts = loadPdfFonts();
    const watched = {
      ...fonts,
      fallbacks: (fonts.fallbacks ?? []).map((font) => ({
        name: font.name,
        load: () => {
          loads.push(font.name);
          return font.load();
        },
      })),
    };
    const first = buildPlanPdf(input, watched);
    const second = buildPlanPdf(input, watched);
    expect(withoutFileId(second)).toBe(withoutFileId(first));
    // An ordinary PDF, with no Chinese, Japanese or Korean text, never reads a fallback font.
    expect(loads).toEqual([]);
  });

  test.skipIf(!hasPdftotext)('two exports read back with the same text, and embed DejaVu Sans only', () => {
    const dir = tempDir('pdf-fonts-');
    const files = [1, 2].map((n) => {
      const file = path.join(dir, `plan-${n}.pdf`);
      fs.writeFileSync(file, buildPlanPdf(input, loadPdfFonts()));
      return file;
    });
    const [first, second] = files as [string, string];
    expect(pdfText(second)).toBe(pdfText(first));
    const fonts = execFileSync('pdffonts', [second], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(/\s+/)[0]);
    expect(fonts).toEqual(['DejaVuSans', 'DejaVuSans']);
  });

  test.skipIf(!hasPdftotext)('a document with a glyph the earlier ones lacked gets a subset with it', () => {
    const file = path.join(tempDir('pdf-fonts-'), 'plan.pdf');
    const assessment = exampleAssessment();
    assessment.profile.pcnName = 'Dyffryn Gŵyr PCN';
    const pdf = buildPlanPdf({ ...input, assessment }, loadPdfFonts());
    fs.writeFileSync(file, pdf);
    expect(pdfText(file)).toContain('Dyffryn Gŵyr PCN');
    // The text comes back from the to-Unicode map whatever the subset holds: the embedded files'
    // sizes (Length1, before compression) show the document's subset has glyphs the other lacks.
    const embedded = (document: Uint8Array) =>
      [
        ...Buffer.from(document)
          .toString('latin1')
          .matchAll(/\/Length1 (\d+)/g),
      ].reduce((t, m) => t + Number(m[1]), 0);
    expect(embedded(pdf)).toBeGreaterThan(embedded(buildPlanPdf(input, loadPdfFonts())));
  });
});
