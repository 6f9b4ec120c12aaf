/**
 * A question's number, text and help, as the walkthrough and a participant's response pack show
 * it. `level` keeps the heading outline right on each page.
 */
import type { ReactNode } from 'react';
import type { Question } from '../../../shared/framework/types';

interface Props {
  question: Question;
  number: string;
  headingId: string;
  level: 'h2' | 'h3';
  /** Shown between the heading and the help (for example the previous assessment's answer). */
  children?: ReactNode;
}

export function QuestionHeading({ question, number, headingId, level: Heading, children }: Props) {
  return (
    <>
      <Heading className="nhsuk-card__heading nhsuk-heading-m app-question__heading" id={headingId}>
        <span className="nhsuk-caption-m app-question__number">Question {number}</span>
        {question.text}
      </Heading>
      {children}
      <details className="nhsuk-details app-question__help">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Help with this question<span className="nhsuk-u-visually-hidden"> {number}</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <p>{question.help}</p>
        </div>
      </details>
    </>
  );
}
