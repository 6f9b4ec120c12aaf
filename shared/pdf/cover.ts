/**
 * The cover: what the document is, whose it is, the plan period, the member practices and who
 * took part. It has no running header or page number.
 */
import { formatDateLong } from '../dates';
import { formatNumber } from '../words';
import type { PdfContext } from './context';
import { type Flow, setFont, wrap } from './flow';
import { CELL_PADDING, COLOUR, CONTENT_WIDTH, FRAME, lineHeight, MARGIN, PAGE, SPACE, STROKE, TYPE } from './layout';

/** The cover's tables are tighter than the rest so that a typical PCN fits on one page. */
const COMPACT_PADDING = { ...CELL_PADDING, top: 1.2, bottom: 1.2 };

export const DOCUMENT_TITLE = 'Neighbourhood readiness assessment and six-month action plan';

export function drawCover(flow: Flow, context: PdfContext): void {
  const { doc } = flow;
  const { assessment } = context;
  const profile = assessment.profile;

  // A band of NHS blue across the top edge: the only block of colour in the document.
  doc.setFillColor(...COLOUR.nhsBlue);
  doc.rect(0, 0, PAGE.width, 8, 'F');

  // Who made it and when, at the foot of the cover, where it cannot be pushed off by long tables.
  setFont(doc, TYPE.small, 'normal', COLOUR.secondaryText);
  const prepared = wrap(
    doc,
    `Prepared with Neighbourhood Ready on ${formatDateLong(context.generatedOn)}, using the ` +
      `${context.framework.title} (version ${context.framework.version}).`,
    CONTENT_WIDTH,
  );
  prepared.forEach((line, i) => {
    doc.text(line, MARGIN.left, FRAME.footerBaseline - (prepared.length - 1 - i) * lineHeight(TYPE.small));
  });

  flow.y = 28;
  flow.text(DOCUMENT_TITLE, { size: TYPE.coverTitle, weight: 'bold' });
  flow.space(SPACE.s);
  doc.setDrawColor(...COLOUR.nhsBlue);
  doc.setLineWidth(STROKE.accent);
  doc.line(MARGIN.left, flow.y, MARGIN.left + 24, flow.y);
  flow.space(SPACE.m);
  flow.text(profile.pcnName, { size: TYPE.coverSubtitle, weight: 'bold', colour: COLOUR.nhsBlue });
  flow.space(SPACE.m);

  flow.field('PCN code', profile.pcnCode ?? 'Not recorded');
  flow.field('ICB', profile.icb.trim() === '' ? 'Not recorded' : profile.icb);
  flow.field('Registered population', populationText(context));
  flow.field('Assessment date', formatDateLong(assessment.assessmentDate));
  flow.field('Plan period', context.planPeriod);
  // "Complete" only when nothing is missing (the summary page lists what is, in counts).
  flow.field('Status', context.report.readiness.statusText);

  if (profile.practices.length > 0) {
    const known = profile.practices.filter((practice) => practice.listSize !== null);
    const total = known.reduce((sum, practice) => sum + (practice.listSize ?? 0), 0);
    const table = flow.prepareTable(
      {
        head: [['Practice', 'Code', { content: 'List size', styles: { halign: 'right' } }]],
        body: profile.practices.map((practice) => [
          practice.name,
          practice.code ?? '—',
          practice.listSize === null ? 'Not known' : formatNumber(practice.listSize),
        ]),
        foot:
          known.length > 0
            ? [
                [
                  'Total registered patients',
                  '',
                  {
                    content:
                      known.length < profile.practices.length ? `${formatNumber(total)} (known)` : formatNumber(total),
                    styles: { halign: 'right' },
                  },
                ],
              ]
            : undefined,
        showFoot: 'lastPage',
        styles: { cellPadding: COMPACT_PADDING },
        footStyles: { fontStyle: 'bold', lineWidth: 0 },
        columnStyles: { 1: { cellWidth: 24 }, 2: { cellWidth: 32, halign: 'right' } },
      },
      'Member practices',
    );
    flow.heading(`Member practices (${profile.practices.length})`, 2, table.keep);
    flow.drawTable(table);
  }

  if (assessment.participants.length > 0 && assessment.workshop.anonymous) {
    // An anonymous workshop: roles and organisations only, no names.
    const table = flow.prepareTable(
      {
        head: [['Role', 'Organisation']],
        body: assessment.participants.map((person) => [person.role, person.organisation]),
        styles: { cellPadding: COMPACT_PADDING },
        columnStyles: { 0: { cellWidth: 80 } },
      },
      'Who took part',
    );
    flow.heading(`Who took part (${assessment.participants.length}, anonymous session)`, 2, table.keep);
    flow.drawTable(table);
  } else if (assessment.participants.length > 0) {
    const table = flow.prepareTable(
      {
        head: [['Name', 'Role', 'Organisation']],
        body: assessment.participants.map((person) => [person.name, person.role, person.organisation]),
        styles: { cellPadding: COMPACT_PADDING },
        columnStyles: { 0: { cellWidth: 48 }, 1: { cellWidth: 56 } },
      },
      'Who took part',
    );
    flow.heading(`Who took part (${assessment.participants.length})`, 2, table.keep);
    flow.drawTable(table);
  }
}

function populationText(context: PdfContext): string {
  const { population, practices } = context.assessment.profile;
  if (population !== null) return formatNumber(population);
  const known = practices.filter((practice) => practice.listSize !== null);
  if (known.length === 0) return 'Not recorded';
  const total = known.reduce((sum, practice) => sum + (practice.listSize ?? 0), 0);
  return `${formatNumber(total)} (sum of practice list sizes)`;
}
