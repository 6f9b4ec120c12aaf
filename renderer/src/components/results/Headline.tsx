/**
 * The answer to "where are we?" in one sentence of words and numbers, the same figures large
 * enough to read from the back of a board room, how complete the answers are, and the areas
 * that matter most.
 */
import { plural } from '../../../../shared/words';
import { previousLabelText, type ResultsModel } from './model';

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
  const { overall } = model.report;
  const { comparison } = model;
  const { scoredAreas, counts } = overall;
  const top = model.report.priorities.slice(0, 3);

  return (
    <div className="app-results-headline">
      <p className="app-results-headline__sentence">
        <span className="app-results-nowrap">
          Overall: <strong>{overall.current.words}</strong> ({overall.current.shown} of 4) now;
        </span>{' '}
        <span className="app-results-nowrap">
          six-month target <strong>{overall.target.words}</strong> ({overall.target.shown})
        </span>
      </p>
      <dl className="app-results-figures">
        <Figure
          term="Now"
          value={overall.current.shown}
          words={overall.current.words}
          note={`${overall.current.percent}% of the top level`}
        />
        <Figure
          term="Six-month target"
          value={overall.target.shown}
          words={overall.target.words}
          note={`${overall.target.percent}% of the top level`}
        />
        <Figure term="Gap to close" value={overall.gap.signed} words={overall.gap.words} />
        {comparison.kind === 'compared' && (
          <Figure
            term={previousLabelText(comparison.date)}
            value={comparison.overall.shown}
            words={comparison.overall.words}
            note={comparison.overallChange ? `Since then: ${comparison.overallChange}` : undefined}
          />
        )}
      </dl>
      {scoredAreas < overall.areaCount && (
        <p className="app-results-headline__note">
          Based on the {plural(scoredAreas, 'area', 'areas')} with answers;{' '}
          {plural(overall.areaCount - scoredAreas, 'area has', 'areas have')} no answers yet.
        </p>
      )}
      <p className="app-results-headline__counts">
        Of {counts.total} questions: <strong>{counts.answered}</strong> answered, <strong>{counts.dontKnow}</strong>{' '}
        "Don't know" (evidence gaps) and <strong>{counts.unanswered}</strong> not answered yet.
        {counts.unanswered > 0 && (
          <>
            {' '}
            <button type="button" className="app-link-button" onClick={onReview}>
              See the {plural(counts.unanswered, 'unanswered question', 'unanswered questions')}
            </button>
          </>
        )}
      </p>
      {top.length > 0 ? (
        <p className="app-results-headline__top">
          <strong>Gaps that matter most:</strong>{' '}
          {top.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              {a.title} ({a.gap.words.toLowerCase()})
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
