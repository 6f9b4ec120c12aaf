/**
 * Migration 2 (workshops) on a database that already holds a version 1 assessment: a backup is
 * taken first, every row is kept, and the assessment opens with an empty workshop that can be
 * used at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getAssessment } from '../electron/db/assessments';
import { LATEST_VERSION, MIGRATIONS } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { readWorkshop, saveScore } from '../electron/db/workshop';
import { tempDir } from './support/temp';

const ASSESSMENT = '20000000-0000-4000-8000-000000000001';
const PERSON = '20000000-0000-4000-8000-000000000002';

describe('migrating a version 1 database with data to version 2', () => {
  it('backs up, keeps every row, and adds empty workshop tables', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'neighbourhood-ready.sqlite');
    const backupDir = path.join(dir, 'backups');
    const v1 = await openDatabase(file, { backupDir, migrations: MIGRATIONS.filter((m) => m.version === 1) });
    v1.exec(`
      INSERT INTO assessment (id, framework_version, assessment_date, plan_start, pcn_name, created_at, updated_at)
        VALUES ('${ASSESSMENT}', '2026.1', '2026-11-22', '2026-12-01', 'Kept PCN', '2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z');
      INSERT INTO participant (id, assessment_id, position, name, organisation, role)
        VALUES ('${PERSON}', '${ASSESSMENT}', 0, 'Dr Kept', 'Kept Surgery', 'GP partner');
      INSERT INTO response (assessment_id, question_id, current_level, dont_know, target_level, notes, updated_at)
        VALUES ('${ASSESSMENT}', 'leadership.cd-ambition', 2, 0, 3, 'Kept note', '2026-11-22T09:00:00.000Z');
    `);
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.close();

    const db = await openDatabase(file, { backupDir, now: () => new Date('2026-11-23T08:00:00Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('workshop', 'workshop_question', 'participant_score', 'response_pack', 'response_pack_answer') ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual([
      'participant_score',
      'response_pack',
      'response_pack_answer',
      'workshop',
      'workshop_question',
    ]);

    const assessment = getAssessment(db, ASSESSMENT);
    expect(assessment?.profile.pcnName).toBe('Kept PCN');
    expect(assessment?.participants).toEqual([
      { id: PERSON, name: 'Dr Kept', organisation: 'Kept Surgery', role: 'GP partner' },
    ]);
    expect(assessment?.responses).toEqual([
      { questionId: 'leadership.cd-ambition', current: 2, dontKnow: false, target: 3, notes: 'Kept note' },
    ]);
    expect(assessment?.workshop).toEqual({ anonymous: false, questions: [], scores: [] });

    // The new tables work straight away, with the old participant.
    saveScore(
      db,
      ASSESSMENT,
      { participantId: PERSON, questionId: 'leadership.cd-ambition', current: 1, dontKnow: false, target: 2 },
      'live',
      '2026-11-23T08:05:00.000Z',
    );
    expect(readWorkshop(db, ASSESSMENT).scores).toHaveLength(1);
    db.close();

    // A verified copy of the version 1 database was kept before migrating.
    const backups = fs.readdirSync(backupDir).filter((name) => name.endsWith('.sqlite'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toContain('before-migration-v1');
    const copy = new Database(path.join(backupDir, backups[0] as string), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM participant').all()).toEqual([{ name: 'Dr Kept' }]);
    expect(copy.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'participant_score'").get()).toEqual({
      n: 0,
    });
    copy.close();
  });
});
