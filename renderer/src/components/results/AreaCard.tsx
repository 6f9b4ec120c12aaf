/**
 * One area at a glance: where it is now, its target, the gap in words, how important it is, how
 * many answers are "Don't know", last time's level for a reassessment, and a way into the area.
 */
import { formatLevel } from '../../../../shared/scoring';
import {
  type AreaResult,
  areaChangeText,
  gapTagClass,
  importanceText,
  levelText,
  noEvidenceText,
  plural,
  previousLevelText,
  targetText,
} from './model';

interface Props {
  area: AreaResult;
  areaCount: number;
  onOpen(): void;
}

export function AreaCard({ area, areaCount, onOpen }: Props) {
  const { score } = area;
  const headingId = `app-results-card-${area.areaId}`;
  const change = areaChangeText(area);
  return (
    <section className="nhsuk-card app-results-card" aria-labelledby={headingId}>
      <div className="nhsuk-card__content app-results-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s app-results-card__heading" id={headingId}>
          {area.number}. {area.title}
        </h3>
        <p className="app-results-card__tags">
          <strong className={`nhsuk-tag ${gapTagClass(score)}`}>
            {score.noEvidence ? noEvidenceText(score) : score.gapLabel}
          </strong>
          {!score.noEvidence && (
            <span className="app-results-card__rank">
              Priority {score.rank} of {areaCount}
            </span>
          )}
        </p>
        <dl className="app-results-card__facts">
          <div>
            <dt>Now</dt>
            <dd>{levelText(score.current, score.levelLabel)}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>{targetText(score)}</dd>
          </div>
          {!score.noEvidence && (
            <div>
              <dt>Gap</dt>
              <dd>
                {formatLevel(score.gap)} {score.gap === 1 ? 'level' : 'levels'}
              </dd>
            </div>
          )}
          <div>
            <dt>Importance</dt>
            <dd>{importanceText(area)}</dd>
          </div>
          <div>
            <dt>Evidence gaps</dt>
            <dd>{score.dontKnow === 0 ? 'None' : plural(score.dontKnow, '"Don\'t know"', '"Don\'t know" answers')}</dd>
          </div>
          {score.unanswered > 0 && (
            <div>
              <dt>Not answered</dt>
              <dd>{plural(score.unanswered, 'question', 'questions')}</dd>
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
