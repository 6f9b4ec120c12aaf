/**
 * The portfolio's charts, drawn as SVG. Each one sits beside a table with the same figures, and
 * says what it shows in its title; values are labelled in text, never by colour alone.
 */
import type { ActionsByArea, AreaSpread, SharedAreaGap } from '../../../../shared/portfolio/aggregate';
import { LEVEL_WORDS } from '../../../../shared/portfolio/aggregate';
import { formatLevel } from '../../../../shared/scoring';

const LABEL = 200;
const WIDTH = 560;
const PLOT = WIDTH - LABEL - 20;

/** An area title in at most two lines of about 28 characters, so it never runs into the plot. */
function TitleLines({ text, y, bold = false }: { text: string; y: number; bold?: boolean }) {
  const words = text.split(' ');
  const lines: string[] = [''];
  for (const word of words) {
    const last = lines.length - 1;
    if ((lines[last] ?? '').length + word.length + 1 > 28 && lines[last] !== '' && lines.length < 2) lines.push(word);
    else lines[last] = `${lines[last] ? `${lines[last]} ` : ''}${word}`;
  }
  const top = y - (lines.length - 1) * 7;
  return (
    <text x={0} y={top} className={`app-chart__label${bold ? ' app-chart__label--bold' : ''}`}>
      {lines.map((line, i) => (
        <tspan key={line} x={0} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function SpreadChart({ rows, title }: { rows: AreaSpread[]; title: string }) {
  const rowHeight = 34;
  const height = rows.length * rowHeight + 44;
  const x = (v: number) => LABEL + (PLOT * v) / 4;
  const bottom = rows.length * rowHeight;
  return (
    <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="spread-chart-title">
      <title id="spread-chart-title">{title}</title>
      {[0, 1, 2, 3, 4].map((level) => (
        <g key={level}>
          <line x1={x(level)} x2={x(level)} y1={0} y2={bottom} className="app-chart__grid" />
          <text x={x(level)} y={bottom + 16} textAnchor="middle" className="app-chart__tick">
            {level}
          </text>
        </g>
      ))}
      {/* From the left edge: the five levels' words are wider than the plot and were cut off at the right. */}
      <text x={0} y={bottom + 36} className="app-chart__tick">
        {LEVEL_WORDS.map((w, i) => `${i} ${w}`).join(' · ')}
      </text>
      {rows.map((s, i) => {
        const mid = i * rowHeight + rowHeight / 2;
        const ok = s.min !== null && s.max !== null && s.q1 !== null && s.q3 !== null && s.median !== null;
        return (
          <g key={s.areaId}>
            <TitleLines text={s.title} y={mid + 4} bold={s.areaId === 'overall'} />
            {ok && (
              <>
                <line x1={x(s.min ?? 0)} x2={x(s.max ?? 0)} y1={mid} y2={mid} className="app-chart__whisker" />
                <rect
                  x={x(s.q1 ?? 0)}
                  y={mid - 8}
                  width={Math.max(x(s.q3 ?? 0) - x(s.q1 ?? 0), 2)}
                  height={16}
                  className="app-chart__box"
                />
                <line
                  x1={x(s.median ?? 0)}
                  x2={x(s.median ?? 0)}
                  y1={mid - 10}
                  y2={mid + 10}
                  className="app-chart__median"
                />
              </>
            )}
            {!ok && (
              <text x={LABEL} y={mid + 4} className="app-chart__tick">
                Not assessed
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function ShareBars({ rows, title }: { rows: SharedAreaGap[]; title: string }) {
  const rowHeight = 34;
  const height = rows.length * rowHeight + 6;
  return (
    <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="gaps-chart-title">
      <title id="gaps-chart-title">{title}</title>
      {rows.map((g, i) => {
        const share = g.n > 0 ? g.withGap / g.n : 0;
        const y = i * rowHeight;
        return (
          <g key={g.areaId}>
            <TitleLines text={g.title} y={y + 21} />
            <rect x={LABEL} y={y + 10} width={PLOT - 40} height={14} className="app-chart__track" />
            <rect x={LABEL} y={y + 10} width={(PLOT - 40) * share} height={14} className="app-chart__bar" />
            <text x={LABEL + PLOT - 34} y={y + 22} className="app-chart__value">
              {Math.round(share * 100)}%
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function MonthColumns({ rows, title }: { rows: ActionsByArea[]; title: string }) {
  const months = [1, 2, 3, 4, 5, 6].map((m) => ({ m, n: rows.reduce((t, a) => t + (a.months[m - 1] ?? 0), 0) }));
  const most = Math.max(1, ...months.map((x) => x.n));
  const height = 200;
  const plot = 150;
  const step = WIDTH / 6;
  return (
    <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="months-chart-title">
      <title id="months-chart-title">{title}</title>
      {months.map(({ m, n }) => {
        const h = (plot * n) / most;
        const x = (m - 1) * step + 14;
        return (
          <g key={m}>
            <rect x={x} y={20 + plot - h} width={step - 28} height={h} className="app-chart__bar" />
            <text x={x + (step - 28) / 2} y={14 + plot - h} textAnchor="middle" className="app-chart__value">
              {n}
            </text>
            <text x={x + (step - 28) / 2} y={20 + plot + 18} textAnchor="middle" className="app-chart__tick">
              Month {m}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A score as "2.4 Developing", for table cells. */
export function scoreText(score: number | null, word: string): string {
  return score === null ? 'Not assessed' : `${formatLevel(score)} ${word}`;
}
