/**
 * The workshop behind the agreed levels: how the levels were reached, per area a compact table
 * of each question's agreed levels beside the median and range of everyone's private ratings,
 * then the split items (and any level agreed away from the median) with the reasons people gave.
 * Only questions whose scores were revealed in the app are reported; names are left out in an
 * anonymous session. Drawn only when the assessment had a workshop.
 */
import type { WorkshopSummary } from '../report';
import {
  agreedWords,
  medianWords,
  rangeWords,
  ratingWords,
  reasonRequired,
  type Spread,
  type WorkshopItem,
} from '../workshop';
import type { PdfContext } from './context';
import type { Flow } from './flow';
import { COLOUR, MARGIN, SPACE, TYPE } from './layout';

/** "0: 1, 1: 1, 2: 3, 4: 1": how many people chose each level. */
function countsWords(spread: Spread): string {
  const parts = ([0, 1, 2, 3, 4] as const).filter((l) => spread.counts[l] > 0).map((l) => `${l}: ${spread.counts[l]}`);
  if (spread.dontKnow > 0) parts.push(`don't know: ${spread.dontKnow}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

export function drawWorkshop(flow: Flow, context: PdfContext): void {
  const summary = context.report.workshop;
  if (!summary) return;
  const { report } = summary;
  flow.newPage();
  flow.section = null;
  flow.heading('Workshop', 1);
  drawIntroduction(flow, summary);

  for (const area of context.framework.areas) {
    const rows = summary.rows.filter((row) => row.item.area.id === area.id);
    if (rows.length === 0) continue;
    const table = flow.prepareTable(
      {
        head: [['Question', 'Agreed (now → target)', 'Median (now → target)', 'Range now', 'Split']],
        body: rows.map((row) => [
          `${row.item.number} ${row.item.question.text}`,
          row.agreed,
          row.median,
          row.range,
          row.split ? 'Split' : '—',
        ]),
        columnStyles: {
          1: { cellWidth: 27 },
          2: { cellWidth: 27 },
          3: { cellWidth: 25 },
          4: { cellWidth: 12 },
        },
        didParseCell: (data) => {
          if (data.section === 'body' && data.column.index === 4 && data.cell.raw === 'Split') {
            data.cell.styles.fontStyle = 'bold';
          }
        },
      },
      `Workshop: ${area.title}`,
    );
    flow.heading(area.title, 2, table.keep);
    flow.drawTable(table);
  }

  const notable = report.items.filter(
    (item) => item.spread.split || (item.agreed !== null && reasonRequired(item.spread, item.agreed)),
  );
  if (notable.length === 0) return;
  flow.heading('Split items and reasons', 2, 30);
  flow.paragraph(
    'Questions where views were split, and questions where the group agreed a level other than the median, with ' +
      'the reasons given.',
    { colour: COLOUR.secondaryText },
  );
  for (const item of notable) drawItem(flow, item, report.anonymous);
}

function drawIntroduction(flow: Flow, summary: WorkshopSummary): void {
  flow.paragraph(summary.sentence);
  flow.paragraph(summary.rules, { size: TYPE.small, colour: COLOUR.secondaryText });
}

function drawItem(flow: Flow, item: WorkshopItem, anonymous: boolean): void {
  const indent = MARGIN.left + 4;
  const title = `${item.number} ${item.question.text}`;
  flow.heading(title, 3, 24);
  const { current, target } = item.spread;
  const lines = [
    `${item.spread.split ? 'Split. ' : ''}Ratings now: ${countsWords(current)}. Median ${medianWords(current)}, range ${rangeWords(current)}.`,
    target.rated === 0 ? 'No targets given.' : `Targets: median ${medianWords(target)}, range ${rangeWords(target)}.`,
    `Agreed: now ${agreedWords(item.agreed, 'current')}, target ${agreedWords(item.agreed, 'target')}.`,
  ];
  for (const line of lines) flow.text(line, { size: TYPE.small });
  flow.space(SPACE.xs);
  if (item.consensusReason !== '') {
    flow.text('Why the group agreed this:', { size: TYPE.small, weight: 'bold' });
    flow.text(item.consensusReason, { size: TYPE.small, x: indent });
    flow.space(SPACE.xs);
  }
  if (item.reasons.length > 0) {
    flow.text(anonymous ? 'Reasons participants gave:' : 'Reasons people gave:', { size: TYPE.small, weight: 'bold' });
    for (const r of item.reasons) {
      const rated = `rated now ${ratingWords(r.current, r.dontKnow)}${r.target === null ? '' : `, target ${r.target}`}`;
      flow.text(`• ${r.who} (${rated}): ${r.reason}`, { size: TYPE.small, x: indent });
    }
  }
  flow.space(SPACE.s);
}
