/**
 * The workshop step: who is taking part, then, one area at a time, each question's private
 * scores (entered live or imported from response files), the reveal, the spread and the agreed
 * consensus. The agreed levels are the questions' answers, so results and the plan use them.
 */
import { useMemo, useState } from 'react';
import { findArea, getFramework } from '../../../shared/framework';
import { CONSENSUS_RULE, MEDIAN_RULE, OUTLIER_RULE, participantLabels, SPLIT_RULE } from '../../../shared/workshop';
import { reveal } from '../actions/workshop';
import { ParticipantsEditor } from '../components/workshop/ParticipantsEditor';
import { WorkshopQuestionCard } from '../components/workshop/WorkshopQuestionCard';
import { useApp } from '../store';

export function Workshop({ areaId: initialArea }: { areaId?: string | undefined }) {
  const current = useApp((s) => s.current);
  const go = useApp((s) => s.go);
  // The area is chosen here, not as a new screen, so choosing one keeps focus on the choice.
  const [areaId, setAreaId] = useState(initialArea);
  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  const anonymous = current?.workshop.anonymous ?? false;
  const participants = current?.participants;
  const labels = useMemo(() => participantLabels(participants ?? [], anonymous), [participants, anonymous]);
  if (!current || !framework) return null;

  const area = (areaId ? findArea(framework, areaId) : undefined) ?? framework.areas[0];
  if (!area) return null;
  const areaIndex = framework.areas.indexOf(area);
  const { workshop } = current;
  const revealed = new Set(workshop.questions.filter((q) => q.revealedAt).map((q) => q.questionId));
  const agreed = new Set(workshop.questions.filter((q) => q.agreedAt).map((q) => q.questionId));
  const waiting = area.questions.filter(
    (q) => !revealed.has(q.id) && workshop.hidden.some((h) => h.questionId === q.id),
  );
  const firstQuestion = area.questions[0];

  return (
    <div className="app-workshop">
      <h1 className="nhsuk-heading-l">Workshop</h1>
      <p className="nhsuk-lede-text">
        Everyone scores privately first. Reveal the scores together, talk about where views differ, then agree a level.
        The agreed levels are the answers that the results and the action plan use.
      </p>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How the workshop works</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol>
            <li>Add the people taking part. To collect scores before the day, save each person a response pack.</li>
            <li>
              For each question, enter everyone’s levels in the grid (or import their response files). Scores stay
              hidden, even after closing the app, until you reveal them.
            </li>
            <li>Reveal a question (or a whole area) to show every score at once.</li>
            <li>Discuss the spread, ask the people whose ratings stand out why, and agree the levels.</li>
          </ol>
          <p>{MEDIAN_RULE}</p>
          <p>{SPLIT_RULE}</p>
          <p>{OUTLIER_RULE}</p>
          <p className="nhsuk-u-margin-bottom-0">{CONSENSUS_RULE}</p>
        </div>
      </details>

      <ParticipantsEditor assessment={current} />

      <section className="app-workshop-section" aria-labelledby="workshop-scores">
        <h2 className="nhsuk-heading-m" id="workshop-scores">
          Score, reveal and agree
        </h2>
        <div className="nhsuk-form-group app-workshop-area">
          <label className="nhsuk-label" htmlFor="workshop-area">
            Area
          </label>
          <select
            className="nhsuk-select"
            id="workshop-area"
            value={area.id}
            onChange={(e) => setAreaId(e.target.value)}
          >
            {framework.areas.map((a, i) => {
              const done = a.questions.filter((q) => agreed.has(q.id)).length;
              return (
                <option key={a.id} value={a.id}>
                  {i + 1}. {a.title} ({done} of {a.questions.length} agreed)
                </option>
              );
            })}
          </select>
        </div>
        <div className="app-workshop-actions">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={waiting.length === 0}
            onClick={() =>
              void reveal(
                current.id,
                waiting.map((q) => q.id),
              )
            }
          >
            Reveal every score in this area
          </button>
          {firstQuestion && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => go({ name: 'presenter', id: current.id, questionId: firstQuestion.id })}
            >
              Open the presenter view
            </button>
          )}
        </div>

        <h2 className="nhsuk-heading-m app-workshop__area-title">
          <span className="nhsuk-caption-m">
            Area {areaIndex + 1} of {framework.areas.length}
          </span>
          {area.title}
        </h2>
        {area.questions.map((question, i) => (
          <WorkshopQuestionCard
            key={question.id}
            assessment={current}
            area={area}
            question={question}
            number={`${areaIndex + 1}.${i + 1}`}
            labels={labels}
          />
        ))}
      </section>
    </div>
  );
}
