/**
 * The PDF layout: page size, margins, colours, type scale and line styles. Every measurement
 * the PDF modules use comes from here, so the look of the document is changed in one place.
 * Units are millimetres, except font sizes, which are points.
 */

export type Rgb = readonly [number, number, number];

/** A4 portrait. */
export const PAGE = { width: 210, height: 297 } as const;

export const MARGIN = { left: 20, right: 20, top: 26, bottom: 22 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Lowest y that page content may reach; the footer sits below it. */
export const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;

/** Running header (every page but the cover) and footer positions. */
export const FRAME = {
  headerBaseline: 13,
  headerRule: 16,
  footerRule: PAGE.height - 15,
  footerBaseline: PAGE.height - 10,
} as const;

/** NHS identity colours (NHS.UK design system). Meaning is never carried by colour alone. */
export const COLOUR = {
  nhsBlue: [0, 94, 184],
  darkBlue: [0, 48, 135],
  text: [33, 43, 50],
  secondaryText: [76, 98, 114],
  darkGrey: [66, 85, 99],
  midGrey: [118, 134, 146],
  border: [216, 221, 224],
  paleGrey: [240, 244, 245],
  paleBlue: [222, 234, 247],
  white: [255, 255, 255],
  green: [0, 127, 59],
  red: [213, 40, 27],
} as const satisfies Record<string, Rgb>;

/** One family, two weights: jspdf-autotable draws table headers in bold. */
export const FONT_FAMILY = 'DejaVuSans';

/** Font sizes in points. */
export const TYPE = {
  coverTitle: 22,
  coverSubtitle: 15,
  h1: 18,
  h2: 13,
  h3: 11,
  body: 10,
  small: 8.5,
  table: 8,
  tiny: 7.5,
} as const;

export const LINE_HEIGHT_FACTOR = 1.35;

/** Millimetres per typographic point. */
export const PT_TO_MM = 25.4 / 72;

/** Height of one line of text at a font size, in millimetres. */
export function lineHeight(fontSize: number): number {
  return fontSize * PT_TO_MM * LINE_HEIGHT_FACTOR;
}

/** Vertical rhythm. */
export const SPACE = {
  xs: 1.5,
  s: 3,
  m: 5,
  l: 8,
  xl: 12,
} as const;

/** Line widths. */
export const STROKE = {
  hairline: 0.2,
  rule: 0.4,
  accent: 1.2,
  chart: 0.7,
} as const;

/** Dash pattern for targets (charts and legends): dashed reads as "planned", solid as "now". */
export const TARGET_DASH = [1.6, 1.1] as const;

/** Table cell padding. */
export const CELL_PADDING = { top: 1.8, right: 2, bottom: 1.8, left: 2 } as const;
