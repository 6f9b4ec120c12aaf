/**
 * The accessible HTML export: complete content, every piece of user text escaped, nothing that
 * loads or runs, and (where Chromium exists) no axe violations for WCAG 2.0 to 2.2 A and AA.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Assessment } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { escapeHtml, planToHtml } from '../shared/export/html';

import { SCORING_EXPLAINED } from '../shared/scoring';
import { withAnonymity } from '../shared/workshop';

const OPTIONS = { generatedOn: '2026-11-20' };
const HOSTILE = `<script>alert(1)</script> & "Vale" 'PCN' <img src=x onerror=alert(2)>`;

function render(assessment: Assessment = exampleAssessment()): string {
  return planToHtml(assessment, EXAMPLE_FRAMEWORK, OPTIONS);
}

function hostileAssessment(): Assessment {
  const a = exampleAssessment();
  a.profile.pcnName = HOSTILE;
  a.profile.icb = '<iframe src="https://evil.example/">';
  a.profile.practices[0] = { ...(a.profile.practices[0] as Assessment['profile']['practices'][number]), name: HOSTILE };
  a.responses[0] = { ...(a.responses[0] as Assessment['responses'][number]), notes: `${HOSTILE}\nsecond line` };
  a.areaResponses[0] = { ...(a.areaResponses[0] as Assessment['areaResponses'][number]), summary: HOSTILE };
  a.partners[0] = { ...(a.partners[0] as Assessment['partners'][number]), name: HOSTILE, notes: HOSTILE };
  a.participants[0] = { ...(a.participants[0] as Assessment['participants'][number]), name: HOSTILE };
  a.actions[0] = {
    ...(a.actions[0] as Assessment['actions'][number]),
    title: HOSTILE,
    description: '<a href="https://evil.example/">click</a>',
    ownerName: HOSTILE,
    successMeasure: '<style>body{display:none}</style>',
  };
  // A reason given in the workshop, and the group's reason for its consensus.
  const reasoned = a.workshop.scores.find((s) => s.reason !== '');
  if (reasoned) reasoned.reason = HOSTILE;
  const agreed = a.workshop.questions.find((q) => q.consensusReason !== '');
  if (agreed) agreed.consensusReason = HOSTILE;
  return a;
}

/** Text content with tags removed and the five entities decoded, for "does it say X" checks. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('escapeHtml', () => {
  test('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('Zoë O’Brien–Smith 👍')).toBe('Zoë O’Brien–Smith 👍');
  });
});

describe('planToHtml with the worked example', () => {
  const example = exampleAssessment();
  const html = render(example);
  const text = textOf(html);

  test('is a complete English (UK) document with a title and the same output every time', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain(
      '<title>Neighbourhood readiness assessment and six-month action plan: Riverside Vale PCN (fictional example)</title>',
    );
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(render(example)).toBe(html);
  });

  test('has the cover details, practices and who took part', () => {
    for (const expected of [
      'PCN code U99001',
      'ICB NHS Northshire ICB (fictional)',
      'Registered population 48,075 registered patients',
      'Assessment date 16 November 2026',
      'Plan period December 2026 to May 2027',
      'Status Complete',
      'Prepared 20 November 2026 with Neighbourhood Ready',
      "Tanner's Row Surgery Z99104 9,870",
      'Total registered patients 48,075',
      'Zoë O’Brien–Smith Riverside Vale PCN PCN manager',
    ]) {
      expect(text).toContain(expected);
    }
    for (const practice of example.profile.practices) expect(text).toContain(practice.name);
    for (const person of example.participants)
      expect(text).toContain(`${person.name} ${person.organisation} ${person.role}`);
  });

  test('summarises overall readiness in words and numbers', () => {
    expect(text).toContain(
      'Overall readiness now: Emerging (1.0 of 4), 25% of the top level. Six-month target: Developing (2.0 of 4), 50%.',
    );
    expect(text).toContain('34 of 36 questions answered with a level, 2 “Don’t know” and 0 not answered.');
    expect(text).toContain('(in Governance and Population health) are evidence gaps');
    // The first priority and its table row.
    expect(text).toContain(
      'External relationships : now Emerging (1.2 of 4), target Developing (2.4 of 4); moderate gap (+1.2), high importance.',
    );
    expect(text).toContain(
      'External relationships Emerging (1.2 of 4) Developing (2.4 of 4) Moderate gap (+1.2) High (3) 1',
    );
  });

  test('mentions every area title, every action title and every owner', () => {
    for (const area of EXAMPLE_FRAMEWORK.areas) {
      expect(text).toContain(area.title);
      expect(html).toContain(`id="area-${area.id}"`);
      for (const question of area.questions) expect(text).toContain(question.text);
    }
    for (const action of example.actions) {
      expect(text).toContain(action.title);
      expect(text).toContain(action.ownerName);
      expect(text).toContain(action.ownerRole);
      expect(text).toContain(action.successMeasure);
    }
    for (const response of example.responses) expect(text).toContain(response.notes);
    for (const partner of example.partners) expect(text).toContain(partner.name);
  });

  test('has proper tables: captions, scoped headers, row groups', () => {
    const tables = html.match(/<table[\s>]/g) ?? [];
    const captions = html.match(/<caption>/g) ?? [];
    // Practices, participants, areas, one per area of questions, partners, one per area of the
    // workshop, plan, timeline.
    expect(tables).toHaveLength(3 + EXAMPLE_FRAMEWORK.areas.length + 1 + EXAMPLE_FRAMEWORK.areas.length + 2);
    expect(captions).toHaveLength(tables.length);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope="(col|row|rowgroup)")[^>]*>/);
    expect((html.match(/<th scope="row">/g) ?? []).length).toBeGreaterThan(60);
    expect(html).toContain(
      '<thead><tr><th scope="col">Area</th><th scope="col">Now</th><th scope="col">Six-month target</th><th scope="col">Gap</th><th scope="col">Importance</th><th scope="col" class="num">Priority</th></tr></thead>',
    );
    expect(html).toContain('<th scope="rowgroup" colspan="5">External relationships');
  });

  test('reports the workshop: who, how, the spread behind each agreed level, split items and reasons', () => {
    expect(html).toContain('<li><a href="#workshop">Workshop</a></li>');
    for (const expected of [
      'Workshop 8 people scored each question privately (3 by response files before the day). The scores were revealed together at the workshop on 16 November 2026',
      '36 questions were scored this way.',
      'Leadership: agreed levels and the spread of everyone’s ratings (levels now → in six months)',
      '2.2 Is there a small joint group of senior managers and clinicians from the PCN and the acute trust? 0 → 2 0 → 2 0 to 3 Split',
      '3.5 Does the PCN have the financial controls and risk management a commissioner would expect from a contract holder? Don’t know → — 1.5 → — 1 to 2; 6 don’t know No',
      'Split items and reasons',
      '2.2 Is there a small joint group of senior managers and clinicians from the PCN and the acute trust? Split. Ratings now: median 0 Not started, range 0 to 3 (3 levels apart). Agreed: now 0 Not started, target 2 Developing.',
      'Siobhán Gallagher (rated now 2, target 3): From the trust side, the acute and community trusts meet weekly about discharges.',
      'Why the group agreed this: Agreed 0, below the median of 1:',
    ]) {
      expect(text).toContain(expected);
    }
    const section = html.slice(
      html.indexOf('<section id="workshop"'),
      html.indexOf('</section>', html.indexOf('<section id="workshop"')),
    );
    expect(section.match(/<h4>/g)).toHaveLength(7);
  });

  test('an anonymous workshop names nobody: roles on the cover, reasons from "a participant"', () => {
    const anonymous = exampleAssessment();
    anonymous.workshop.anonymous = true;
    const out = textOf(render(withAnonymity(anonymous)));
    expect(out).toContain('An anonymous session: names are not given.');
    expect(out).toContain('Roles and organisations of the people who took part (8)');
    expect(out).toContain('The session was anonymous, so no names are given.');
    expect(out).toContain('A participant (rated now 4, target 4): Tanner’s Row runs a weekly MDT');
    const workshop = out.slice(
      out.indexOf(' Workshop 8 people'),
      out.indexOf('Six-month action plan', out.indexOf(' Workshop 8 people')),
    );
    const cover = out.slice(0, out.indexOf('Contents'));
    for (const person of anonymous.participants) {
      expect(cover).not.toContain(person.name);
      expect(workshop).not.toContain(person.name);
    }
  });

  test('the timeline marks months with words, not colour alone', () => {
    const timeline = html.slice(
      html.indexOf('<table class="timeline">'),
      html.indexOf('</table>', html.indexOf('<table class="timeline">')),
    );
    expect(timeline).toContain('<th scope="col" class="month"><span class="block small">Month 1</span>Dec 2026</th>');
    expect(timeline).toContain('<th scope="col" class="month"><span class="block small">Month 6</span>May 2027</th>');
    // "Rewrite the clinical director's job plan": month 2, due 28 February 2027.
    const row = timeline.slice(timeline.indexOf('Rewrite the clinical director&#39;s job plan'));
    expect(row.slice(0, row.indexOf('</tr>'))).toBe(
      'Rewrite the clinical director&#39;s job plan</th><td>In progress</td><td></td><td class="on">Start</td><td class="on">Due 28 Feb</td><td></td><td></td><td></td>',
    );
    expect(timeline).toContain(
      '<td class="on"><span aria-hidden="true">●</span><span class="visually-hidden">Continues</span></td>',
    );
    expect(timeline).toContain('<td class="on">Start, due 18 Dec</td>');
  });

  test('explains the method and ends with a sign-off block', () => {
    for (const section of SCORING_EXPLAINED) {
      expect(text).toContain(section.heading.replace(/'/g, "'"));
      for (const paragraph of section.paragraphs) expect(text).toContain(paragraph);
    }
    expect(text).toContain(`${EXAMPLE_FRAMEWORK.title}, version ${EXAMPLE_FRAMEWORK.version}.`);
    expect(html).toContain('<h2 id="sign-off-heading">Sign-off</h2>');
    expect(text).toContain('Date the board approved this plan');
  });

  test('loads nothing and runs nothing', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|srcset|action|formaction|poster|data)=/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<(link|iframe|object|embed|img|svg|form|base|meta http-equiv="refresh")/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[a-z0-9-]+$/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
  });
});

describe('planToHtml with hostile text', () => {
  const html = render(hostileAssessment());

  test('markup typed by the user appears escaped, and never as markup', () => {
    const escaped = escapeHtml(HOSTILE);
    expect(escaped).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Vale&quot; &#39;PCN&#39; &lt;img src=x onerror=alert(2)&gt;',
    );
    expect(html).toContain(`<h1>${escaped}</h1>`);
    expect(html).toContain(`<title>Neighbourhood readiness assessment and six-month action plan: ${escaped}</title>`);
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(11);
    expect(html).toContain(`<p><strong>Why the group agreed this:</strong> ${escaped}</p>`);
    expect(html).toContain(`(rated now 3, target 3): ${escaped}</li>`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<a href="https/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
    expect(html).toContain(`${escaped}\nsecond line`);
  });
});

describe('planToHtml with little data', () => {
  test('an empty, in-progress assessment still makes a sensible document', () => {
    const example = exampleAssessment();
    const empty: Assessment = {
      ...example,
      status: 'in-progress',
      responses: [],
      areaResponses: [],
      partners: [],
      participants: [],
      actions: [],
      profile: { ...example.profile, pcnCode: null, icb: '', population: null, practices: [] },
    };
    const text = textOf(render(empty));
    expect(text).toContain('PCN code Not recorded');
    expect(text).toMatch(/Status Draft: \d+ things still to do \(see the summary\)/);
    expect(text).toMatch(/This is a draft\. It does not yet cover: \d+ unanswered questions\./);
    expect(text).toContain('No question has been answered with a level yet, so there is no overall score.');
    expect(text).toContain('No member practices have been recorded.');
    expect(text).toContain('No actions have been added to the plan yet.');
    expect(text).toContain('No partner organisations have been recorded.');
    // Nothing scored is not the same as no gap: the PDF and the HTML say so alike (report model).
    expect(text).toContain('No area has been scored yet.');
  });
});

// ---------------------------------------------------------------------------------------------
// In a real browser: axe, no requests, a screenshot to look at.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  const reason = `Chromium not found at ${CHROMIUM} (install Debian's chromium package, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') {
    test('Chromium is present for the HTML accessibility check (required in CI)', () => {
      throw new Error(reason);
    });
  } else {
    console.log(`Skipping the browser checks in test/html.test.ts: ${reason}.`);
  }
}

describe.skipIf(!hasChromium)('the HTML in Chromium', () => {
  let browser: Browser;
  const screenshotDir = path.join(os.tmpdir(), 'nr-html-export');

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function check(name: string, html: string, media: 'screen' | 'print') {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('about:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.emulateMedia({ media });
    await page.setContent(html, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.title()).toContain('Neighbourhood readiness assessment and six-month action plan');
    expect(await page.locator('script').count()).toBe(0);
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    await context.close();
  }

  test('the example passes axe (WCAG 2.0 to 2.2, A and AA) on screen and in print', async () => {
    await check('example-screen', render(), 'screen');
    await check('example-print', render(), 'print');
    const anonymous = exampleAssessment();
    anonymous.workshop.anonymous = true;
    await check('anonymous-screen', render(withAnonymity(anonymous)), 'screen');
  });

  test('hostile text stays text in the browser: no alert, no element made from it', async () => {
    const html = render(hostileAssessment());
    await check('hostile', html, 'screen');
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toBe(HOSTILE);
    expect(await page.locator('img, iframe, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('prints to A4 PDF', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(render(), { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    fs.mkdirSync(screenshotDir, { recursive: true });
    fs.writeFileSync(path.join(screenshotDir, 'example.pdf'), pdf);
    await context.close();
  });
});
