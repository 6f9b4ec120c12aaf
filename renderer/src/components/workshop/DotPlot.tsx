/**
 * Everyone's rating of one question as dots on the 0–4 scale, one column per level plus "Don't
 * know", each with its count in words (and who, unless the session is anonymous). The median is
 * marked on its column with the word "Median" (or, when the two middle ratings differ, both of
 * their columns with "Middle rating", the median being halfway between), and the range is drawn as a bar under the levels
 * it spans and said in words below, so nothing depends on colour or on seeing the dots.
 */
import { LEVEL_NAMES, LEVELS, type Level } from '../../../../shared/framework';
import { type Spread, spreadSentence } from '../../../../shared/workshop';

export interface PlotRating {
  participantId: string;
  who: string;
  level: Level | 'dont-know';
}

interface Props {
  /** e.g. "Where the PCN is now" */
  title: string;
  spread: Spread;
  ratings: PlotRating[];
  /** Names under the dots (not in an anonymous session). */
  showNames: boolean;
  size?: 'normal' | 'large';
  idPrefix: string;
}

function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

export function DotPlot({ title, spread, ratings, showNames, size = 'normal', idPrefix }: Props) {
  const columns: { key: string; number: string; name: string; level: Level | 'dont-know' }[] = [
    ...LEVELS.map((level) => ({ key: String(level), number: String(level), name: LEVEL_NAMES[level], level })),
    { key: 'dk', number: '', name: 'Don’t know', level: 'dont-know' as const },
  ];
  const summaryId = `${idPrefix}-summary`;
  return (
    <figure
      className={`app-dotplot app-dotplot--${size}`}
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={summaryId}
    >
      <figcaption className="app-dotplot__title" id={`${idPrefix}-title`}>
        {title}
      </figcaption>
      <ol className="app-dotplot__columns">
        {columns.map((column) => {
          const here = ratings.filter((r) => r.level === column.level);
          // The median's column, or both middle ratings' columns when they differ (MEDIAN_RULE).
          const m = spread.middle;
          const median =
            column.level !== 'dont-know' && m !== null && (column.level === m.low || column.level === m.high);
          const divided = m !== null && m.low !== m.high;
          const inRange =
            column.level !== 'dont-know' &&
            spread.lowest !== null &&
            spread.highest !== null &&
            column.level >= spread.lowest &&
            column.level <= spread.highest;
          return (
            <li
              key={column.key}
              className={`app-dotplot__column${median ? ' app-dotplot__column--median' : ''}${column.level === 'dont-know' ? ' app-dotplot__column--dk' : ''}`}
            >
              <span className="app-dotplot__top">
                <span className="app-dotplot__count">{here.length === 0 ? 'none' : people(here.length)}</span>
                <span className="app-dotplot__dots" aria-hidden="true">
                  {here.map((r) => (
                    <span key={r.participantId} className="app-dotplot__dot" />
                  ))}
                </span>
                {showNames && here.length > 0 && (
                  <span className="app-dotplot__names">{here.map((r) => r.who).join(', ')}</span>
                )}
              </span>
              <span className="app-dotplot__bottom">
                <span className={`app-dotplot__range${inRange ? ' app-dotplot__range--in' : ''}`} aria-hidden="true" />
                <span className="app-dotplot__level">
                  {column.number && <span className="app-dotplot__level-number">{column.number} </span>}
                  <span className="app-dotplot__level-name">{column.name}</span>
                </span>
                {median && <strong className="app-dotplot__median">{divided ? 'Middle rating' : 'Median'}</strong>}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="app-dotplot__summary" id={summaryId}>
        {spreadSentence(spread)}
      </p>
    </figure>
  );
}
