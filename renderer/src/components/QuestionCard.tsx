/**
 * One question: where the PCN is now, where it wants to be in six months, and optional notes.
 * The target starts one level above "now" as a suggestion. A target lower than "now" needs the
 * user to say so; if "now" is raised above an existing target, the target is kept and the user
 * is asked to confirm or change it.
 */

import { memo, useState } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { QuestionResponse } from '../../../shared/domain';
import { LEVEL_NAMES, type Level, type Question } from '../../../shared/framework';
import { patchResponse, saveResponse } from '../actions/answers';
import { LevelRadios, levelLabel } from './LevelRadios';
import { QuestionHeading } from './QuestionHeading';
import { FieldSaveStatus } from './SaveStatus';
import { useDebouncedSave } from './useDebouncedSave';

/**
 * Which questions the user has agreed may have a target below "now", for this session. It is
 * not stored: an assessment opened afresh treats a saved lower target as agreed, since the
 * user either ticked the box or was asked about it when they raised "now".
 */
const lowerAgreed = new Map<string, boolean>();

function domId(questionId: string): string {
  return `q-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function lastTimeText(r: QuestionResponse): string | null {
  const now = r.dontKnow ? "Don't know" : r.current !== null ? LEVEL_NAMES[r.current] : null;
  const target = r.target !== null ? LEVEL_NAMES[r.target] : null;
  if (now === null && target === null) return null;
  return `${now ?? 'not answered'} now, target ${target ?? 'not set'}`;
}

interface Props {
  assessmentId: string;
  /** e.g. "2.3" */
  number: string;
  question: Question;
  response: QuestionResponse;
  /** The date of the last assessment and this question's answer then, for a reassessment. */
  previousDate: string | null;
  previousResponse: QuestionResponse | null;
}

/** Memoised: typing in one question's notes re-renders only that question. */
export const QuestionCard = memo(function QuestionCard({
  assessmentId,
  number,
  question,
  response,
  previousDate,
  previousResponse,
}: Props) {
  const id = domId(question.id);
  const key = `${assessmentId}:${question.id}`;
  const { current, target, dontKnow } = response;
  const [agreed, setAgreed] = useState(
    () => lowerAgreed.get(key) ?? (current !== null && target !== null && target < current),
  );
  const [blocked, setBlocked] = useState<string | null>(null);
  const saver = useDebouncedSave(() => saveResponse(assessmentId, question.id));

  function agree(value: boolean) {
    lowerAgreed.set(key, value);
    setAgreed(value);
  }

  function change(next: (r: QuestionResponse) => QuestionResponse) {
    setBlocked(null);
    patchResponse(question.id, next);
    saver.now();
  }

  function chooseCurrent(level: Level) {
    // Raising "now" above the target asks again, even if a lower target was agreed before.
    if (target !== null && level > target && level !== current) agree(false);
    change((r) => ({ ...r, current: level, dontKnow: false, target: r.target ?? (Math.min(level + 1, 4) as Level) }));
  }

  function chooseDontKnow() {
    change((r) => ({ ...r, current: null, dontKnow: true }));
  }

  function chooseTarget(level: Level) {
    change((r) => ({ ...r, target: level }));
  }

  function toggleLower(checked: boolean) {
    agree(checked);
    // Saying "not lower" while the target is lower moves it up to "now", the nearest it may be.
    if (!checked && current !== null && target !== null && target < current) {
      change((r) => ({ ...r, target: current }));
      setBlocked(`Target set to ${levelLabel(current)}, the same as now.`);
    }
  }

  const lowerTarget = current !== null && target !== null && target < current;
  const needsConfirm = lowerTarget && !agreed;
  const guard = current !== null && current > 0;
  const isDisabled = (level: Level) => guard && !agreed && current !== null && level < current && level !== target;

  const lastTime = previousResponse ? lastTimeText(previousResponse) : null;
  const confirmId = `${id}-confirm`;
  const blockedId = `${id}-blocked`;
  const dontKnowId = `${id}-dont-know-note`;
  const headingId = `${id}-heading`;
  const hidden = <span className="nhsuk-u-visually-hidden"> (question {number})</span>;

  return (
    <section className="nhsuk-card app-question" aria-labelledby={headingId} data-question-card={question.id}>
      <div className="nhsuk-card__content">
        <QuestionHeading question={question} number={number} headingId={headingId} level="h2">
          {lastTime && previousDate && (
            <p className="app-last-time">
              <strong>Last time ({formatDateLong(previousDate)}):</strong> {lastTime}
            </p>
          )}
        </QuestionHeading>

        <div className="app-question__levels">
          <LevelRadios
            idPrefix={`${id}-current`}
            name={`${id}-current`}
            kind="current"
            legend={<>Where is your PCN now?{hidden}</>}
            hint="The level that fits best today."
            value={current}
            onChange={chooseCurrent}
            dontKnow={{
              checked: dontKnow,
              hint: 'Not sure? That is worth knowing.',
              onChoose: chooseDontKnow,
            }}
            describedBy={dontKnow ? [dontKnowId] : []}
          >
            {dontKnow && (
              <p className="app-gap-note" id={dontKnowId}>
                <strong>Noted as an evidence gap, not a low score.</strong> Finding out is a good first action: say in
                the notes who could tell you.
              </p>
            )}
          </LevelRadios>

          <LevelRadios
            idPrefix={`${id}-target`}
            name={`${id}-target`}
            kind="target"
            legend={<>Where do you want to be in six months?{hidden}</>}
            hint="A realistic aim for six months from now."
            value={target}
            onChange={chooseTarget}
            isDisabled={isDisabled}
            onBlocked={(level) =>
              setBlocked(
                `${levelLabel(level)} is lower than where you are now. To choose it, first tick “We expect this to be lower in six months”.`,
              )
            }
            describedBy={[
              guard && !agreed ? `${id}-lower-hint` : null,
              needsConfirm ? confirmId : null,
              blocked ? blockedId : null,
            ].filter((x): x is string => x !== null)}
          >
            {guard && (
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-question__lower">
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`${id}-lower`}
                    type="checkbox"
                    checked={agreed}
                    aria-describedby={`${id}-lower-hint${needsConfirm ? ` ${confirmId}` : ''}`}
                    onChange={(e) => toggleLower(e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-lower`}>
                    We expect this to be lower in six months
                  </label>
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-lower-hint`}>
                    {agreed
                      ? 'Any level can be chosen as the target.'
                      : `Levels below ${levelLabel(current as Level)} are switched off until you tick this.`}
                  </div>
                </div>
              </div>
            )}
            {needsConfirm && current !== null && target !== null && (
              <p className="app-confirm" id={confirmId}>
                <strong>Check the target:</strong> {levelLabel(target)} is below where you are now (
                {levelLabel(current)}). Choose a higher target, or tick the box above to keep it.
              </p>
            )}
            <p className="app-note app-note--live" id={blockedId} role="status">
              {blocked}
            </p>
          </LevelRadios>
        </div>

        <div className="nhsuk-form-group nhsuk-u-margin-bottom-0">
          <label className="nhsuk-label" htmlFor={`${id}-notes`}>
            Evidence, barriers or context (optional)
            <span className="nhsuk-u-visually-hidden"> for question {number}</span>
          </label>
          <textarea
            className="nhsuk-textarea app-question__notes"
            id={`${id}-notes`}
            name={`${id}-notes`}
            rows={2}
            value={response.notes}
            onChange={(e) => {
              const notes = e.target.value;
              patchResponse(question.id, (r) => ({ ...r, notes }));
              saver.schedule();
            }}
            onBlur={saver.flush}
          />
          {saver.edits !== 'none' && <FieldSaveStatus edits={saver.edits} />}
        </div>
      </div>
    </section>
  );
});
