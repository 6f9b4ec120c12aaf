/**
 * Results: where the PCN is now, where it aims to be in six months, and which gaps matter most.
 * Made to be projected at a board meeting: big figures, every chart labelled in words and
 * followed by the same figures as a table, and nothing that depends on colour alone.
 */
import { type ReactNode, useId } from 'react';
import { getFramework } from '../../../shared/framework';
import { plural } from '../../../shared/words';
import { AreaCard } from '../components/results/AreaCard';
import { GapChart } from '../components/results/GapChart';
import { Headline } from '../components/results/Headline';
import { HowScoresWork } from '../components/results/HowScoresWork';
import { buildResults, previousLabelText, type ResultsModel } from '../components/results/model';
import { PeerBenchmark } from '../components/results/PeerBenchmark';
import { ReadinessRadar } from '../components/results/RadarChart';
import { ScoresTable } from '../components/results/ScoresTable';
import { useApp } from '../store';

function TableDetails({ children }: { children: ReactNode }) {
  return (
    <details className="nhsuk-details app-results-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Show as a table</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

function ComparisonNote({ model }: { model: ResultsModel }) {
  const { comparison } = model;
  if (comparison.kind === 'unreadable') {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          This is a reassessment, but the last assessment ({comparison.date}) was made with framework version{' '}
          {comparison.version}, which this version of the app cannot read. It is not compared here.
        </p>
      </div>
    );
  }
  if (comparison.kind !== 'compared') return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        This is a reassessment: each area is shown beside the last assessment, made on {comparison.date}.
        {comparison.versionChanged && (
          <>
            {' '}
            That assessment used an earlier version of the questions ({comparison.previousVersion}), so areas are
            compared where both versions have them
            {comparison.newAreas.length > 0 && <>; new since then: {comparison.newAreas.join(', ')}</>}.
          </>
        )}
      </p>
    </div>
  );
}

export function Results() {
  const current = useApp((s) => s.current);
  const previous = useApp((s) => s.previous);
  const goToSection = useApp((s) => s.goToSection);
  const id = useId();
  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  if (!current || !framework) return null;

  const model = buildResults(framework, current, previous);
  const { comparison } = model;
  const previousDate = comparison.kind === 'compared' ? comparison.date : null;
  const previousLabel = previousDate ? previousLabelText(previousDate) : null;
  const firstArea = framework.areas[0];
  const planButton = (
    <button
      type="button"
      className="nhsuk-button app-results-plan-button"
      onClick={() => goToSection({ kind: 'plan' })}
    >
      Go to the action plan
    </button>
  );

  if (model.empty) {
    return (
      <>
        <h1 className="nhsuk-heading-l">Results</h1>
        <div className="app-empty-state">
          <h2 className="nhsuk-heading-m">No results yet</h2>
          <p>
            Your results will appear here as soon as you rate some questions: where the PCN is now, where it aims to be
            in six months, and which gaps matter most.
          </p>
          <p>An area gets a score once at least one of its questions has a current level.</p>
          {firstArea && (
            <button
              type="button"
              className="nhsuk-button nhsuk-u-margin-bottom-0"
              onClick={() => goToSection({ kind: 'area', areaId: firstArea.id })}
            >
              Start with {firstArea.title}
            </button>
          )}
        </div>
        <HowScoresWork />
      </>
    );
  }

  const cards = (
    <section aria-labelledby={`${id}-areas`}>
      <h2 className="nhsuk-heading-m" id={`${id}-areas`}>
        Each area
      </h2>
      <div className="app-results-cards">
        {model.areas.map((area) => (
          <AreaCard
            key={area.areaId}
            area={area}
            areaCount={model.areas.length}
            onOpen={() => goToSection({ kind: 'area', areaId: area.areaId })}
          />
        ))}
      </div>
    </section>
  );

  if (model.nothingScored) {
    const { dontKnow, unanswered } = model.report.overall.counts;
    return (
      <>
        <h1 className="nhsuk-heading-l">Results</h1>
        <ComparisonNote model={model} />
        <div className="app-empty-state">
          <h2 className="nhsuk-heading-m">Nothing to score yet</h2>
          <p>
            Every answer so far is "Don't know" ({plural(dontKnow, 'evidence gap', 'evidence gaps')}), so there are no
            levels to score
            {unanswered > 0 ? ` and ${plural(unanswered, 'question is', 'questions are')} not answered yet` : ''}.
          </p>
          <p className="nhsuk-u-margin-bottom-0">
            Not knowing is a finding in itself. Finding out where the PCN stands can be the first action in your plan,
            or you can go back and rate the questions you can answer.
          </p>
        </div>
        {cards}
        <HowScoresWork />
        {planButton}
      </>
    );
  }

  return (
    <>
      <h1 className="nhsuk-heading-l">Results</h1>
      <ComparisonNote model={model} />
      <Headline model={model} onReview={() => goToSection({ kind: 'review' })} />

      <section aria-labelledby={`${id}-radar`} className="app-results-section">
        <h2 className="nhsuk-heading-m" id={`${id}-radar`}>
          Where you are now and your six-month target
        </h2>
        <p>
          Each spoke is an area, scored from 0 (Not started) at the centre to 4 (Thriving) at the edge. Under each area
          name: the score now → the target.
        </p>
        <ReadinessRadar areas={model.areas} previousLabel={previousLabel} />
        <TableDetails>
          <ScoresTable
            caption="Current level and six-month target, by area"
            rows={model.areas}
            previousDate={previousDate}
          />
        </TableDetails>
      </section>

      <section aria-labelledby={`${id}-gaps`} className="app-results-section">
        <h2 className="nhsuk-heading-m" id={`${id}-gaps`}>
          Gaps ranked by priority
        </h2>
        <p>
          Priority is the gap multiplied by how important the area is to your PCN. The gaps at the top are the ones to
          plan for first.
        </p>
        <GapChart ranked={model.ranked} />
        <TableDetails>
          <ScoresTable caption="Areas in priority order" rows={model.ranked} previousDate={previousDate} />
        </TableDetails>
      </section>

      {cards}
      <PeerBenchmark assessment={current} />
      <HowScoresWork />
      <h2 className="nhsuk-heading-m">Next: turn the gaps into actions</h2>
      <p>The action plan suggests six-month actions for each gap, with an owner and a date for each.</p>
      {planButton}
    </>
  );
}
