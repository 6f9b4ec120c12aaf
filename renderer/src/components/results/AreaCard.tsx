/**
 * One area at a glance: where it is now, its target, the gap in words, how important it is, how
 * many answers are "Don't know", last time's level for a reassessment, and a way into the area.
 */
import { plural } from '../../../../shared/words';
import {
  type AreaResult,
  areaChangeText,
  gapTagClass,
  importanceText,
  noEvidenceText,
  previousLevelText,
} from './model';

interface Props {
  area: AreaResult;
  areaCount: number;
  onOpen(): void;
}

export function AreaCard({ area, areaCount, onOpen }: Props) {
  const { counts } = area;
  const headingId = `app-results-card-${area.id}`;
  const change = areaChangeText(area);
  return (
    <section className="nhsuk-card app-results-card" aria-labelledby={headingId}>
      <div className="nhsuk-card__content app-results-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s app-results-card__heading" id={headingId}>
          {area.number}. {area.title}
        </h3>
        <p className="app-results-card__tags">
          <strong className={`nhsuk-tag ${gapTagClass(area)}`}>
            {area.noEvidence ? noEvidenceText(area) : area.gap.words}
          </strong>
          {!area.noEvidence && (
            <span className="app-results-card__rank">
              Priority {area.rankShown} of {areaCount}
            </span>
          )}
        </p>
        <dl className="app-results-card__facts">
          <div>
            <dt>Now</dt>
            <dd>{area.current.text}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>{area.target.text}</dd>
          </div>
          {!area.noEvidence && (
            <div>
              <dt>Gap</dt>
              <dd>
                {area.gap.signed} {area.gap.shown === '1.0' ? 'level' : 'levels'}
              </dd>
            </div>
          )}
          <div>
            <dt>Importance</dt>
            <dd>{importanceText(area)}</dd>
          </div>
          <div>
            <dt>Evidence gaps</dt>
            <dd>
              {counts.dontKnow === 0 ? 'None' : plural(counts.dontKnow, '"Don\'t know"', '"Don\'t know" answers')}
            </dd>
          </div>
          {counts.unanswered > 0 && (
            <div>
              <dt>Not answered</dt>
              <dd>{plural(counts.unanswered, 'question', 'questions')}</dd>
            </div>
          )}
          {area.previous && (
            <div>
              <dt>Last time</dt>
              <dd>
                {previousLevelText(area)}
                {change && !change.startsWith('Not ') && `, ${change}`}
              </dd>
            </div>
          )}
        </dl>
        <button type="button" className="app-link-button app-results-card__open" onClick={onOpen}>
          Review the answers<span className="nhsuk-u-visually-hidden"> for {area.title}</span>
        </button>
      </div>
    </section>
  );
}
