/**
 * Every character a user can type prints in the PDF. DejaVu Sans (the document's font) has no
 * Chinese, Japanese or Korean glyphs, and jsPDF draws a string in one font only, so this module
 * wraps the document's `text` and width measurement: a line is cut into runs, each drawn in the
 * first font that has its characters. Fallback fonts (a CJK font, say) are read only when a
 * character needs them, and jsPDF embeds only the glyphs used, so the PDF stays small.
 *
 * A character no font has (most emoji, which lie outside the Basic Multilingual Plane that
 * jsPDF's font tables read) prints as a visible placeholder, never silently dropped. Control
 * characters are removed: in a PDF string they cut off the text after them.
 */
import type { jsPDF } from 'jspdf';
import { cleanText } from '../text-rules';
import { addTtfFont, type FallbackFont } from './fonts';

export type { FallbackFont } from './fonts';

/** Printed in place of a character no font has: a white square, as in DejaVu Sans. */
export const MISSING_GLYPH = '\u25A1';

/** Text as it may be printed on one line: control characters go (text-rules.ts), tabs become spaces. */
export function printable(text: string): string {
  return cleanText(text).replace(/[\t\r\n\u2028\u2029]/g, ' ');
}

interface TtfMetadata {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  widthOfString(text: string, size: number, charSpace: number): number;
}

type TextFn = jsPDF['text'];
type TextOptions = Parameters<TextFn>[3];

interface Run {
  /** null: the document's own font. */
  font: string | null;
  text: string;
}

/**
 * Installs the fallback on `doc`. `family` is the document's font family (regular and bold
 * registered); fallback fonts have a regular weight only, used for bold text too.
 */
export function installFallbackFonts(doc: jsPDF, family: string, fallbacks: readonly FallbackFont[]): void {
  const loaded = new Map<string, TtfMetadata | null>();
  const fontFor = new Map<number, string | null | undefined>();

  // jsPDF's own lookup of a registered font; its public getFont() reads only the current one.
  const internal = doc.internal as unknown as { getFont(name: string, style: string): { metadata: TtfMetadata } };
  const metadataOf = (name: string, style: string): TtfMetadata => internal.getFont(name, style).metadata;

  const fallbackMetadata = (font: FallbackFont): TtfMetadata | null => {
    if (!loaded.has(font.name)) {
      const data = font.load();
      // Parsed once per process, as DejaVu Sans is: a CJK font is several megabytes.
      if (data) addTtfFont(doc, `${font.name}.ttf`, data, font.name, 'normal');
      loaded.set(font.name, data ? metadataOf(font.name, 'normal') : null);
    }
    return loaded.get(font.name) ?? null;
  };

  const primary = metadataOf(family, 'normal');
  /** The fallback font for a character the document's font lacks; undefined when none has it. */
  const fallbackFor = (code: number): string | undefined => {
    if (!fontFor.has(code)) {
      const font = fallbacks.find((candidate) => {
        const metadata = fallbackMetadata(candidate);
        return metadata !== null && metadata.characterToGlyph(code) !== 0;
      });
      fontFor.set(code, font?.name);
    }
    return fontFor.get(code) ?? undefined;
  };

  /** Cuts a line into runs by the font that draws each character. */
  const runsOf = (line: string): Run[] => {
    const runs: Run[] = [];
    const push = (font: string | null, text: string) => {
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += text;
      else runs.push({ font, text });
    };
    for (const char of printable(line)) {
      const code = char.codePointAt(0) ?? 0;
      if (code <= 0xffff && (code === 0x20 || primary.characterToGlyph(code) !== 0)) {
        push(null, char);
        continue;
      }
      const fallback = code <= 0xffff ? fallbackFor(code) : undefined;
      if (fallback) push(fallback, char);
      else push(null, MISSING_GLYPH);
    }
    return runs;
  };

  const needsFallback = (line: string): boolean => {
    for (const char of line) {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0xffff || (code !== 0x20 && primary.characterToGlyph(code) === 0)) return true;
    }
    return printable(line) !== line;
  };

  // Width of a character the document's font lacks, for wrapping and measuring: one em, the
  // width of a CJK character, so a wrapped line never runs past its box.
  for (const style of ['normal', 'bold']) {
    const metadata = metadataOf(family, style);
    const widthOfGlyph = metadata.widthOfGlyph.bind(metadata);
    metadata.widthOfGlyph = (glyph) => (glyph === 0 ? 1000 : widthOfGlyph(glyph));
  }

  const original: TextFn = doc.text.bind(doc);
  const runWidth = (run: Run): number => {
    if (run.font === null) return doc.getTextWidth(run.text);
    const metadata = loaded.get(run.font);
    return metadata ? metadata.widthOfString(run.text, doc.getFontSize(), 0) / doc.internal.scaleFactor : 0;
  };

  doc.text = ((text: string | string[], x: number, y: number, options?: TextOptions, transform?: unknown) => {
    const source = Array.isArray(text) ? text : String(text);
    const all = Array.isArray(source) ? source : [source];
    if (!all.some(needsFallback)) return original(text, x, y, options, transform);

    const { align, maxWidth, ...rest } = options ?? {};
    let lines = Array.isArray(source) ? source : source.split(/\r?\n/);
    if (maxWidth) lines = lines.flatMap((line) => doc.splitTextToSize(line, maxWidth) as string[]);
    const font = doc.getFont();
    const { fontName, fontStyle } = font;
    const lineStep = (doc.getFontSize() * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
    lines.forEach((line, index) => {
      const runs = runsOf(line);
      const widths = runs.map(runWidth);
      const total = widths.reduce((sum, width) => sum + width, 0);
      let cursor = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
      runs.forEach((run, i) => {
        doc.setFont(run.font ?? fontName, run.font ? 'normal' : fontStyle);
        original(run.text, cursor, y + index * lineStep, rest);
        cursor += widths[i] ?? 0;
      });
    });
    doc.setFont(fontName, fontStyle);
    return doc;
  }) as TextFn;
}
