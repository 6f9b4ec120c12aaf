/**
 * The open database for the life of the app, and everything that replaces it: the start-up check
 * and its recovery, and restores. Main and the browser-test host each hold one DataSession; the
 * handlers reach the database through it (`sessionDeps` in electron/deps.ts), so a restore swaps the database for
 * every handler at once and a handler never keeps a closed connection.
 */

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary, DataOverview, RestoreCandidate, RestoreDone, StartupStatus } from '../../shared/data-api';
import { AppError } from '../../shared/result';
import { type AboutFacts, type DataFacts, diagnosticText, type RecordedError } from '../diagnostics';
import {
  BACKUPS_KEPT,
  type BackupInfo,
  backupInfos,
  backupToFile,
  newestGoodBackup,
  removeUnfinishedCopies,
  takeBackup,
} from './backup';
import { LATEST_VERSION, type Migration } from './migrations';
import type { DB } from './open';
import { clearStaging, copyDatabaseInto, discardStaged, stageForRestore } from './restore';
import { type DataPlace, dataPlace, errorCode, openAppDatabase } from './startup';

const ERRORS_KEPT = 10;

export interface SessionOptions {
  now: () => Date;
  migrations?: readonly Migration[];
  log?: (message: string) => void;
}

/** The size of the data, counting what is still in the -wal (the file on disk can be much smaller). */
function databaseBytes(db: DB): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

function summary(info: BackupInfo): BackupSummary {
  return { name: info.name, createdAt: info.createdAt, reason: info.reason, bytes: info.bytes };
}

export class DataSession {
  readonly place: DataPlace;
  readonly now: () => Date;
  status: StartupStatus = { kind: 'unavailable', problem: 'unreadable', folder: '', message: 'Not started.' };
  private current: DB | null = null;
  private readonly errors: RecordedError[] = [];
  /** Checked copies waiting for the user's second confirmation, by token. */
  private readonly pending = new Map<string, { file: string; label: string }>();
  private readonly stagingDir: string;

  constructor(
    dataDir: string,
    private readonly options: SessionOptions,
  ) {
    this.place = dataPlace(dataDir);
    this.now = options.now;
    this.stagingDir = path.join(dataDir, 'restore-staging');
  }

  /** The open database; while start-up has not succeeded, every request for it is refused. */
  get db(): DB {
    if (!this.current) {
      throw new AppError('conflict', 'Your data is not open yet. Close Neighbourhood Ready and open it again.');
    }
    return this.current;
  }

  /** Runs the start-up check (again, when the user tries again) and records what it found. */
  async start(extra: { startEmpty?: boolean; dailyBackup?: boolean } = {}): Promise<StartupStatus> {
    if (this.current) return this.status;
    clearStaging(this.stagingDir);
    removeUnfinishedCopies(this.place.backupDir);
    this.pending.clear();
    const folder = this.place.dataDir;
    const outcome = await openAppDatabase({
      dataDir: folder,
      now: this.now,
      ...(this.options.migrations ? { migrations: this.options.migrations } : {}),
      ...extra,
    });
    switch (outcome.kind) {
      case 'ok':
        this.current = outcome.db;
        this.status = { kind: 'ok' };
        if (outcome.backupProblem) this.recordError('daily backup', 'backup-failed', outcome.backupProblem);
        break;
      case 'needs-recovery': {
        const newest = newestGoodBackup(this.place.backupDir);
        this.status = {
          kind: 'needs-recovery',
          folder,
          movedAsideAs: path.basename(outcome.movedAside),
          newestBackup: newest ? summary(newest) : null,
        };
        this.recordError('start-up', 'damaged', outcome.cause);
        break;
      }
      case 'newer':
        this.status = { kind: 'newer', folder, message: outcome.message };
        this.recordError('start-up', 'newer-database', null);
        break;
      default:
        this.status = { kind: 'unavailable', problem: outcome.kind, folder, message: outcome.message };
        this.recordError('start-up', outcome.kind, outcome.cause);
    }
    return this.status;
  }

  /** The user's choice after damage was found at start: the newest good backup, or an empty database. */
  async recover(choice: 'restore-newest' | 'start-empty'): Promise<StartupStatus> {
    if (this.status.kind !== 'needs-recovery') {
      throw new AppError('conflict', 'There is nothing to recover: your data is open.');
    }
    if (choice === 'restore-newest') {
      const newest = newestGoodBackup(this.place.backupDir);
      if (!newest) throw new AppError('not-found', 'There is no backup that can be restored. Nothing was changed.');
      if (fs.existsSync(this.place.dbFile)) {
        throw new AppError(
          'conflict',
          'A data file has appeared in the data folder since the check. Nothing was changed.',
        );
      }
      // Restored from a checked copy: rotation of the backups folder cannot touch it meanwhile.
      const staged = stageForRestore(newest.file, this.stagingDir, newest.name);
      try {
        await copyDatabaseInto(staged.file, this.place.dbFile);
      } finally {
        discardStaged(staged.file);
      }
    }
    return this.start({ startEmpty: true });
  }

  /** A verified automatic backup of the open database; returns its path. */
  backup(reason: string): Promise<string> {
    return takeBackup(this.db, this.place.backupDir, reason, this.now());
  }

  /** "Back up now": a verified copy at a path the user chose; returns its size in bytes. */
  backupTo(target: string): Promise<number> {
    return backupToFile(this.db, target);
  }

  overview(): DataOverview {
    const db = this.db;
    return {
      folder: this.place.dataDir,
      fileName: path.basename(this.place.dbFile),
      bytes: databaseBytes(db),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      backups: backupInfos(this.place.backupDir).map(summary),
      backupsKept: BACKUPS_KEPT,
    };
  }

  /** Checks a backup (an automatic one by name, or a file the user chose) and keeps the checked copy for `restore`. */
  prepareRestore(source: { backupName: string } | { file: string }): RestoreCandidate {
    let file: string;
    let label: string;
    let createdAt: string | null = null;
    if ('backupName' in source) {
      const info = backupInfos(this.place.backupDir).find((b) => b.name === source.backupName);
      if (!info)
        throw new AppError('not-found', 'That backup is no longer in the backups folder. Nothing was changed.');
      file = info.file;
      label = `The backup ${info.name}`;
      createdAt = info.createdAt;
    } else {
      file = source.file;
      label = path.basename(source.file);
    }
    if (path.resolve(file) === path.resolve(this.place.dbFile)) {
      throw new AppError(
        'invalid-input',
        `${label} is the data file in use now. Choose a backup. Nothing was changed.`,
      );
    }
    for (const old of this.pending.values()) discardStaged(old.file);
    this.pending.clear();
    const checked = stageForRestore(file, this.stagingDir, label);
    const token = randomUUID();
    this.pending.set(token, { file: checked.file, label: 'backupName' in source ? source.backupName : label });
    return {
      token,
      fileName: 'backupName' in source ? source.backupName : label,
      createdAt,
      assessments: checked.assessments,
      lastChanged: checked.lastChanged,
    };
  }

  /**
   * Restores a checked copy after the user's second confirmation: the data as it is now is backed
   * up first (verified), then the copy is written over it and opened.
   */
  async restore(token: string): Promise<RestoreDone> {
    const pending = this.pending.get(token);
    if (!pending) throw new AppError('not-found', 'That restore is no longer waiting. Choose the backup again.');
    this.pending.delete(token);
    try {
      const safety = await takeBackup(this.db, this.place.backupDir, 'before-restore', this.now());
      this.current?.close();
      this.current = null;
      try {
        await copyDatabaseInto(pending.file, this.place.dbFile);
      } catch (error) {
        // The copy runs in one transaction: the data file is as it was. Open it again.
        await this.start({ dailyBackup: false });
        throw new AppError(
          'internal',
          `The backup could not be restored (${errorCode(error)}). Your data is as it was before.`,
        );
      }
      const status = await this.start({ dailyBackup: false });
      if (status.kind !== 'ok') {
        throw new AppError(
          'internal',
          `The restored data could not be opened. ${'message' in status ? status.message : ''}`,
        );
      }
      const info = backupInfos(this.place.backupDir).find((b) => b.file === safety);
      if (!info) throw new AppError('internal', 'The backup taken before the restore is missing.');
      return { fileName: pending.label, safetyBackup: summary(info) };
    } finally {
      discardStaged(pending.file);
    }
  }

  recordError(where: string, code: string, cause: string | null): void {
    this.errors.push({ at: this.now().toISOString(), where, code, cause });
    this.errors.splice(0, Math.max(0, this.errors.length - ERRORS_KEPT));
  }

  /** The diagnostic details; they work whether or not the data is open. */
  diagnostics(about: AboutFacts): string {
    const db = this.current;
    const counts = db
      ? (db
          .prepare(
            'SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS active, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS deleted FROM assessment',
          )
          .get() as { active: number; deleted: number })
      : null;
    const backups = backupInfos(this.place.backupDir);
    const facts: DataFacts = {
      startup: this.status.kind === 'unavailable' ? `unavailable (${this.status.problem})` : this.status.kind,
      schemaVersion: db ? (db.pragma('user_version', { simple: true }) as number) : null,
      latestSchemaVersion: LATEST_VERSION,
      assessments: counts,
      databaseBytes: db ? databaseBytes(db) : null,
      backups: { count: backups.length, newest: backups[0]?.createdAt ?? null, kept: BACKUPS_KEPT },
      errors: this.errors,
    };
    return diagnosticText(about, facts, this.now());
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }
}
