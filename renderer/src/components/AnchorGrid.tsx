/**
 * Now and the six-month target for a question with its own anchors (framework 2026.2 onwards):
 * one row per level with the question's statement for it, written once, and a "Now" and an
 * "In six months" radio on each row, so every level's words are on screen together. The keys
 * are those of LevelRadios: with focus on a "Now" choice the digits 0 to 4 choose now, with focus
 * on an "In six months" choice they choose the target, and D chooses "Don't know" for now.
 *
 * Ids match LevelRadios (`${idPrefix}-current-2`, `${idPrefix}-target-2`,
 * `${idPrefix}-current-dont-know`), so links and shortcuts find the same controls either way.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { type Anchor, LEVELS, type Level } from '../../../shared/framework';
import { isTextEntry, levelLabel } from './LevelRadios';

export type AnchorChoiceKind = 'current' | 'target';

interface Props {
  idPrefix: string;
  legend: ReactNode;
  hint?: ReactNode;
  anchors: Record<Level, Anchor>;
  current: Level | null;
  dontKnow: boolean;
  target: Level | null;
  onCurrent(level: Level): void;
  onDontKnow(): void;
  onTarget(level: Level): void;
  nowHeading?: string;
  targetHeading?: string;
  /** Target levels that are switched off (a target below now, until the user says so). */
  isTargetDisabled?(level: Level): boolean;
  /** Called when a digit names a target level that is switched off. */
  onTargetBlocked?(level: Level): void;
  /** Show each level's evidence example under its statement. */
  showEvidence: boolean;
  dontKnowHint?: string;
  /** Ids of messages that describe the whole choice, besides its hint. */
  describedBy?: string[];
  /** Shown inside the fieldset, straight after the levels. */
  before?: ReactNode;
  /** Shown inside the fieldset, after `before`. */
  children?: ReactNode;
}

export function AnchorGrid({
  idPrefix,
  legend,
  hint,
  anchors,
  current,
  dontKnow,
  target,
  onCurrent,
  onDontKnow,
  onTarget,
  nowHeading = 'Now',
  targetHeading = 'In six months',
  isTargetDisabled,
  onTargetBlocked,
  showEvidence,
  dontKnowHint = 'Not sure? That is worth knowing.',
  describedBy = [],
  before,
  children,
}: Props) {
  const hintId = `${idPrefix}-hint`;
  const described = [hint ? hintId : null, ...describedBy].filter(Boolean).join(' ');
  const rowId = (level: Level) => `${idPrefix}-level-${level}`;
  const evidenceId = (level: Level) => `${idPrefix}-evidence-${level}`;

  function focus(id: string) {
    document.getElementById(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    const kind = event.target instanceof HTMLElement ? event.target.dataset.levelChoice : undefined;
    if (kind !== 'current' && kind !== 'target') return;
    if (/^[0-4]$/.test(event.key)) {
      event.preventDefault();
      const level = Number(event.key) as Level;
      if (kind === 'current') {
        if (current !== level || dontKnow) onCurrent(level);
      } else {
        if (isTargetDisabled?.(level)) {
          onTargetBlocked?.(level);
          return;
        }
        if (target !== level) onTarget(level);
      }
      focus(`${idPrefix}-${kind}-${level}`);
    } else if (event.key === 'd' || event.key === 'D') {
      event.preventDefault();
      if (!dontKnow) onDontKnow();
      focus(`${idPrefix}-current-dont-know`);
    }
  }

  function radio(kind: AnchorChoiceKind, level: Level) {
    const id = `${idPrefix}-${kind}-${level}`;
    const checked = kind === 'current' ? current === level && !dontKnow : target === level;
    const disabled = kind === 'target' && (isTargetDisabled?.(level) ?? false);
    return (
      <div className="nhsuk-radios__item app-anchor-grid__radio">
        <input
          className="nhsuk-radios__input"
          id={id}
          name={`${idPrefix}-${kind}`}
          type="radio"
          value={level}
          checked={checked}
          disabled={disabled}
          data-level-choice={kind}
          aria-describedby={[rowId(level), showEvidence ? evidenceId(level) : null].filter(Boolean).join(' ')}
          onChange={() => (kind === 'current' ? onCurrent(level) : onTarget(level))}
        />
        <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
          <span className="nhsuk-u-visually-hidden">
            {kind === 'current' ? nowHeading : targetHeading}: {levelLabel(level)}
          </span>
        </label>
      </div>
    );
  }

  const chosen = (level: Level) =>
    [current === level && !dontKnow ? 'now' : null, target === level ? 'target' : null].filter(Boolean).join(' ');

  // The radios come first in the page's order, all of "Now" and then all of "In six months", so
  // Tab moves from one set to the other whatever is chosen; CSS lays them out in rows beside the
  // statements (app-anchor-grid__row-N).
  return (
    <fieldset
      className="nhsuk-fieldset app-anchor-grid"
      data-anchor-grid
      aria-describedby={described || undefined}
      onKeyDown={onKeyDown}
    >
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="app-anchor-grid__grid">
        <div className="app-anchor-grid__head app-anchor-grid__now app-anchor-grid__row-0" aria-hidden="true">
          {nowHeading}
        </div>
        <div className="app-anchor-grid__head app-anchor-grid__target app-anchor-grid__row-0" aria-hidden="true">
          {targetHeading}
        </div>
        <div className="app-anchor-grid__head app-anchor-grid__text app-anchor-grid__row-0" aria-hidden="true">
          Level: what it looks like for this question
        </div>
        {LEVELS.map((level) => (
          <div className={`app-anchor-grid__now app-anchor-grid__row-${level + 1}`} key={`now-${level}`}>
            {radio('current', level)}
          </div>
        ))}
        <div className="app-anchor-grid__now app-anchor-grid__row-6">
          <div className="nhsuk-radios__item app-anchor-grid__radio">
            <input
              className="nhsuk-radios__input"
              id={`${idPrefix}-current-dont-know`}
              name={`${idPrefix}-current`}
              type="radio"
              value="dont-know"
              checked={dontKnow}
              data-level-choice="current"
              aria-describedby={`${idPrefix}-dont-know-hint`}
              onChange={onDontKnow}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${idPrefix}-current-dont-know`}>
              <span className="nhsuk-u-visually-hidden">{nowHeading}: </span>Don't know
            </label>
          </div>
        </div>
        {LEVELS.map((level) => (
          <div className={`app-anchor-grid__target app-anchor-grid__row-${level + 1}`} key={`target-${level}`}>
            {radio('target', level)}
          </div>
        ))}
        {LEVELS.map((level) => (
          <div
            className={`app-anchor-grid__text app-anchor-grid__row-${level + 1}${chosen(level) ? ' app-anchor-grid__text--chosen' : ''}`}
            key={`text-${level}`}
          >
            <span id={rowId(level)}>
              <strong className="app-anchor-grid__level">{levelLabel(level)}</strong>{' '}
              <span className="app-anchor-grid__statement">{anchors[level].text}</span>
            </span>
            {showEvidence && (
              <span className="app-anchor-grid__evidence" id={evidenceId(level)}>
                Evidence, for example: {anchors[level].evidence}
              </span>
            )}
          </div>
        ))}
        <div
          className="app-anchor-grid__text app-anchor-grid__row-6 app-anchor-grid__dont-know"
          id={`${idPrefix}-dont-know-hint`}
        >
          {dontKnowHint}
        </div>
      </div>
      {before}
      {children}
    </fieldset>
  );
}
