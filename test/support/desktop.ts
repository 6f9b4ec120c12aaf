/**
 * Stand-ins for what the user does outside the page: the answers they give native file dialogs
 * (queued by the test before the step that opens one) and the desktop calls the app makes (the
 * file manager, the clipboard), recorded. Shared by the browser-test host and the session harness.
 */
import type { Desktop, FileDialogs } from '../../electron/deps';

export interface DialogAnswers {
  /** For each "open" dialog in turn: the paths the user chooses ([] = they cancel). */
  open: string[][];
  /** For each "save" dialog in turn: the path the user chooses (null = they cancel). */
  save: (string | null)[];
}

export interface DesktopCalls {
  openFolder: string[];
  copied: string[];
}

/** Dialogs that answer from `answers`; a dialog nobody answered is cancelled. */
export function answeredDialogs(answers: DialogAnswers): FileDialogs {
  return {
    async chooseFilesToOpen() {
      return answers.open.shift() ?? [];
    },
    async chooseFileToSave() {
      return answers.save.shift() ?? null;
    },
  };
}

/** A desktop that only records what the app asked of it. */
export function recordedDesktop(calls: DesktopCalls): Desktop {
  return {
    async openFolder(folder) {
      calls.openFolder.push(folder);
    },
    copyText(text) {
      calls.copied.push(text);
    },
  };
}
