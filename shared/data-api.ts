/**
 * What the renderer receives about the user's data: what start-up found, where the data lives,
 * the automatic backups and restores. Paths are shown to the user as text; the renderer never
 * sends one back (backups are named, files are chosen in a dialog in the main process).
 */

/** One automatic backup in the backups folder. */
export interface BackupSummary {
  /** The file's name (no folder): the only way the renderer refers to a backup. */
  name: string;
  /** When it was taken (ISO, UTC). */
  createdAt: string;
  /** Why it was taken: 'daily', 'before-restore', 'before-migration-v1', … (see describeBackupReason). */
  reason: string;
  bytes: number;
}

/** Start-up problems that are not damage: nothing is moved or changed, and the user can try again. */
export type StartupProblem = 'locked' | 'read-only' | 'disk-full' | 'unreadable';

/** What the start-up check found. The app shows its screens only when this is 'ok'. */
export type StartupStatus =
  | { kind: 'ok' }
  /** The data file was damaged or not a database: it was renamed (kept) and the user chooses what next. */
  | { kind: 'needs-recovery'; folder: string; movedAsideAs: string; newestBackup: BackupSummary | null }
  /** Written by a newer version of the app: left exactly as it is. */
  | { kind: 'newer'; folder: string; message: string }
  | { kind: 'unavailable'; problem: StartupProblem; folder: string; message: string };

export interface DataOverview {
  /** The data folder, to show as text. */
  folder: string;
  fileName: string;
  bytes: number;
  schemaVersion: number;
  /** Newest first. */
  backups: BackupSummary[];
  /** How many automatic backups are kept. */
  backupsKept: number;
}

/** A backup checked and ready to restore, waiting for the user's second confirmation. */
export interface RestoreCandidate {
  token: string;
  /** The backup's date and time or the chosen file's name, for the confirmation. */
  fileName: string;
  createdAt: string | null;
  assessments: number;
  /** The latest change saved in it (ISO), if it has any assessments. */
  lastChanged: string | null;
}

export interface RestoreDone {
  fileName: string;
  /** The backup of the data as it was just before the restore. */
  safetyBackup: BackupSummary;
}

const REASONS: Record<string, string> = {
  daily: 'Daily, when the app started',
  'before-restore': 'Before a restore',
  'before-import-replace': 'Before replacing an assessment with an imported file',
  'before-directory-import': 'Before updating the NHS directory',
};

/** The reason a backup was taken, in plain words. */
export function describeBackupReason(reason: string): string {
  const known = REASONS[reason];
  if (known) return known;
  if (reason.startsWith('before-migration')) return 'Before updating the data format for a new version';
  return 'Automatic backup';
}
