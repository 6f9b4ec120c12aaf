/**
 * The bare jsPDF reference for the PDF budgets: the same pages of the same text and drawing, in
 * the same DejaVu Sans fonts, embedded and subset, written by a plain `new jsPDF()` with nothing
 * of the app around it (no layout, no tables, no measuring, no fallback fonts, no caches).
 *
 * The app's builder is run once with every jsPDF document's page calls recorded (only the
 * outermost call: jsPDF's `line` calls `lines`, for example); the reference replays them.
 */
import { jsPDF } from 'jspdf';
import type { PdfFonts } from '../../shared/pdf';
import { FONT_FAMILY } from '../../shared/pdf/layout';

/** What puts something on a page, or sets how it looks. */
const RECORDED = [
  'addPage',
  'setPage',
  'setFont',
  'setFontSize',
  'setTextColor',
  'setDrawColor',
  'setFillColor',
  'setLineWidth',
  'setLineDashPattern',
  'setLineHeightFactor',
  'setCharSpace',
  'text',
  'line',
  'lines',
  'rect',
  'roundedRect',
  'circle',
  'ellipse',
  'triangle',
] as const;

export interface PdfCall {
  method: (typeof RECORDED)[number];
  args: unknown[];
}

type Methods = Record<string, (...args: unknown[]) => unknown>;
type Handler = [string, (this: Methods) => void];

/** A copy of an argument as it was at the call: callers may change their arrays afterwards. */
const snapshot = (arg: unknown): unknown =>
  Array.isArray(arg) ? arg.map(snapshot) : arg && typeof arg === 'object' ? { ...arg } : arg;

/** The page calls of the one jsPDF document `build` makes. */
export async function recordPdfCalls(build: () => unknown): Promise<PdfCall[]> {
  const calls: PdfCall[] = [];
  // jsPDF runs its "initialized" handlers on each new document, with the document as `this`.
  const handler: Handler = [
    'initialized',
    function (this: Methods) {
      let depth = 0;
      for (const method of RECORDED) {
        const original = this[method];
        if (typeof original !== 'function') continue;
        this[method] = function (this: Methods, ...args: unknown[]) {
          if (depth === 0) calls.push({ method, args: args.map(snapshot) });
          depth += 1;
          try {
            return original.apply(this, args);
          } finally {
            depth -= 1;
          }
        };
      }
    },
  ];
  const events = (jsPDF.API as unknown as { events: Handler[] }).events;
  events.push(handler);
  try {
    await build();
  } finally {
    events.splice(events.indexOf(handler), 1);
  }
  return calls;
}

/** The recorded pages written by a plain jsPDF document, with the fonts added the documented way. */
export function bareJsPdf(calls: readonly PdfCall[], fonts: PdfFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  doc.setFont(FONT_FAMILY, 'normal');
  const methods = doc as unknown as Methods;
  for (const { method, args } of calls) methods[method]?.(...args);
  return new Uint8Array(doc.output('arraybuffer'));
}
