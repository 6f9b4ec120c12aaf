/**
 * Page-wide shortcuts on an area page, when focus is not in a text box: J and K move to the
 * next and previous question, Alt+→ and Alt+← go to the next and previous area. (The digits and
 * D belong to each set of options: see LevelRadios.)
 */
import { useEffect, useRef } from 'react';
import { isTextEntry } from './LevelRadios';

/**
 * The question card's first control: its chosen "now" option, or the first one (in a set of
 * "now" radios, or the "Now" column of a question with its own anchors).
 */
function firstControl(card: HTMLElement): HTMLElement | null {
  const now = [
    ...card.querySelectorAll<HTMLInputElement>(
      '[data-level-group="current"] input, input[data-level-choice="current"]',
    ),
  ];
  return now.find((i) => i.checked) ?? now.find((i) => !i.disabled) ?? null;
}

function bringIntoView(card: HTMLElement, control: HTMLElement) {
  card.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/** Brings one question to the top of the window and focuses its first control. */
export function focusQuestion(questionId: string): boolean {
  const card = [...document.querySelectorAll<HTMLElement>('[data-question-card]')].find(
    (c) => c.dataset.questionCard === questionId,
  );
  const control = card ? firstControl(card) : null;
  if (!card || !control) return false;
  bringIntoView(card, control);
  return true;
}

export function moveToQuestion(direction: 1 | -1): boolean {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-question-card]')];
  const active = document.activeElement ?? document.body;
  const inside = cards.findIndex((card) => card.contains(active));
  let target: HTMLElement | undefined;
  if (inside >= 0) target = cards[inside + direction];
  else if (direction === 1)
    target = cards.find((c) => active.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
  else target = cards.findLast((c) => active.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING);
  const control = target ? firstControl(target) : null;
  if (!target || !control) return false;
  bringIntoView(target, control);
  return true;
}

export function useAreaShortcuts({ next, previous }: { next(): void; previous(): void }) {
  const actions = useRef({ next, previous });
  actions.current = { next, previous };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          if (event.key === 'ArrowRight') actions.current.next();
          else actions.current.previous();
        }
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        moveToQuestion(key === 'j' ? 1 : -1);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
