/**
 * The PDF of an assessment and its six-month action plan, for a PCN to send to its ICB. Built
 * from plain data with jsPDF (no DOM, no Node), so the same code runs in the main process, in
 * command-line tools and in tests.
 *
 * Sections, in order: cover (cover.ts), summary with radar chart (summary.ts), areas at a glance
 * and a section per area (areas.ts), the workshop behind the agreed levels when there was one
 * (workshop.ts), progress on the previous plan and the action plan
 * (action-plan.ts), timeline (timeline.ts), method and sign-off (method.ts); header and footer
 * (frame.ts). Layout constants are in layout.ts.
 *
 * Fonts: jsPDF's built-in Helvetica prints only Latin-1, so DejaVu Sans (regular and bold) is
 * embedded; jsPDF subsets it to the glyphs used. DejaVu Sans covers Latin (including Welsh ŵ
 * and Polish ł), Greek, Cyrillic, dashes and symbols such as ≥; Chinese, Japanese and Korean
 * come from fallback fonts read only when the text needs them (fallback-fonts.ts).
 */
import { jsPDF } from 'jspdf';
import { isIsoDate } from '../dates';
import { drawActionPlan, drawPreviousPlan } from './action-plan';
import { drawAreaPages, drawAreasAtAGlance } from './areas';
import { drawBenchmark } from './benchmark';
import { makeContext, type PlanPdfInput } from './context';
import { DOCUMENT_TITLE, drawCover } from './cover';
import { installFallbackFonts } from './fallback-fonts';
import { Flow } from './flow';
import { addDejaVuSans, memoiseMeasurement, type PdfFonts } from './fonts';
import { drawFrames } from './frame';
import { FONT_FAMILY } from './layout';
import { drawMethod } from './method';
import { drawSummary } from './summary';
import { drawTimeline } from './timeline';
import { drawWorkshop } from './workshop';

export type { PlanPdfInput } from './context';
export { DOCUMENT_TITLE } from './cover';
export type { FallbackFont } from './fallback-fonts';
export type { PdfFonts } from './fonts';

export const PDF_SUBJECT = 'Neighbourhood readiness self-assessment and six-month action plan';

export function buildPlanPdf(input: PlanPdfInput, fonts: PdfFonts): Uint8Array {
  const context = makeContext(input);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);

  const pcnName = input.assessment.profile.pcnName;
  doc.setDocumentProperties({
    title: `${DOCUMENT_TITLE}: ${pcnName}`,
    subject: PDF_SUBJECT,
    author: pcnName,
    creator: 'Neighbourhood Ready',
    keywords: 'PCN, neighbourhood, readiness, action plan',
  });
  doc.setLanguage('en-GB');
  // Dated by the given day, not the clock, so the same data gives the same document.
  if (isIsoDate(input.generatedOn)) doc.setCreationDate(new Date(`${input.generatedOn}T12:00:00Z`));

  const flow = new Flow(doc);
  drawCover(flow, context);
  drawSummary(flow, context);
  drawAreasAtAGlance(flow, context);
  drawBenchmark(flow, input.benchmark);
  drawAreaPages(flow, context);
  drawWorkshop(flow, context);
  drawPreviousPlan(flow, context);
  drawActionPlan(flow, context);
  drawTimeline(flow, context);
  drawMethod(flow, context);
  drawFrames(doc, context);

  return new Uint8Array(doc.output('arraybuffer'));
}

function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  addDejaVuSans(doc, fonts);
  installFallbackFonts(doc, FONT_FAMILY, fonts.fallbacks ?? []);
  // jspdf-autotable asks for the font list each time it styles a cell, and jsPDF rebuilds the
  // list on every call (about a tenth of the build time). No font is added after this point.
  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
  memoiseMeasurement(doc);
}
