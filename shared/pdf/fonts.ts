/**
 * Registering DejaVu Sans on a document, and measuring text, without repeating work jsPDF would
 * otherwise do for every export and every cell (profiled on the worked example: about 40% of a
 * plan PDF's CPU time went to writing the font subsets, a tenth to parsing the two TTF files
 * again, and some to measuring the same strings again).
 *
 * - A TTF file is parsed once per process and shared by every later document. jsPDF keeps what
 *   a document uses (glyphs, widths, the to-Unicode map) on the parsed font, so each document
 *   gets its own view of it with those parts fresh; the parsed tables themselves are read-only.
 * - A subset (the embedded font file, holding only the glyphs printed) is written once per set
 *   of glyphs and reused while that set recurs.
 * - splitTextToSize and getTextWidth are memoised per document, keyed by the string, the font,
 *   its size and the character spacing: jspdf-autotable measures each cell several times while
 *   it lays out and draws a table.
 */
import { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './layout';

/** A font used for characters the document's own font lacks (fallback-fonts.ts). */
export interface FallbackFont {
  /** A short name, unique in the document, e.g. "NotoSansSC". */
  name: string;
  /** The TTF file as base64, read when first needed; null when it is not installed. */
  load(): string | null;
}

/** The two DejaVu Sans TTF files, base64-encoded, and the fonts for what they lack, in order. */
export interface PdfFonts {
  regular: string;
  bold: string;
  fallbacks?: readonly FallbackFont[];
}

/** jsPDF's subset of a font: `encode` writes a TTF file holding only the given glyphs. */
interface TtfSubset {
  constructor: new (font: TtfFont) => TtfSubset;
  encode(glyphs: readonly number[], indexToLocFormat: number): Uint8Array;
}

/** The part of jsPDF's parsed TrueType font (jsPDF.API.TTFFont) that is kept per document. */
interface TtfFont {
  toUnicode: Record<number, number>;
  subset: TtfSubset;
}

interface TtfFontApi {
  TTFFont: { open(file: Uint8Array): TtfFont };
}

/** Parsed fonts by their base64 text: the same string object each export (pdf-fonts.ts keeps it). */
const parsed = new Map<string, TtfFont>();

/**
 * Subset files already written, per parsed font, by the set of glyphs in them. A PDF exported
 * again, or another assessment in the same characters, uses the same glyphs; writing the subset
 * is the largest part of a PDF's time. A few sets per font, the latest kept.
 */
const subsets = new Map<TtfFont, Map<string, Uint8Array>>();
const SUBSETS_KEPT = 4;

function cachedSubset(font: TtfFont, subset: TtfSubset): TtfSubset['encode'] {
  const encode = subset.encode.bind(subset);
  return (glyphs, indexToLocFormat) => {
    // jsPDF lists a glyph each time it is printed; the file depends only on which glyphs.
    const key = `${indexToLocFormat}:${[...new Set(glyphs)].sort((a, b) => a - b).join(',')}`;
    const written = subsets.get(font) ?? new Map<string, Uint8Array>();
    subsets.set(font, written);
    let file = written.get(key);
    if (file) written.delete(key);
    else file = encode(glyphs, indexToLocFormat);
    written.set(key, file);
    if (written.size > SUBSETS_KEPT) written.delete(written.keys().next().value as string);
    return file;
  };
}

/**
 * A document's own copy of a shared parsed font: the parsed tables shared, what jsPDF adds to or
 * changes fresh. A shallow copy, not a prototype: jsPDF checks its own properties (hasOwnProperty).
 */
function forDocument(font: TtfFont): TtfFont {
  const view = Object.assign(Object.create(Object.getPrototypeOf(font)), font) as TtfFont;
  view.toUnicode = {};
  view.subset = new font.subset.constructor(view);
  view.subset.encode = cachedSubset(font, view.subset);
  return view;
}

/** Adds a TTF file (base64) to the document as a family and style, parsing it only the first time. */
export function addTtfFont(doc: jsPDF, file: string, data: string, family: string, style: string): void {
  doc.addFileToVFS(file, data);
  const api = jsPDF.API as unknown as TtfFontApi;
  const open = api.TTFFont.open;
  // jsPDF parses the file inside addFont, through this function; nothing else runs meanwhile.
  api.TTFFont.open = (bytes) => {
    let font = parsed.get(data);
    if (!font) {
      font = open(bytes);
      parsed.set(data, font);
    }
    return forDocument(font);
  };
  try {
    doc.addFont(file, family, style);
  } finally {
    api.TTFFont.open = open;
  }
}

/** DejaVu Sans regular and bold, the document's font, selected. */
export function addDejaVuSans(doc: jsPDF, fonts: PdfFonts): void {
  addTtfFont(doc, 'DejaVuSans.ttf', fonts.regular, FONT_FAMILY, 'normal');
  addTtfFont(doc, 'DejaVuSans-Bold.ttf', fonts.bold, FONT_FAMILY, 'bold');
  doc.setFont(FONT_FAMILY, 'normal');
}

/**
 * Memoises the document's text measurement. Call after every font is registered and every other
 * wrapper is installed; lines come back as a copy, since callers may change the array.
 */
export function memoiseMeasurement(doc: jsPDF): void {
  const split = doc.splitTextToSize.bind(doc);
  const width = doc.getTextWidth.bind(doc);
  const lines = new Map<string, string[]>();
  const widths = new Map<string, number>();
  const fontKey = () => {
    const { fontName, fontStyle } = doc.getFont();
    return `${fontName}\u0000${fontStyle}\u0000${doc.getFontSize()}\u0000${doc.getCharSpace()}`;
  };
  doc.splitTextToSize = (text: string, maxWidth: number, options?: unknown) => {
    if (typeof text !== 'string') return split(text, maxWidth, options);
    const key = `${fontKey()}\u0000${maxWidth}\u0000${options ? JSON.stringify(options) : ''}\u0000${text}`;
    let result = lines.get(key);
    if (!result) {
      result = split(text, maxWidth, options) as string[];
      lines.set(key, result);
    }
    return [...result];
  };
  doc.getTextWidth = (text: string) => {
    const key = `${fontKey()}\u0000${text}`;
    let result = widths.get(key);
    if (result === undefined) {
      result = width(text);
      widths.set(key, result);
    }
    return result;
  };
}
