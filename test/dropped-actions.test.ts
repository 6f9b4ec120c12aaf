/**
 * An action dropped at a check-in says "Dropped" in the report model and so in every output of
 * the plan (CSV, HTML, the PDF's plan table and timeline), and stops saying so once a later
 * check-in takes it up again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../electron/exports';
import type { Assessment, CheckIn } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import { buildReport } from '../shared/report';
import { hasPdftotext, pdfText } from './support/pdf';

const base = exampleAssessment();
const action = base.actions[0] as Assessment['actions'][number];

function checkIn(checkedOn: string, status: 'dropped' | 'in-progress', previousStatus: string): CheckIn {
  return {
    id: `00000000-0000-4000-8000-${checkedOn.replace(/-/g, '').padStart(12, '0')}`,
    checkedOn,
    recordedAt: `${checkedOn}T12:00:00.000Z`,
    source: 'app',
    note: '',
    entries: [
      {
        actionId: action.id,
        actionTitle: action.title,
        previousStatus: previousStatus as CheckIn['entries'][number]['previousStatus'],
        status,
        note: status === 'dropped' ? 'The ICB now runs this across the place.' : '',
        dueDate: action.dueDate,
        newDueDate: null,
      },
    ],
    ratings: [],
  };
}

const dropped: Assessment = { ...base, checkIns: [checkIn('2027-01-12', 'dropped', action.status)] };
const input = (assessment: Assessment) => ({
  assessment,
  previous: null,
  generatedOn: '2027-01-15',
  exportedAt: '2027-01-15T09:00:00.000Z',
});

describe('an action dropped at a check-in', () => {
  it('is "Dropped" in the report model, with the day of the check-in', () => {
    const entry = buildReport(dropped, EXAMPLE_FRAMEWORK).actions.find((a) => a.action.id === action.id);
    expect(entry).toMatchObject({ status: 'dropped', statusWords: 'Dropped', droppedOn: '2027-01-12' });
    const others = buildReport(dropped, EXAMPLE_FRAMEWORK).actions.filter((a) => a.action.id !== action.id);
    expect(others.every((a) => a.status === a.action.status && a.droppedOn === null)).toBe(true);
  });

  it('is taken up again by a later check-in', () => {
    const revived: Assessment = {
      ...dropped,
      actions: base.actions.map((a) => (a.id === action.id ? { ...a, status: 'in-progress' } : a)),
      checkIns: [...dropped.checkIns, checkIn('2027-02-09', 'in-progress', 'dropped')],
    };
    const entry = buildReport(revived, EXAMPLE_FRAMEWORK).actions.find((a) => a.action.id === action.id);
    expect(entry).toMatchObject({ status: 'in-progress', statusWords: 'In progress', droppedOn: null });
  });

  it('says "Dropped" on its row of the CSV and the HTML plan', () => {
    const csv = renderExport('csv', input(dropped)) as string;
    const row = csv.split('\n').find((line) => line.includes(action.title));
    expect(row).toContain('Dropped');
    const html = renderExport('html', input(dropped)) as string;
    expect(html).toContain('<span class="status status-dropped">Dropped</span>');
    const before = renderExport('html', input(base)) as string;
    expect(before).not.toContain('status-dropped');
  });

  it.runIf(hasPdftotext)('says "Dropped" in the PDF plan table and timeline', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-dropped-'));
    try {
      const file = path.join(dir, 'plan.pdf');
      fs.writeFileSync(file, renderExport('pdf', input(dropped)) as Uint8Array);
      const text = pdfText(file);
      // Once in the plan's table and once beside the bar on the timeline.
      expect(text.match(/Dropped/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      fs.writeFileSync(file, renderExport('pdf', input(base)) as Uint8Array);
      expect(pdfText(file)).not.toContain('Dropped');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
