/**
 * Handlers for the user's data as a whole: what start-up found and the recovery choice, the
 * "Your data" screen (where it lives, back up now, restore, open the folder) and the diagnostic
 * details for support.
 */
import path from 'node:path';
import { todayIso } from '../../shared/dates';
import { AppError } from '../../shared/result';
import type { DataSession } from '../db/session';
import type { Deps, Handlers } from '../deps';
import { systemFacts } from '../diagnostics';

function requireSession(deps: Deps): DataSession {
  if (!deps.session) throw new AppError('internal', 'Backups and restore are not available here.');
  return deps.session;
}

function requireDialogs(deps: Deps) {
  if (!deps.dialogs) throw new AppError('internal', 'Choosing files is not available here.');
  return deps.dialogs;
}

/** Why a backup file could not be written, in words that say the data itself is safe. */
function explainBackupWrite(error: unknown, fileName: string): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown })?.code ?? 'unknown');
  const safe = 'Your data itself is safe and unchanged.';
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'disk-full',
      `${fileName} was not saved: the disk is full. ${safe} Free some space, or choose another place, then try again.`,
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_IOERR') ||
    ['EACCES', 'EPERM', 'EROFS', 'EBUSY'].includes(code)
  ) {
    return new AppError(
      'read-only',
      `${fileName} was not saved: that folder cannot be written to, or the file is open in another program. ${safe} Choose another place, then try again.`,
    );
  }
  return new AppError('internal', `${fileName} was not saved because of an unexpected error (${code}). ${safe}`);
}

export const dataHandlers = {
  startupStatus(deps) {
    return requireSession(deps).status;
  },

  retryStartup(deps) {
    return requireSession(deps).start();
  },

  recoverStartup(deps, input) {
    return requireSession(deps).recover(input.choice);
  },

  dataOverview(deps) {
    return requireSession(deps).overview();
  },

  async backupNow(deps) {
    const session = requireSession(deps);
    const target = await requireDialogs(deps).chooseFileToSave({
      title: 'Save a backup of your data',
      defaultName: `Neighbourhood Ready backup ${todayIso(session.now)}.sqlite`,
      filters: [{ name: 'Neighbourhood Ready backup', extensions: ['sqlite'] }],
    });
    if (!target) return null;
    const fileName = path.basename(target);
    try {
      return { fileName, bytes: await session.backupTo(target) };
    } catch (error) {
      throw explainBackupWrite(error, fileName);
    }
  },

  prepareRestore(deps, input) {
    return requireSession(deps).prepareRestore({ backupName: input.name });
  },

  async chooseRestoreFile(deps) {
    const session = requireSession(deps);
    const [file] = await requireDialogs(deps).chooseFilesToOpen({
      title: 'Choose a backup to restore',
      filters: [{ name: 'Neighbourhood Ready backup', extensions: ['sqlite', 'db'] }],
      multiple: false,
    });
    if (!file) return null;
    return session.prepareRestore({ file });
  },

  restoreBackup(deps, input) {
    return requireSession(deps).restore(input.token);
  },

  async openDataFolder(deps) {
    const session = requireSession(deps);
    if (!deps.desktop) throw new AppError('internal', 'Opening folders is not available here.');
    await deps.desktop.openFolder(session.place.dataDir);
    return null;
  },

  copyDiagnostics(deps) {
    const text = requireSession(deps).diagnostics(deps.about ?? systemFacts('unknown'));
    deps.desktop?.copyText(text);
    return { text, copied: deps.desktop !== undefined };
  },
} satisfies Partial<Handlers>;
