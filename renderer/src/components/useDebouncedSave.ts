/**
 * Debounces a save while the user types: it runs `delay` ms after the last change, straight
 * away on `flush()` (call it on blur), and on unmount, so leaving the page never loses the last
 * keystrokes. The latest `save` function is always the one that runs.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';

export interface DebouncedSave {
  /** Marks a change; the save runs once typing has stopped for `delay` ms. */
  schedule(): void;
  /** Runs a pending save now (no-op when nothing is pending). */
  flush(): void;
  /** Saves now, once, including anything pending. */
  now(): void;
}

export function useDebouncedSave(save: () => void, delay = 600): DebouncedSave {
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!pending.current) return;
    pending.current = false;
    saveRef.current();
  }, []);

  const schedule = useCallback(() => {
    pending.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  }, [flush, delay]);

  const now = useCallback(() => {
    pending.current = true;
    flush();
  }, [flush]);

  // Leaving the page (another area, home, the app closing the view) saves what was typed.
  useEffect(() => flush, [flush]);

  return useMemo(() => ({ schedule, flush, now }), [schedule, flush, now]);
}
