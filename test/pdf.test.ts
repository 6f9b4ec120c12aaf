/**
 * The PDF of an assessment and plan, read back the way a reader's software would: poppler's
 * pdftotext (text, in layout and in content order) and pdfinfo (page count and metadata).
 * Without poppler-utils the tests skip with the reason printed; under CI (CI=true) they fail.
 *
 * Unicode: names in Welsh, Polish, Greek and Cyrillic script, dashes and ≥ must come back exactly.
 * Chinese, Japanese and Korean (fallback fonts) and emoji are tested in pdf-scripts.test.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPdfFonts } from '../electron/pdf-fonts';
import type { Assessment } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';

import { buildPlanPdf, DOCUMENT_TITLE, PDF_SUBJECT } from '../shared/pdf';
import { formatLevel, levelLabel, scoreAssessment } from '../shared/scoring';
import { withAnonymity } from '../shared/workshop';
import { tempDir } from './support/temp';

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasCommand('pdftotext') && hasCommand('pdfinfo');
const reason = 'pdftotext and pdfinfo not found (install poppler-utils: apt-get install poppler-utils)';
if (!available) {
  if (process.env.CI === 'true') {
    test('poppler-utils is installed (required in CI)', () => {
      throw new Error(reason);
    });
  } else {
    console.log(`Skipping test/pdf.test.ts: ${reason}.`);
  }
}

const framework = EXAMPLE_FRAMEWORK;
const GENERATED_ON = '2026-11-22';

const UNICODE = {
  practice: 'Llanfair Ŵ Surgery',
  organisation: 'Łódź Road Medical Centre',
  zoe: "Zoë O'Brien–Smith",
  greek: 'Αθηνά Παπαδοπούλου',
  cyrillic: 'Ольга Смирнова',
  note: 'Target ≥ 3 — agreed',
};

/** The worked example, with names and text in several scripts added where a reader would see them. */
function unicodeExample(): Assessment {
  const assessment = exampleAssessment();
  const [firstPractice] = assessment.profile.practices;
  if (firstPractice) firstPractice.name = UNICODE.practice;
  assessment.participants.push(
    { id: 'p-zoe', name: UNICODE.zoe, role: 'Care coordinator', organisation: UNICODE.practice },
    { id: 'p-greek', name: UNICODE.greek, role: 'GP registrar', organisation: UNICODE.organisation },
    { id: 'p-cyrillic', name: UNICODE.cyrillic, role: 'Clinical pharmacist', organisation: 'Riverside Vale PCN' },
  );
  const action = assessment.actions[0];
  if (action) action.ownerName = UNICODE.cyrillic;
  const response = assessment.responses.find((r) => r.current !== null && !r.dontKnow);
  if (response) response.notes = UNICODE.note;
  return assessment;
}

/** A new assessment: nothing answered, no actions, no participants or partners, still in progress. */
function blankAssessment(): Assessment {
  return {
    id: 'blank',
    frameworkVersion: framework.version,
    assessmentDate: '2027-01-31',
    planStart: '2027-01-31',
    status: 'in-progress',
    previousAssessmentId: null,
    profile: {
      pcnName: 'Blank Test PCN',
      pcnCode: null,
      icb: '',
      population: null,
      practices: [],
      directoryExtractDate: null,
    },
    responses: [],
    areaResponses: [],
    partners: [],
    participants: [],
    actions: [],
    dismissedSuggestionIds: [],
    deferrals: [],
    planCapacity: 12,
    workshop: { anonymous: false, questions: [], scores: [] },
    checkIns: [],
    createdAt: '2027-01-31T09:00:00.000Z',
    updatedAt: '2027-01-31T09:00:00.000Z',
  };
}

interface ReadBack {
  bytes: number;
  info: Record<string, string>;
  pages: number;
  /** Text of each page in layout mode (index 0 is page 1). */
  layoutPages: string[];
  /** Whole document in content order with runs of white space made single spaces. */
  flat: string;
}

function readBack(pdf: Uint8Array, name: string): ReadBack {
  const file = path.join(tempDir('nr-pdf-'), `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info[match[1]] = match[2];
  }
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const layoutPages = layout.split('\f');
  if (layoutPages.at(-1)?.trim() === '') layoutPages.pop();
  return {
    bytes: pdf.length,
    info,
    pages: Number(info.Pages),
    layoutPages,
    flat: raw.replace(/\s+/g, ' '),
  };
}

describe.skipIf(!available)('the plan PDF', () => {
  let example: Assessment;
  let doc: ReadBack;

  beforeAll(() => {
    example = unicodeExample();
    const pdf = buildPlanPdf({ assessment: example, framework, generatedOn: GENERATED_ON }, loadPdfFonts());
    doc = readBack(pdf, 'example');
    // Kept for people to look at (test/output is ignored by git).
    const out = path.resolve(import.meta.dirname, 'output/pdf');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'example-plan.pdf'), pdf);
  });

  test('has the expected pages, A4, within the size budget', () => {
    // 1 cover, 1 summary, 1 areas at a glance, 10 for the eight areas, 5 workshop (3 of
    // tables, 2 of split items and reasons), 4 action plan, 2 timeline, 2 method and sign-off.
    // A change to the example or the layout changes this: look at the PDF (test/output/pdf)
    // before updating the number.
    expect(doc.pages).toBe(26);
    expect(doc.layoutPages).toHaveLength(26);
    expect(doc.info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    // Fonts are embedded as subsets: the two full TTFs alone are 1.4 MB.
    expect(doc.bytes).toBeLessThan(400_000);
  });

  test('carries its title, author, subject and creator as metadata', () => {
    expect(doc.info.Title).toBe(`${DOCUMENT_TITLE}: Riverside Vale PCN (fictional example)`);
    expect(doc.info.Author).toBe('Riverside Vale PCN (fictional example)');
    expect(doc.info.Subject).toBe(PDF_SUBJECT);
    expect(doc.info.Creator).toBe('Neighbourhood Ready');
  });

  test('has no header or page number on the cover, and both on every other page', () => {
    const total = doc.pages;
    expect(doc.layoutPages[0]).not.toMatch(/Page \d+ of/);
    expect(doc.layoutPages[0]).not.toContain('Neighbourhood readiness plan');
    for (let page = 2; page <= total; page += 1) {
      const text = doc.layoutPages[page - 1] ?? '';
      expect(text, `page ${page}`).toContain(`Page ${page} of ${total}`);
      expect(text, `page ${page}`).toMatch(/Riverside Vale PCN \(fictional example\) · Neighbourhood readiness plan/);
    }
  });

  test('shows the cover facts, the practices and who took part', () => {
    const cover = doc.layoutPages[0] ?? '';
    expect(cover).toContain('Neighbourhood readiness');
    expect(cover).toContain('Riverside Vale PCN (fictional example)');
    expect(cover).toContain('U99001');
    expect(cover).toContain('NHS Northshire ICB (fictional)');
    expect(cover).toContain('48,075');
    expect(cover).toContain('16 November 2026');
    expect(cover).toContain('December 2026 to May 2027');
    for (const practice of example.profile.practices) {
      expect(doc.flat).toContain(practice.name);
      expect(doc.flat).toContain(practice.code ?? '');
    }
    for (const person of example.participants) {
      expect(doc.flat).toContain(person.name);
    }
  });

  test('summarises overall readiness in words and numbers, with the top priorities', () => {
    const summary = doc.layoutPages[1] ?? '';
    // The words and numbers are the scoring model's (tested in scoring.test.ts); here, that the PDF prints them.
    const { current, target } = scoreAssessment(framework, example.responses, example.areaResponses).overall;
    expect(summary).toContain(
      `Overall readiness: ${levelLabel(current)} — ${formatLevel(current)} of 4 now; ` +
        `six-month target ${formatLevel(target)} (${levelLabel(target)}).`,
    );
    expect(formatLevel(current)).toBe('1.0');
    expect(summary).toContain('Now (solid line, shaded)');
    expect(summary).toContain('Six-month target (dashed line)');
    expect(summary).toContain('Top priorities for the next six months');
    expect(summary).toMatch(/1\s+External relationships\s+1\.2 → 2\.4\s+Moderate gap \(\+1\.2\)\s+High/);
    expect(summary).toContain('34 of 36 questions answered with a level, 2 “Don’t know” and 0 not answered.');
  });

  test('has a section for every area, with its questions and level descriptors', () => {
    for (const [index, area] of framework.areas.entries()) {
      expect(doc.flat).toContain(`AREA ${index + 1} OF 8 ${area.title}`);
      expect(doc.flat).toContain(area.purpose);
    }
    for (const question of framework.areas.flatMap((area) => area.questions)) {
      expect(doc.flat).toContain(question.text);
    }
    // Leadership is at 1.2 now and 2.0 in six months: levels 1 and 2 are quoted.
    const leadership = framework.areas[0];
    expect(doc.flat).toContain(`Now: level 1, Emerging ${leadership?.levels[1]}`);
    expect(doc.flat).toContain(`Six-month target: level 2, Developing ${leadership?.levels[2]}`);
    for (const partner of example.partners) expect(doc.flat).toContain(partner.name);
  });

  test('lists every action with its owner, and draws it on the timeline', () => {
    expect(example.actions).toHaveLength(30);
    for (const action of example.actions) {
      expect(doc.flat).toContain(action.title);
      expect(doc.flat).toContain(action.ownerName);
    }
    const timeline = doc.layoutPages.filter((page) => page.includes('Month 1') && page.includes('Month 6'));
    expect(timeline.length).toBeGreaterThanOrEqual(1);
    expect(timeline.join('\n')).toMatch(/Done · due 11 Dec/);
  });

  test('prints names and symbols in Welsh, Polish, Greek and Cyrillic script exactly', () => {
    for (const text of Object.values(UNICODE)) expect(doc.flat).toContain(text);
  });

  test('ends with the method and a sign-off block', () => {
    const last = doc.layoutPages.at(-1) ?? '';
    expect(doc.flat).toContain('How this assessment works');
    expect(last).toContain('Sign-off');
    expect(last).toContain('Date the board approved this plan');
    expect(last).toContain('ICB contact');
  });

  test('reports the workshop: a table per area, then the split items with the reasons given', () => {
    const start = doc.layoutPages.findIndex((page) => /^\s*Workshop$/m.test(page));
    expect(start).toBeGreaterThan(10);
    expect(doc.flat).toContain(
      '8 people scored each question privately (3 by response files before the day). The scores were revealed together at the workshop on 16 November 2026',
    );
    expect(doc.flat).toContain('Question Agreed (now → target) Median (now → target) Range now Split');
    // 2.2: agreed 0 → 2 at the medians, ratings from 0 to 3, split.
    expect(doc.flat).toContain(
      '2.2 Is there a small joint group of senior managers and clinicians from the PCN and the acute trust? 0 → 2 0 → 2 0 to 3 Split',
    );
    // 1.4: agreed below the median, so it is listed with the group's reason though not split.
    expect(doc.flat).toContain('Split items and reasons');
    expect(doc.flat).toContain('Ratings now: 0: 3, 1: 5. Median 1 Emerging, range 0 to 1 (1 level apart).');
    expect(doc.flat).toContain(
      'Why the group agreed this: Agreed 0, below the median of 1: Dr Nowak’s interest is welcome but nobody is yet being developed',
    );
    expect(doc.flat).toContain(
      '• Dr Rachel Lindqvist (rated now 3, target 3): Weir Bridge has a monthly frailty huddle with the hospital’s elderly care consultant',
    );
    expect(doc.flat).toContain(
      '• Dr Sanjay Mehta (rated now 4, target 4): Tanner’s Row runs a weekly MDT with the district nurses',
    );
    const items = doc.flat.slice(doc.flat.indexOf('Split items and reasons'));
    const listed = [...items.matchAll(/(\d\.\d) [^?]+\? (?:Split\. )?Ratings now:/g)].map((m) => m[1]);
    expect(listed).toEqual(['1.4', '2.2', '3.3', '3.5', '4.1', '5.4', '6.4']);
  });

  test('an anonymous workshop gives no names: roles on the cover, reasons from "a participant"', () => {
    const anonymous = exampleAssessment();
    anonymous.workshop.anonymous = true;
    const pdf = buildPlanPdf(
      { assessment: withAnonymity(anonymous), framework, generatedOn: GENERATED_ON },
      loadPdfFonts(),
    );
    const read = readBack(pdf, 'anonymous');
    expect(read.layoutPages[0]).toContain('Who took part (8, anonymous session)');
    expect(read.layoutPages[0]).toContain('Community trust locality director');
    // Names appear nowhere the workshop is reported (actions still name their owners).
    const start = read.layoutPages.findIndex((page) => /^\s*Workshop$/m.test(page));
    const workshopPages = read.layoutPages.slice(start, start + 5);
    expect(workshopPages.join('\n')).toContain('Split items and reasons');
    for (const page of [read.layoutPages[0] ?? '', ...workshopPages]) {
      for (const person of anonymous.participants) expect(page).not.toContain(person.name);
    }
    expect(read.flat).toContain('The session was anonymous, so no names are given.');
    expect(read.flat).toContain('Reasons participants gave: • A participant (rated now 3, target 3): Weir Bridge has');
  });

  test('shows progress since a previous assessment', () => {
    const previous = exampleAssessment();
    previous.assessmentDate = '2026-05-12';
    const pdf = buildPlanPdf(
      { assessment: example, framework, generatedOn: GENERATED_ON, previous: { assessment: previous, framework } },
      loadPdfFonts(),
    );
    const withPrevious = readBack(pdf, 'previous');
    expect(withPrevious.flat).toContain(
      'At the last assessment, on 12 May 2026, overall readiness was 1.0 of 4 (Emerging).',
    );
    expect(withPrevious.flat).toContain('Progress on the previous plan');
    expect(withPrevious.flat).toContain('Last time');
  });

  test('says Complete on the cover only when nothing is missing; a draft states in counts what it does not cover', () => {
    expect(doc.layoutPages[0]?.replace(/\s+/g, ' ')).toContain('Status Complete');
    expect(doc.flat).not.toContain('This is a draft');

    // The worked example with problems planted: an unanswered question, a target not set, a gap
    // neither covered nor deferred, a deferred gap and two actions without a named owner.
    const planted = exampleAssessment();
    const [first, second, third] = framework.areas[0]?.questions ?? [];
    planted.responses = planted.responses
      .filter((r) => r.questionId !== first?.id)
      .map((r) => (r.questionId === second?.id ? { ...r, target: null } : r));
    const gapQuestion = third?.id ?? '';
    planted.actions = planted.actions.map((a, i) => ({
      ...a,
      questionIds: a.questionIds.filter((id) => id !== gapQuestion),
      ownerName: i < 2 ? '' : a.ownerName,
    }));
    const deferred = framework.areas[1]?.questions[0]?.id ?? '';
    planted.actions = planted.actions.map((a) => ({
      ...a,
      questionIds: a.questionIds.filter((id) => id !== deferred),
    }));
    planted.deferrals = [{ questionId: deferred, reason: 'depends-on-icb', note: 'The ICB names the trust leads.' }];
    const draft = readBack(
      buildPlanPdf({ assessment: planted, framework, generatedOn: GENERATED_ON }, loadPdfFonts()),
      'draft',
    );
    expect(draft.flat).toContain('Status Draft: 5 things still to do (see the summary)');
    expect(draft.layoutPages[0]).not.toContain('Complete');
    const summary = draft.layoutPages[1]?.replace(/\s+/g, ' ') ?? '';
    expect(summary).toContain(
      'This is a draft. It does not yet cover: 1 unanswered question, 1 question without a target, 1 gap neither ' +
        'covered by an action nor deferred and 2 actions without a named owner.',
    );
    expect(summary).toMatch(/The plan covers \d+ of \d+ gaps covered, 1 deferred, 1 open\./);
    expect(draft.flat).toContain('Gaps deferred to a later plan');
    expect(draft.flat).toContain('Depends on the ICB: The ICB names the trust leads.');
    // An action with no named owner says so; its suggested role is not printed as if it were the owner.
    expect(draft.flat).toContain('Owner not yet named Suggested:');
  });

  test('still reads well for a new assessment with nothing filled in', () => {
    const pdf = buildPlanPdf({ assessment: blankAssessment(), framework, generatedOn: GENERATED_ON }, loadPdfFonts());
    const blank = readBack(pdf, 'blank');
    // Cover, summary, at a glance, a page per area (eight), action plan, method and sign-off (two).
    expect(blank.pages).toBe(14);
    expect(blank.flat).toContain('Status Draft: 36 things still to do (see the summary)');
    expect(blank.flat).toContain('This is a draft. It does not yet cover: 36 unanswered questions.');
    expect(blank.flat).toContain('January 2027 to July 2027');
    expect(blank.flat).toContain('No question has been answered with a level yet, so there is no overall score.');
    expect(blank.flat).toContain('No area has been scored yet.');
    expect(blank.flat).toContain(
      'No actions have been added to the plan yet. The plan runs from January 2027 to July 2027.',
    );
    expect(blank.flat).toContain('No partner organisations have been recorded.');
    expect(blank.flat).not.toContain('Who took part');
    expect(blank.flat).not.toContain('Split items and reasons');
    expect(blank.layoutPages[blank.pages - 1]).toContain(`Page ${blank.pages} of ${blank.pages}`);
  });
});
