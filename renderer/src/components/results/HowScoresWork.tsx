/** "How scores work": the scoring model in plain English, from the same text the PDF prints. */
import { SCORING_EXPLAINED } from '../../../../shared/scoring';

export function HowScoresWork() {
  return (
    <details className="nhsuk-details app-results-how">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">How scores work</span>
      </summary>
      <div className="nhsuk-details__text">
        {SCORING_EXPLAINED.map((section) => (
          <div key={section.heading}>
            <h3 className="nhsuk-heading-s">{section.heading}</h3>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
