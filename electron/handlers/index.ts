/**
 * Every handler of the IPC contract. Handlers are plain functions `(deps, input) => output`:
 * the database, clock, id generator and file dialogs come in as arguments so tests call them
 * directly.
 */
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { DB } from '../db/open';
import type { DataSession } from '../db/session';
import type { AboutFacts } from '../diagnostics';
import { assessmentHandlers } from './assessments';
import { dataHandlers } from './data';
import { directoryHandlers } from './directory';
import { planHandlers } from './plan';
import { responseHandlers } from './responses';
import { transferHandlers } from './transfer';
import { walkthroughHandlers } from './walkthrough';
import { workshopHandlers } from './workshop';

/** File choices are made by the user in the main process; the renderer never sends a path. */
export interface FileDialogs {
  /** Paths the user chose to open, or [] when they cancelled. */
  chooseFilesToOpen(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    multiple: boolean;
  }): Promise<string[]>;
  /** The path the user chose to save to, or null when they cancelled. */
  chooseFileToSave(options: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
}

/** The desktop around the app: Electron's shell and clipboard (recorded calls in the test host). */
export interface Desktop {
  openFolder(folder: string): Promise<void>;
  copyText(text: string): void;
}

export interface Deps {
  db: DB;
  now: () => Date;
  newId: () => string;
  dialogs?: FileDialogs;
  /** Takes a verified backup of the database before a step that replaces data. */
  backup?: (reason: string) => Promise<void>;
  /** Folder holding the PDF fonts in the packaged app; without it they come from node_modules. */
  fontDir?: string;
  /** Where unexpected errors are recorded (never shown raw to the user). */
  log?: (message: string) => void;
  /** The open database's start-up state, backups and restore (main process and test host). */
  session?: DataSession;
  desktop?: Desktop;
  /** Versions and system facts for the diagnostic details. */
  about?: AboutFacts;
}

export type Handlers = {
  [K in ChannelName]: (deps: Deps, input: ParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;
};

export const handlers: Handlers = {
  ...assessmentHandlers,
  ...walkthroughHandlers,
  ...directoryHandlers,
  ...planHandlers,
  ...transferHandlers,
  ...workshopHandlers,
  ...responseHandlers,
  ...dataHandlers,
};
