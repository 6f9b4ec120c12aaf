/**
 * The answer to "where are we?" in one sentence of words and numbers, the same figures large
 * enough to read from the back of a board room, how complete the answers are, and the areas
 * that matter most.
 */
import { formatLevel, gapLabel, levelLabel } from '../../../../shared/scoring';
import { changeText, plural, previousLabelText, type ResultsModel } from './model';

interface Props {
  model: ResultsModel;
  onReview(): void;
}

function Figure({ term, value, words, note }: { term: string; value: string; words: string; note?: string }) {
  return (
    <div className="app-results-figure">
      <dt className="app-results-figure__term">{term}</dt>
      <dd className="app-results-figure__value">
        <span className="app-results-figure__number">{value}</span>
        <span className="app-results-figure__words">{words}</span>
        {note && <span className="app-results-figure__note">{note}</span>}
      </dd>
    </div>
  );
}

export function Headline({ model, onReview }: Props) {
  const { overall } = model.scores;
  const { comparison } = model;
  const scoredAreas = model.areas.filter((a) => !a.score.noEvidence).length;
  const top = model.ranked.filter((a) => !a.score.noEvidence && a.score.priority > 0).slice(0, 3);
  const previousOverall = comparison.kind === 'compared' ? comparison.overall.current : null;
  const overallChange = changeText(overall.current, previousOverall);

  return (
    <div className="app-results-headline">
      <p className="app-results-headline__sentence">
        <span className="app-results-nowrap">
          Overall: <strong>{levelLabel(overall.current)}</strong> ({formatLevel(overall.current)} of 4) now;
        </span>{' '}
        <span className="app-results-nowrap">
          six-month target <strong>{levelLabel(overall.target)}</strong> ({formatLevel(overall.target)})
        </span>
      </p>
      <dl className="app-results-figures">
        <Figure
          term="Now"
          value={formatLevel(overall.current)}
          words={levelLabel(overall.current)}
          note={`${overall.percentCurrent}% of the top level`}
        />
        <Figure
          term="Six-month target"
          value={formatLevel(overall.target)}
          words={levelLabel(overall.target)}
          note={`${overall.percentTarget}% of the top level`}
        />
        <Figure term="Gap to close" value={formatLevel(overall.gap)} words={gapLabel(overall.gap)} />
        {comparison.kind === 'compared' && (
          <Figure
            term={previousLabelText(comparison.date)}
            value={formatLevel(previousOverall)}
            words={levelLabel(previousOverall)}
            note={overallChange ? `Since then: ${overallChange}` : undefined}
          />
        )}
      </dl>
      {scoredAreas < model.areas.length && (
        <p className="app-results-headline__note">
          Based on the {plural(scoredAreas, 'area', 'areas')} with answers;{' '}
          {plural(model.areas.length - scoredAreas, 'area has', 'areas have')} no answers yet.
        </p>
      )}
      <p className="app-results-headline__counts">
        Of {overall.total} questions: <strong>{overall.answered}</strong> answered, <strong>{overall.dontKnow}</strong>{' '}
        "Don't know" (evidence gaps) and <strong>{overall.unanswered}</strong> not answered yet.
        {overall.unanswered > 0 && (
          <>
            {' '}
            <button type="button" className="app-link-button" onClick={onReview}>
              See the {plural(overall.unanswered, 'unanswered question', 'unanswered questions')}
            </button>
          </>
        )}
      </p>
      {top.length > 0 ? (
        <p className="app-results-headline__top">
          <strong>Gaps that matter most:</strong>{' '}
          {top.map((a, i) => (
            <span key={a.areaId}>
              {i > 0 && ', '}
              {a.title} ({a.score.gapLabel.toLowerCase()})
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="app-results-headline__top">
          <strong>No gaps:</strong> your six-month targets match where you are now in every area with answers.
        </p>
      )}
    </div>
  );
}
