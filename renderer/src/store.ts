/**
 * UI state. Answers show on screen as soon as they are chosen and are saved through the api in
 * the order they were made; the save status only says "Saved" once the main process has said so
 * and nothing is pending (text waiting for its debounce counts as pending), and a failed save
 * keeps the user's input on screen with a way to try again. Pending text is saved at once when
 * the user moves to another screen, before an export, and when the page is closed or reloaded.
 */
import { create } from 'zustand';
import type { Assessment, AssessmentSummary, WorkshopView } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { api } from './api';

export type Section =
  | { kind: 'profile' }
  /** The workshop: participants, private scores, reveal and consensus, for one area at a time. */
  | { kind: 'workshop'; areaId?: string }
  /** An area page; `questionId` asks the page to bring that question into view and focus it. */
  | { kind: 'area'; areaId: string; questionId?: string }
  | { kind: 'review' }
  | { kind: 'results' }
  | { kind: 'plan' }
  /** Check-ins on the plan and the progress view. */
  | { kind: 'progress' };

export type View =
  | { name: 'home' }
  | { name: 'directory' }
  | { name: 'assessment'; id: string; section: Section }
  /** The workshop's presenter view of the open assessment: one question at a time, full screen. */
  | { name: 'presenter'; id: string; questionId: string }
  /** A response pack being answered on this computer. */
  | { name: 'pack'; id: string }
  /** Where the data lives, backups and restore. */
  | { name: 'data' }
  /** The ICB view: many PCNs' plans in one place. */
  | { name: 'portfolio' }
  /** The About screen; `back` is the screen it was opened from. */
  | { name: 'about'; back: View };

/** The open assessment as the main process hands it over: workshop scores only of revealed questions. */
export type OpenAssessment = Assessment & { lastPosition: string | null; workshop: WorkshopView };

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; message: string; field?: string };

interface AppState {
  view: View;
  go(view: View): void;

  assessments: AssessmentSummary[] | null;
  deleted: AssessmentSummary[];
  listError: string | null;
  /** Asks for home's list and the deleted ones (or takes those already asked for, `early`) and stores them. */
  loadAssessments(early?: FirstLoad | null): Promise<void>;

  current: OpenAssessment | null;
  previous: Assessment | null;
  openError: string | null;
  /** Opens an assessment where the user left it (or at `section`). */
  openAssessment(id: string, section?: Section): Promise<void>;
  goToSection(section: Section): void;
  /** Changes the open assessment on screen straight away (the save follows). */
  patchCurrent(change: (a: OpenAssessment) => OpenAssessment): void;

  save: SaveState;
  /** The save that failed, to try again. */
  retry: (() => void) | null;
  /** Queues a save; resolves true once saved, false if it failed (the status says why). */
  runSave<T>(call: () => Promise<Result<T>>, onSaved?: (value: T) => void): Promise<boolean>;

  /** How many edits are typed but not yet sent (waiting for the pause in typing). */
  pendingEdits: number;
  /** Marks an edit as waiting (`flush` sends it now) or, with null, as sent. */
  setPending(key: object, flush: (() => void) | null): void;
  /** Sends every waiting edit now. */
  flushPending(): void;
  /** Sends every waiting edit and waits for every queued save; true when all of them were saved. */
  settle(): Promise<boolean>;
}

/** Home's list and the deleted assessments, asked for together. */
const askForList = () => Promise.all([api.listAssessments(), api.listDeletedAssessments()]);
type FirstLoad = ReturnType<typeof askForList>;

/**
 * Home's list, asked for with the start-up check (before either answers), so home shows complete
 * after one round of requests. Kept as the raw answers: only home's first showing stores them, so
 * a refusal while the data was not open (start-up found a problem) is never shown.
 */
let firstLoad: FirstLoad | null = null;

/** Asks for home's list now, with the start-up check. */
export function preloadAssessments(): void {
  firstLoad = askForList();
}

/** The list asked for early, once (home's first showing); null after that, or when start-up found a problem. */
export function takeFirstLoad(): FirstLoad | null {
  const early = firstLoad;
  firstLoad = null;
  return early;
}

export function sectionToPosition(section: Section): string {
  return section.kind === 'area' ? `area:${section.areaId}` : section.kind;
}

export function positionToSection(position: string | null): Section {
  if (position?.startsWith('area:')) return { kind: 'area', areaId: position.slice(5) };
  if (
    position === 'review' ||
    position === 'results' ||
    position === 'plan' ||
    position === 'workshop' ||
    position === 'progress'
  ) {
    return { kind: position };
  }
  return { kind: 'profile' };
}

let queue: Promise<boolean> = Promise.resolve(true);
/** The edits waiting for a pause in typing, each with the function that sends it now. */
const waiting = new Map<object, () => void>();

export const useApp = create<AppState>((set, get) => ({
  view: { name: 'home' },
  go(view) {
    get().flushPending();
    set({ view });
  },

  assessments: null,
  deleted: [],
  listError: null,
  async loadAssessments(early) {
    const [list, deleted] = await (early ?? askForList());
    if (list.ok) set({ assessments: list.value, listError: null });
    else set({ listError: list.error.message });
    if (deleted.ok) set({ deleted: deleted.value });
  },

  current: null,
  previous: null,
  openError: null,
  async openAssessment(id, section) {
    get().flushPending();
    const result = await api.getAssessment({ id });
    if (!result.ok) {
      set({ openError: result.error.message });
      return;
    }
    const current = result.value;
    let previous: Assessment | null = null;
    if (current.previousAssessmentId) {
      const prev = await api.getAssessment({ id: current.previousAssessmentId });
      if (prev.ok) previous = prev.value;
    }
    set({
      current,
      previous,
      openError: null,
      save: { state: 'idle' },
      retry: null,
      view: { name: 'assessment', id, section: section ?? positionToSection(current.lastPosition) },
    });
  },
  goToSection(section) {
    const { current } = get();
    if (!current) return;
    get().flushPending();
    set({ view: { name: 'assessment', id: current.id, section } });
    void api.savePosition({ id: current.id, position: sectionToPosition(section) });
  },
  patchCurrent(change) {
    const { current } = get();
    if (current) set({ current: change(current) });
  },

  save: { state: 'idle' },
  retry: null,
  runSave(call, onSaved) {
    const attempt = async (): Promise<boolean> => {
      set({ save: { state: 'saving' } });
      let result: Result<unknown>;
      try {
        result = await call();
      } catch {
        result = { ok: false, error: { code: 'internal', message: 'The app could not reach its data store.' } };
      }
      if (result.ok) {
        onSaved?.(result.value as never);
        set({ save: { state: 'saved', at: new Date().toISOString() }, retry: null });
        return true;
      }
      set({
        save: {
          state: 'error',
          message: result.error.message,
          ...(result.error.field ? { field: result.error.field } : {}),
        },
        retry: () => {
          void get().runSave(call, onSaved);
        },
      });
      return false;
    };
    const next = queue.then(attempt, attempt);
    queue = next;
    return next;
  },

  pendingEdits: 0,
  setPending(key, flush) {
    if (flush) waiting.set(key, flush);
    else waiting.delete(key);
    if (get().pendingEdits !== waiting.size) set({ pendingEdits: waiting.size });
  },
  flushPending() {
    // Each flush removes itself from `waiting` and queues its save.
    for (const flush of [...waiting.values()]) flush();
  },
  async settle() {
    get().flushPending();
    await queue;
    return get().save.state !== 'error' && waiting.size === 0;
  },
}));
