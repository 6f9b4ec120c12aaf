/**
 * The gaps ranked by priority: one horizontal bar per area, drawn on the same 0 to 4 scale as the
 * levels, in priority order. Each bar is labelled in words with the area, the gap in levels, its
 * size ("Large gap") and the area's importance. Areas with no answers come last, without a bar.
 * Built from HTML rather than SVG so every label is real text that wraps and scales.
 */
import { type AreaResult, importancePhrase, noEvidenceText } from './model';

const SCALE = [0, 1, 2, 3, 4];

function barWidth(gap: number | null): string {
  const clamped = Math.min(Math.max(gap ?? 0, 0), 4);
  return `${(clamped / 4) * 100}%`;
}

export function GapChart({ ranked }: { ranked: AreaResult[] }) {
  return (
    <div className="app-results-gaps">
      <div className="app-results-gaps__scale" aria-hidden="true">
        <span className="app-results-gaps__scale-title">Gap in levels</span>
        <span className="app-results-gaps__scale-ticks">
          {SCALE.map((n) => (
            <span key={n} className="app-results-gaps__tick">
              {n}
            </span>
          ))}
        </span>
      </div>
      <ol className="app-results-gaps__list">
        {ranked.map((area) => {
          return (
            <li
              key={area.id}
              className={`app-results-gaps__row${area.noEvidence ? ' app-results-gaps__row--no-evidence' : ''}`}
            >
              <span className="app-results-gaps__rank">
                {area.noEvidence ? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="nhsuk-u-visually-hidden">Not ranked: </span>
                  </>
                ) : (
                  <>
                    <span className="nhsuk-u-visually-hidden">Priority </span>
                    {area.rankShown}
                    <span className="nhsuk-u-visually-hidden">: </span>
                  </>
                )}
              </span>
              <span className="app-results-gaps__area">
                <strong className="app-results-gaps__name">{area.title}</strong>
                <span className="app-results-gaps__importance">
                  <span className="nhsuk-u-visually-hidden">, </span>
                  {importancePhrase(area)}
                </span>
              </span>
              {area.noEvidence ? (
                <span className="app-results-gaps__none">
                  <span className="nhsuk-u-visually-hidden">, </span>
                  {noEvidenceText(area)}
                </span>
              ) : (
                <>
                  <span className="app-results-gaps__track" aria-hidden="true">
                    <span className="app-results-gaps__bar" style={{ width: barWidth(area.gap.value) }} />
                  </span>
                  <span className="app-results-gaps__value">
                    <span className="nhsuk-u-visually-hidden">, gap of </span>
                    <strong>{area.gap.signed}</strong>
                    <span className="app-results-gaps__gap-label">{area.gap.words}</span>
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
