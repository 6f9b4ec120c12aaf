/**
 * One question in the workshop: before the reveal, the entry grid and how many have scored;
 * after it, everyone's ratings as dot plots with the median and range in words, the split flag
 * with its rule, the reasons of people whose rating stands out, and the consensus form.
 */
import { memo } from 'react';
import type { Area, Question } from '../../../../shared/framework';
import { EVEN_COUNT_RULE, questionSpread, SPLIT_RULE } from '../../../../shared/workshop';
import { reveal } from '../../actions/workshop';
import type { OpenAssessment } from '../../store';
import { ConsensusForm } from './ConsensusForm';
import { DotPlot, type PlotRating } from './DotPlot';
import { EntryGrid } from './EntryGrid';
import { Reasons } from './Reasons';

interface Props {
  assessment: OpenAssessment;
  area: Area;
  question: Question;
  number: string;
  labels: Map<string, string>;
}

export function questionDomId(questionId: string): string {
  return `wq-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Everyone's ratings of a revealed question, for the dot plots. */
export function plotRatings(assessment: OpenAssessment, questionId: string, labels: Map<string, string>) {
  const scores = assessment.workshop.scores.filter((s) => s.questionId === questionId);
  const now: PlotRating[] = [];
  const target: PlotRating[] = [];
  for (const p of assessment.participants) {
    const s = scores.find((x) => x.participantId === p.id);
    if (!s) continue;
    const who = labels.get(p.id) ?? 'Participant';
    if (s.dontKnow) now.push({ participantId: p.id, who, level: 'dont-know' });
    else if (s.current !== null) now.push({ participantId: p.id, who, level: s.current });
    if (s.target !== null) target.push({ participantId: p.id, who, level: s.target });
  }
  return { now, target, scores };
}

export const WorkshopQuestionCard = memo(function WorkshopQuestionCard({
  assessment,
  question,
  number,
  labels,
}: Props) {
  const { workshop } = assessment;
  const state = workshop.questions.find((q) => q.questionId === question.id);
  const revealed = Boolean(state?.revealedAt);
  const agreed = Boolean(state?.agreedAt);
  const id = questionDomId(question.id);
  const order = assessment.participants.map((p) => p.id);
  const spread = questionSpread(workshop.scores, question.id, order);
  const hiddenCount = new Set(workshop.hidden.filter((h) => h.questionId === question.id).map((h) => h.participantId))
    .size;
  const response = assessment.responses.find((r) => r.questionId === question.id) ?? null;
  const { now, target, scores } = plotRatings(assessment, question.id, labels);
  const showNames = !workshop.anonymous;
  const people = assessment.participants.length;

  let status: string;
  if (!revealed) status = `Hidden: ${hiddenCount} of ${people} ${people === 1 ? 'person has' : 'people have'} scored.`;
  else if (agreed) status = 'Revealed and agreed.';
  else status = `Revealed: ${spread.responded} of ${people} scored. Not agreed yet.`;

  return (
    <section className="nhsuk-card app-wq" aria-labelledby={`${id}-heading`} data-workshop-question={question.id}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-m app-wq__heading" id={`${id}-heading`}>
          <span className="nhsuk-caption-m">Question {number}</span>
          {question.text}
        </h3>
        <p className="app-wq__status">
          {agreed && <strong className="nhsuk-tag nhsuk-tag--green app-wq__tag">Agreed</strong>}
          {revealed && spread.split && <strong className="nhsuk-tag nhsuk-tag--orange app-wq__tag">Split</strong>}
          {status}
        </p>

        {!revealed && (
          <>
            {people === 0 ? (
              <p>Add the people taking part (above) to enter their scores.</p>
            ) : (
              <EntryGrid
                assessmentId={assessment.id}
                questionId={question.id}
                number={number}
                participants={assessment.participants}
                labels={labels}
                workshop={workshop}
                revealed={false}
              />
            )}
            <button
              type="button"
              className="nhsuk-button app-wq__reveal"
              disabled={hiddenCount === 0}
              onClick={() => void reveal(assessment.id, [question.id])}
            >
              Reveal the scores<span className="nhsuk-u-visually-hidden"> for question {number}</span>
            </button>
          </>
        )}

        {revealed && (
          <>
            <div className="app-wq__plots">
              <DotPlot
                title="Where the PCN is now"
                spread={spread.current}
                ratings={now}
                showNames={showNames}
                idPrefix={`${id}-now`}
              />
              <DotPlot
                title="Target in six months"
                spread={spread.target}
                ratings={target}
                showNames={showNames}
                idPrefix={`${id}-target`}
              />
            </div>
            {spread.split ? (
              <p className="app-split">
                <strong>This question is split.</strong> {SPLIT_RULE.replace(/^Split: /, 'The rule: ')}
              </p>
            ) : (
              spread.responded > 1 && (
                <p className="nhsuk-body-s">Not split: views are close enough to start from the median.</p>
              )
            )}
            {[spread.current, spread.target].some((x) => x.middle !== null && x.middle.low !== x.middle.high) && (
              <p className="nhsuk-body-s app-even-rule">
                <strong>Two middle ratings.</strong> {EVEN_COUNT_RULE}
              </p>
            )}
            <Reasons assessmentId={assessment.id} number={number} spread={spread} scores={scores} labels={labels} />
            <ConsensusForm
              key={state?.agreedAt ?? 'not-agreed'}
              assessmentId={assessment.id}
              questionId={question.id}
              number={number}
              spread={spread}
              response={response}
              state={state}
            />
            <details className="nhsuk-details app-wq__late">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">
                  Change or add scores<span className="nhsuk-u-visually-hidden"> for question {number}</span>
                </span>
              </summary>
              <div className="nhsuk-details__text">
                <EntryGrid
                  assessmentId={assessment.id}
                  questionId={question.id}
                  number={number}
                  participants={assessment.participants}
                  labels={labels}
                  workshop={workshop}
                  revealed
                />
              </div>
            </details>
          </>
        )}
      </div>
    </section>
  );
});
