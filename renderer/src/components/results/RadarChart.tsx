/**
 * Radar chart of the eight areas: where the PCN is now (filled NHS blue), its six-month target
 * (dashed dark outline) and, for a reassessment, last time (dotted grey). The chart is one image
 * to assistive technology, named by a summary in words; the table under it carries the detail.
 * The legend is real text with a sample of each line style, so meaning never rests on colour.
 */

import { useLayoutEffect, useRef, useState } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, type RadarPoint } from 'recharts';
import { LEVEL_NAMES, type Level } from '../../../../shared/framework';
import type { AreaResult } from './model';

const BLUE = '#005eb8';
const DARK = '#212b32';
const GREY = '#4c6272';
const GRID = '#8c9aa3';
const TARGET_DASH = '10 6';
const LAST_DASH = '1 7';

interface Point {
  label: string;
  now: number | null;
  target: number | null;
  last: number | null;
}

interface Props {
  areas: AreaResult[];
  /** "Last time (14 May 2026)" when there is a previous assessment to draw. */
  previousLabel: string | null;
}

function AngleTick(props: { x?: number | string; y?: number | string; index?: number }, areas: AreaResult[]) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const index = props.index ?? 0;
  const area = areas[index];
  if (!area) return <g />;
  const angle = ((90 - (index * 360) / areas.length) * Math.PI) / 180;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  // Two lines of text: above the point at the top, below it at the bottom, centred at the sides.
  const firstLineDy = sin > 0.3 ? -30 : sin < -0.3 ? 14 : -8;
  const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
  const dx = anchor === 'start' ? 10 : anchor === 'end' ? -10 : 0;
  const values = area.current.value === null ? 'Not assessed' : `${area.current.shown} → ${area.target.shown}`;
  return (
    <g>
      <text
        x={x + dx}
        y={y + firstLineDy}
        textAnchor={anchor}
        dominantBaseline="middle"
        className="app-results-radar__area"
      >
        {area.short}
      </text>
      <text
        x={x + dx}
        y={y + firstLineDy + 24}
        textAnchor={anchor}
        dominantBaseline="middle"
        className="app-results-radar__values"
      >
        {values}
      </text>
    </g>
  );
}

function RingTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const value = Number(props.payload?.value);
  if (!Number.isInteger(value) || value < 1 || value > 4) return <g />;
  return (
    <text
      x={Number(props.x ?? 0) + 6}
      y={Number(props.y ?? 0)}
      textAnchor="start"
      dominantBaseline="middle"
      className="app-results-radar__ring"
    >
      {value} {LEVEL_NAMES[value as Level]}
    </text>
  );
}

interface SeriesStyle {
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  fill?: string;
  fillOpacity?: number;
  strokeLinecap?: 'butt' | 'round';
  /** Draw a dot at each point. */
  dots?: boolean;
}

/**
 * Draws a series as a closed outline through the areas that have a score. Recharts would put an
 * area with no score at the centre, as if it were 0; here the outline skips it instead, and the
 * angle label says "Not assessed".
 */
function seriesShape(style: SeriesStyle) {
  return (props: { points?: RadarPoint[] }) => {
    const points = (props.points ?? []).filter((p) => typeof p.value === 'number' && Number.isFinite(p.value));
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
    return (
      <g>
        {points.length > 1 && (
          <path
            d={`${d}Z`}
            stroke={style.stroke}
            strokeWidth={style.strokeWidth}
            strokeDasharray={style.strokeDasharray}
            strokeLinecap={style.strokeLinecap ?? 'butt'}
            strokeLinejoin="round"
            fill={style.fill ?? 'none'}
            fillOpacity={style.fillOpacity ?? 0}
          />
        )}
        {(style.dots || points.length === 1) &&
          points.map((p) => (
            <circle key={p.angle} cx={p.x} cy={p.y} r={6} fill={style.stroke} stroke="#fff" strokeWidth={2} />
          ))}
      </g>
    );
  };
}

const NOW_SHAPE = seriesShape({ stroke: BLUE, strokeWidth: 3, fill: BLUE, fillOpacity: 0.25, dots: true });
const TARGET_SHAPE = seriesShape({ stroke: DARK, strokeWidth: 3, strokeDasharray: TARGET_DASH });
const LAST_SHAPE = seriesShape({ stroke: GREY, strokeWidth: 4, strokeDasharray: LAST_DASH, strokeLinecap: 'round' });

/** A sentence for screen readers: the shape of the chart in words. */
export function radarSummary(areas: AreaResult[], previousLabel: string | null): string {
  const parts = areas.map((a) => {
    if (a.current.value === null) return `${a.title}: not assessed`;
    let text = `${a.title}: now ${a.current.shown}, target ${a.target.shown}`;
    if (previousLabel && a.previous?.kind === 'scored' && a.previous.current.value !== null) {
      text += `, last time ${a.previous.current.shown}`;
    }
    return text;
  });
  return `Radar chart of the current level and six-month target of each area, on a scale of 0 (Not started) to 4 (Thriving)${
    previousLabel ? `, with ${previousLabel.toLowerCase()}` : ''
  }. ${parts.join('; ')}.`;
}

export function RadarLegend({ previousLabel }: { previousLabel: string | null }) {
  return (
    <ul className="app-results-legend">
      <li>
        <svg aria-hidden="true" focusable="false" width="44" height="22" viewBox="0 0 44 22">
          <rect x="2" y="2" width="40" height="18" fill={BLUE} fillOpacity="0.25" stroke={BLUE} strokeWidth="3" />
        </svg>
        Now (current level)
      </li>
      <li>
        <svg aria-hidden="true" focusable="false" width="44" height="22" viewBox="0 0 44 22">
          <line x1="0" y1="11" x2="44" y2="11" stroke={DARK} strokeWidth="3" strokeDasharray={TARGET_DASH} />
        </svg>
        Six-month target (dashed)
      </li>
      {previousLabel && (
        <li>
          <svg aria-hidden="true" focusable="false" width="44" height="22" viewBox="0 0 44 22">
            <line
              x1="2"
              y1="11"
              x2="44"
              y2="11"
              stroke={GREY}
              strokeWidth="4"
              strokeDasharray={LAST_DASH}
              strokeLinecap="round"
            />
          </svg>
          {previousLabel} (dotted)
        </li>
      )}
    </ul>
  );
}

/** Room each side of the chart for the area names round the edge. */
const LABEL_ROOM = 190;
const MAX_RADIUS = 225;
const MIN_RADIUS = 110;

/** The width of an element, kept up to date as the window is resized. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function ReadinessRadar({ areas, previousLabel }: Props) {
  const { ref, width } = useWidth();
  const radius = Math.round(Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, (width - 2 * LABEL_ROOM) / 2)));
  const height = 2 * radius + 150;
  const data: Point[] = areas.map((a) => ({
    label: a.short,
    now: a.current.value,
    target: a.target.value,
    last: a.previous?.kind === 'scored' ? a.previous.current.value : null,
  }));
  return (
    <div className="app-results-radar">
      <RadarLegend previousLabel={previousLabel} />
      <div className="app-results-radar__chart" role="img" aria-label={radarSummary(areas, previousLabel)} ref={ref}>
        {width > 0 && (
          <RadarChart
            width={width}
            height={height}
            data={data}
            outerRadius={radius}
            margin={{ top: 60, right: 0, bottom: 60, left: 0 }}
            accessibilityLayer={false}
          >
            <PolarGrid stroke={GRID} />
            <PolarAngleAxis dataKey="label" tick={(props) => AngleTick(props, areas)} tickLine={false} />
            <PolarRadiusAxis
              domain={[0, 4]}
              tickCount={5}
              angle={90 - 180 / areas.length}
              axisLine={false}
              tick={RingTick}
            />
            {previousLabel && (
              <Radar name={previousLabel} dataKey="last" shape={LAST_SHAPE} dot={false} isAnimationActive={false} />
            )}
            <Radar name="Now" dataKey="now" shape={NOW_SHAPE} dot={false} isAnimationActive={false} />
            <Radar
              name="Six-month target"
              dataKey="target"
              shape={TARGET_SHAPE}
              dot={false}
              isAnimationActive={false}
            />
          </RadarChart>
        )}
      </div>
    </div>
  );
}
