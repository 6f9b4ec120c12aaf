/**
 * Debounces a save while the user types: it runs `delay` ms after the last change, straight
 * away on `flush()` (call it on blur), and on unmount, so leaving the page never loses the last
 * keystrokes. The latest `save` function is always the one that runs. While it waits, the store
 * counts the edit as pending (the save status does not say "Saved"), and can send it at once
 * (before an export, or when the page is closed or reloaded).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../store';

export interface DebouncedSave {
  /** Marks a change; the save runs once typing has stopped for `delay` ms. */
  schedule(): void;
  /** Runs a pending save now (no-op when nothing is pending). */
  flush(): void;
  /** Saves now, once, including anything pending. */
  now(): void;
  /** Where this field's own edits are: none yet, waiting for a pause in typing, or sent to be saved. */
  edits: 'none' | 'waiting' | 'sent';
}

export function useDebouncedSave(save: () => void, delay = 600): DebouncedSave {
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);
  /** This field's place in the store's list of pending edits. */
  const key = useRef({});
  const [edits, setEdits] = useState<DebouncedSave['edits']>('none');

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!pending.current) return;
    pending.current = false;
    useApp.getState().setPending(key.current, null);
    setEdits('sent');
    saveRef.current();
  }, []);

  const schedule = useCallback(() => {
    if (!pending.current) {
      pending.current = true;
      useApp.getState().setPending(key.current, flush);
      setEdits('waiting');
    }
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delay);
  }, [flush, delay]);

  const now = useCallback(() => {
    pending.current = true;
    flush();
  }, [flush]);

  // Leaving the page (another area, home, the app closing the view) saves what was typed.
  useEffect(() => flush, [flush]);

  return useMemo(() => ({ schedule, flush, now, edits }), [schedule, flush, now, edits]);
}
