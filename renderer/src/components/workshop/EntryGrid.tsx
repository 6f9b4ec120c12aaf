/**
 * The live entry grid for one question: a row per participant, a box for "now" and one for the
 * six-month target. Type a digit 0–4 (or D for "don't know" in "now"), then Tab to the next box;
 * Backspace or Delete clears a box. Until the question is revealed the screen never shows what
 * was typed, only "Entered" (the main process does not even send the values back).
 */
import type { KeyboardEvent } from 'react';
import type { Participant, ParticipantScore, WorkshopView } from '../../../../shared/domain';
import type { Level } from '../../../../shared/framework';
import { saveScore } from '../../actions/workshop';

export interface CellState {
  entered: boolean;
  /** Shown only after the reveal. */
  shown: string;
}

interface Props {
  assessmentId: string;
  questionId: string;
  /** e.g. "1.3" */
  number: string;
  participants: Participant[];
  labels: Map<string, string>;
  workshop: WorkshopView;
  revealed: boolean;
}

function levelOf(key: string): Level | null {
  return /^[0-4]$/.test(key) ? (Number(key) as Level) : null;
}

function cellId(questionId: string, participantId: string, part: 'current' | 'target'): string {
  return `entry-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}-${participantId}-${part}`;
}

export function EntryGrid({ assessmentId, questionId, number, participants, labels, workshop, revealed }: Props) {
  const scoreOf = (participantId: string): ParticipantScore | undefined =>
    workshop.scores.find((s) => s.participantId === participantId && s.questionId === questionId);
  const hiddenOf = (participantId: string) =>
    workshop.hidden.find((h) => h.participantId === participantId && h.questionId === questionId);

  function state(participantId: string, part: 'current' | 'target'): CellState {
    if (revealed) {
      const s = scoreOf(participantId);
      if (!s) return { entered: false, shown: '' };
      if (part === 'current') {
        return s.dontKnow
          ? { entered: true, shown: 'D' }
          : { entered: s.current !== null, shown: s.current === null ? '' : String(s.current) };
      }
      return { entered: s.target !== null, shown: s.target === null ? '' : String(s.target) };
    }
    const h = hiddenOf(participantId);
    return { entered: part === 'current' ? Boolean(h?.hasCurrent) : Boolean(h?.hasTarget), shown: '' };
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>, participantId: string, part: 'current' | 'target') {
    if (event.key === 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key.length > 1 && event.key !== 'Backspace' && event.key !== 'Delete') return;
    event.preventDefault();
    const level = levelOf(event.key);
    const dontKnow = part === 'current' && (event.key === 'd' || event.key === 'D');
    const clear = event.key === 'Backspace' || event.key === 'Delete';
    if (level === null && !dontKnow && !clear) return;
    const who = { participantId, questionId };
    saveScore(
      assessmentId,
      part === 'current'
        ? { ...who, current: clear ? null : level, dontKnow }
        : { ...who, target: clear ? null : level },
      revealed,
    );
  }

  const enteredCount = participants.filter((p) => state(p.id, 'current').entered).length;
  const hintId = `entry-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}-hint`;

  return (
    <div className="app-entry">
      <p className="nhsuk-body-s app-entry__hint" id={hintId}>
        Type 0 to 4 in each box (D for “don’t know” in Now), then press Tab for the next box. Backspace clears a box.
        {!revealed && ' What you type is not shown: the box only says it was entered.'}
      </p>
      <div className="app-table-scroll">
        <table className="nhsuk-table app-entry__table">
          <caption className="nhsuk-table__caption app-entry__caption">
            Scores for question {number}
            {revealed ? '' : `: ${enteredCount} of ${participants.length} entered, hidden until revealed`}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Participant
              </th>
              <th scope="col" className="nhsuk-table__header">
                Now
              </th>
              <th scope="col" className="nhsuk-table__header">
                Target
              </th>
              <th scope="col" className="nhsuk-table__header">
                From
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {participants.map((p) => {
              const label = labels.get(p.id) ?? 'Participant';
              const source =
                (revealed ? scoreOf(p.id)?.source : hiddenOf(p.id)?.source) === 'response-file'
                  ? 'Response file'
                  : 'Live';
              const any = state(p.id, 'current').entered || state(p.id, 'target').entered;
              return (
                <tr className="nhsuk-table__row" key={p.id}>
                  <th scope="row" className="nhsuk-table__header app-entry__who">
                    {label}
                  </th>
                  {(['current', 'target'] as const).map((part) => {
                    const s = state(p.id, part);
                    const id = cellId(questionId, p.id, part);
                    return (
                      <td className="nhsuk-table__cell" key={part}>
                        <div className={`app-entry__cell${s.entered ? ' app-entry__cell--entered' : ''}`}>
                          <input
                            className="nhsuk-input app-entry__input"
                            id={id}
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            spellCheck={false}
                            aria-label={`${part === 'current' ? 'Now' : 'Target'}, ${label}, question ${number}`}
                            aria-describedby={`${id}-status ${hintId}`}
                            value={s.shown}
                            onChange={() => {}}
                            onKeyDown={(e) => onKey(e, p.id, part)}
                          />
                          <span className="app-entry__status" id={`${id}-status`}>
                            {s.entered ? 'Entered' : 'Not yet'}
                          </span>
                        </div>
                      </td>
                    );
                  })}
                  <td className="nhsuk-table__cell">{any ? source : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
