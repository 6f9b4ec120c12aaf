/**
 * Every character a user can type prints in the PDF (hardening round 2, case 5): Chinese,
 * Japanese and Korean from fallback fonts read only when needed, Welsh and Polish from DejaVu
 * Sans, emoji as a visible placeholder, and text after a control character not cut off. Read
 * back with pdftotext, as a reader's software would.
 *
 * The fallback fonts come from npm (@expo-google-fonts/noto-sans-sc and -kr) or, on development
 * and CI machines, Debian's fonts-droid-fallback and fonts-nanum (.ci/run installs them). Without
 * either the tests skip with the reason printed; under CI (CI=true) they fail.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, test } from 'vitest';
import { FALLBACK_FONT_FILES, fallbackFontPath, loadPdfFonts } from '../electron/pdf-fonts';
import { exampleAssessment } from '../shared/example';
import { CURRENT_FRAMEWORK } from '../shared/framework';
import { buildPlanPdf } from '../shared/pdf';
import { installFallbackFonts, MISSING_GLYPH } from '../shared/pdf/fallback-fonts';
import { tempDir } from './support/temp';

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missingFonts = FALLBACK_FONT_FILES.filter((font) => fallbackFontPath(font) === null).map((f) => f.name);
const reason = !hasPoppler()
  ? 'pdftotext not found (apt-get install poppler-utils)'
  : missingFonts.length > 0
    ? `no fallback font for ${missingFonts.join(', ')} (npm: @expo-google-fonts/noto-sans-sc and -kr; Debian: fonts-droid-fallback fonts-nanum)`
    : null;
if (reason) {
  if (process.env.CI === 'true') {
    test('the PDF fallback fonts and poppler-utils are installed (required in CI)', () => {
      throw new Error(reason);
    });
  } else {
    console.log(`Skipping test/pdf-scripts.test.ts: ${reason}.`);
  }
}

const NAMES = {
  chinese: '王秀英',
  japanese: '山田さくら',
  korean: '김민준',
  welsh: 'Llanfair Ŵ Surgery, Gwŷr',
  polish: 'Łódź Żółć',
};

function pdfText(pdf: Uint8Array): string {
  const file = path.join(tempDir('nr-pdf-scripts-'), 'plan.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.skipIf(reason !== null)('every script a user can type prints in the PDF', () => {
  test('case 5: Chinese, Japanese, Korean, Welsh and Polish names all print, and the PDF stays under 1.5 MB', () => {
    const assessment = exampleAssessment();
    assessment.profile.pcnName = `${NAMES.welsh} ${NAMES.chinese} PCN`;
    assessment.participants.push(
      { id: 'p-zh', name: NAMES.chinese, role: 'GP partner', organisation: NAMES.polish },
      { id: 'p-ja', name: NAMES.japanese, role: 'Practice manager', organisation: NAMES.welsh },
      { id: 'p-ko', name: NAMES.korean, role: 'Clinical pharmacist', organisation: 'Riverside Vale PCN' },
    );
    const [first, second, third] = assessment.actions;
    if (!first || !second || !third) throw new Error('the worked example has actions');
    first.ownerName = NAMES.japanese;
    second.ownerName = NAMES.korean;
    third.title = `Meet ${NAMES.chinese} and ${NAMES.polish}`;

    const pdf = buildPlanPdf({ assessment, framework: CURRENT_FRAMEWORK, generatedOn: '2026-11-22' }, loadPdfFonts());
    const text = pdfText(pdf);
    for (const name of Object.values(NAMES)) expect(text).toContain(name);
    expect(text).toContain(`Meet ${NAMES.chinese} and ${NAMES.polish}`);
    expect(pdf.length).toBeLessThan(1.5 * 1024 * 1024);
    console.log(`PDF with CJK, Welsh and Polish names: ${(pdf.length / 1024 / 1024).toFixed(2)} MB`);
  });

  test('case 5: emoji print as a visible placeholder and text after a control character is kept', () => {
    const assessment = exampleAssessment();
    const [first] = assessment.actions;
    if (!first) throw new Error('the worked example has actions');
    first.title = 'Launch 🚀 the hub\u0000 with partners\u0007 in spring';
    const pdf = buildPlanPdf({ assessment, framework: CURRENT_FRAMEWORK, generatedOn: '2026-11-22' }, loadPdfFonts());
    const text = pdfText(pdf);
    expect(text).toContain(`Launch ${MISSING_GLYPH} the hub with partners in spring`);
  });

  test('case 5: a fallback font is read only when the text needs it', () => {
    const loads: string[] = [];
    const fonts = loadPdfFonts();
    const watched = (fonts.fallbacks ?? []).map((font) => ({
      name: font.name,
      load: () => {
        loads.push(font.name);
        return font.load();
      },
    }));
    const doc = new jsPDF({ compress: true, putOnlyUsedFonts: true });
    doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
    doc.addFont('DejaVuSans.ttf', 'DejaVuSans', 'normal');
    doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
    doc.addFont('DejaVuSans-Bold.ttf', 'DejaVuSans', 'bold');
    doc.setFont('DejaVuSans', 'normal');
    installFallbackFonts(doc, 'DejaVuSans', watched);
    doc.text(`${NAMES.welsh} ${NAMES.polish}`, 10, 10);
    expect(loads).toEqual([]);
    doc.text(NAMES.chinese, 10, 20);
    expect(loads).toEqual(['NotoSansSC']);
    const small = doc.output('arraybuffer').byteLength;
    expect(small).toBeLessThan(200 * 1024);
  });
});
