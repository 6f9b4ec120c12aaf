/**
 * Charts drawn with jsPDF vector primitives (lines, polygons, text): small, sharp at any zoom,
 * and their labels stay selectable and searchable. Now is solid NHS blue, the six-month target
 * a dashed dark outline, so the two read apart without colour; every chart also prints its
 * values as text.
 */
import type { jsPDF } from 'jspdf';
import { fillStyle, setFont, strokeStyle, wrap } from './flow';
import { COLOUR, lineHeight, PT_TO_MM, STROKE, TARGET_DASH, TYPE } from './layout';

const TOP_LEVEL = 4;

interface Point {
  x: number;
  y: number;
}

function polygon(doc: jsPDF, points: Point[], style: 'S' | 'F' | 'FD'): void {
  const first = points[0];
  if (!first) return;
  const deltas: [number, number][] = [];
  for (let i = 1; i < points.length; i += 1) {
    const point = points[i] as Point;
    const previous = points[i - 1] as Point;
    deltas.push([point.x - previous.x, point.y - previous.y]);
  }
  doc.lines(deltas, first.x, first.y, [1, 1], style, true);
}

function dashed(doc: jsPDF, on: boolean): void {
  doc.setLineDashPattern(on ? [...TARGET_DASH] : [], 0);
}

export interface RadarAxis {
  label: string;
  /** 0 to 4, or null when the area is not assessed (drawn at the centre, labelled in words). */
  current: number | null;
  target: number | null;
  /** The figures as the report model shows them ("2.4"), printed under the label. */
  currentShown: string;
  targetShown: string;
}

export interface RadarBox {
  cx: number;
  cy: number;
  /** Radius of the outer ring (level 4). */
  radius: number;
  /** Width available to each axis label. */
  labelWidth: number;
}

/** Radar chart of current (solid, filled) against target (dashed) on the 0–4 scale. */
export function drawRadar(doc: jsPDF, axes: RadarAxis[], box: RadarBox): void {
  const { cx, cy, radius } = box;
  const n = axes.length;
  if (n < 3) return;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / n;
  const at = (i: number, level: number): Point => ({
    x: cx + (radius * level * Math.cos(angle(i))) / TOP_LEVEL,
    y: cy + (radius * level * Math.sin(angle(i))) / TOP_LEVEL,
  });
  const current = axes.map((axis, i) => at(i, axis.current ?? 0));
  const target = axes.map((axis, i) => at(i, axis.target ?? axis.current ?? 0));
  const scored = axes.some((axis) => axis.current !== null);

  // The current area is filled first so that the grid stays visible over it.
  fillStyle(doc, COLOUR.paleBlue);
  if (scored) polygon(doc, current, 'F');

  strokeStyle(doc, COLOUR.border, STROKE.hairline);
  for (let level = 1; level <= TOP_LEVEL; level += 1) {
    polygon(
      doc,
      axes.map((_, i) => at(i, level)),
      'S',
    );
  }
  for (let i = 0; i < n; i += 1) {
    const end = at(i, TOP_LEVEL);
    doc.line(cx, cy, end.x, end.y);
  }

  if (scored) {
    strokeStyle(doc, COLOUR.darkGrey, STROKE.chart);
    dashed(doc, true);
    polygon(doc, target, 'S');
    dashed(doc, false);
    for (const point of target) targetMarker(doc, point);

    strokeStyle(doc, COLOUR.nhsBlue, STROKE.chart + 0.2);
    polygon(doc, current, 'S');
    for (const point of current) currentMarker(doc, point);
  }

  // Ring numbers last, left of the first spoke, clear of the markers on it.
  setFont(doc, TYPE.tiny - 0.5, 'normal', COLOUR.secondaryText);
  for (let level = 0; level <= TOP_LEVEL; level += 1) {
    const point = at(0, level);
    doc.text(String(level), point.x - 1.8, point.y + (level === 0 ? 2.2 : 1.2), { align: 'right' });
  }

  axes.forEach((axis, i) => {
    drawAxisLabel(doc, axis, at(i, TOP_LEVEL + 0.5), angle(i), box.labelWidth);
  });
}

function currentMarker(doc: jsPDF, point: Point): void {
  fillStyle(doc, COLOUR.nhsBlue);
  doc.circle(point.x, point.y, 0.9, 'F');
}

function targetMarker(doc: jsPDF, point: Point): void {
  fillStyle(doc, COLOUR.white);
  strokeStyle(doc, COLOUR.darkGrey, STROKE.rule);
  doc.rect(point.x - 0.9, point.y - 0.9, 1.8, 1.8, 'FD');
}

function drawAxisLabel(doc: jsPDF, axis: RadarAxis, anchor: Point, theta: number, width: number): void {
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const align = cos > 0.3 ? 'left' : cos < -0.3 ? 'right' : 'center';
  setFont(doc, TYPE.tiny + 0.5, 'bold');
  const title = wrap(doc, axis.label, width);
  const values = axis.current === null ? 'Not assessed' : `Now ${axis.currentShown} · target ${axis.targetShown}`;
  const titleStep = lineHeight(TYPE.tiny + 0.5);
  const valueStep = lineHeight(TYPE.tiny);
  const height = title.length * titleStep + valueStep;
  // Labels above the chart sit on the anchor, those below hang from it, side ones centre on it.
  let top = sin < -0.3 ? anchor.y - height : sin > 0.3 ? anchor.y : anchor.y - height / 2;
  const ascent = (size: number) => size * PT_TO_MM * 0.95;
  for (const line of title) {
    setFont(doc, TYPE.tiny + 0.5, 'bold');
    doc.text(line, anchor.x, top + ascent(TYPE.tiny + 0.5), { align });
    top += titleStep;
  }
  setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
  doc.text(values, anchor.x, top + ascent(TYPE.tiny), { align });
}

/** Legend sample lines for now and target, drawn from (x, y) on one line. Returns its width. */
export function drawRadarLegend(doc: jsPDF, x: number, y: number): number {
  const sample = 10;
  strokeStyle(doc, COLOUR.nhsBlue, STROKE.chart + 0.2);
  doc.line(x, y, x + sample, y);
  currentMarker(doc, { x: x + sample / 2, y });
  setFont(doc, TYPE.small, 'normal');
  const nowLabel = 'Now (solid line, shaded)';
  doc.text(nowLabel, x + sample + 2, y + 1);
  let cursor = x + sample + 2 + doc.getTextWidth(nowLabel) + 8;

  strokeStyle(doc, COLOUR.darkGrey, STROKE.chart);
  dashed(doc, true);
  doc.line(cursor, y, cursor + sample, y);
  dashed(doc, false);
  targetMarker(doc, { x: cursor + sample / 2, y });
  setFont(doc, TYPE.small, 'normal');
  const targetLabel = 'Six-month target (dashed line)';
  doc.text(targetLabel, cursor + sample + 2, y + 1);
  cursor += sample + 2 + doc.getTextWidth(targetLabel);
  return cursor - x;
}

export interface LevelBarBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A horizontal 0–4 bar: now as a solid blue bar, the way to the target as a dashed box ending
 * in a dark tick. Level ticks mark the scale.
 */
export function drawLevelBar(doc: jsPDF, box: LevelBarBox, current: number | null, target: number | null): void {
  const { x, y, width, height } = box;
  const scale = (level: number) => x + (width * Math.max(0, Math.min(TOP_LEVEL, level))) / TOP_LEVEL;
  fillStyle(doc, COLOUR.paleGrey);
  doc.rect(x, y, width, height, 'F');
  if (current !== null) {
    fillStyle(doc, COLOUR.nhsBlue);
    if (current > 0) doc.rect(x, y, scale(current) - x, height, 'F');
    if (target !== null && target > current) {
      strokeStyle(doc, COLOUR.darkGrey, STROKE.rule);
      dashed(doc, true);
      doc.rect(scale(current), y + 0.2, scale(target) - scale(current), height - 0.4, 'S');
      dashed(doc, false);
    }
    if (target !== null) {
      strokeStyle(doc, COLOUR.text, STROKE.rule + 0.2);
      doc.line(scale(target), y - 0.8, scale(target), y + height + 0.8);
    }
  }
  strokeStyle(doc, COLOUR.white, STROKE.hairline);
  for (let level = 1; level < TOP_LEVEL; level += 1) {
    if (current !== null && level < current) doc.line(scale(level), y, scale(level), y + height);
  }
}

/** Scale ticks "0 1 2 3 4" under a level bar of the given box. */
export function drawLevelScale(doc: jsPDF, box: LevelBarBox, y: number): void {
  setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
  for (let level = 0; level <= TOP_LEVEL; level += 1) {
    const x = box.x + (box.width * level) / TOP_LEVEL;
    doc.text(String(level), x, y, { align: level === 0 ? 'left' : level === TOP_LEVEL ? 'right' : 'center' });
  }
}
