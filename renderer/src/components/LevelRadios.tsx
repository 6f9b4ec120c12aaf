/**
 * A 0 to 4 level choice as NHS.UK radios in a fieldset, with an optional "Don't know". Beyond
 * Tab and the arrow keys, the digits 0 to 4 choose a level while focus is anywhere in the group,
 * and D chooses "Don't know" where it is offered.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { LEVEL_NAMES, LEVELS, type Level } from '../../../shared/framework';

export function levelLabel(level: Level, names: Record<Level, string> = LEVEL_NAMES): string {
  return `${level} – ${names[level]}`;
}

/** True when a key press there is typing, so single-key shortcuts must leave it alone. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

export type LevelGroupKind = 'current' | 'target' | 'strength';

interface Props {
  /** Unique on the page: radio ids are `${idPrefix}-0` … `${idPrefix}-4` and `${idPrefix}-dont-know`. */
  idPrefix: string;
  name: string;
  kind: LevelGroupKind;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  value: Level | null;
  onChange(level: Level): void;
  /** Offers "Don't know" after the levels when given. */
  dontKnow?: { checked: boolean; hint: string; onChoose(): void };
  isDisabled?(level: Level): boolean;
  /** Called when a digit names a level that is switched off. */
  onBlocked?(level: Level): void;
  /** Ids of messages that describe the group, besides its hint. */
  describedBy?: string[];
  names?: Record<Level, string>;
  small?: boolean;
  /** Shown inside the fieldset, after the hint and before the radios. */
  before?: ReactNode;
  /** Shown inside the fieldset, after the radios. */
  children?: ReactNode;
}

export function LevelRadios({
  idPrefix,
  name,
  kind,
  legend,
  legendClassName = 'nhsuk-fieldset__legend--s',
  hint,
  value,
  onChange,
  dontKnow,
  isDisabled,
  onBlocked,
  describedBy = [],
  names = LEVEL_NAMES,
  small = false,
  before,
  children,
}: Props) {
  const hintId = `${idPrefix}-hint`;
  const described = [hint ? hintId : null, ...describedBy].filter(Boolean).join(' ');

  function focusChoice(suffix: string) {
    document.getElementById(`${idPrefix}-${suffix}`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    if (/^[0-4]$/.test(event.key)) {
      event.preventDefault();
      const level = Number(event.key) as Level;
      if (isDisabled?.(level)) {
        onBlocked?.(level);
        return;
      }
      if (value !== level || dontKnow?.checked) onChange(level);
      focusChoice(String(level));
    } else if (dontKnow && (event.key === 'd' || event.key === 'D')) {
      event.preventDefault();
      if (!dontKnow.checked) dontKnow.onChoose();
      focusChoice('dont-know');
    }
  }

  return (
    <fieldset
      className="nhsuk-fieldset app-level-group"
      data-level-group={kind}
      aria-describedby={described || undefined}
      onKeyDown={onKeyDown}
    >
      <legend className={`nhsuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {before}
      <div className={`nhsuk-radios${small ? ' nhsuk-radios--small' : ''}`}>
        {LEVELS.map((level) => {
          const id = `${idPrefix}-${level}`;
          return (
            <div className="nhsuk-radios__item" key={level}>
              <input
                className="nhsuk-radios__input"
                id={id}
                name={name}
                type="radio"
                value={level}
                checked={value === level && !dontKnow?.checked}
                disabled={isDisabled?.(level) ?? false}
                onChange={() => onChange(level)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                {levelLabel(level, names)}
              </label>
            </div>
          );
        })}
        {dontKnow && (
          <>
            <div className="nhsuk-radios__divider">or</div>
            <div className="nhsuk-radios__item">
              <input
                className="nhsuk-radios__input"
                id={`${idPrefix}-dont-know`}
                name={name}
                type="radio"
                value="dont-know"
                checked={dontKnow.checked}
                aria-describedby={`${idPrefix}-dont-know-hint`}
                onChange={dontKnow.onChoose}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${idPrefix}-dont-know`}>
                Don't know
              </label>
              <div className="nhsuk-hint nhsuk-radios__hint" id={`${idPrefix}-dont-know-hint`}>
                {dontKnow.hint}
              </div>
            </div>
          </>
        )}
      </div>
      {children}
    </fieldset>
  );
}
