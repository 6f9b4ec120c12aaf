/**
 * The burn-down of the plan: actions still open at the start, at the end of each plan month and
 * today. The chart is decoration for sighted readers (hidden from screen readers); the table
 * beside it holds the same figures as text. The plan line is dashed and labelled "Plan"; the
 * actual line solid with markers and labelled "Actual": never colour alone.
 */
import { formatDateLong } from '../../../../shared/dates';
import type { BurnDownPoint } from '../../../../shared/progress';

const W = 420;
const H = 220;
const PAD = { left: 34, right: 46, top: 14, bottom: 30 };

function shortLabel(p: BurnDownPoint): string {
  if (p.label === 'Start' || p.label === 'Today') return p.label;
  return `M${p.label.replace(/\D+/g, '')}`;
}

export function BurnDown({ points }: { points: BurnDownPoint[] }) {
  const most = Math.max(1, ...points.map((p) => p.planned));
  const step = Math.max(1, Math.ceil(most / 4));
  // The scale ends on a gridline at or above the most open actions, so the top is labelled.
  const max = Math.ceil(most / step) * step;
  const x = (i: number) => PAD.left + (points.length <= 1 ? 0 : (i / (points.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  const plan = points.map((p, i) => `${x(i)},${y(p.planned)}`).join(' ');
  const known = points.map((p, i) => ({ i, v: p.actual })).filter((p): p is { i: number; v: number } => p.v !== null);
  const actual = known.map((p) => `${x(p.i)},${y(p.v)}`).join(' ');
  const lastPlan = points[points.length - 1];
  const lastActual = known[known.length - 1];

  return (
    <div className="app-burndown">
      <figure className="app-burndown__chart" aria-hidden="true">
        <svg viewBox={`0 0 ${W} ${H}`} role="presentation" focusable="false">
          {ticks.map((v) => (
            <g key={v}>
              <line className="app-burndown__grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
              <text className="app-burndown__tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          {points.map((p, i) => (
            <text key={p.date} className="app-burndown__tick" x={x(i)} y={H - 10} textAnchor="middle">
              {shortLabel(p)}
            </text>
          ))}
          <polyline className="app-burndown__plan" points={plan} />
          <polyline className="app-burndown__actual" points={actual} />
          {known.map((p) => (
            <circle key={p.i} className="app-burndown__marker" cx={x(p.i)} cy={y(p.v)} r={4} />
          ))}
          {lastPlan && (
            <text className="app-burndown__label" x={x(points.length - 1) + 6} y={y(lastPlan.planned) + 4}>
              Plan
            </text>
          )}
          {lastActual && (
            <text
              className="app-burndown__label app-burndown__label--actual"
              x={x(lastActual.i) + 8}
              y={y(lastActual.v) - 6}
            >
              Actual
            </text>
          )}
        </svg>
        <figcaption className="nhsuk-body-s">Actions still open. Dashed: the plan. Solid with dots: actual.</figcaption>
      </figure>
      <table className="nhsuk-table app-burndown__table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Actions still open (not done, not dropped)
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">When</th>
            <th scope="col" className="app-number">
              Plan
            </th>
            <th scope="col" className="app-number">
              Actual
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.label}-${p.date}`}>
              <th scope="row">
                {p.label}
                <span className="app-burndown__date">{formatDateLong(p.date)}</span>
              </th>
              <td className="app-number">{p.planned}</td>
              <td className="app-number">{p.actual ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
