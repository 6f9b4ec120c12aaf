/**
 * The database schema, as an ordered list of migrations. This file is the one place the schema
 * is defined; test/schema.snapshot.sql records the result so accidental changes show up in review.
 *
 * Rules: never edit a migration that has shipped; add a new one. Every table is STRICT.
 * Ids are UUIDs (TEXT) so assessments can move between machines.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Assessments with PCN profile, practices, responses, partners, participants, actions; NHS directory',
    up(db) {
      db.exec(`
        CREATE TABLE assessment (
          id TEXT PRIMARY KEY,
          framework_version TEXT NOT NULL,
          assessment_date TEXT NOT NULL,
          plan_start TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'complete')),
          previous_assessment_id TEXT REFERENCES assessment (id) ON DELETE SET NULL,
          pcn_name TEXT NOT NULL,
          pcn_code TEXT,
          icb TEXT NOT NULL DEFAULT '',
          population INTEGER CHECK (population >= 0),
          directory_extract_date TEXT,
          last_position TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;

        CREATE TABLE practice (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          code TEXT,
          name TEXT NOT NULL,
          list_size INTEGER CHECK (list_size >= 0)
        ) STRICT;
        CREATE INDEX practice_by_assessment ON practice (assessment_id, position);

        CREATE TABLE response (
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          current_level INTEGER CHECK (current_level BETWEEN 0 AND 4),
          dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1)),
          target_level INTEGER CHECK (target_level BETWEEN 0 AND 4),
          notes TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id),
          CHECK (dont_know = 0 OR current_level IS NULL)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE area_response (
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          area_id TEXT NOT NULL,
          importance INTEGER CHECK (importance BETWEEN 1 AND 3),
          summary TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, area_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE partner (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('community-trust', 'mental-health-trust', 'acute-trust',
            'social-care', 'voluntary-sector', 'other')),
          name TEXT NOT NULL DEFAULT '',
          contact TEXT NOT NULL DEFAULT '',
          strength INTEGER CHECK (strength BETWEEN 0 AND 4),
          notes TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX partner_by_assessment ON partner (assessment_id, position);

        CREATE TABLE participant (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL DEFAULT '',
          organisation TEXT NOT NULL DEFAULT '',
          role TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX participant_by_assessment ON participant (assessment_id, position);

        CREATE TABLE action (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          area_id TEXT NOT NULL,
          question_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(question_ids)),
          title TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          owner_name TEXT NOT NULL DEFAULT '',
          owner_role TEXT NOT NULL DEFAULT '',
          start_month INTEGER NOT NULL CHECK (start_month BETWEEN 1 AND 6),
          due_date TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'not-started'
            CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked')),
          success_measure TEXT NOT NULL DEFAULT '',
          suggestion_id TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX action_by_assessment ON action (assessment_id, position);

        CREATE TABLE dismissed_suggestion (
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          suggestion_id TEXT NOT NULL,
          PRIMARY KEY (assessment_id, suggestion_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE directory_import (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          extract_date TEXT NOT NULL,
          list_size_extract_date TEXT,
          population_extract_date TEXT,
          imported_at TEXT NOT NULL,
          files TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(files))
        ) STRICT;

        CREATE TABLE directory_pcn (
          code TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          icbs TEXT NOT NULL CHECK (json_valid(icbs)),
          population INTEGER
        ) STRICT;

        CREATE TABLE directory_practice (
          code TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          postcode TEXT NOT NULL,
          pcn_code TEXT REFERENCES directory_pcn (code),
          list_size INTEGER
        ) STRICT;
        CREATE INDEX directory_practice_by_pcn ON directory_practice (pcn_code);
      `);
    },
  },
  {
    version: 2,
    description: 'Workshops: private scores per participant, reveal and consensus per question; response packs',
    up(db) {
      db.exec(`
        CREATE TABLE workshop (
          assessment_id TEXT PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
          anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
          updated_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE workshop_question (
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          revealed_at TEXT,
          agreed_at TEXT,
          consensus_reason TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE participant_score (
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          participant_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          current_level INTEGER CHECK (current_level BETWEEN 0 AND 4),
          dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1)),
          target_level INTEGER CHECK (target_level BETWEEN 0 AND 4),
          reason TEXT NOT NULL DEFAULT '',
          source TEXT NOT NULL DEFAULT 'live' CHECK (source IN ('live', 'response-file')),
          updated_at TEXT NOT NULL,
          PRIMARY KEY (participant_id, question_id),
          CHECK (dont_know = 0 OR current_level IS NULL)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX participant_score_by_assessment ON participant_score (assessment_id, question_id);

        -- A response pack opened on a participant's own computer, and their answers to it. The
        -- assessment it answers lives on the facilitator's computer, so it is not a foreign key.
        CREATE TABLE response_pack (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL,
          participant_id TEXT NOT NULL,
          pack TEXT NOT NULL CHECK (json_valid(pack)),
          opened_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (assessment_id, participant_id)
        ) STRICT;

        CREATE TABLE response_pack_answer (
          pack_id TEXT NOT NULL REFERENCES response_pack (id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          current_level INTEGER CHECK (current_level BETWEEN 0 AND 4),
          dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1)),
          target_level INTEGER CHECK (target_level BETWEEN 0 AND 4),
          reason TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (pack_id, question_id),
          CHECK (dont_know = 0 OR current_level IS NULL)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 3,
    description: 'The plan: gaps deferred with a reason; how many actions the PCN can deliver in six months',
    up(db) {
      db.exec(`
        ALTER TABLE assessment ADD COLUMN plan_capacity INTEGER NOT NULL DEFAULT 12
          CHECK (plan_capacity BETWEEN 1 AND 100);

        -- A gap (a question with a target above its current level) left out of this plan on purpose.
        CREATE TABLE gap_deferral (
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          reason TEXT NOT NULL
            CHECK (reason IN ('not-this-cycle', 'depends-on-icb', 'depends-on-partner', 'other')),
          note TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id),
          CHECK (reason <> 'other' OR length(trim(note)) > 0)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 4,
    description: 'Progress check-ins on the plan: a status and note per action, and questions rated again',
    up(db) {
      // A check-in is history: rows are added, never changed (the triggers refuse an UPDATE).
      // Entries name their action without a foreign key, with its title as it was, so the
      // history still reads when an action is later renamed or deleted.
      db.exec(`
        CREATE TABLE check_in (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
          checked_on TEXT NOT NULL,
          recorded_at TEXT NOT NULL,
          source TEXT NOT NULL CHECK (source IN ('app', 'spreadsheet')),
          note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX check_in_by_assessment ON check_in (assessment_id, checked_on, recorded_at);

        CREATE TABLE check_in_action (
          check_in_id TEXT NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          action_id TEXT NOT NULL,
          action_title TEXT NOT NULL,
          previous_status TEXT NOT NULL
            CHECK (previous_status IN ('not-started', 'in-progress', 'done', 'blocked', 'dropped')),
          status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked', 'dropped')),
          note TEXT NOT NULL DEFAULT '',
          due_date TEXT NOT NULL,
          new_due_date TEXT,
          PRIMARY KEY (check_in_id, action_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE check_in_rating (
          check_in_id TEXT NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          current_level INTEGER CHECK (current_level BETWEEN 0 AND 4),
          dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1)),
          PRIMARY KEY (check_in_id, question_id),
          CHECK ((dont_know = 1) = (current_level IS NULL))
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER check_in_kept BEFORE UPDATE ON check_in
          BEGIN SELECT RAISE(ABORT, 'A check-in is never changed once recorded.'); END;
        CREATE TRIGGER check_in_action_kept BEFORE UPDATE ON check_in_action
          BEGIN SELECT RAISE(ABORT, 'A check-in is never changed once recorded.'); END;
        CREATE TRIGGER check_in_rating_kept BEFORE UPDATE ON check_in_rating
          BEGIN SELECT RAISE(ABORT, 'A check-in is never changed once recorded.'); END;
      `);
    },
  },
  {
    version: 5,
    description:
      'ICB portfolio: PCN assessments sent to the ICB; sub-ICB locations of directory PCNs; a benchmark from the ICB',
    up(db) {
      db.exec(`
        -- Assessments PCNs sent to the ICB, kept apart from the user's own assessments: one per
        -- PCN (pcn_key is its code, or its name when it gave no code), the newest kept.
        CREATE TABLE portfolio_assessment (
          id TEXT PRIMARY KEY,
          pcn_key TEXT NOT NULL UNIQUE,
          pcn_name TEXT NOT NULL,
          pcn_code TEXT,
          framework_version TEXT NOT NULL,
          assessment_date TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('in-progress', 'complete')),
          file_name TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          assessment TEXT NOT NULL CHECK (json_valid(assessment))
        ) STRICT;

        -- The sub-ICB locations of each directory PCN's practices, most practices first.
        CREATE TABLE directory_pcn_sub_icb (
          pcn_code TEXT NOT NULL REFERENCES directory_pcn (code) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          sub_icb_code TEXT NOT NULL,
          sub_icb_name TEXT NOT NULL,
          practices INTEGER NOT NULL CHECK (practices > 0),
          PRIMARY KEY (pcn_code, sub_icb_code)
        ) STRICT, WITHOUT ROWID;

        -- The peer benchmark a PCN imported from its ICB: the newest one replaces the last.
        CREATE TABLE benchmark (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          file_name TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          content TEXT NOT NULL CHECK (json_valid(content))
        ) STRICT;
      `);
    },
  },
  {
    version: 6,
    description:
      'The list of assessments reads stored figures (answers, actions, latest check-in) kept by triggers; ' +
      'an answer saved is one statement',
    up(db) {
      // The home list showed each assessment's figures by reading all its answers and actions:
      // 300–500 ms for an ICB's 5,000. They are stored on the assessment row instead, kept by
      // triggers, so every write that changes them (a save, an action added or deleted, an
      // import, a check-in, a restored backup migrated here) updates them in its own transaction
      // and no write path can forget to.
      //
      // The answer's other consequences move into the same triggers (the assessment marked
      // changed, a workshop consensus no longer agreed when the levels change): an answer saved is
      // then one statement, one implicit transaction, as cheap as a bare durable upsert.
      db.exec(`
        ALTER TABLE assessment ADD COLUMN answered_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE assessment ADD COLUMN action_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE assessment ADD COLUMN last_check_in_on TEXT;

        UPDATE assessment SET
          answered_count = (SELECT count(*) FROM response r
            WHERE r.assessment_id = assessment.id AND (r.current_level IS NOT NULL OR r.dont_know = 1)),
          action_count = (SELECT count(*) FROM action x WHERE x.assessment_id = assessment.id),
          last_check_in_on = (SELECT max(c.checked_on) FROM check_in c WHERE c.assessment_id = assessment.id);

        -- Answered: a level or "don't know" (every answer written names a question of the
        -- assessment's framework: the save and the file import refuse any other).
        CREATE TRIGGER response_added AFTER INSERT ON response BEGIN
          UPDATE assessment SET updated_at = NEW.updated_at,
              answered_count = answered_count + (NEW.current_level IS NOT NULL OR NEW.dont_know = 1)
            WHERE id = NEW.assessment_id;
          UPDATE workshop_question SET agreed_at = NULL, updated_at = NEW.updated_at
            WHERE assessment_id = NEW.assessment_id AND question_id = NEW.question_id AND agreed_at IS NOT NULL;
        END;
        CREATE TRIGGER response_changed AFTER UPDATE ON response BEGIN
          UPDATE assessment SET updated_at = NEW.updated_at,
              answered_count = answered_count + (NEW.current_level IS NOT NULL OR NEW.dont_know = 1)
                - (OLD.current_level IS NOT NULL OR OLD.dont_know = 1)
            WHERE id = NEW.assessment_id;
          -- Levels changed are no longer the ones a workshop agreed (notes alone do not count);
          -- agreeing a consensus writes the answer first, then marks it agreed.
          UPDATE workshop_question SET agreed_at = NULL, updated_at = NEW.updated_at
            WHERE assessment_id = NEW.assessment_id AND question_id = NEW.question_id AND agreed_at IS NOT NULL
              AND (OLD.current_level IS NOT NEW.current_level OR OLD.dont_know IS NOT NEW.dont_know
                OR OLD.target_level IS NOT NEW.target_level);
        END;
        CREATE TRIGGER response_removed AFTER DELETE ON response
          WHEN OLD.current_level IS NOT NULL OR OLD.dont_know = 1 BEGIN
          UPDATE assessment SET answered_count = answered_count - 1 WHERE id = OLD.assessment_id;
        END;

        CREATE TRIGGER action_added AFTER INSERT ON action BEGIN
          UPDATE assessment SET action_count = action_count + 1 WHERE id = NEW.assessment_id;
        END;
        CREATE TRIGGER action_removed AFTER DELETE ON action BEGIN
          UPDATE assessment SET action_count = action_count - 1 WHERE id = OLD.assessment_id;
        END;

        CREATE TRIGGER check_in_added AFTER INSERT ON check_in BEGIN
          UPDATE assessment SET last_check_in_on = max(coalesce(last_check_in_on, NEW.checked_on), NEW.checked_on)
            WHERE id = NEW.assessment_id;
        END;
        CREATE TRIGGER check_in_removed AFTER DELETE ON check_in BEGIN
          UPDATE assessment SET last_check_in_on =
              (SELECT max(checked_on) FROM check_in WHERE assessment_id = OLD.assessment_id)
            WHERE id = OLD.assessment_id;
        END;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
