/**
 * One question: where the PCN is now, where it wants to be in six months, and optional notes.
 * There is no target until the user chooses one: a level, or with one key S ("same as now") or
 * U ("one level up"), so a whole rating is a digit and a letter. A target lower than "now" needs
 * the user to say so; if "now" is raised above an existing target, the target is kept and the
 * user is asked to confirm or change it. From framework 2026.2 each question has its own words
 * for every level (anchors), shown as the choices; E shows or hides an evidence example for each.
 */

import { type KeyboardEvent, memo, useState } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { QuestionResponse } from '../../../shared/domain';
import { type LastTime, LEVEL_NAMES, type Level, type Question } from '../../../shared/framework';
import { patchResponse, saveResponse } from '../actions/answers';
import { AnchorGrid } from './AnchorGrid';
import { isTextEntry, LevelRadios, levelLabel } from './LevelRadios';
import { NationalLinks } from './NationalLinks';
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
  lastTime: LastTime | null;
}

/** "Last time" for one question: the earlier answer, or why there is none to show. */
function lastTimeWords(last: LastTime | null): string | null {
  if (!last) return null;
  if (last.kind === 'new-question') return `new question, not asked in framework ${last.earlierVersion}.`;
  if (last.kind !== 'answered') return null;
  const text = lastTimeText(last.response);
  return text && last.earlierVersion ? `${text} (answered in framework ${last.earlierVersion})` : text;
}

/** Memoised: typing in one question's notes re-renders only that question. */
export const QuestionCard = memo(function QuestionCard({
  assessmentId,
  number,
  question,
  response,
  previousDate,
  lastTime: last,
}: Props) {
  const id = domId(question.id);
  const key = `${assessmentId}:${question.id}`;
  const { current, target, dontKnow } = response;
  const [agreed, setAgreed] = useState(
    () => lowerAgreed.get(key) ?? (current !== null && target !== null && target < current),
  );
  const [blocked, setBlocked] = useState<string | null>(null);
  const [showEvidence, setShowEvidence] = useState(false);
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
    change((r) => ({ ...r, current: level, dontKnow: false }));
  }

  /** S and U: the target from "now" in one key; said aloud in the status line below the target. */
  function quickTarget(step: 0 | 1) {
    if (current === null) {
      setBlocked(
        `Choose where your PCN is now first (0 to 4), then press ${step === 0 ? 'S' : 'U'}; or choose a target level.`,
      );
      return;
    }
    if (step === 1 && current === 4) {
      setBlocked(`${levelLabel(4)} is the top level, so there is no level above it. Press S to aim to stay there.`);
      return;
    }
    const level = (current + step) as Level;
    change((r) => ({ ...r, target: level }));
    setBlocked(`Target set to ${levelLabel(level)}, ${step === 0 ? 'the same as now' : 'one level up from now'}.`);
  }

  function onCardKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 's' || key === 'u') {
      event.preventDefault();
      quickTarget(key === 's' ? 0 : 1);
    } else if (key === 'e' && question.anchors) {
      event.preventDefault();
      setShowEvidence((shown) => !shown);
    }
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

  const lastTime = lastTimeWords(last);
  const confirmId = `${id}-confirm`;
  const blockedId = `${id}-blocked`;
  const dontKnowId = `${id}-dont-know-note`;
  const headingId = `${id}-heading`;
  const hidden = <span className="nhsuk-u-visually-hidden"> (question {number})</span>;

  const anchors = question.anchors;
  const targetUnsetId = `${id}-target-state`;
  const targetDescribedBy = [
    targetUnsetId,
    guard && !agreed ? `${id}-lower-hint` : null,
    needsConfirm ? confirmId : null,
    blocked ? blockedId : null,
  ].filter((x): x is string => x !== null);
  const onTargetBlocked = (level: Level) =>
    setBlocked(
      `${levelLabel(level)} is lower than where you are now. To choose it, first tick “We expect this to be lower in six months”.`,
    );

  // S and U, and whether a target is set: beside the target, in words as well as a dashed outline.
  const quick = (
    <div className="app-question__quick">
      <p
        className={`app-question__target-state${target === null ? ' app-question__target-state--unset' : ''}`}
        id={targetUnsetId}
      >
        {target === null ? (
          <strong>Target not set.</strong>
        ) : (
          <>
            Target: <strong>{levelLabel(target)}</strong>
          </>
        )}
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-question__quick-button"
        disabled={current === null}
        onClick={() => quickTarget(0)}
      >
        Same as now (S)<span className="nhsuk-u-visually-hidden"> for question {number}</span>
      </button>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-question__quick-button"
        disabled={current === null || current === 4}
        onClick={() => quickTarget(1)}
      >
        One level up (U)<span className="nhsuk-u-visually-hidden"> for question {number}</span>
      </button>
      {anchors && (
        <button
          type="button"
          className="app-link-button app-question__evidence-toggle"
          aria-expanded={showEvidence}
          onClick={() => setShowEvidence((shown) => !shown)}
        >
          {showEvidence ? 'Hide the evidence examples (E)' : 'Evidence examples (E)'}
          <span className="nhsuk-u-visually-hidden"> for question {number}</span>
        </button>
      )}
    </div>
  );

  const targetMessages = (
    <>
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
          <strong>Check the target:</strong> {levelLabel(target)} is below where you are now ({levelLabel(current)}).
          Choose a higher target, or tick the box above to keep it.
        </p>
      )}
      <p className="app-note app-note--live" id={blockedId} role="status">
        {blocked}
      </p>
    </>
  );

  const dontKnowNote = dontKnow && (
    <p className="app-gap-note" id={dontKnowId}>
      <strong>Noted as an evidence gap, not a low score.</strong> Finding out is a good first action: say in the notes
      who could tell you.
    </p>
  );

  return (
    // The card listens for S, U and E wherever focus is inside it; the controls themselves are
    // the radios and buttons below.
    <section
      className="nhsuk-card app-question"
      aria-labelledby={headingId}
      data-question-card={question.id}
      onKeyDown={onCardKeyDown}
    >
      <div className="nhsuk-card__content">
        <QuestionHeading question={question} number={number} headingId={headingId} level="h2">
          {question.links && question.links.length > 0 && <NationalLinks links={question.links} />}
          {lastTime && previousDate && (
            <p className="app-last-time">
              <strong>Last time ({formatDateLong(previousDate)}):</strong> {lastTime}
            </p>
          )}
        </QuestionHeading>

        {anchors ? (
          <AnchorGrid
            idPrefix={id}
            legend={<>Where is your PCN now, and where do you want to be in six months?{hidden}</>}
            anchors={anchors}
            current={current}
            dontKnow={dontKnow}
            target={target}
            onCurrent={chooseCurrent}
            onDontKnow={chooseDontKnow}
            onTarget={chooseTarget}
            isTargetDisabled={isDisabled}
            onTargetBlocked={onTargetBlocked}
            showEvidence={showEvidence}
            describedBy={[...(dontKnow ? [dontKnowId] : []), ...targetDescribedBy]}
            before={quick}
          >
            {dontKnowNote}
            {targetMessages}
          </AnchorGrid>
        ) : (
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
              {dontKnowNote}
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
              onBlocked={onTargetBlocked}
              describedBy={targetDescribedBy}
              before={quick}
            >
              {targetMessages}
            </LevelRadios>
          </div>
        )}

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
