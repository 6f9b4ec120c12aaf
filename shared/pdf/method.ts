/**
 * The closing pages: the scale and how scores are worked out (the same words as the app's
 * "How scores work" page), the framework version with its release note, the national
 * expectations each question serves and their sources (framework 2026.2 onwards), and a
 * sign-off block to complete by hand.
 */
import { NATIONAL_LINKS, POLICY_SOURCES } from '../framework/national';
import type { Framework, NationalLinkId } from '../framework/types';
import { LEVEL_NAMES, LEVELS } from '../framework/types';
import { SCORING_EXPLAINED } from '../scoring';
import type { PdfContext } from './context';
import { type Flow, setFont } from './flow';
import { COLOUR, CONTENT_WIDTH, MARGIN, SPACE, STROKE, TYPE } from './layout';

export function drawMethod(flow: Flow, context: PdfContext): void {
  flow.newPage();
  flow.heading('How this assessment works', 1);
  flow.heading('The scale', 2, 30);
  drawScale(flow);
  for (const section of SCORING_EXPLAINED) {
    flow.heading(section.heading, 3, 14);
    for (const paragraph of section.paragraphs) flow.paragraph(paragraph);
  }
  flow.heading('The framework', 3, 14);
  const framework = context.framework;
  flow.paragraph(`${framework.title}, version ${framework.version}. ${framework.releaseNote}`);
  drawNationalLinks(flow, framework);
  drawSignOff(flow);
}

/** A link's words; the programme's one-word themes ("Readiness") need saying what they are. */
function linkLabel(id: NationalLinkId): string {
  const link = NATIONAL_LINKS[id];
  return link.group === 'Implementation programme selection themes' ? `${link.title} (selection theme)` : link.title;
}

/** Each question's national expectations, then where each expectation comes from and when. */
function drawNationalLinks(flow: Flow, framework: Framework): void {
  const rows = framework.areas.flatMap((area, a) =>
    area.questions.map((question, q) => [
      `${a + 1}.${q + 1}`,
      question.text,
      (question.links ?? []).map(linkLabel).join('; '),
    ]),
  );
  // Framework 2026.1 predates the links: nothing to list.
  if (rows.every((row) => row[2] === '')) return;
  const questions = flow.prepareTable(
    {
      head: [['', 'Question', 'National expectations it serves']],
      body: rows,
      styles: { fontSize: TYPE.small },
      columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 90 } },
    },
    'National expectations',
  );
  flow.heading('The national expectations each question serves', 3, questions.keep);
  flow.drawTable(questions);

  const used = new Set(framework.areas.flatMap((area) => area.questions.flatMap((question) => question.links ?? [])));
  const sourceById = new Map(POLICY_SOURCES.map((source) => [source.id, source]));
  const links = Object.values(NATIONAL_LINKS).filter((link) => used.has(link.id));
  const sources = flow.prepareTable(
    {
      head: [['Expectation', 'Source', 'Published']],
      body: links.map((link) => {
        const source = sourceById.get(link.sourceId);
        return [
          linkLabel(link.id),
          source ? `${source.title}, ${source.publisher}` : link.group,
          source?.published ?? '',
        ];
      }),
      styles: { fontSize: TYPE.small },
      columnStyles: { 0: { cellWidth: 70 }, 2: { cellWidth: 30 } },
    },
    'Sources',
  );
  flow.heading('Sources', 3, sources.keep);
  flow.drawTable(sources);
}

/** The five levels as a strip of boxes, then "Don't know". */
function drawScale(flow: Flow): void {
  const { doc } = flow;
  const gutter = 2;
  const width = (CONTENT_WIDTH - gutter * (LEVELS.length - 1)) / LEVELS.length;
  const height = 15;
  flow.ensure(height + 12);
  const top = flow.y;
  for (const level of LEVELS) {
    const x = MARGIN.left + level * (width + gutter);
    doc.setFillColor(...COLOUR.paleGrey);
    doc.rect(x, top, width, height, 'F');
    setFont(doc, TYPE.h2, 'bold', COLOUR.nhsBlue);
    doc.text(String(level), x + 3, top + 6.5);
    setFont(doc, TYPE.small, 'bold');
    doc.text(LEVEL_NAMES[level], x + 3, top + 11.5);
  }
  flow.y = top + height + SPACE.s;
  flow.paragraph('"Don\'t know" is not a level: it records an evidence gap and is left out of every score.', {
    size: TYPE.small,
    colour: COLOUR.secondaryText,
  });
}

function drawSignOff(flow: Flow): void {
  const { doc } = flow;
  const height = 92;
  flow.space(SPACE.m);
  flow.ensure(height);
  flow.heading('Sign-off', 2, height - 12);
  flow.paragraph('To be completed by hand or electronically before the plan is sent to the ICB.', {
    size: TYPE.small,
    colour: COLOUR.secondaryText,
  });

  const gutter = 6;
  const rows: { heading: string; fields: { label: string; share: number }[] }[] = [
    {
      heading: 'Clinical director',
      fields: [
        { label: 'Name', share: 2 },
        { label: 'Signature', share: 2 },
        { label: 'Date', share: 1 },
      ],
    },
    { heading: 'PCN board', fields: [{ label: 'Date the board approved this plan', share: 1 }] },
    {
      heading: 'ICB contact',
      fields: [
        { label: 'Name', share: 2 },
        { label: 'Role', share: 2 },
        { label: 'Email', share: 2 },
      ],
    },
  ];
  for (const row of rows) {
    flow.ensure(22);
    setFont(doc, TYPE.body, 'bold');
    doc.text(row.heading, MARGIN.left, flow.y + 4);
    flow.y += 7;
    const shares = row.fields.reduce((sum, field) => sum + field.share, 0);
    const free = CONTENT_WIDTH - gutter * (row.fields.length - 1);
    let x = MARGIN.left;
    const lineY = flow.y + 10;
    for (const field of row.fields) {
      const width = row.fields.length === 1 ? free / 2 : (free * field.share) / shares;
      doc.setDrawColor(...COLOUR.darkGrey);
      doc.setLineWidth(STROKE.hairline + 0.1);
      doc.line(x, lineY, x + width, lineY);
      setFont(doc, TYPE.tiny, 'normal', COLOUR.secondaryText);
      doc.text(field.label, x, lineY + 3.5);
      x += width + gutter;
    }
    flow.y = lineY + 3.5 + SPACE.l;
  }
}
