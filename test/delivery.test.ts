/**
 * Delivering the plan: check-ins (migration 4, the handlers and their checks), progress, the
 * action tracker written by the app, edited by an independent reader (Python's openpyxl) and
 * imported back as a check-in, the Word plan read by python-docx, and the progress report and
 * preparedness statement read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deps } from '../electron/deps';
import type { ChannelInput } from '../shared/contract';
import type { Action } from '../shared/domain';
import { EXAMPLE_ASSESSMENT_ID } from '../shared/example';
import { ASSESSMENT_FILE_VERSION, parseAssessmentFile } from '../shared/export/assessment-file';
import { getFramework } from '../shared/framework';
import type { Framework } from '../shared/framework/types';
import { progressOf } from '../shared/progress';
import { buildReport } from '../shared/report';
import { call, testDeps } from './support/deps';
import { tempDir } from './support/temp';

/** Debian's python3 with openpyxl and python-docx (apt: python3-openpyxl python3-docx). */
const python = (() => {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import openpyxl, docx'], { stdio: 'ignore' });
      return candidate;
    } catch {}
  }
  if (process.env.CI === 'true') throw new Error('python3 with openpyxl and python-docx is required under CI.');
  console.log('Skipping the independent-reader checks: python3-openpyxl and python3-docx are not installed.');
  return null;
})();

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('pdftotext is required under CI (install poppler-utils).');
    return false;
  }
})();

const TODAY = '2027-02-15T10:00:00.000Z';

function withDialogs(deps: Deps, answers: { open?: string[][]; save?: (string | null)[] }): Deps {
  const open = [...(answers.open ?? [])];
  const save = [...(answers.save ?? [])];
  return {
    ...deps,
    dialogs: {
      chooseFilesToOpen: async () => open.shift() ?? [],
      chooseFileToSave: async () => save.shift() ?? null,
    },
  };
}

async function example(now = TODAY) {
  const deps = await testDeps(now);
  await call(deps, 'loadExample', undefined);
  const opened = await call(deps, 'getAssessment', { id: EXAMPLE_ASSESSMENT_ID });
  if (!opened.ok) throw new Error(opened.error.message);
  return { deps, assessment: opened.value };
}

type CheckInInput = ChannelInput<'recordCheckIn'>['checkIn'];

function entriesFor(actions: Action[], changes: Record<number, Partial<CheckInInput['entries'][number]>>) {
  return actions.map((a, i) => ({ actionId: a.id, status: a.status, note: '', newDueDate: null, ...changes[i] }));
}

describe('check-ins', () => {
  it('records check-ins as history, brings the plan up to date, and refuses an UPDATE to the history', async () => {
    const { deps, assessment } = await example();
    const actions = assessment.actions;
    const a0 = actions[0] as Action;
    const first = await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-01-05',
        note: 'First monthly check-in at the board.',
        entries: entriesFor(actions, {
          0: { status: 'done', note: 'Agreed at the December board.' },
          1: { status: 'in-progress', newDueDate: '2027-03-31', note: 'Waiting for the ICB data-sharing agreement.' },
          2: { status: 'dropped', note: 'The ICB now runs this across the place.' },
        }),
        ratings: [{ questionId: a0.questionIds[0] as string, current: 3, dontKnow: false }],
      },
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.checkIns).toHaveLength(1);
    expect(first.value.actions.find((a) => a.id === a0.id)?.status).toBe('done');
    expect(first.value.actions.find((a) => a.id === actions[1]?.id)?.dueDate).toBe('2027-03-31');
    // Dropped lives in the history; the plan keeps its last plan status.
    expect(first.value.actions.find((a) => a.id === actions[2]?.id)?.status).toBe(actions[2]?.status);

    const second = await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-02-10',
        note: '',
        entries: [{ actionId: actions[1]?.id as string, status: 'done', note: 'Signed.', newDueDate: null }],
        ratings: [],
      },
    });
    expect(second.ok).toBe(true);

    const after = await call(deps, 'getAssessment', { id: assessment.id });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.checkIns.map((c) => c.checkedOn)).toEqual(['2027-01-05', '2027-02-10']);
    // The first check-in still says what it said: history is never overwritten.
    expect(after.value.checkIns[0]?.entries[1]).toMatchObject({ status: 'in-progress', newDueDate: '2027-03-31' });

    const progress = progressOf(after.value, '2027-02-15');
    expect(progress.byStatus.find((s) => s.status === 'dropped')?.count).toBe(1);
    expect(progress.actions.find((p) => p.action.id === actions[1]?.id)).toMatchObject({
      status: 'done',
      moved: true,
      reasons: ['Waiting for the ICB data-sharing agreement.'],
    });
    expect(progress.questions.find((q) => q.questionId === a0.questionIds[0])?.latest?.current).toBe(3);
    expect(progress.burnDown[0]).toMatchObject({ label: 'Start', planned: 30, actual: 30 });

    expect(() => deps.db.prepare("UPDATE check_in SET note = 'changed'").run()).toThrow(/never changed/);
    expect(() => deps.db.prepare("UPDATE check_in_action SET status = 'done'").run()).toThrow(/never changed/);

    const list = await call(deps, 'listAssessments', undefined);
    expect(list.ok && list.value[0]).toMatchObject({ actionCount: 30, lastCheckInOn: '2027-02-10' });
  });

  it('refuses a check-in with problems, names every one, and writes nothing', async () => {
    const { deps, assessment } = await example();
    const actions = assessment.actions;
    const result = await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-03-01',
        note: '',
        entries: entriesFor(actions.slice(0, 2), {
          0: { status: 'dropped', note: '  ' },
          1: { newDueDate: '2028-01-01' },
        }),
        ratings: [{ questionId: 'no.such-question', current: 2, dontKnow: false }],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('in the future');
    expect(result.error.message).toContain('is dropped');
    expect(result.error.message).toContain('after the plan ends');
    expect(result.error.message).toContain('Only questions that an action targets');
    expect((deps.db.prepare('SELECT count(*) AS n FROM check_in').get() as { n: number }).n).toBe(0);

    const bad = await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-01-05',
        note: '',
        entries: [{ actionId: 'x', status: 'done', note: '', newDueDate: null }],
        ratings: [],
      } as never,
    });
    expect(bad.ok).toBe(false);
  });

  it('carries check-ins in the assessment file (format 4 onwards), and an older file still opens', async () => {
    const { deps, assessment } = await example();
    await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-01-05',
        note: 'Board check-in',
        entries: entriesFor(assessment.actions, { 0: { status: 'done' } }),
        ratings: [],
      },
    });
    const dir = tempDir();
    const file = path.join(dir, 'assessment.json');
    const exported = await call(withDialogs(deps, { save: [file] }), 'exportPlan', {
      assessmentId: assessment.id,
      format: 'assessment',
    });
    expect(exported.ok).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseAssessmentFile(text);
    expect(parsed.ok && parsed.file.formatVersion).toBe(ASSESSMENT_FILE_VERSION);
    expect(parsed.ok && parsed.file.assessment.checkIns[0]?.entries).toHaveLength(30);

    const old = JSON.parse(text);
    old.formatVersion = 2;
    delete old.assessment.checkIns;
    // Deferrals and the plan's capacity came with format 5.
    delete old.assessment.deferrals;
    delete old.assessment.planCapacity;
    const older = parseAssessmentFile(JSON.stringify(old));
    expect(older.ok && older.file.assessment.checkIns).toEqual([]);
    old.formatVersion = 4;
    expect(parseAssessmentFile(JSON.stringify(old))).toMatchObject({ ok: false });

    // A copy imported beside the original keeps its history, with new ids that still match its actions.
    const other = await testDeps(TODAY);
    const imported = await call(withDialogs(other, { open: [[file]] }), 'importAssessmentFile', undefined);
    expect(imported.ok).toBe(true);
    const copy = await call(withDialogs(deps, { open: [[file]] }), 'importAssessmentFile', undefined);
    if (!copy.ok || copy.value?.outcome !== 'exists') throw new Error('expected the import to ask');
    const made = await call(deps, 'resolveImport', { token: copy.value.token, choice: 'copy' });
    if (!made.ok || !made.value) throw new Error('copy failed');
    const copied = await call(deps, 'getAssessment', { id: made.value.id });
    if (!copied.ok) throw new Error(copied.error.message);
    const ids = new Set(copied.value.actions.map((a) => a.id));
    expect(copied.value.checkIns[0]?.entries.every((e) => ids.has(e.actionId))).toBe(true);
  });

  it('never lets a tracker cell nobody edited undo a change made in the app since the export', async () => {
    const { deps, assessment } = await example();
    const tracker = path.join(tempDir(), 'tracker.xlsx');
    await call(withDialogs(deps, { save: [tracker] }), 'exportPlan', { assessmentId: assessment.id, format: 'xlsx' });
    const a1 = assessment.actions[1] as Action;
    await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-02-01',
        note: '',
        entries: [{ actionId: a1.id, status: 'blocked', note: 'Waiting for the ICB.', newDueDate: '2027-04-30' }],
        ratings: [],
      },
    });
    const preview = await call(withDialogs(deps, { open: [[tracker]] }), 'importTracker', {
      assessmentId: assessment.id,
    });
    if (!preview.ok || !preview.value) throw new Error('expected a preview');
    expect(preview.value.problems).toEqual([]);
    expect(preview.value.changes.filter((c) => c.changed)).toEqual([]);
    const recorded = await call(deps, 'resolveTrackerImport', {
      token: preview.value.token as string,
      choice: 'record',
    });
    if (!recorded.ok || !recorded.value) throw new Error('expected the check-in');
    expect(recorded.value.actions.find((a) => a.id === a1.id)).toMatchObject({
      status: 'blocked',
      dueDate: '2027-04-30',
    });
  });

  it('the report CLI writes the tracker, the Word plan and the progress report from a file', async () => {
    const { deps, assessment } = await example();
    await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-01-05',
        note: '',
        entries: entriesFor(assessment.actions, { 0: { status: 'done' } }),
        ratings: [],
      },
    });
    const dir = tempDir();
    const file = path.join(dir, 'assessment.json');
    await call(withDialogs(deps, { save: [file] }), 'exportPlan', {
      assessmentId: assessment.id,
      format: 'assessment',
    });
    const out = (name: string) => path.join(dir, name);
    const printed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve(import.meta.dirname, '../electron/report-cli.ts'),
        file,
        '--xlsx',
        out('t.xlsx'),
        '--docx',
        out('p.docx'),
        '--progress',
        out('progress.pdf'),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(printed).toContain('Wrote');
    expect(fs.readFileSync(out('t.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(out('p.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(out('progress.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPoppler) {
      const text = execFileSync('pdftotext', ['-raw', out('progress.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('Latest check-in: 5 January 2027');
    }
  });
});

describe.skipIf(!python)('the action tracker spreadsheet, edited by openpyxl', () => {
  it('imports statuses, notes and dates edited outside the app as a check-in, after a preview', async () => {
    const { deps, assessment } = await example();
    const dir = tempDir();
    const tracker = path.join(dir, 'tracker.xlsx');
    const started = performance.now();
    const exported = await call(withDialogs(deps, { save: [tracker] }), 'exportPlan', {
      assessmentId: assessment.id,
      format: 'xlsx',
    });
    const ms = performance.now() - started;
    expect(exported.ok).toBe(true);
    console.log(`Tracker: ${fs.statSync(tracker).size} bytes, written in ${ms.toFixed(0)} ms`);

    // What an independent reader sees: sheets, frozen header, filters, drop-down, hidden id column.
    const facts = JSON.parse(
      execFileSync(
        python as string,
        [
          '-c',
          `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Actions']
dv = [d.formula1 for d in ws.data_validations.dataValidation if d.type == 'list']
print(json.dumps({
  'sheets': wb.sheetnames,
  'states': [wb[n].sheet_state for n in wb.sheetnames],
  'freeze': ws.freeze_panes,
  'filter': ws.auto_filter.ref,
  'validation': dv[:1],
  'hidden': ws.column_dimensions['A'].hidden,
  'header': [c.value for c in ws[1]],
  'rows': ws.max_row,
  'conditional': len(ws.conditional_formatting),
  'scores': [[c.value for c in row] for row in wb['Scores'].iter_rows(min_row=1, max_row=2)],
}))
`,
          tracker,
        ],
        { encoding: 'utf8' },
      ),
    );
    expect(facts.sheets).toEqual(['Actions', 'Scores', 'Check-ins', 'About this file', 'App data']);
    expect(facts.states.at(-1)).toBe('hidden');
    expect(facts.freeze).toBe('A2');
    expect(facts.filter).toMatch(/^A1:M31$/);
    expect(facts.validation[0]).toBe('"Not started,In progress,Done,Blocked,Dropped"');
    expect(facts.hidden).toBe(true);
    expect(facts.header).toContain('Status');
    expect(facts.rows).toBe(31);
    expect(facts.conditional).toBeGreaterThan(0);
    const report = buildReport(assessment, getFramework(assessment.frameworkVersion) as Framework);
    expect(facts.scores).toEqual([
      ['Priority', 'Area', 'Importance', 'Now', 'Target in six months', 'Gap', 'Actions'],
      [
        report.ranked[0]?.rankShown,
        report.ranked[0]?.title,
        report.ranked[0]?.importanceWords,
        report.ranked[0]?.current.text,
        report.ranked[0]?.target.text,
        `${report.ranked[0]?.gap.words} (${report.ranked[0]?.gap.shown})`,
        report.actions.filter((a) => a.areaId === report.ranked[0]?.id).length,
      ],
    ]);

    // A PCN manager edits it: one done, one moved with a reason, one dropped, and adds a row of their own.
    const edit = (script: string) => execFileSync(python as string, ['-c', script, tracker], { encoding: 'utf8' });
    edit(`
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Actions']
head = {c.value: c.column for c in ws[1]}
ws.cell(2, head['Status']).value = 'Done'
ws.cell(2, head['Progress note']).value = 'Signed off by the board on 12 February.'
ws.cell(3, head['Due date']).value = datetime.datetime(2027, 4, 30)
ws.cell(3, head['Progress note']).value = 'Practice managers asked for another month.'
ws.cell(4, head['Status']).value = 'dropped'
ws.cell(4, head['Progress note']).value = 'Superseded by the ICB programme.'
ws.cell(32, head['Action']).value = 'A row typed in Excel'
ws.cell(32, head['Status']).value = 'In progress'
wb.save(sys.argv[1])
`);
    const refused = await call(withDialogs(deps, { open: [[tracker]] }), 'importTracker', {
      assessmentId: assessment.id,
    });
    if (!refused.ok || !refused.value) throw new Error('expected a preview');
    expect(refused.value.token).toBeNull();
    expect(refused.value.problems).toEqual([{ row: 32, message: expect.stringContaining('not written by the app') }]);

    edit(`
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb['Actions'].delete_rows(32)
wb.save(sys.argv[1])
`);
    const preview = await call(withDialogs(deps, { open: [[tracker]] }), 'importTracker', {
      assessmentId: assessment.id,
    });
    if (!preview.ok || !preview.value) throw new Error('expected a preview');
    expect(preview.value.problems).toEqual([]);
    const changed = preview.value.changes.filter((c) => c.changed);
    expect(changed.map((c) => [c.row, c.to, c.newDueDate])).toEqual([
      [2, 'Done', null],
      [3, expect.any(String), '2027-04-30'],
      [4, 'Dropped', null],
    ]);
    // Nothing is written until the user confirms.
    expect((deps.db.prepare('SELECT count(*) AS n FROM check_in').get() as { n: number }).n).toBe(0);

    const recorded = await call(deps, 'resolveTrackerImport', {
      token: preview.value.token as string,
      choice: 'record',
    });
    if (!recorded.ok || !recorded.value) throw new Error('expected the check-in');
    const checkIn = recorded.value.checkIns[0];
    expect(checkIn?.source).toBe('spreadsheet');
    expect(checkIn?.entries).toHaveLength(30);
    expect(checkIn?.entries.find((e) => e.status === 'dropped')?.note).toBe('Superseded by the ICB programme.');
    const again = await call(deps, 'resolveTrackerImport', { token: preview.value.token as string, choice: 'record' });
    expect(again.ok).toBe(false);
  });

  it('refuses a tracker of another assessment, and a workbook that is not a tracker', async () => {
    const { deps, assessment } = await example();
    const dir = tempDir();
    const tracker = path.join(dir, 'tracker.xlsx');
    await call(withDialogs(deps, { save: [tracker] }), 'exportPlan', { assessmentId: assessment.id, format: 'xlsx' });
    const other = await call(deps, 'createAssessment', { pcnName: 'Other PCN', assessmentDate: '2026-11-01' });
    if (!other.ok) throw new Error('create failed');
    const wrong = await call(withDialogs(deps, { open: [[tracker]] }), 'importTracker', {
      assessmentId: other.value.id,
    });
    expect(wrong.ok && wrong.value?.problems[0]?.message).toContain('another assessment');

    const plain = path.join(dir, 'plain.xlsx');
    execFileSync(python as string, [
      '-c',
      'import sys, openpyxl; wb = openpyxl.Workbook(); wb.save(sys.argv[1])',
      plain,
    ]);
    const notOurs = await call(withDialogs(deps, { open: [[plain]] }), 'importTracker', {
      assessmentId: assessment.id,
    });
    expect(!notOurs.ok && notOurs.error.message).toContain('no sheet named “Actions”');
  });
});

describe.skipIf(!python)('the plan in Word', () => {
  it('opens in python-docx with a heading per area and the action table', async () => {
    const { deps, assessment } = await example();
    const file = path.join(tempDir(), 'plan.docx');
    const started = performance.now();
    const result = await call(withDialogs(deps, { save: [file] }), 'exportPlan', {
      assessmentId: assessment.id,
      format: 'docx',
    });
    const ms = performance.now() - started;
    expect(result.ok).toBe(true);
    console.log(`Word plan: ${fs.statSync(file).size} bytes, written in ${ms.toFixed(0)} ms`);
    const read = JSON.parse(
      execFileSync(
        python as string,
        [
          '-c',
          `
import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps({
  'headings': [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith('Heading') or p.style.name == 'Title'],
  'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
}))
`,
          file,
        ],
        { encoding: 'utf8' },
      ),
    );
    const areaHeadings = read.headings.filter((h: string[]) => h[0] === 'Heading 1').map((h: string[]) => h[1]);
    expect(areaHeadings).toEqual(expect.arrayContaining(['Summary', 'Leadership', 'About this document']));
    expect(areaHeadings).toHaveLength(10);
    expect(read.tables[0][0]).toEqual(['Priority', 'Area', 'Now', 'Target', 'Gap']);
    // The figures and words are the report model's, as every other output prints them.
    const report = buildReport(assessment, getFramework(assessment.frameworkVersion) as Framework);
    const top = report.ranked[0];
    expect(read.tables[0][1]).toEqual([
      top?.rankShown,
      top?.title,
      top?.current.text,
      top?.target.text,
      `${top?.gap.words} (${top?.gap.shown})`,
    ]);
    const actionTables = read.tables.slice(1);
    expect(actionTables[0][0]).toEqual(['Ref', 'Action', 'Owner', 'Starts', 'Due', 'Status']);
    const rows = actionTables.reduce((n: number, t: string[][]) => n + t.length - 1, 0);
    expect(rows).toBe(30);
  });
});

describe.skipIf(!hasPoppler)('the progress report and preparedness statement', () => {
  it('read back with pdftotext: the four questions, the burn-down table, and a one-page statement', async () => {
    const { deps, assessment } = await example();
    const actions = assessment.actions;
    await call(deps, 'recordCheckIn', {
      assessmentId: assessment.id,
      checkIn: {
        checkedOn: '2027-01-05',
        note: '',
        entries: entriesFor(actions, {
          0: { status: 'done' },
          1: { status: 'blocked', newDueDate: '2027-04-30', note: 'Waiting for the ICB data-sharing agreement.' },
          2: { status: 'dropped', note: 'The ICB now runs this.' },
        }),
        ratings: [{ questionId: actions[0]?.questionIds[0] as string, current: 4, dontKnow: false }],
      },
    });
    const dir = tempDir();
    const progress = path.join(dir, 'progress.pdf');
    const statement = path.join(dir, 'statement.pdf');
    const started = performance.now();
    const r1 = await call(withDialogs(deps, { save: [progress] }), 'exportPlan', {
      assessmentId: assessment.id,
      format: 'progress',
    });
    const ms = performance.now() - started;
    const r2 = await call(withDialogs(deps, { save: [statement] }), 'exportPlan', {
      assessmentId: assessment.id,
      format: 'statement',
    });
    expect(r1.ok && r2.ok).toBe(true);
    console.log(`Progress report: ${fs.statSync(progress).size} bytes, written in ${ms.toFixed(0)} ms`);
    const pages = (file: string) =>
      Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages(progress)).toBeGreaterThanOrEqual(1);
    expect(pages(progress)).toBeLessThanOrEqual(3);
    expect(pages(statement)).toBe(1);
    // Kept for review beside the screenshots (render with pdftoppm).
    const review = path.resolve(import.meta.dirname, 'output');
    fs.mkdirSync(review, { recursive: true });
    fs.copyFileSync(progress, path.join(review, 'progress-report.pdf'));
    fs.copyFileSync(statement, path.join(review, 'preparedness-statement.pdf'));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', progress, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const heading of [
      'Where we said we would be',
      'Where we are',
      'What slipped and why',
      'Gaps closed',
      'Next month',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Waiting for the ICB data-sharing agreement.');
    expect(text).toContain('Yes, closed');
    expect(text).toContain('Start, 1 Dec 2026 30 30');
    const said = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', statement, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(said).toContain('how prepared we are');
    expect(said).toContain('Signed (clinical director)');
  });
});
