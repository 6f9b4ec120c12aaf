/**
 * The action plan as CSV: exact bytes for a small plan, RFC 4180 quoting, the formula-injection
 * guard, Unicode, and a round trip of the worked example through papaparse.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Action, Assessment } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { actionsToCsv, CSV_COLUMNS, csvField } from '../shared/export/csv';
import { findArea, findQuestion } from '../shared/framework';
import { buildReport } from '../shared/report';

const ID_A = '5b1f6a0e-8d2c-4e7a-9b3f-0c4d5e6f7a8b';
const ID_B = '9c2e7b1f-0a3d-4f8b-8c4e-1d5f6a7b8c9d';

function action(overrides: Partial<Action>): Action {
  return {
    id: ID_A,
    areaId: 'leadership',
    questionIds: [],
    title: '',
    description: '',
    ownerName: '',
    ownerRole: '',
    startMonth: 1,
    dueDate: '2026-12-31',
    status: 'not-started',
    successMeasure: '',
    suggestionId: null,
    ...overrides,
  };
}

function withActions(actions: Action[], changes: Partial<Assessment> = {}): Assessment {
  return { ...exampleAssessment(), actions, ...changes };
}

describe('actionsToCsv', () => {
  test('a small plan, byte for byte', () => {
    const assessment = withActions([
      // Stored out of order: the export lists Leadership (priority 2) before Voice (priority 5).
      action({
        id: ID_B,
        areaId: 'voice',
        questionIds: ['voice.mandate'],
        title: 'Line one\nline two',
        description: '-5 sessions',
        ownerName: '@admin',
        ownerRole: '+44 7700 900123',
        startMonth: 6,
        dueDate: '2027-05-31',
        status: 'blocked',
        successMeasure: '\tTabbed',
      }),
      action({
        id: ID_A,
        areaId: 'leadership',
        questionIds: ['leadership.protected-time', 'leadership.team-depth'],
        title: 'Appoint a deputy, quickly',
        description: 'He said "yes"',
        ownerName: 'Zoë O’Brien–Smith',
        ownerRole: 'PCN manager',
        startMonth: 2,
        dueDate: '2027-03-31',
        status: 'in-progress',
        successMeasure: '=1+1',
      }),
    ]);
    const expected =
      '\uFEFF' +
      'PCN code,PCN name,Area,Area priority,Area gap,Questions,Action,Description,Owner name,Owner role,Start month,Due date,Status,Success measure,Action ID\r\n' +
      'U99001,Riverside Vale PCN (fictional example),Leadership,2,Moderate gap (+1.0),' +
      'Can the clinical director be freed from running the PCN day to day so they can focus on work with partners? | ' +
      'Are other people stepping up to share the internal leadership of the PCN?,' +
      '"Appoint a deputy, quickly","He said ""yes""",Zoë O’Brien–Smith,PCN manager,Month 2 (Jan 2027),2027-03-31,' +
      `In progress,'=1+1,${ID_A}\r\n` +
      'U99001,Riverside Vale PCN (fictional example),Voice and influence,5,Moderate gap (+1.0),' +
      'Does whoever represents the PCN have a clear mandate from the member practices and report back?,' +
      `"Line one\nline two",'-5 sessions,'@admin,'+44 7700 900123,Month 6 (May 2027),2027-05-31,Blocked,'\tTabbed,${ID_B}\r\n`;
    expect(actionsToCsv(assessment, EXAMPLE_FRAMEWORK)).toBe(expected);
  });

  test('an empty plan is the header row alone', () => {
    expect(
      actionsToCsv(withActions([], { profile: { ...exampleAssessment().profile, pcnCode: null } }), EXAMPLE_FRAMEWORK),
    ).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  test('a missing PCN code is an empty field; unknown areas and questions show their ids; an unnamed owner is said so', () => {
    const assessment = withActions(
      [action({ areaId: 'finance', questionIds: ['finance.cash'], title: 'Old action' })],
      {
        profile: { ...exampleAssessment().profile, pcnCode: null, pcnName: 'A, B & C PCN' },
      },
    );
    const [, row] = actionsToCsv(assessment, EXAMPLE_FRAMEWORK).split('\r\n');
    expect(row).toBe(
      `,"A, B & C PCN",finance,Not ranked,,finance.cash,Old action,,Owner not yet named,,Month 1 (Dec 2026),2026-12-31,Not started,,${ID_A}`,
    );
  });

  test('without a valid plan start, the start month is given by number alone', () => {
    const assessment = withActions([action({ startMonth: 3, title: 'T' })], { planStart: '' });
    const [, row] = actionsToCsv(assessment, EXAMPLE_FRAMEWORK).split('\r\n');
    expect(row).toContain(',Month 3,');
  });
});

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['lf\nonly', '"lf\nonly"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=b', 'a=b'],
    // Spreadsheets skip leading spaces and line breaks, and fold fullwidth signs, before a formula.
    [' =1', "' =1"],
    ['\n=1', '"\'\n=1"'],
    ['\nplain', '"\'\nplain"'],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF20A1', "'\uFF20A1"],
    [' plain', ' plain'],
    ['Zoë O’Brien–Smith 👍 日本', 'Zoë O’Brien–Smith 👍 日本'],
    ["<b>O'Neil</b> & co", "<b>O'Neil</b> & co"],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('the worked example', () => {
  const example = exampleAssessment();
  const csv = actionsToCsv(example, EXAMPLE_FRAMEWORK);

  test('is UTF-8 text with a BOM and CRLF line endings only', () => {
    expect(csv.startsWith('\uFEFFPCN code,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lineBreaks = csv.match(/\r\n|\r|\n/g) ?? [];
    expect(lineBreaks.every((b) => b === '\r\n')).toBe(true);
    expect(lineBreaks).toHaveLength(31);
  });

  test('round-trips through papaparse, one row per action, every value intact', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(30);
    const report = buildReport(example, EXAMPLE_FRAMEWORK);
    const ordered = report.actions.map((entry) => entry.action);
    rows.forEach((row, i) => {
      const a = ordered[i] as Action;
      const unguard = (s: string | undefined) => (s && /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
      expect(row.map(unguard)).toEqual([
        'U99001',
        'Riverside Vale PCN (fictional example)',
        findArea(EXAMPLE_FRAMEWORK, a.areaId)?.title,
        report.area(a.areaId)?.rankShown,
        `${report.area(a.areaId)?.gap.words} (${report.area(a.areaId)?.gap.signed})`,
        a.questionIds.map((id) => findQuestion(EXAMPLE_FRAMEWORK, id)?.question.text).join(' | '),
        a.title,
        a.description,
        a.ownerName,
        a.ownerRole,
        expect.stringMatching(new RegExp(`^Month ${a.startMonth} \\((Dec 2026|[A-Z][a-z]{2} 2027)\\)$`)),
        a.dueDate,
        { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', blocked: 'Blocked' }[a.status],
        a.successMeasure,
        a.id,
      ]);
    });
    expect(rows.map((r) => r[2])).toEqual(ordered.map((a) => findArea(EXAMPLE_FRAMEWORK, a.areaId)?.title));
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(EXAMPLE_FRAMEWORK.areas.map((a) => a.title)));
  });

  test('lists actions by priority (not area name or framework order), then by start month', () => {
    const report = buildReport(example, EXAMPLE_FRAMEWORK);
    const ordered = report.actions.map((entry) => entry.action);
    const rank = (id: string) => report.area(id)?.rank ?? Number.MAX_SAFE_INTEGER;
    for (let i = 1; i < ordered.length; i += 1) {
      const prev = ordered[i - 1] as Action;
      const next = ordered[i] as Action;
      const key = (x: Action) => rank(x.areaId) * 10 + x.startMonth;
      expect(key(prev)).toBeLessThanOrEqual(key(next));
    }
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data.slice(1);
    // The worked example's first priority is External relationships, not Leadership (framework order).
    expect(rows[0]?.[2]).toBe(report.ranked[0]?.title);
    expect(rows[0]?.[3]).toBe('1');
  });
});
