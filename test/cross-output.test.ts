/**
 * The cross-output test: one assessment rendered through every output (the results screen's
 * components, the PDF read back with pdftotext, the HTML export and the CSV) must print the same
 * figures and the same level and gap words, because all of them read the report model
 * (shared/report). Each output is read back on its own (text, not the model), the readings are
 * compared with each other, and key cases are also checked against figures worked out by hand.
 *
 * Cases: the worked example; an overall gap of 0.96 (shown 1.0, so a "Moderate gap", which the
 * HTML once called a "Small gap") and of 1.96 (shown 2.0, a "Large gap"); nothing answered; every
 * answer "Don't know"; and a workshop with an even number of raters (0, 1, 3 and 4).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPdfFonts } from '../electron/pdf-fonts';
import { AreaCard } from '../renderer/src/components/results/AreaCard';
import { Headline } from '../renderer/src/components/results/Headline';
import { buildResults } from '../renderer/src/components/results/model';
import { ScoresTable } from '../renderer/src/components/results/ScoresTable';
import type { Action, Assessment, ParticipantScore, QuestionResponse } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { actionsToCsv } from '../shared/export/csv';
import { planToHtml } from '../shared/export/html';
import type { Level } from '../shared/framework';
import { buildPlanPdf } from '../shared/pdf';
import { buildReport, type Report } from '../shared/report';
import { tempDir } from './support/temp';

const framework = EXAMPLE_FRAMEWORK;
const GENERATED_ON = '2026-11-22';

const pdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!pdftotext && process.env.CI === 'true') {
  test('poppler-utils is installed (required in CI)', () => {
    throw new Error('pdftotext not found (install poppler-utils)');
  });
}

// ---------------------------------------------------------------------------------------------
// Cases

function blank(): Assessment {
  const example = exampleAssessment();
  return {
    ...example,
    responses: [],
    areaResponses: [],
    actions: [],
    participants: [],
    status: 'in-progress',
    workshop: { anonymous: false, questions: [], scores: [] },
  };
}

/** Every question of the listed areas answered: current 1, target 1 + the gap given per question. */
function withGaps(gaps: Record<string, number[]>): Assessment {
  const responses: QuestionResponse[] = [];
  const actions: Action[] = [];
  for (const area of framework.areas) {
    const perQuestion = gaps[area.id];
    if (!perQuestion) continue;
    expect(perQuestion).toHaveLength(area.questions.length);
    area.questions.forEach((question, i) => {
      responses.push({
        questionId: question.id,
        current: 1,
        dontKnow: false,
        target: (1 + (perQuestion[i] ?? 0)) as Level,
        notes: '',
      });
    });
    actions.push({
      id: `action-${area.id}`,
      areaId: area.id,
      questionIds: [area.questions[0]?.id ?? ''],
      title: `First step in ${area.title}`,
      description: '',
      ownerName: 'Dr Test Owner',
      ownerRole: 'Clinical director',
      startMonth: 1,
      dueDate: '2027-01-31',
      status: 'not-started',
      successMeasure: '',
      suggestionId: null,
    });
  }
  return { ...blank(), responses, actions };
}

/**
 * Overall gap 0.96: five areas scored, gaps 1, 1, 1, 0.8 (five questions each) and 1 (four
 * questions): mean 4.8 / 5 = 0.96, shown 1.0. Current 1.0 everywhere, target 1.96 (shown 2.0).
 */
function gap096(): Assessment {
  return withGaps({
    leadership: [1, 1, 1, 1, 1],
    relationships: [1, 1, 1, 1, 1],
    governance: [1, 1, 1, 1, 0],
    'population-health': [1, 1, 1, 1, 1],
    voice: [1, 1, 1, 1],
  });
}

/** Overall gap 1.96: the same shape with gaps 2, 2, 2, 1.8 and 2. */
function gap196(): Assessment {
  return withGaps({
    leadership: [2, 2, 2, 2, 2],
    relationships: [2, 2, 2, 2, 2],
    governance: [2, 2, 2, 2, 1],
    'population-health': [2, 2, 2, 2, 2],
    voice: [2, 2, 2, 2],
  });
}

function allDontKnow(): Assessment {
  return {
    ...blank(),
    responses: framework.areas.flatMap((area) =>
      area.questions.map((q) => ({ questionId: q.id, current: null, dontKnow: true, target: null, notes: '' })),
    ),
  };
}

/** The worked example's workshop cut to four raters, who rated the first question 0, 1, 3 and 4. */
function evenWorkshop(): Assessment {
  const example = exampleAssessment();
  const participants = example.participants.slice(0, 4);
  const ids = new Set(participants.map((p) => p.id));
  const first = framework.areas[0]?.questions[0]?.id ?? '';
  const ratings: Level[] = [0, 1, 3, 4];
  const scores: ParticipantScore[] = example.workshop.scores
    .filter((s) => ids.has(s.participantId))
    .map((s) => {
      if (s.questionId !== first) return s;
      const current = ratings[participants.findIndex((p) => p.id === s.participantId)] ?? null;
      return { ...s, current, dontKnow: false, target: 4 };
    });
  return { ...example, participants, workshop: { ...example.workshop, scores } };
}

const CASES: { name: string; make: () => Assessment }[] = [
  { name: 'the worked example', make: exampleAssessment },
  { name: 'overall gap 0.96', make: gap096 },
  { name: 'overall gap 1.96', make: gap196 },
  { name: 'nothing answered', make: blank },
  { name: 'every answer "Don\'t know"', make: allDontKnow },
  { name: 'a workshop with four raters (0, 1, 3, 4)', make: evenWorkshop },
];

// ---------------------------------------------------------------------------------------------
// Reading each output back

interface Figures {
  now: string;
  nowWords: string;
  target: string;
  targetWords: string;
  gap: string;
  gapWords: string;
}

const NOT = 'Not assessed';
const unassessed: Figures = { now: NOT, nowWords: NOT, target: NOT, targetWords: NOT, gap: NOT, gapWords: NOT };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Each case's PDF is built and read once. */
const pdfTexts = new Map<string, string>();

function pdfText(assessment: Assessment): string {
  const key = JSON.stringify(assessment);
  const known = pdfTexts.get(key);
  if (known !== undefined) return known;
  const pdf = buildPlanPdf({ assessment, framework, generatedOn: GENERATED_ON }, loadPdfFonts());
  const file = path.join(tempDir('nr-cross-'), 'plan.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  pdfTexts.set(key, text);
  return text;
}

const WORDS = '([A-Z][a-z]+(?: [a-z]+)?)';
const FIG = '(\\d\\.\\d)';
const GAP = '([+−]?\\d\\.\\d)';

/** One match of `pattern` in `text`, or a failure naming what was looked for. */
function one(text: string, pattern: string, what: string): RegExpExecArray {
  const match = new RegExp(pattern).exec(text);
  if (!match) throw new Error(`${what}: not found (pattern ${pattern})`);
  return match;
}

/** "Developing (2.4)" or "Developing (2.4 of 4)" → [figure, words]; "Not assessed" → both so. */
function level(words: string | undefined, figure: string | undefined): [string, string] {
  return words === undefined ? [NOT, NOT] : [figure ?? '', words];
}

/** The screen: the "Show as a table" rows, the headline figures. */
function readScreen(assessment: Assessment): { areas: Map<string, Figures>; overall: Figures | null } {
  const model = buildResults(framework, assessment, null);
  const table = textOf(
    renderToStaticMarkup(createElement(ScoresTable, { caption: 'Areas', rows: model.areas, previousDate: null })),
  );
  const areas = new Map<string, Figures>();
  for (const area of model.areas) {
    const lvl = `(?:${WORDS} \\(${FIG}\\)|Not assessed)`;
    const m = one(
      table,
      `${area.number}\\. ${escapeRegExp(area.title)} ${lvl} ${lvl} (?:${GAP} \\(${WORDS}\\)|No answers yet)`,
      `screen row for ${area.title}`,
    );
    const [now, nowWords] = level(m[1], m[2]);
    const [target, targetWords] = level(m[3], m[4]);
    areas.set(area.id, {
      now,
      nowWords,
      target,
      targetWords,
      gap: m[5] === undefined ? NOT : m[5],
      gapWords: m[6] === undefined ? NOT : m[6],
    });
    // The area's card says the same.
    const card = textOf(renderToStaticMarkup(createElement(AreaCard, { area, areaCount: 8, onOpen: () => {} })));
    if (!area.noEvidence) {
      expect(card).toContain(`${m[6]} Priority ${area.rankShown} of 8`);
      expect(card).toContain(`Now ${nowWords} (${now})`);
      expect(card).toContain(`Target ${targetWords} (${target})`);
      expect(card).toMatch(new RegExp(`Gap ${escapeRegExp(m[5] ?? '')} levels?`));
    }
  }
  if (model.empty || model.nothingScored) return { areas, overall: null };
  const headline = textOf(renderToStaticMarkup(createElement(Headline, { model, onReview: () => {} })));
  const m = one(
    headline,
    `Now ${FIG} ${WORDS} \\d+% of the top level Six-month target ${FIG} ${WORDS} \\d+% of the top level Gap to close ${GAP} ${WORDS}`,
    'screen headline',
  );
  return {
    areas,
    overall: { now: m[1], nowWords: m[2], target: m[3], targetWords: m[4], gap: m[5], gapWords: m[6] } as Figures,
  };
}

/** The HTML export: the summary cards and the "Readiness by area" table. */
function readHtml(assessment: Assessment): { areas: Map<string, Figures>; overall: Figures | null; text: string } {
  const text = textOf(planToHtml(assessment, framework, { generatedOn: GENERATED_ON }));
  const areas = new Map<string, Figures>();
  const lvl = `(?:${WORDS} \\(${FIG} of 4\\)|Not assessed)`;
  for (const area of framework.areas) {
    const row = one(
      text,
      ` ${escapeRegExp(area.title)} ${lvl} ${lvl} (?:${WORDS} \\(${GAP}\\)|Not assessed)`,
      `HTML "Readiness by area" row for ${area.title}`,
    );
    const [now, nowWords] = level(row[1], row[2]);
    const [target, targetWords] = level(row[3], row[4]);
    areas.set(area.id, {
      now,
      nowWords,
      target,
      targetWords,
      gap: row[6] === undefined ? NOT : row[6],
      gapWords: row[5] === undefined ? NOT : row[5],
    });
  }
  const cards = new RegExp(
    `Now ${FIG} of 4 ${WORDS} · \\d+% Six-month target ${FIG} of 4 ${WORDS} · \\d+% Gap to close ${GAP} levels ${WORDS}`,
  ).exec(text);
  return {
    areas,
    text,
    overall: cards
      ? ({
          now: cards[1],
          nowWords: cards[2],
          target: cards[3],
          targetWords: cards[4],
          gap: cards[5],
          gapWords: cards[6],
        } as Figures)
      : null,
  };
}

/** The PDF: the summary's headline boxes and the "Areas at a glance" table. */
function readPdf(assessment: Assessment): { areas: Map<string, Figures>; overall: Figures | null; text: string } {
  const text = pdfText(assessment);
  const areas = new Map<string, Figures>();
  const lvl = `(?:${FIG} ${WORDS}|Not assessed)`;
  for (const area of framework.areas) {
    const m = one(
      text,
      `(?:\\d|—) ${escapeRegExp(area.title)} ${lvl} ${lvl} (?:${GAP} ${WORDS}|Not assessed)`,
      `PDF "Areas at a glance" row for ${area.title}`,
    );
    areas.set(area.id, {
      now: m[1] ?? NOT,
      nowWords: m[2] ?? NOT,
      target: m[3] ?? NOT,
      targetWords: m[4] ?? NOT,
      gap: m[5] ?? NOT,
      gapWords: m[6] ?? NOT,
    });
  }
  const box = new RegExp(
    `Now ${FIG} of 4 ${WORDS} · \\d+% Six-month target ${FIG} of 4 ${WORDS} · \\d+% Gap to close ${GAP} levels ${WORDS}`,
  ).exec(text);
  return {
    areas,
    text,
    overall: box
      ? ({
          now: box[1],
          nowWords: box[2],
          target: box[3],
          targetWords: box[4],
          gap: box[5],
          gapWords: box[6],
        } as Figures)
      : null,
  };
}

/** The CSV: each action row's area priority and gap. */
function readCsv(assessment: Assessment): Map<string, { rank: string; gap: string; gapWords: string }> {
  const csv = actionsToCsv(assessment, framework);
  const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const byArea = new Map<string, { rank: string; gap: string; gapWords: string }>();
  for (const row of rows) {
    const title = row[col('Area')] ?? '';
    const area = framework.areas.find((a) => a.title === title);
    const gapCell = row[col('Area gap')] ?? '';
    const m = /^(.+) \(([+−]?\d\.\d)\)$/.exec(gapCell);
    const entry = { rank: row[col('Area priority')] ?? '', gap: m?.[2] ?? NOT, gapWords: m?.[1] ?? gapCell };
    if (area) {
      const seen = byArea.get(area.id);
      if (seen) expect(entry).toEqual(seen);
      byArea.set(area.id, entry);
    }
  }
  return byArea;
}

/** What the report model itself says, in the same shape. */
function fromModel(report: Report): { areas: Map<string, Figures>; overall: Figures | null } {
  const areas = new Map<string, Figures>(
    report.areas.map((a) => [
      a.id,
      a.noEvidence
        ? unassessed
        : {
            now: a.current.shown,
            nowWords: a.current.words,
            target: a.target.shown,
            targetWords: a.target.words,
            gap: a.gap.signed,
            gapWords: a.gap.words,
          },
    ]),
  );
  const o = report.overall;
  return {
    areas,
    overall: o.nothingScored
      ? null
      : {
          now: o.current.shown,
          nowWords: o.current.words,
          target: o.target.shown,
          targetWords: o.target.words,
          gap: o.gap.signed,
          gapWords: o.gap.words,
        },
  };
}

// ---------------------------------------------------------------------------------------------
// The test

describe.runIf(pdftotext).each(CASES)('every output says the same: $name', ({ make }) => {
  let assessment: Assessment;
  let report: Report;
  let screen: ReturnType<typeof readScreen>;
  let html: ReturnType<typeof readHtml>;
  let pdf: ReturnType<typeof readPdf>;
  let csv: ReturnType<typeof readCsv>;

  beforeAll(() => {
    assessment = make();
    report = buildReport(assessment, framework);
    screen = readScreen(assessment);
    html = readHtml(assessment);
    pdf = readPdf(assessment);
    csv = readCsv(assessment);
  });

  test('each area: the same figures and words on the screen, in the PDF and in the HTML', () => {
    const model = fromModel(report);
    for (const area of framework.areas) {
      const expected = model.areas.get(area.id);
      expect({ area: area.id, ...screen.areas.get(area.id) }).toEqual({ area: area.id, ...expected });
      expect({ area: area.id, ...html.areas.get(area.id) }).toEqual({ area: area.id, ...expected });
      expect({ area: area.id, ...pdf.areas.get(area.id) }).toEqual({ area: area.id, ...expected });
    }
  });

  test('overall: the same figures and words on the screen, in the PDF and in the HTML', () => {
    const expected = fromModel(report).overall;
    expect(screen.overall).toEqual(expected);
    expect(html.overall).toEqual(expected);
    expect(pdf.overall).toEqual(expected);
  });

  test('the CSV gives each action its area’s priority and gap as the other outputs do', () => {
    for (const [areaId, row] of csv) {
      const area = report.area(areaId);
      expect(row).toEqual({
        rank: area?.rankShown,
        gap: pdf.areas.get(areaId)?.gap,
        gapWords: pdf.areas.get(areaId)?.gapWords,
      });
    }
    expect(csv.size).toBe(new Set(assessment.actions.map((a) => a.areaId)).size);
  });

  test('every question: the same level now, target and gap in the PDF and the HTML', () => {
    for (const area of report.areas) {
      for (const q of area.questions) {
        const row = `${q.text} ${q.currentShown} ${q.targetShown} ${q.gapShown}`;
        expect(html.text).toContain(row);
        expect(pdf.text).toContain(row);
      }
    }
  });

  test('the workshop: the same agreed levels, medians and ranges in the PDF and the HTML', () => {
    for (const row of report.workshop?.rows ?? []) {
      const start = `${row.item.number} ${row.item.question.text} ${row.agreed} ${row.median} ${row.range}`;
      expect(html.text).toContain(`${start} ${row.split ? 'Split' : 'No'}`);
      expect(pdf.text).toContain(`${start} ${row.split ? 'Split' : '—'}`);
    }
  });
});

describe.runIf(pdftotext)('figures worked out by hand', () => {
  test('an overall gap of 0.96 is shown 1.0 and called a "Moderate gap" everywhere', () => {
    const want = {
      now: '1.0',
      nowWords: 'Emerging',
      target: '2.0',
      targetWords: 'Developing',
      gap: '+1.0',
      gapWords: 'Moderate gap',
    };
    expect(buildReport(gap096(), framework).overall.gap.value).toBeCloseTo(0.96, 10);
    expect(readScreen(gap096()).overall).toEqual(want);
    expect(readHtml(gap096()).overall).toEqual(want);
    expect(readPdf(gap096()).overall).toEqual(want);
    // Governance alone: 0.8, a small gap, in all three and the CSV.
    expect(readPdf(gap096()).areas.get('governance')).toMatchObject({ gap: '+0.8', gapWords: 'Small gap' });
    expect(readCsv(gap096()).get('governance')).toMatchObject({ gap: '+0.8', gapWords: 'Small gap' });
  });

  test('an overall gap of 1.96 is shown 2.0 and called a "Large gap" everywhere', () => {
    const want = {
      now: '1.0',
      nowWords: 'Emerging',
      target: '3.0',
      targetWords: 'Established',
      gap: '+2.0',
      gapWords: 'Large gap',
    };
    expect(readScreen(gap196()).overall).toEqual(want);
    expect(readHtml(gap196()).overall).toEqual(want);
    expect(readPdf(gap196()).overall).toEqual(want);
  });

  test('nothing answered, or only "Don\'t know": no figure anywhere, every area "Not assessed"', () => {
    for (const make of [blank, allDontKnow]) {
      expect(readScreen(make()).overall).toBeNull();
      expect(readHtml(make()).overall).toBeNull();
      expect(readPdf(make()).overall).toBeNull();
      for (const figures of readPdf(make()).areas.values()) expect(figures).toEqual(unassessed);
      expect(readHtml(make()).text).toContain('No area has been scored yet.');
      expect(readPdf(make()).text).toContain('No area has been scored yet.');
    }
    expect(readPdf(allDontKnow()).text).toContain('0 of 36 questions answered with a level, 36 “Don’t know”');
  });

  test('four raters 0, 1, 3, 4: the median the workshop rule gives is printed alike in the PDF and the HTML', () => {
    const row = buildReport(evenWorkshop(), framework).workshop?.rows[0];
    expect(row?.range).toBe('0 to 4');
    expect(row?.split).toBe(true);
    const start = `${row?.item.number} ${row?.item.question.text} ${row?.agreed} ${row?.median} 0 to 4`;
    expect(readHtml(evenWorkshop()).text).toContain(start);
    expect(readPdf(evenWorkshop()).text).toContain(start);
  });
});
