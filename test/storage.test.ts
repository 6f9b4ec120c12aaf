import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../electron/db/migrations';
import { NewerDatabaseError, openDatabase } from '../electron/db/open';
import { tempDir } from './support/temp';

function dbPath(dir: string) {
  return path.join(dir, 'neighbourhood-ready.sqlite');
}

function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { sql: string }[];
  return `${rows.map((r) => `${r.sql.replace(/\n\s+/g, '\n  ').trim()};`).join('\n\n')}\n`;
}

describe('opening and migrating the database', () => {
  it('creates an empty database at the latest version with durable settings', async () => {
    const dir = tempDir();
    const db = await openDatabase(dbPath(dir), { backupDir: path.join(dir, 'backups') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Every table is STRICT.
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    // A fresh database has nothing worth backing up.
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    db.close();
  });

  it('matches the committed schema snapshot', async () => {
    const dir = tempDir();
    const db = await openDatabase(dbPath(dir), { backupDir: path.join(dir, 'backups') });
    await expect(schemaOf(db)).toMatchFileSnapshot('./schema.snapshot.sql');
    db.close();
  });

  it('refuses a database from a newer version and leaves it untouched', async () => {
    const dir = tempDir();
    const file = dbPath(dir);
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT; INSERT INTO future VALUES (42);');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);

    const opening = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toThrow(/saved by a newer version of Neighbourhood Ready/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['neighbourhood-ready.sqlite']);
  });

  it('backs up an existing database before migrating it, and keeps its data', async () => {
    const dir = tempDir();
    const file = dbPath(dir);
    const v1Only = MIGRATIONS.filter((m) => m.version === 1);
    const db1 = await openDatabase(file, { backupDir: path.join(dir, 'backups'), migrations: v1Only });
    db1
      .prepare(
        `INSERT INTO assessment (id, framework_version, assessment_date, plan_start, pcn_name, created_at, updated_at)
         VALUES ('a', '2026.1', '2026-11-22', '2026-12-01', 'Kept PCN', 'now', 'now')`,
      )
      .run();
    db1.close();

    const v2: Migration = {
      version: 2,
      description: 'test step',
      up: (db) => db.exec('CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT'),
    };
    const db2 = await openDatabase(file, {
      backupDir: path.join(dir, 'backups'),
      migrations: [...v1Only, v2],
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    expect(db2.pragma('user_version', { simple: true })).toBe(2);
    expect(db2.prepare('SELECT pcn_name FROM assessment').get()).toEqual({ pcn_name: 'Kept PCN' });
    db2.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual(['neighbourhood-ready-2026-11-22T10-00-00-000Z-before-migration-v1.sqlite']);
    const copy = new Database(path.join(dir, 'backups', backups[0] as string), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT pcn_name FROM assessment').get()).toEqual({ pcn_name: 'Kept PCN' });
    copy.close();
  });

  it('rolls back every step of a migration that fails halfway, keeping the backup', async () => {
    const dir = tempDir();
    const file = dbPath(dir);
    const v1Only = MIGRATIONS.filter((m) => m.version === 1);
    const db1 = await openDatabase(file, { backupDir: path.join(dir, 'backups'), migrations: v1Only });
    db1.close();
    const failing: Migration[] = [
      ...v1Only,
      { version: 2, description: 'fine', up: (db) => db.exec('CREATE TABLE step_two (id TEXT) STRICT') },
      {
        version: 3,
        description: 'breaks halfway',
        up: (db) => {
          db.exec('CREATE TABLE step_three (id TEXT) STRICT');
          throw new Error('disk went away');
        },
      },
    ];
    await expect(openDatabase(file, { backupDir: path.join(dir, 'backups'), migrations: failing })).rejects.toThrow(
      'disk went away',
    );
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    const names = (after.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'step_%'").all() as unknown[]).length;
    expect(names).toBe(0);
    after.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('migrates every version in order from an empty file', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
