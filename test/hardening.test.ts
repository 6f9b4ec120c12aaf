/**
 * Hardening, round 2 (issue 13): hostile inputs through the real path — files on disk read by
 * the real handlers into a real SQLite file, and IPC calls through the real dispatcher.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Deps } from '../electron/deps';
import { contract } from '../shared/contract';
import type { Action, Assessment } from '../shared/domain';
import { EXAMPLE_ASSESSMENT_ID, exampleAssessment } from '../shared/example';
import {
  assessmentFileTooLargeMessage,
  MAX_ASSESSMENT_FILE_BYTES,
  parseAssessmentFile,
  toAssessmentFile,
} from '../shared/export/assessment-file';
import { toResponseFile } from '../shared/export/response-files';
import { decodeFileText, sizeAgainstLimit } from '../shared/file-text';
import { checkAction } from '../shared/plan';
import { cleanLine, isBlank } from '../shared/text-rules';
import { call, testDeps } from './support/deps';
import { tempDir } from './support/temp';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/nhs');
const META = { exportedAt: '2026-11-22T09:30:00.000Z', app: { name: 'Neighbourhood Ready', version: '0.1.0' } };

function withFiles(deps: Deps, files: string[]): Deps {
  return {
    ...deps,
    dialogs: { chooseFilesToOpen: async () => files, chooseFileToSave: async () => null },
  };
}

function assessmentCount(deps: Deps): number {
  return (deps.db.prepare('SELECT count(*) AS n FROM assessment').get() as { n: number }).n;
}

/**
 * The worked example as a file's text, changed by `change` after it was written (the app checks
 * what it writes, so a hostile file is made by hand, as an attacker or another program would).
 */
function exampleJson(change: (a: Assessment) => void): string {
  const file = JSON.parse(toAssessmentFile(exampleAssessment(), META));
  change(file.assessment);
  return JSON.stringify(file, null, 2);
}

/** The worked example as a file on disk, changed by `change`, in the given encoding. */
function exampleFile(change: (a: Assessment) => void, encode: (json: string) => Buffer = Buffer.from): string {
  const file = path.join(tempDir('nr-hard-'), 'plan.json');
  fs.writeFileSync(file, encode(exampleJson(change)));
  return file;
}

async function importFile(file: string) {
  const deps = await testDeps();
  const result = await call(withFiles(deps, [file]), 'importAssessmentFile', undefined);
  return { deps, result };
}

function firstAction(a: Assessment): Action {
  const action = a.actions[0];
  if (!action) throw new Error('the worked example has actions');
  return action;
}

describe('case 1: action dates outside the six-month plan', () => {
  // The worked example's plan runs from 1 December 2026 to 31 May 2027.
  const hostile: [string, Partial<Action>][] = [
    ['due in 2030', { dueDate: '2030-01-31' }],
    ['due in 2020', { dueDate: '2020-06-30' }],
    ['due in year 0000', { dueDate: '0000-01-01' }],
    ['due before its start month', { startMonth: 5, dueDate: '2026-12-18' }],
  ];

  test.each(hostile)('an assessment file with an action %s is refused, and nothing is imported', async (_, change) => {
    const file = exampleFile((a) => Object.assign(firstAction(a), change));
    const { deps, result } = await importFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(
        /^plan\.json: This file is not a valid assessment file: assessment\.actions\[0\]/,
      );
      expect(result.error.message).toMatch(/the due date .* (before|after) .*Nothing was imported\.$/);
    }
    expect(assessmentCount(deps)).toBe(0);
  });

  test.each(hostile)(
    'the file, IPC (saveAction) and the editor (checkAction) agree on an action %s',
    async (_, change) => {
      const deps = await testDeps();
      await call(deps, 'loadExample', undefined);
      const action = { ...firstAction(exampleAssessment()), ...change };
      const viaIpc = await call(deps, 'saveAction', { assessmentId: EXAMPLE_ASSESSMENT_ID, action });
      const viaEditor = checkAction(action, exampleAssessment().planStart);
      const viaFile = parseAssessmentFile(exampleJson((a) => Object.assign(firstAction(a), change)));
      expect([viaIpc.ok, viaEditor === null, viaFile.ok]).toEqual([false, false, false]);
      if (!viaIpc.ok) expect(viaIpc.error.message).toBe(viaEditor);
      if (!viaFile.ok && viaEditor)
        expect(viaFile.message).toContain(viaEditor.charAt(0).toLowerCase() + viaEditor.slice(1, -1));
    },
  );
});

describe('case 2: names and titles made only of invisible characters', () => {
  const INVISIBLE = ['\u200B', '\u202E', '\u200B\u202E\u2060', '\uFEFF \u200D', '\u3164', ' \u00AD\t'];

  test.each(INVISIBLE.map((s) => [JSON.stringify(s), s]))('saveAction refuses the title %s', async (_, title) => {
    const deps = await testDeps();
    await call(deps, 'loadExample', undefined);
    const action = { ...firstAction(exampleAssessment()), title };
    const result = await call(deps, 'saveAction', { assessmentId: EXAMPLE_ASSESSMENT_ID, action });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Action title is required.', field: 'action.title' },
    });
    expect(isBlank(title)).toBe(true);
  });

  test('createAssessment refuses a PCN name of a zero-width space and a right-to-left override', async () => {
    const deps = await testDeps();
    const result = await call(deps, 'createAssessment', { pcnName: '\u200B\u202E', assessmentDate: '2026-11-22' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'PCN name is required.', field: 'pcnName' },
    });
  });

  test('an assessment file whose PCN name or action title is invisible is refused', async () => {
    for (const change of [
      (a: Assessment) => {
        a.profile.pcnName = '\u200B\u200B';
      },
      (a: Assessment) => {
        firstAction(a).title = '\u202E';
      },
    ]) {
      const { deps, result } = await importFile(exampleFile(change));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/must not be empty/);
      expect(assessmentCount(deps)).toBe(0);
    }
  });

  test('control characters are stripped on input, over IPC and from files', async () => {
    const deps = await testDeps();
    await call(deps, 'loadExample', undefined);
    const action = {
      ...firstAction(exampleAssessment()),
      title: 'Agree\u0000 the \u202Ehub\u0007 plan\r\n',
      ownerName: '\u200B',
    };
    const saved = await call(deps, 'saveAction', { assessmentId: EXAMPLE_ASSESSMENT_ID, action });
    expect(saved.ok).toBe(true);
    if (saved.ok) {
      const stored = saved.value.actions.find((a) => a.id === action.id);
      expect(stored?.title).toBe('Agree the hub plan');
      expect(stored?.ownerName).toBe('');
    }

    const { deps: other, result } = await importFile(
      exampleFile((a) => {
        a.profile.pcnName = 'Riverside\u0000 Vale\u202E PCN';
        firstAction(a).description = 'Line one\r\nLine\u0008 two';
      }),
    );
    expect(result.ok).toBe(true);
    const row = other.db.prepare('SELECT pcn_name AS name FROM assessment').get() as { name: string };
    expect(row.name).toBe('Riverside Vale PCN');
    expect(cleanLine(' \u200B ')).toBe('');
  });
});

describe('case 3: encodings', () => {
  test('a Windows-1252 assessment file (£, é) is refused naming the encoding, never stored with U+FFFD', async () => {
    const file = exampleFile(
      (a) => {
        a.profile.pcnName = 'Café £ PCN';
      },
      (json) => Buffer.from(json, 'latin1'),
    );
    const { deps, result } = await importFile(file);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'plan.json: This file is not saved as UTF-8: it looks like Windows-1252 ("ANSI"), which older versions of Excel and Notepad use. ' +
          'Nothing was imported, so that no character (such as £ or é) is changed. Open it in the program that made it, save it again as "UTF-8" ' +
          '(in Excel, "CSV UTF-8"; in Notepad, Encoding "UTF-8"), and import it again.',
      },
    });
    expect(assessmentCount(deps)).toBe(0);
  });

  test('a UTF-16 assessment file with a byte order mark is read, little- or big-endian', async () => {
    const le = (json: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    const be = (json: string) => le(json).swap16();
    for (const encode of [le, be]) {
      const { deps, result } = await importFile(
        exampleFile((a) => {
          a.profile.pcnName = 'Café £ PCN';
        }, encode),
      );
      expect(result).toMatchObject({ ok: true, value: { outcome: 'imported' } });
      const row = deps.db.prepare('SELECT pcn_name AS name FROM assessment').get() as { name: string };
      expect(row.name).toBe('Café £ PCN');
    }
  });

  test('a UTF-16 NHS directory file with a byte order mark imports like the UTF-8 one', async () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'gp-reg-pat-prac-map_fixture.csv'), 'utf8');
    const file = path.join(tempDir('nr-hard-'), 'gp-reg-pat-prac-map.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]));
    const deps = await testDeps();
    const result = await call(withFiles(deps, [file]), 'importDirectory', undefined);
    expect(result).toMatchObject({ ok: true, value: { pcnCount: 4 } });
  });

  test('a Windows-1252 NHS directory file is refused naming the encoding', async () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'gp-reg-pat-prac-map_fixture.csv'), 'utf8');
    const file = path.join(tempDir('nr-hard-'), 'gp-reg-pat-prac-map.csv');
    fs.writeFileSync(file, Buffer.from(source.replace('HARBOUR VIEW', 'HARBOUR VIÉW'), 'latin1'));
    const deps = await testDeps();
    const result = await call(withFiles(deps, [file]), 'importDirectory', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^gp-reg-pat-prac-map\.csv is not saved as UTF-8: it looks like Windows-1252/,
      );
  });

  test('decodeFileText names UTF-16 without a byte order mark and UTF-32, and never yields U+FFFD', () => {
    const noBom = decodeFileText(Buffer.from('{"format": "x"}', 'utf16le'), 'This file');
    expect(noBom).toMatchObject({
      ok: false,
      message: expect.stringMatching(/saved as UTF-16 without a byte order mark/),
    });
    const utf32 = decodeFileText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'This file');
    expect(utf32).toMatchObject({ ok: false, message: expect.stringMatching(/saved as UTF-32/) });
    const utf8 = decodeFileText(Buffer.from('\uFEFFCafé £', 'utf8'), 'This file');
    expect(utf8).toEqual({ ok: true, text: 'Café £' });
  });
});

describe('case 4: sizes in "too large" messages differ when the sizes differ', () => {
  test('a file one byte over the limit does not read "5 MB; the limit is 5 MB"', async () => {
    const file = path.join(tempDir('nr-hard-'), 'big.json');
    fs.writeFileSync(file, Buffer.alloc(MAX_ASSESSMENT_FILE_BYTES + 1, 32));
    const { result } = await importFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        'big.json: This file is too large to be an assessment file (5,242,881 bytes; the limit is 5,242,880 bytes). Check that you chose the right file. Nothing was imported.',
      );
    }
    expect(assessmentFileTooLargeMessage(5.3 * 1024 * 1024)).toMatch(/\(5\.3 MB; the limit is 5 MB\)/);
    expect(sizeAgainstLimit(5.004 * 1024 * 1024, 5 * 1024 * 1024)).toBe('5.004 MB; the limit is 5 MB');
    expect(sizeAgainstLimit(64.5 * 1024 * 1024, 64 * 1024 * 1024)).toBe('64.5 MB; the limit is 64 MB');
  });
});

test('the contract cleans names before counting their length', () => {
  const parsed = contract.createAssessment.input.safeParse({
    pcnName: `${'a'.repeat(200)}\u0000\u0000`,
    assessmentDate: '2026-11-22',
  });
  expect(parsed.success).toBe(true);
});

describe('case 6: the report command answers every mistake with one plain line and a non-zero exit', () => {
  const CLI = path.resolve(import.meta.dirname, '../electron/report-cli.ts');
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: path.resolve(import.meta.dirname, '..'),
      encoding: 'utf8',
    });
    return { status: result.status, stderr: result.stderr, stdout: result.stdout };
  };

  test('missing files, folders, wrong options and unwritable outputs', () => {
    const dir = tempDir('nr-cli-');
    const good = path.join(dir, 'plan.json');
    fs.writeFileSync(good, toAssessmentFile(exampleAssessment(), META));
    fs.writeFileSync(
      path.join(dir, 'ansi.json'),
      Buffer.from(
        exampleJson((a) => {
          a.profile.pcnName = 'Café £';
        }),
        'latin1',
      ),
    );
    const cases: [string[], number, RegExp][] = [
      [
        [path.join(dir, 'missing.json'), '--pdf', path.join(dir, 'o.pdf')],
        1,
        /^Cannot read .*missing\.json: there is no such file\.$/,
      ],
      [[dir, '--pdf', path.join(dir, 'o.pdf')], 1, /^Cannot read .*: it is a folder, not a file\.$/],
      [
        [good],
        2,
        /^Say what to write: --pdf, --csv, --html, --xlsx, --docx or --progress, each with a file name\. Usage: /,
      ],
      [[good, '--pdf'], 2, /^Option '--pdf <value>' argument missing\. Usage: /],
      [[good, '--bogus'], 2, /^Unknown option '--bogus'\. Usage: /],
      [[], 2, /^Give the assessment file to read\. Usage: /],
      [[good, good, '--pdf', 'x.pdf'], 2, /^Give one assessment file at a time/],
      [[good, '--pdf', good], 2, /is the same file as the assessment file: choose another name\.$/],
      [
        [good, '--pdf', path.join(dir, 'no-such-folder', 'o.pdf')],
        1,
        /^o\.pdf was not saved: the folder it was to go in does not exist\. Choose another folder, then try again\.$/,
      ],
      [
        [path.join(dir, 'ansi.json'), '--csv', path.join(dir, 'o.csv')],
        1,
        /^ansi\.json: This file is not saved as UTF-8: it looks like Windows-1252/,
      ],
    ];
    for (const [args, status, message] of cases) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(status);
      expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr.trimEnd(), args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+|ENOENT/);
    }
    expect(fs.existsSync(path.join(dir, 'o.pdf'))).toBe(false);
  });
});

describe('lower risk: CSV cells a spreadsheet would run as a formula', () => {
  test('cells starting with a space, a line feed or a fullwidth ＝ (and other fullwidth starters) are neutralised', async () => {
    const dir = tempDir('nr-csv-');
    const target = path.join(dir, 'actions.csv');
    const base = await testDeps();
    const deps: Deps = {
      ...base,
      dialogs: { chooseFilesToOpen: async () => [], chooseFileToSave: async () => target },
    };
    await call(deps, 'loadExample', undefined);
    const hostile = [
      ' =HYPERLINK("http://x")',
      '\n=1+1',
      '\uFF1DSUM(A1)',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20A1',
      '\u3000=1',
    ];
    const example = exampleAssessment();
    for (const [i, description] of hostile.entries()) {
      const action = example.actions[i];
      if (!action) throw new Error('the worked example has actions');
      const saved = await call(deps, 'saveAction', {
        assessmentId: EXAMPLE_ASSESSMENT_ID,
        action: { ...action, description },
      });
      expect(saved.ok).toBe(true);
    }
    const exported = await call(deps, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'csv' });
    expect(exported.ok).toBe(true);
    const csv = fs.readFileSync(target, 'utf8');
    for (const value of hostile) {
      const quoted = /[",\r\n]/.test(value) ? `"'${value.replace(/"/g, '""')}"` : `'${value}`;
      expect(csv, JSON.stringify(value)).toContain(`,${quoted},`);
    }
  });
});

describe('lower risk: a response file never changes live scores without saying so', () => {
  test("importing a response file keeps the participant's live scores and says which answers were left out", async () => {
    const dir = tempDir('nr-resp-');
    const file = path.join(dir, 'response.json');
    const base = await testDeps();
    const deps: Deps = {
      ...base,
      dialogs: { chooseFilesToOpen: async () => [file], chooseFileToSave: async () => null },
    };
    await call(deps, 'loadExample', undefined);
    const example = exampleAssessment();
    const person = example.participants[0];
    if (!person) throw new Error('the worked example has participants');
    const liveScores = example.workshop.scores.filter((s) => s.participantId === person.id && s.source === 'live');
    const [first, second] = liveScores;
    if (!first || !second) throw new Error('the worked example has live scores');
    const scoresOf = () =>
      deps.db
        .prepare(
          'SELECT question_id, current_level, target_level, source FROM participant_score WHERE participant_id = ? ORDER BY question_id',
        )
        .all(person.id);
    const before = scoresOf();
    const changed = (level: number | null) => (level === 4 ? 0 : 4) as 0 | 4;
    fs.writeFileSync(
      file,
      toResponseFile(
        {
          packId: '3f2b8c1e-5d4a-4c6b-9e2f-1a7d3c5b8e90',
          assessmentId: EXAMPLE_ASSESSMENT_ID,
          frameworkVersion: example.frameworkVersion,
          pcnName: example.profile.pcnName,
          participant: person,
          answers: [first, second].map((s) => ({
            questionId: s.questionId,
            current: changed(s.current),
            dontKnow: false,
            target: changed(s.target),
            reason: 'From my response file',
          })),
        },
        META,
      ),
    );
    const result = await call(deps, 'importResponseFiles', { assessmentId: EXAMPLE_ASSESSMENT_ID });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value?.results).toEqual([
        {
          fileName: 'response.json',
          outcome: 'imported',
          participant: person.name,
          answers: 0,
          message:
            '2 answers in the file were not imported: the scores entered live in the workshop for those questions are kept. ' +
            'If the file is right, change them in the scoring grid.',
        },
      ]);
    }
    expect(scoresOf()).toEqual(before);
  });
});

describe('lower risk: a directory import that shrinks the directory sharply', () => {
  test('a cut-down mapping file with the same extract date waits for the user, and replaces only when told to', async () => {
    const full = path.join(FIXTURES, 'gp-reg-pat-prac-map_fixture.csv');
    const lines = fs.readFileSync(full, 'utf8').trimEnd().split('\n');
    const cut = path.join(tempDir('nr-dir-'), 'gp-reg-pat-prac-map.csv');
    // The header and the first PCN's practices only: the same month, far fewer PCNs.
    fs.writeFileSync(cut, `${[lines[0], ...lines.slice(1).filter((l) => l.includes(',U90001,'))].join('\n')}\n`);
    const base = await testDeps();
    const choose = (file: string): Deps => ({
      ...base,
      dialogs: { chooseFilesToOpen: async () => [file], chooseFileToSave: async () => null },
    });
    const first = await call(choose(full), 'importDirectory', undefined);
    expect(first).toMatchObject({ ok: true, value: { pcnCount: 4, practiceCount: 9 } });
    const pcnCount = () => (base.db.prepare('SELECT count(*) AS n FROM directory_pcn').get() as { n: number }).n;

    const warned = await call(choose(cut), 'importDirectory', undefined);
    expect(warned.ok).toBe(true);
    if (!warned.ok || !warned.value || !('token' in warned.value)) throw new Error('expected a warning');
    expect(warned.value.message).toBe(
      'gp-reg-pat-prac-map.csv lists 1 PCN and 3 practices, far fewer than the directory you have (4 PCNs and 9 practices, from 1 August 2026). ' +
        'It may be cut short, filtered or a different file. Nothing has been changed yet: replace your directory with it only if you are sure.',
    );
    expect(pcnCount()).toBe(4);
    expect(await call(base, 'confirmDirectoryImport', { token: warned.value.token, replace: false })).toEqual({
      ok: true,
      value: null,
    });
    expect(pcnCount()).toBe(4);

    const again = await call(choose(cut), 'importDirectory', undefined);
    if (!again.ok || !again.value || !('token' in again.value)) throw new Error('expected a warning');
    const replaced = await call(base, 'confirmDirectoryImport', { token: again.value.token, replace: true });
    expect(replaced).toMatchObject({ ok: true, value: { pcnCount: 1 } });
    expect(pcnCount()).toBe(1);
    // A token is used once.
    expect(await call(base, 'confirmDirectoryImport', { token: again.value.token, replace: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
