/**
 * UI state. Data is cached here after it has been saved through the api; nothing claims to be
 * saved before the main process has said so.
 */
import { create } from 'zustand';
import type { AssessmentSummary } from '../../shared/domain';
import { api } from './api';

export type View = { name: 'home' } | { name: 'assessment'; id: string };

interface AppState {
  view: View;
  assessments: AssessmentSummary[] | null;
  listError: string | null;
  go(view: View): void;
  loadAssessments(): Promise<void>;
}

export const useApp = create<AppState>((set) => ({
  view: { name: 'home' },
  assessments: null,
  listError: null,
  go(view) {
    set({ view });
  },
  async loadAssessments() {
    const result = await api.listAssessments();
    if (result.ok) set({ assessments: result.value, listError: null });
    else set({ listError: result.error.message });
  },
}));
