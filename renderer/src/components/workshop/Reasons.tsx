/**
 * After the reveal: the people whose rating stands out (2 or more levels from the median) are
 * invited to explain, and their reasons are recorded. Reasons others gave (in a response file,
 * or in the room) are shown and can be edited too.
 */
import { memo } from 'react';
import type { ParticipantScore } from '../../../../shared/domain';
import { OUTLIER_RULE, offWords, type QuestionSpread, ratingWords } from '../../../../shared/workshop';
import { patchReason, saveReason } from '../../actions/workshop';
import { useDebouncedSave } from '../useDebouncedSave';

interface RowProps {
  assessmentId: string;
  score: ParticipantScore;
  who: string;
  /** e.g. "rated now 0, 2 below the median" */
  standsOut: string | null;
  number: string;
}

const ReasonRow = memo(function ReasonRow({ assessmentId, score, who, standsOut, number }: RowProps) {
  const saver = useDebouncedSave(() => saveReason(assessmentId, score.participantId, score.questionId));
  const id = `reason-${score.questionId.replace(/[^A-Za-z0-9_-]/g, '-')}-${score.participantId}`;
  return (
    <li className="app-reasons__item">
      <div className="nhsuk-form-group nhsuk-u-margin-bottom-2">
        <label className="nhsuk-label" htmlFor={id}>
          <strong>{who}</strong>:{' '}
          {standsOut ?? `rated now ${ratingWords(score.current, score.dontKnow)}, target ${score.target ?? '—'}`}
          <span className="nhsuk-u-visually-hidden">. Reason for question {number}</span>
        </label>
        <textarea
          className="nhsuk-textarea"
          id={id}
          rows={2}
          value={score.reason}
          onChange={(e) => {
            patchReason(score.participantId, score.questionId, e.target.value);
            saver.schedule();
          }}
          onBlur={saver.flush}
        />
      </div>
    </li>
  );
});

interface Props {
  assessmentId: string;
  number: string;
  spread: QuestionSpread;
  scores: ParticipantScore[];
  labels: Map<string, string>;
  headingLevel?: 2 | 3 | 4;
}

export function Reasons({ assessmentId, number, spread, scores, labels, headingLevel = 4 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const outliers = new Map(spread.outliers.map((o) => [o.participantId, o]));
  const shown = scores.filter((s) => outliers.has(s.participantId) || s.reason.trim() !== '');
  if (shown.length === 0) return null;
  const describe = (s: ParticipantScore): string | null => {
    const o = outliers.get(s.participantId);
    if (!o) return null;
    const parts = [
      o.currentOff !== null ? `rated now ${s.current}, ${offWords(o.currentOff)}` : null,
      o.targetOff !== null ? `rated the target ${s.target}, ${offWords(o.targetOff)}` : null,
    ].filter(Boolean);
    return parts.join('; ');
  };
  return (
    <div className="app-reasons">
      <Heading className="nhsuk-heading-s">Why people rated as they did</Heading>
      {spread.outliers.length > 0 && <p className="nhsuk-body-s">{OUTLIER_RULE}</p>}
      <ul className="nhsuk-list app-reasons__list">
        {shown.map((s) => (
          <ReasonRow
            key={s.participantId}
            assessmentId={assessmentId}
            score={s}
            who={labels.get(s.participantId) ?? 'Participant'}
            standsOut={describe(s)}
            number={number}
          />
        ))}
      </ul>
    </div>
  );
}
