/**
 * The group's agreed levels for one question. The form starts from the medians, or with no level
 * chosen where the two middle ratings differ (both are marked); a reason is required when an
 * agreed level lies outside the middle ratings (the same rule the main process enforces: see
 * shared/workshop.ts). The agreed levels become the question's answer.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { QuestionResponse, WorkshopQuestion } from '../../../../shared/domain';
import { LEVEL_NAMES, LEVELS, type Level } from '../../../../shared/framework';
import {
  type Agreed,
  CONSENSUS_RULE,
  consensusStart,
  differsFromMedian,
  levelText,
  medianWords,
  type QuestionSpread,
  type Spread,
} from '../../../../shared/workshop';
import { agree } from '../../actions/workshop';
import { FieldError } from '../ErrorSummary';

type NowChoice = '' | `${Level}` | 'dk';
type TargetChoice = '' | `${Level}`;

interface Props {
  assessmentId: string;
  questionId: string;
  number: string;
  spread: QuestionSpread;
  response: QuestionResponse | null;
  state: WorkshopQuestion | undefined;
  size?: 'normal' | 'large';
  /** Focus the first choice when shown (the presenter's C key). */
  autoFocus?: boolean;
  headingLevel?: 2 | 3 | 4;
  onAgreed?(): void;
}

function startingPoint(spread: QuestionSpread, response: QuestionResponse | null, agreed: boolean): Agreed {
  if (agreed && response) return { current: response.current, dontKnow: response.dontKnow, target: response.target };
  return consensusStart(spread);
}

function toNow(a: Agreed): NowChoice {
  if (a.dontKnow) return 'dk';
  return a.current === null ? '' : (String(a.current) as NowChoice);
}

/** Why a reason is needed for one agreed level, by the rule in shared/workshop.ts. */
function whyWords(what: string, spread: Spread): string {
  const m = spread.middle;
  if (m === null) return '';
  return m.low === m.high
    ? `${what} differs from the median (${levelText(m.low)})`
    : `${what} is outside the middle ratings (${levelText(m.low)} to ${levelText(m.high)})`;
}

/** Marks the median, or both middle ratings when they differ, in the list of levels. */
function middleMark(spread: Spread, level: Level): string {
  const m = spread.middle;
  if (m === null || (level !== m.low && level !== m.high)) return '';
  return m.low === m.high ? ' (median)' : ' (a middle rating)';
}

export function agreedSentence(response: QuestionResponse): string {
  const now = response.dontKnow ? 'Don’t know' : response.current === null ? 'not set' : levelText(response.current);
  const target = response.target === null ? 'not set' : levelText(response.target);
  return `now ${now}, target ${target}`;
}

export function ConsensusForm({
  assessmentId,
  questionId,
  number,
  spread,
  response,
  state,
  size = 'normal',
  autoFocus = false,
  headingLevel = 4,
  onAgreed,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  const agreedAlready = Boolean(state?.agreedAt);
  const start = startingPoint(spread, response, agreedAlready);
  const [now, setNow] = useState<NowChoice>(toNow(start));
  const [target, setTarget] = useState<TargetChoice>(
    start.target === null ? '' : (String(start.target) as TargetChoice),
  );
  const [reason, setReason] = useState(state?.consensusReason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = `consensus-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  const agreed: Agreed = {
    current: now === '' || now === 'dk' ? null : (Number(now) as Level),
    dontKnow: now === 'dk',
    target: target === '' ? null : (Number(target) as Level),
  };
  const differs = differsFromMedian(spread, agreed);
  const required = differs.current || differs.target;
  // Where the two middle ratings differ, say so: the form starts empty there (consensusStart).
  const divided = (
    [
      ['now', spread.current],
      ['target', spread.target],
    ] as const
  )
    .filter(([, s]) => s.middle !== null && s.middle.low !== s.middle.high)
    .map(([what, s]) => `${what}, the median is ${medianWords(s)}`);
  const whyRequired = [
    differs.current ? whyWords('now', spread.current) : null,
    differs.target ? whyWords('the target', spread.target) : null,
  ].filter(Boolean);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (required && reason.trim() === '') {
      setError(`Say why the group agreed this: ${whyRequired.join(' and ')}.`);
      reasonRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const ok = await agree(assessmentId, questionId, { ...agreed, reason });
    setBusy(false);
    if (ok) onAgreed?.();
  }

  return (
    <form
      className={`app-consensus app-consensus--${size}`}
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <Heading className="nhsuk-heading-s app-consensus__heading" id={`${id}-heading`}>
        Agree the consensus<span className="nhsuk-u-visually-hidden"> for question {number}</span>
      </Heading>
      <p className="nhsuk-body-s app-consensus__rule">{CONSENSUS_RULE}</p>
      {divided.length > 0 && (
        <p className="app-consensus__divided" id={`${id}-divided`}>
          <strong>No level chosen to start with:</strong> {divided.join('; ')}.
        </p>
      )}
      <div className="app-consensus__choices">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-now`}>
            Agreed level now
          </label>
          <select
            className="nhsuk-select"
            id={`${id}-now`}
            ref={first}
            value={now}
            onChange={(e) => setNow(e.target.value as NowChoice)}
          >
            <option value="">Not agreed</option>
            {LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {level} – {LEVEL_NAMES[level]}
                {middleMark(spread.current, level)}
              </option>
            ))}
            <option value="dk">Don’t know</option>
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-target`}>
            Agreed target in six months
          </label>
          <select
            className="nhsuk-select"
            id={`${id}-target`}
            value={target}
            onChange={(e) => setTarget(e.target.value as TargetChoice)}
          >
            <option value="">Not set</option>
            {LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {level} – {LEVEL_NAMES[level]}
                {middleMark(spread.target, level)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={`${id}-reason`}>
          {required ? 'Reason (required)' : 'Reason (optional)'}
        </label>
        <div className="nhsuk-hint" id={`${id}-reason-hint`}>
          {required
            ? `Required because ${whyRequired.join(' and ')}.`
            : 'At the median or between the middle ratings, so a reason is optional.'}
        </div>
        <FieldError id={`${id}-reason-error`} message={error} />
        <textarea
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
          id={`${id}-reason`}
          ref={reasonRef}
          rows={2}
          value={reason}
          aria-describedby={`${id}-reason-hint${error ? ` ${id}-reason-error` : ''}`}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button type="submit" className="nhsuk-button app-consensus__submit" disabled={busy}>
        {agreedAlready ? 'Update the consensus' : 'Agree the consensus'}
        <span className="nhsuk-u-visually-hidden"> for question {number}</span>
      </button>
      {agreedAlready && response && (
        <p className="app-consensus__done" role="status">
          <strong>Agreed:</strong> {agreedSentence(response)}.
        </p>
      )}
    </form>
  );
}
