/**
 * Finds a PCN in the imported NHS directory: an ARIA 1.2 combobox (an editable input with a
 * list of suggestions). Typing searches by part of the PCN's name or code, or a member practice's
 * name or code (the suggestion then says which practice matched); Down and Up arrows move
 * through the suggestions, Enter chooses one, Escape closes the list. The number of matches is
 * announced to screen readers as it changes.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { PcnMatch } from '../../../shared/directory-api';
import { plural } from '../../../shared/words';
import { api } from '../api';
import { FieldError } from './ErrorSummary';

/** The main process returns at most this many matches. */
const MAX_SHOWN = 12;

/** "NHS Devon ICB": the suggestions are easier to scan with the ICB's usual short name. */
function shortIcbName(name: string): string {
  return name.replace(/\bIntegrated Care Board$/i, 'ICB');
}

export function describeIcbs(icbs: string[]): string {
  if (icbs.length === 0) return 'ICB not known';
  return icbs.length === 1 ? shortIcbName(icbs[0] ?? '') : `${icbs.length} ICBs`;
}

/** "Includes Hillfoot Surgery (B86011)": why a PCN found through one of its practices is offered. */
export function matchedPracticeNote(m: PcnMatch): string | null {
  return m.matchedPractice ? `Includes ${m.matchedPractice.name} (${m.matchedPractice.code})` : null;
}

/** "U41591 · 2 ICBs · 4 practices · 35,726 patients". */
export function matchDetails(m: PcnMatch): string {
  const parts = [m.code, describeIcbs(m.icbs), plural(m.practiceCount, 'practice', 'practices')];
  if (m.population !== null) parts.push(plural(m.population, 'patient', 'patients'));
  return parts.join(' · ');
}

function announce(query: string, matches: PcnMatch[]): string {
  if (query.trim() === '') return '';
  if (matches.length === 0) return `No PCNs match “${query.trim()}”.`;
  if (matches.length >= MAX_SHOWN) {
    return `${MAX_SHOWN} closest matches shown. Type more of the name or code to narrow them down.`;
  }
  return `${plural(matches.length, 'PCN matches', 'PCNs match')}. Use the down arrow to choose.`;
}

interface Props {
  /** Called with the chosen PCN; resolves once the profile has been filled in. */
  onChoose(match: PcnMatch): Promise<void> | void;
}

export function PcnSearch({ onChoose }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<PcnMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  /** The text the suggestions on screen were found for. */
  const [resultsFor, setResultsFor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);
  /** The suggestions and highlight on screen now, for a search whose answer arrives later. */
  const onScreen = useRef({ matches, active });
  onScreen.current = { matches, active };

  async function search(text: string) {
    const ticket = ++latest.current;
    if (text.trim() === '') {
      setMatches([]);
      setOpen(false);
      setActive(-1);
      setStatus('');
      setResultsFor(text);
      return;
    }
    const result = await api.searchPcns({ query: text.slice(0, 100) });
    if (ticket !== latest.current) return; // a later keystroke has already asked again
    if (!result.ok) {
      setError(result.error.message);
      setMatches([]);
      setOpen(false);
      return;
    }
    setError(null);
    // Results can arrive after the user has already moved to a suggestion (they type fast, then
    // press the down arrow): keep that PCN highlighted if it is still among the matches.
    const highlighted = onScreen.current.matches[onScreen.current.active]?.code;
    setMatches(result.value);
    setOpen(true);
    setActive(highlighted ? result.value.findIndex((m) => m.code === highlighted) : -1);
    setStatus(announce(text, result.value));
    setResultsFor(text);
  }

  // Keep the highlighted suggestion in view when moving through a long list with the arrows.
  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`#${CSS.escape(`${id}-option-${active}`)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  function choose(match: PcnMatch) {
    latest.current++;
    setQuery(match.name);
    setOpen(false);
    setActive(-1);
    setMatches([]);
    setStatus('');
    void onChoose(match);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = matches.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open && count > 0) setOpen(true);
        if (count > 0) setActive((a) => (a + 1) % count);
        else if (query.trim() !== '') void search(query);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open && count > 0) setOpen(true);
        if (count > 0) setActive((a) => (a <= 0 ? count - 1 : a - 1));
        break;
      case 'Enter': {
        const match = open ? matches[active] : undefined;
        if (match) {
          event.preventDefault();
          choose(match);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
          void search('');
        }
        break;
      default:
    }
  }

  const expanded = open && query.trim() !== '' && matches.length > 0;
  const noMatches = open && query.trim() !== '' && matches.length === 0;
  const activeId = expanded && active >= 0 ? `${id}-option-${active}` : undefined;

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        Search by PCN name or code, or a practice name or code
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        For example, Coast and Country, U41591, or a member practice such as Hillfoot Surgery or B86011. Choosing a PCN
        fills in the details below, and replaces what is there.
      </div>
      <FieldError id={`${id}-error`} message={error} />
      <div className="app-combobox">
        <input
          className={`nhsuk-input app-combobox__input${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          name="pcnSearch"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            void search(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <div
          className="app-combobox__listbox"
          id={listId}
          role="listbox"
          aria-label="Matching PCNs"
          ref={listRef}
          hidden={!expanded}
          // Keep focus in the input while the pointer scrolls or chooses, as the keyboard would.
          onMouseDown={(e) => e.preventDefault()}
          data-results-for={resultsFor}
        >
          {expanded &&
            matches.map((m, i) => (
              // The ARIA 1.2 combobox pattern: focus stays in the input, which handles the keys and
              // points at the highlighted option with aria-activedescendant; options are not focusable.
              // biome-ignore lint/a11y/useFocusableInteractive: see above.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles Enter for the highlighted option.
              <div
                key={m.code}
                id={`${id}-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={`app-combobox__option${i === active ? ' app-combobox__option--active' : ''}`}
                onClick={() => choose(m)}
              >
                <span className="app-combobox__name">{m.name}</span>
                <span className="app-combobox__details">
                  <span className="nhsuk-u-visually-hidden">, </span>
                  {matchDetails(m)}
                </span>
                {m.matchedPractice && (
                  <span className="app-combobox__details app-combobox__practice">
                    <span className="nhsuk-u-visually-hidden">, </span>
                    {matchedPracticeNote(m)}
                  </span>
                )}
              </div>
            ))}
        </div>
        {noMatches && (
          <p className="app-combobox__empty" aria-hidden="true">
            No PCNs match “{query.trim()}”. Check the spelling, try part of the name, or type the details below.
          </p>
        )}
      </div>
      <div className="nhsuk-u-visually-hidden app-combobox__status" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </div>
  );
}
