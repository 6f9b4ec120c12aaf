/**
 * What every handler receives: the database, clock, id generator, file dialogs and desktop. Built
 * here, outside both the storage layer and the handlers, by the main process and the test host.
 */
import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/contract';
import type { DB } from './db/open';
import type { DataSession } from './db/session';
import type { AboutFacts } from './diagnostics';

/** File choices are made by the user in the main process; the renderer never sends a path. */
export interface FileDialogs {
  /** Paths the user chose to open, or [] when they cancelled. */
  chooseFilesToOpen(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    multiple: boolean;
    /** Choose a folder instead of files (the ICB's portfolio import reads the files inside). */
    folder?: boolean;
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

/**
 * Handler dependencies whose database is the session's current one, read at every use: after a
 * restore every handler sees the new database.
 */
export function sessionDeps(session: DataSession, extras: Omit<Deps, 'db' | 'now' | 'backup' | 'session'>): Deps {
  return {
    ...extras,
    get db() {
      return session.db;
    },
    now: session.now,
    backup: async (reason: string) => {
      await session.backup(reason);
    },
    session,
  };
}
