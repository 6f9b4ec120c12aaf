/**
 * A framework version as a readable Markdown document, so clinical leads can review the content
 * (areas, questions, anchors with evidence examples, national links, suggested actions, sources)
 * without opening the app. `npm run framework` prints it; the JSON form is the framework object.
 */
import { FRAMEWORKS, findQuestion } from './index';
import { NATIONAL_LINKS, POLICY_SOURCES } from './national';
import { type Framework, LEVEL_NAMES, LEVELS, type Question, type SuggestedAction } from './types';

/** A table cell: one line, with pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function step(action: SuggestedAction): string {
  return `${action.fromLevel} → ${action.fromLevel + 1}`;
}

/** The earlier question whose answer carries to this one on reassessment, in words. */
function carriesFrom(framework: Framework, question: Question): string | null {
  const id = question.carriesAnswerFrom;
  if (!id) return null;
  for (const earlier of Object.values(FRAMEWORKS)) {
    const found = earlier.version === framework.version ? undefined : findQuestion(earlier, id);
    if (found) return `“${found.question.text}” (${id}, framework ${earlier.version})`;
  }
  return id;
}

export function frameworkToMarkdown(framework: Framework): string {
  const out: string[] = [`# ${framework.title}, version ${framework.version}`, '', framework.releaseNote, ''];
  out.push(`Levels: ${LEVELS.map((level) => `${level} ${LEVEL_NAMES[level]}`).join(' · ')}, and "Don't know".`, '');

  framework.areas.forEach((area, a) => {
    out.push(`## ${a + 1}. ${area.title}`, '', area.purpose, '');
    out.push(
      ...table(
        ['Level', 'What the area looks like'],
        LEVELS.map((l) => [`${l} ${LEVEL_NAMES[l]}`, area.levels[l]]),
      ),
    );
    out.push('');
    const actions = framework.suggestions.filter((s) => s.areaId === area.id);
    area.questions.forEach((question, q) => {
      out.push(`### ${a + 1}.${q + 1} ${question.text}`, '', `Id: \`${question.id}\``, '', question.help, '');
      // Only versions with anchors have a predecessor to carry answers from.
      if (question.anchors) {
        const from = carriesFrom(framework, question);
        out.push(from ? `Reassessment: carries the answer to ${from}.` : 'Reassessment: new question.', '');
      }
      if (question.links && question.links.length > 0) {
        out.push(
          `National expectations: ${question.links.map((id) => `${NATIONAL_LINKS[id].title} (${NATIONAL_LINKS[id].group})`).join('; ')}.`,
          '',
        );
      }
      const anchors = question.anchors;
      if (anchors) {
        out.push(
          ...table(
            ['Level', 'What it looks like', 'Example of evidence'],
            LEVELS.map((l) => [`${l} ${LEVEL_NAMES[l]}`, anchors[l].text, anchors[l].evidence]),
          ),
          '',
        );
      }
      for (const [from, reason] of Object.entries(question.stepsOutsidePcn ?? {})) {
        out.push(`Step ${from} → ${Number(from) + 1} is not the PCN's alone: ${reason}`, '');
      }
      const mine = actions
        .filter((s) => s.questionIds.includes(question.id))
        .sort((x, y) => x.fromLevel - y.fromLevel || x.suggestedMonth - y.suggestedMonth);
      if (mine.length > 0 && anchors) {
        out.push(
          ...table(
            ['Step', 'Suggested action', 'Owner', 'Month', 'Success measure'],
            mine.map((s) => [
              step(s),
              `**${s.title}.** ${s.description}`,
              s.ownerRole,
              String(s.suggestedMonth),
              s.successMeasure,
            ]),
          ),
          '',
        );
      }
    });
    // Framework 2026.1 ties actions to the area rather than to each question's anchors.
    if (!area.questions.some((q) => q.anchors) && actions.length > 0) {
      out.push(`### Suggested actions for ${area.title}`, '');
      out.push(
        ...table(
          ['Step', 'Suggested action', 'Owner', 'Month', 'Success measure'],
          actions.map((s) => [
            step(s),
            `**${s.title}.** ${s.description}`,
            s.ownerRole,
            String(s.suggestedMonth),
            s.successMeasure,
          ]),
        ),
        '',
      );
    }
  });

  const used = new Set(framework.areas.flatMap((area) => area.questions.flatMap((q) => q.links ?? [])));
  if (used.size > 0) {
    out.push('## National expectations and sources', '');
    out.push(
      ...table(
        ['Expectation', 'Group'],
        Object.values(NATIONAL_LINKS)
          .filter((link) => used.has(link.id))
          .map((link) => [link.title, link.group]),
      ),
      '',
    );
    out.push(...POLICY_SOURCES.map((s) => `- ${s.title}, ${s.publisher}, ${s.published}.`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
