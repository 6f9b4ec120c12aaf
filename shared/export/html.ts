/**
 * The assessment and its six-month action plan as one accessible, self-contained HTML document:
 * the same content as the PDF, for screen-reader users (jsPDF cannot tag a PDF), for pasting
 * into other documents, and for printing from any browser.
 *
 * Self-contained and inert: one file, inline CSS only, no scripts, no images, no fonts, no links
 * outside the document (only `#` links to its own sections), so it opens the same offline and
 * cannot call home. A Content-Security-Policy meta tag (`default-src 'none'`, inline styles only)
 * keeps it that way even if something were to slip through. Semantic structure: one h1, h2 per section, h3 per area; every table has a
 * caption and scoped header cells; the timeline marks months with words ("Start", "Due 28 Feb",
 * "●" with hidden text), so no meaning depends on colour.
 *
 * Every piece of text from the assessment or the framework goes through `escapeHtml` (via the
 * `html` template tag, which escapes every value it is given unless it is already built
 * markup), so markup typed into a name or note is shown as text and never runs.
 */
import { formatDateLong } from '../dates';
import type { Assessment, Importance, IsoDate } from '../domain';
import { IMPORTANCE_NAMES, PARTNER_KIND_NAMES } from '../domain';
import type { Area, Framework } from '../framework/types';
import { LEVEL_NAMES, LEVELS } from '../framework/types';
import { monthOfDate, type PlanMonth } from '../plan';
import { buildReport, type LevelFigure, levelWords, type Report, type ReportAction, type ReportArea } from '../report';
import { SCORING_EXPLAINED } from '../scoring';
import { dayMonth, formatNumber, plural } from '../words';
import { agreedWords, medianWords, rangeWords, ratingWords, reasonRequired } from '../workshop';

export const HTML_DOCUMENT_TITLE = 'Neighbourhood readiness assessment and six-month action plan';

/** How many of the highest-ranked areas the summary names as priorities (as in the PDF). */
const TOP_PRIORITIES = 4;

export interface PlanHtmlOptions {
  /** The day the document is dated as made (not the clock, so the same data gives the same file). */
  generatedOn: IsoDate;
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Markup built by `html`: the only kind of value inserted without escaping. */
class Markup {
  constructor(readonly value: string) {}
}

type Part = Markup | string | number | null | undefined | false | Part[];

function render(part: Part): string {
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

/** Template tag: the literal parts are markup, every inserted value is escaped. */
function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

// ---------------------------------------------------------------------------------------------
// Words

/** "Developing (1.8 of 4)", or "Not assessed". */
function scoreWords(figure: LevelFigure): string {
  return figure.value === null ? 'Not assessed' : `${figure.words} (${figure.shown} of 4)`;
}

function orNotRecorded(value: string): string {
  return value.trim() === '' ? 'Not recorded' : value;
}

// ---------------------------------------------------------------------------------------------
// The document

interface Context {
  assessment: Assessment;
  framework: Framework;
  generatedOn: IsoDate;
  report: Report;
  months: PlanMonth[];
  planPeriod: string;
}

function makeContext(assessment: Assessment, framework: Framework, generatedOn: IsoDate): Context {
  const report = buildReport(assessment, framework);
  return {
    assessment,
    framework,
    generatedOn,
    report,
    months: report.months,
    planPeriod: report.sentences.planPeriod,
  };
}

/**
 * The whole document as HTML text. Pure: the same assessment, framework and date always give
 * the same text.
 */
export function planToHtml(assessment: Assessment, framework: Framework, options: PlanHtmlOptions): string {
  const c = makeContext(assessment, framework, options.generatedOn);
  const pcnName = assessment.profile.pcnName;
  const doc = html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Neighbourhood Ready">
<title>${HTML_DOCUMENT_TITLE}: ${pcnName}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<a class="skip-link" href="#summary">Skip to the summary</a>
${cover(c)}
<main>
${contents(c)}
${summary(c)}
${areas(c)}
${workshopSection(c)}
${actionPlan(c)}
${timeline(c)}
${method(c)}
${signOff()}
</main>
<footer class="page-footer">
<p>${HTML_DOCUMENT_TITLE} for ${pcnName}. Prepared on ${formatDateLong(c.generatedOn)} with Neighbourhood Ready from the PCN’s own self-assessment. It is a developmental plan owned by the PCN, not an assurance return.</p>
</footer>
</body>
</html>
`;
  return doc.value;
}

function cover(c: Context): Markup {
  const { assessment, framework } = c;
  const profile = assessment.profile;
  const population =
    profile.population === null ? 'Not recorded' : `${formatNumber(profile.population)} registered patients`;
  return html`<header class="cover">
<p class="kicker">${HTML_DOCUMENT_TITLE}</p>
<h1>${profile.pcnName}</h1>
<dl class="facts">
<div><dt>PCN code</dt><dd>${profile.pcnCode ?? 'Not recorded'}</dd></div>
<div><dt>ICB</dt><dd>${orNotRecorded(profile.icb)}</dd></div>
<div><dt>Registered population</dt><dd>${population}</dd></div>
<div><dt>Assessment date</dt><dd>${formatDateLong(assessment.assessmentDate)}</dd></div>
<div><dt>Plan period</dt><dd>${c.planPeriod}</dd></div>
<div><dt>Status</dt><dd>${c.report.readiness.statusText}</dd></div>
<div><dt>Prepared</dt><dd>${formatDateLong(c.generatedOn)} with Neighbourhood Ready, using the ${framework.title} (version ${framework.version})</dd></div>
</dl>
${practicesTable(c)}
${participantsTable(c)}
</header>`;
}

function practicesTable(c: Context): Markup {
  const practices = c.assessment.profile.practices;
  if (practices.length === 0) return html`<h2>Member practices</h2><p>No member practices have been recorded.</p>`;
  const known = practices.filter((p) => p.listSize !== null);
  const total = known.reduce((sum, p) => sum + (p.listSize ?? 0), 0);
  return html`<h2 id="practices">Member practices</h2>
<table>
<caption>Member practices (${practices.length}) and their registered list sizes</caption>
<thead><tr><th scope="col">Practice</th><th scope="col">Code</th><th scope="col" class="num">List size</th></tr></thead>
<tbody>
${practices.map(
  (p) =>
    html`<tr><th scope="row">${p.name}</th><td>${p.code ?? 'Not recorded'}</td><td class="num">${p.listSize === null ? 'Not known' : formatNumber(p.listSize)}</td></tr>
`,
)}</tbody>
${
  known.length > 0
    ? html`<tfoot><tr><th scope="row" colspan="2">Total registered patients${known.length < practices.length ? ' (where known)' : ''}</th><td class="num">${formatNumber(total)}</td></tr></tfoot>`
    : ''
}
</table>`;
}

function participantsTable(c: Context): Markup {
  const people = c.assessment.participants;
  if (people.length === 0) return html`<h2 id="participants">Who took part</h2><p>Not recorded.</p>`;
  if (c.assessment.workshop.anonymous) {
    return html`<h2 id="participants">Who took part</h2>
<p>An anonymous session: names are not given.</p>
<table>
<caption>Roles and organisations of the people who took part (${people.length})</caption>
<thead><tr><th scope="col">Role</th><th scope="col">Organisation</th></tr></thead>
<tbody>
${people.map(
  (p) => html`<tr><td>${p.role}</td><td>${p.organisation}</td></tr>
`,
)}</tbody>
</table>`;
  }
  return html`<h2 id="participants">Who took part</h2>
<table>
<caption>People who took part in the assessment (${people.length})</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Organisation</th><th scope="col">Role</th></tr></thead>
<tbody>
${people.map(
  (p) => html`<tr><th scope="row">${p.name}</th><td>${p.organisation}</td><td>${p.role}</td></tr>
`,
)}</tbody>
</table>`;
}

function contents(c: Context): Markup {
  return html`<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ol>
<li><a href="#summary">Summary</a></li>
<li><a href="#areas">The ${plural(c.framework.areas.length, 'readiness area')}</a></li>
${
  c.report.workshop
    ? html`<li><a href="#workshop">Workshop</a></li>
`
    : ''
}<li><a href="#plan">Six-month action plan</a></li>
<li><a href="#timeline">Six-month timeline</a></li>
<li><a href="#method">How this assessment works</a></li>
<li><a href="#sign-off">Sign-off</a></li>
</ol>
</nav>`;
}

function summary(c: Context): Markup {
  const { overall, sentences } = c.report;
  const headline =
    overall.current.value === null
      ? sentences.overall
      : `Overall readiness now: ${scoreWords(overall.current)}, ${overall.current.percent}% of the top level. ` +
        `Six-month target: ${scoreWords(overall.target)}, ${overall.target.percent}%.`;
  const top = c.report.priorities.slice(0, TOP_PRIORITIES);
  return html`<section id="summary" class="section" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${c.report.readiness.sentence ? html`<p class="draft"><strong>${c.report.readiness.sentence}</strong> The plan covers ${c.report.coverage.sentence}.</p>` : ''}
<p class="headline">${headline}</p>
<dl class="cards">
<div class="card"><dt>Now</dt><dd>${overall.current.value === null ? 'Not assessed' : `${overall.current.shown} of 4`}<span class="card-detail">${overall.current.value === null ? '' : `${overall.current.words} · ${overall.current.percent}%`}</span></dd></div>
<div class="card"><dt>Six-month target</dt><dd>${overall.target.value === null ? 'Not set' : `${overall.target.shown} of 4`}<span class="card-detail">${overall.target.value === null ? '' : `${overall.target.words} · ${overall.target.percent}%`}</span></dd></div>
<div class="card"><dt>Gap to close</dt><dd>${overall.gap.value === null ? '—' : `${overall.gap.signed} levels`}<span class="card-detail">${overall.gap.value === null ? '' : overall.gap.words}</span></dd></div>
</dl>
${areaTable(c)}
<h3>Top priorities for the next six months</h3>
${
  top.length === 0
    ? html`<p>${sentences.noPriorities}</p>`
    : html`<ol class="priorities">
${top.map(
  (area) =>
    html`<li><strong>${area.title}</strong>: now ${scoreWords(area.current)}, target ${scoreWords(area.target)}; ${area.gap.words.toLowerCase()} (${area.gap.signed}), ${area.importanceWords.toLowerCase()} importance.</li>
`,
)}</ol>`
}
<h3>Evidence</h3>
<p>${sentences.counts} ${sentences.evidence}</p>
</section>`;
}

function areaTable(c: Context): Markup {
  return html`<table class="areas-table">
<caption>Readiness by area: now, six-month target and priority (priority 1 is the highest)</caption>
<thead><tr><th scope="col">Area</th><th scope="col">Now</th><th scope="col">Six-month target</th><th scope="col">Gap</th><th scope="col">Importance</th><th scope="col" class="num">Priority</th></tr></thead>
<tbody>
${c.report.areas.map(
  (area) =>
    html`<tr><th scope="row"><a href="#area-${area.id}">${area.title}</a></th><td>${scoreWords(area.current)}</td><td>${scoreWords(area.target)}</td><td>${area.noEvidence ? 'Not assessed' : `${area.gap.words} (${area.gap.signed})`}</td><td>${importanceWords(area.importance)}</td><td class="num">${area.noEvidence ? 'No evidence' : area.rankShown}</td></tr>
`,
)}</tbody>
</table>`;
}

function importanceWords(importance: Importance): string {
  return `${IMPORTANCE_NAMES[importance]} (${importance})`;
}

function areas(c: Context): Markup {
  return html`<section id="areas" class="section" aria-labelledby="areas-heading">
<h2 id="areas-heading">The ${plural(c.framework.areas.length, 'readiness area')}</h2>
<p class="lead">For each area: where the PCN is now and aims to be in six months, what those levels look like, the PCN’s own view, and every question with its notes.</p>
${c.framework.areas.map((area) => {
  const reported = c.report.area(area.id);
  return reported ? areaSection(c, area, reported) : '';
})}
</section>`;
}

function areaSection(c: Context, area: Area, score: ReportArea): Markup {
  const areaResponse = c.assessment.areaResponses.find((r) => r.areaId === area.id);
  const describe = (figure: LevelFigure) => {
    if (figure.level === null) return html`Not assessed`;
    return html`<strong>${scoreWords(figure)}</strong>. ${area.levels[figure.level]}`;
  };
  const counts = score.counts;
  return html`<section class="area" id="area-${area.id}" aria-labelledby="area-${area.id}-heading">
<h3 id="area-${area.id}-heading">${area.title}</h3>
<p class="purpose">${area.purpose}</p>
<dl class="area-facts">
<div><dt>Now</dt><dd>${describe(score.current)}</dd></div>
<div><dt>Six-month target</dt><dd>${describe(score.target)}</dd></div>
<div><dt>Gap</dt><dd>${score.noEvidence ? 'Not assessed' : `${score.gap.words} (${score.gap.signed})`}</dd></div>
<div><dt>Importance and priority</dt><dd>${`${importanceWords(score.importance)}${score.importanceChosen ? '' : ', not set (counted as Medium)'}; ${score.noEvidence ? 'no evidence, so not ranked' : `priority ${score.rankShown} of ${c.report.areas.length}`}`}</dd></div>
<div><dt>Questions</dt><dd>${`${counts.answered} of ${counts.total} answered with a level, ${counts.dontKnow} “Don’t know”, ${counts.unanswered} not answered`}</dd></div>
</dl>
${
  areaResponse && areaResponse.summary.trim() !== ''
    ? html`<h4>The PCN’s view</h4>
<p class="text">${areaResponse.summary}</p>`
    : ''
}
<h4>What the levels look like</h4>
<ol class="levels" start="0">
${LEVELS.map((level) => {
  const marks = [score.current.level === level ? 'now' : '', score.target.level === level ? 'target' : ''].filter(
    (m) => m !== '',
  );
  return html`<li${marks.length > 0 ? new Markup(' class="marked"') : ''}><strong>${level} ${LEVEL_NAMES[level]}</strong>${marks.length > 0 ? html` <span class="tag">${marks.length === 2 ? 'Now and target' : marks[0] === 'now' ? 'Now' : 'Target'}</span>` : ''}: ${area.levels[level]}</li>
`;
})}</ol>
${questionTable(area, score)}
${area.tracksPartners ? partnerTable(c) : ''}
</section>
`;
}

function questionTable(area: Area, score: ReportArea): Markup {
  return html`<table class="questions">
<caption>${area.title}: the questions, with the level now, the six-month target and notes</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Now</th><th scope="col">Target</th><th scope="col">Gap</th><th scope="col">Notes</th></tr></thead>
<tbody>
${score.questions.map(
  (q) =>
    html`<tr><th scope="row">${q.text}</th><td>${q.currentShown}</td><td>${q.targetShown}</td><td class="num">${q.gapShown}</td><td class="text">${q.notes}</td></tr>
`,
)}</tbody>
</table>`;
}

function partnerTable(c: Context): Markup {
  const partners = c.assessment.partners;
  if (partners.length === 0)
    return html`<h4>Partner organisations</h4><p>No partner organisations have been recorded.</p>`;
  return html`<h4>Partner organisations</h4>
<table>
<caption>Relationships with each partner organisation (strength on the same 0 to 4 scale)</caption>
<thead><tr><th scope="col">Organisation</th><th scope="col">Type</th><th scope="col">Contact</th><th scope="col">Strength</th><th scope="col">Notes</th></tr></thead>
<tbody>
${partners.map(
  (p) =>
    html`<tr><th scope="row">${orNotRecorded(p.name)}</th><td>${PARTNER_KIND_NAMES[p.kind] ?? p.kind}</td><td>${orNotRecorded(p.contact)}</td><td>${p.strength === null ? 'Not rated' : levelWords(p.strength)}</td><td class="text">${p.notes}</td></tr>
`,
)}</tbody>
</table>`;
}

function workshopSection(c: Context): Markup {
  const summary = c.report.workshop;
  if (!summary) return html``;
  const { report } = summary;
  const notable = report.items.filter(
    (item) => item.spread.split || (item.agreed !== null && reasonRequired(item.spread, item.agreed)),
  );
  return html`<section id="workshop" class="section" aria-labelledby="workshop-heading">
<h2 id="workshop-heading">Workshop</h2>
<p>${summary.sentence}</p>
<p>${summary.rules}</p>
${c.framework.areas.map((area) => {
  const rows = summary.rows.filter((row) => row.item.area.id === area.id);
  if (rows.length === 0) return '';
  return html`<table>
<caption>${area.title}: agreed levels and the spread of everyone’s ratings (levels now → in six months)</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Agreed</th><th scope="col">Median</th><th scope="col">Range now</th><th scope="col">Split</th></tr></thead>
<tbody>
${rows.map(
  (row) =>
    html`<tr><th scope="row">${row.item.number} ${row.item.question.text}</th><td>${row.agreed}</td><td>${row.median}</td><td>${row.range}</td><td>${row.split ? html`<strong>Split</strong>` : 'No'}</td></tr>
`,
)}</tbody>
</table>
`;
})}${
  notable.length === 0
    ? ''
    : html`<h3>Split items and reasons</h3>
<p>Questions where views were split, and questions where the group agreed a level other than the median, with the reasons given.</p>
${notable.map(
  (item) => html`<h4>${item.number} ${item.question.text}</h4>
<p>${item.spread.split ? html`<strong>Split.</strong> ` : ''}Ratings now: median ${medianWords(item.spread.current)}, range ${rangeWords(item.spread.current)}${item.spread.current.dontKnow > 0 ? `, ${item.spread.current.dontKnow} don’t know` : ''}. Agreed: now ${agreedWords(item.agreed, 'current')}, target ${agreedWords(item.agreed, 'target')}.</p>
${
  item.consensusReason === ''
    ? ''
    : html`<p><strong>Why the group agreed this:</strong> ${item.consensusReason}</p>
`
}${
  item.reasons.length === 0
    ? ''
    : html`<ul>
${item.reasons.map(
  (r) =>
    html`<li>${r.who} (rated now ${ratingWords(r.current, r.dontKnow)}${r.target === null ? '' : `, target ${r.target}`}): ${r.reason}</li>
`,
)}</ul>
`
}`,
)}`
}</section>`;
}

/** The report's actions (in plan order) grouped by area: areas in priority order, then start month and due date. */
function groupActions(c: Context): { title: string; detail: string; actions: ReportAction[] }[] {
  const groups: { title: string; detail: string; actions: ReportAction[] }[] = [];
  for (const entry of c.report.actions) {
    const last = groups[groups.length - 1];
    if (last && last.title === entry.areaTitle) {
      last.actions.push(entry);
      continue;
    }
    const area = entry.area;
    const detail = !area
      ? ''
      : area.noEvidence
        ? 'not assessed'
        : `priority ${area.rankShown}, ${area.gap.words.toLowerCase()}`;
    groups.push({ title: entry.areaTitle, detail, actions: [entry] });
  }
  return groups;
}

function deferredTable(c: Context): Markup {
  const deferred = c.report.coverage.deferredGaps;
  if (deferred.length === 0) return html``;
  return html`<table>
<caption>Gaps deferred to a later plan, and why</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Why it is not in this plan</th></tr></thead>
<tbody>
${deferred.map(
  (gap) => html`<tr><th scope="row">${gap.number} ${gap.text}</th><td>${gap.reasonShown}</td></tr>
`,
)}</tbody>
</table>`;
}

function actionPlan(c: Context): Markup {
  const intro =
    `${c.report.sentences.actions}, ${c.planPeriod === 'Not set' ? 'plan start not set' : `from ${c.planPeriod}`}. ` +
    'Areas are in priority order; within an area, actions are in the order they start.';
  return html`<section id="plan" class="section" aria-labelledby="plan-heading">
<h2 id="plan-heading">Six-month action plan</h2>
<p>Gaps: ${c.report.coverage.sentence}. Actions: ${c.report.capacity.sentence}.${c.report.capacity.warnings.map((w) => ` ${w.text}`).join('')}</p>
${deferredTable(c)}
<p class="lead">${intro}</p>
${
  c.report.actions.length === 0
    ? html`<p>No actions have been added to the plan yet.</p>`
    : html`<table class="plan">
<caption>The six-month action plan, grouped by area</caption>
<thead><tr><th scope="col">Action and success measure</th><th scope="col">Owner</th><th scope="col">Starts</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
${groupActions(c).map(
  (group) => html`<tbody>
<tr class="group"><th scope="rowgroup" colspan="5">${group.title}${group.detail ? html` <span class="group-detail">(${group.detail})</span>` : ''}</th></tr>
${group.actions.map(
  (entry) => html`<tr>
<td><strong class="action-title">${entry.action.title}</strong>${entry.action.description.trim() ? html`<span class="text block">${entry.action.description}</span>` : ''}${entry.action.successMeasure.trim() ? html`<span class="block"><span class="label">Success measure:</span> ${entry.action.successMeasure}</span>` : ''}${
    entry.questions.length > 0
      ? html`<span class="block small"><span class="label">Addresses:</span> ${entry.questions.map((q) => q.text).join(' | ')}</span>`
      : ''
  }</td>
<td>${entry.ownerShown}${entry.ownerRole ? html`<span class="block small">${entry.ownerName === null ? `Suggested: ${entry.ownerRole}` : entry.ownerRole}</span>` : ''}</td>
<td>${entry.startShown}</td>
<td>${entry.dueShown}</td>
<td><span class="status status-${entry.status}">${entry.statusWords}</span></td>
</tr>
`,
)}</tbody>
`,
)}</table>`
}
</section>`;
}

function timeline(c: Context): Markup {
  const actions = c.report.actions;
  if (actions.length === 0 || c.months.length === 0) {
    return html`<section id="timeline" class="section" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Six-month timeline</h2>
<p>${actions.length === 0 ? 'No actions have been added to the plan yet.' : 'The plan has no valid start date, so there is no timeline.'}</p>
</section>`;
  }
  return html`<section id="timeline" class="section" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Six-month timeline</h2>
<p class="lead">One row per action, one column per month of the plan. “Start” marks the month work begins, “●” each month it continues and “Due” the month it is due, with the date.</p>
<table class="timeline">
<caption>When each action starts and is due, month by month from ${c.planPeriod}</caption>
<thead><tr><th scope="col">Action</th><th scope="col">Status</th>${c.months.map(
    (m) => html`<th scope="col" class="month"><span class="block small">Month ${m.month}</span>${m.label}</th>`,
  )}</tr></thead>
${groupActions(c).map(
  (group) => html`<tbody>
<tr class="group"><th scope="rowgroup" colspan="${c.months.length + 2}">${group.title}</th></tr>
${group.actions.map((entry) => timelineRow(c, entry))}</tbody>
`,
)}</table>
</section>`;
}

function timelineRow(c: Context, entry: ReportAction): Markup {
  const { action } = entry;
  const dueMonth = monthOfDate(action.dueDate, c.assessment.planStart);
  const last = dueMonth ?? c.months.length;
  const cells = c.months.map((m) => {
    const k = m.month;
    if (k < action.startMonth || k > last) return html`<td></td>`;
    const isStart = k === action.startMonth;
    const isDue = dueMonth !== null && k === dueMonth;
    if (isStart && isDue) return html`<td class="on">Start, due ${dayMonth(action.dueDate)}</td>`;
    if (isStart) return html`<td class="on">Start</td>`;
    if (isDue) return html`<td class="on">Due ${dayMonth(action.dueDate)}</td>`;
    return html`<td class="on"><span aria-hidden="true">●</span><span class="visually-hidden">Continues</span></td>`;
  });
  const outside =
    dueMonth === null ? html`<span class="block small">Due ${entry.dueShown}, outside the plan</span>` : '';
  return html`<tr><th scope="row">${action.title}${outside}</th><td>${entry.statusWords}</td>${cells}</tr>
`;
}

function method(c: Context): Markup {
  const { framework } = c;
  return html`<section id="method" class="section" aria-labelledby="method-heading">
<h2 id="method-heading">How this assessment works</h2>
<h3>The scale</h3>
<ol class="scale" start="0">
${LEVELS.map((level) => html`<li><strong>${level}</strong> ${LEVEL_NAMES[level]}</li>`)}
</ol>
<p>“Don’t know” is not a level: it records an evidence gap and is left out of every score.</p>
${SCORING_EXPLAINED.map(
  (section) => html`<h3>${section.heading}</h3>
${section.paragraphs.map(
  (paragraph) => html`<p>${paragraph}</p>
`,
)}`,
)}
<h3>The framework</h3>
<p>${framework.title}, version ${framework.version}. ${framework.releaseNote}</p>
</section>`;
}

function signOff(): Markup {
  const field = (label: string) =>
    html`<div class="sign-field"><span class="sign-line"></span><span class="small">${label}</span></div>`;
  return html`<section id="sign-off" class="section sign-off" aria-labelledby="sign-off-heading">
<h2 id="sign-off-heading">Sign-off</h2>
<p>To be completed by hand or electronically before the plan is sent to the ICB.</p>
<h3>Clinical director</h3>
<div class="sign-row">${field('Name')}${field('Signature')}${field('Date')}</div>
<h3>PCN board</h3>
<div class="sign-row">${field('Date the board approved this plan')}</div>
<h3>ICB contact</h3>
<div class="sign-row">${field('Name')}${field('Role')}${field('Email')}</div>
</section>`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #212b32; background: #ffffff; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2.2rem; margin-top: 0.2em; color: #005eb8; }
h2 { font-size: 1.6rem; border-top: 4px solid #005eb8; padding-top: 0.6rem; }
h3 { font-size: 1.25rem; }
h4 { font-size: 1.05rem; }
p { margin: 0 0 0.9em; }
a { color: #005eb8; }
a:visited { color: #330072; }
a:focus { outline: 3px solid transparent; background: #ffeb3b; color: #212b32; box-shadow: 0 -2px #ffeb3b, 0 4px #212b32; text-decoration: none; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { position: static; display: inline-block; margin-bottom: 1rem; padding: 0.25rem 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
.kicker { font-weight: bold; color: #4c6272; margin: 0; border-top: 8px solid #005eb8; padding-top: 1rem; }
.lead, .purpose { color: #4c6272; }
.facts, .area-facts { margin: 1rem 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; }
.facts div, .area-facts div { display: contents; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; font-size: 1rem; padding-bottom: 0.4rem; }
th, td { border: 1px solid #aeb7bd; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e8edee; }
tbody th { font-weight: normal; }
.areas-table tbody th, .questions tbody th { font-weight: bold; }
tfoot th, tfoot td { font-weight: bold; background: #f0f4f5; }
.num { text-align: right; white-space: nowrap; }
.text { white-space: pre-line; }
.block { display: block; margin-top: 0.3rem; }
.small { font-size: 0.85rem; color: #4c6272; }
.label { font-weight: bold; }
.headline { font-size: 1.2rem; font-weight: bold; }
.draft { border-left: 5px solid #ffb81c; background: #fff9e6; padding: 0.6rem 0.9rem; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.75rem; margin: 1rem 0 1.5rem; }
.card { background: #f0f4f5; border-left: 5px solid #005eb8; padding: 0.6rem 0.9rem; }
.card dt { font-size: 0.9rem; color: #4c6272; }
.card dd { font-size: 1.5rem; font-weight: bold; }
.card-detail { display: block; font-size: 0.9rem; font-weight: normal; }
.priorities li { margin-bottom: 0.4rem; }
.area { border-top: 1px solid #aeb7bd; margin-top: 2rem; }
.levels { padding-left: 0; list-style: none; }
.levels li { padding: 0.35rem 0.6rem; border-left: 4px solid transparent; }
.levels li.marked { border-left-color: #005eb8; background: #f0f4f5; }
.tag { display: inline-block; font-size: 0.8rem; font-weight: bold; border: 1px solid #005eb8; color: #005eb8; padding: 0 0.35rem; border-radius: 3px; background: #ffffff; }
tr.group th { background: #005eb8; color: #ffffff; font-weight: bold; }
.group-detail { font-weight: normal; }
.action-title { display: block; }
.status { font-weight: bold; white-space: nowrap; }
.timeline th.month { text-align: center; white-space: nowrap; }
.timeline .month .small { color: #212b32; }
.timeline td { text-align: center; white-space: nowrap; }
.timeline td.on { background: #dbe9f6; font-weight: bold; }
.timeline tbody th { font-weight: normal; min-width: 14rem; }
.scale { padding-left: 0; list-style: none; }
.sign-row { display: flex; gap: 1.5rem; margin: 0.5rem 0 1.5rem; }
.sign-field { flex: 1; }
.sign-line { display: block; height: 2.5rem; border-bottom: 1px solid #212b32; }
.page-footer { border-top: 1px solid #aeb7bd; margin-top: 2rem; padding-top: 0.75rem; font-size: 0.85rem; color: #4c6272; }
@page { size: A4; margin: 15mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .skip-link, .contents { display: none; }
  .section { break-before: page; }
  .area { break-before: page; border-top: 0; }
  .area:first-of-type { break-before: auto; }
  h1, h2, h3, h4, caption { break-after: avoid; }
  tr, .card, .sign-row { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  thead th, tfoot th, tfoot td, .card, .levels li.marked, .timeline td.on, tr.group th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
