/**
 * The diagnostic details a user can copy for support: versions, system, the state of the data
 * and recent error codes. Never assessment content, names or paths (a path can contain the
 * user's name).
 */
import os from 'node:os';

/** Versions and system facts, gathered once at start. */
export interface AboutFacts {
  appVersion: string;
  os: string;
  electron: string | null;
  chrome: string | null;
  node: string;
}

export interface RecordedError {
  at: string;
  /** The IPC channel, or 'start-up' / 'daily backup'. */
  where: string;
  code: string;
  /** The SQLite or system error code behind it, if any. */
  cause: string | null;
}

export interface DataFacts {
  startup: string;
  schemaVersion: number | null;
  latestSchemaVersion: number;
  assessments: { active: number; deleted: number } | null;
  databaseBytes: number | null;
  backups: { count: number; newest: string | null; kept: number };
  errors: readonly RecordedError[];
}

export function systemFacts(appVersion: string): AboutFacts {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    appVersion,
    os: `${os.type()} ${os.release()} (${process.platform}, ${process.arch})`,
    electron: versions.electron ?? null,
    chrome: versions.chrome ?? null,
    node: versions.node,
  };
}

export function diagnosticText(about: AboutFacts, data: DataFacts, now: Date): string {
  const lines = [
    `Neighbourhood Ready ${about.appVersion}`,
    `Generated: ${now.toISOString()}`,
    `Operating system: ${about.os}`,
    `Electron: ${about.electron ?? 'not running in Electron'}`,
    `Chrome: ${about.chrome ?? 'not known'}`,
    `Node: ${about.node}`,
    `Start-up check: ${data.startup}`,
    `Data format: ${data.schemaVersion ?? 'not open'} (this version understands up to ${data.latestSchemaVersion})`,
    `Assessments: ${data.assessments ? `${data.assessments.active} (${data.assessments.deleted} recently deleted)` : 'not open'}`,
    `Data file size: ${data.databaseBytes ?? 'not known'} bytes`,
    `Automatic backups: ${data.backups.count} of ${data.backups.kept} kept, newest ${data.backups.newest ?? 'none'}`,
    'Recent errors:',
    ...(data.errors.length === 0
      ? ['  none']
      : data.errors.map((e) => `  ${e.at} ${e.where}: ${e.code}${e.cause ? ` (${e.cause})` : ''}`)),
  ];
  return `${lines.join('\n')}\n`;
}
