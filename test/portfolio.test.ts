import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importDirectoryFiles } from '../electron/handlers/directory';
import { parseMappingCsv } from '../shared/directory';
import { toResponsePackFile } from '../shared/export/response-files';
import { isSharedGap, pcnArea, portfolioView, quantile, spreadOf } from '../shared/portfolio/aggregate';
import { benchmarkPosition, parseBenchmark } from '../shared/portfolio/benchmark';
import { pcnFacts } from '../shared/portfolio/facts';
import { RESPONSE_PACK_REFUSED } from '../shared/portfolio/read';
import { formatLevel } from '../shared/scoring';
import { call, testDeps } from './support/deps';
import { assessmentFileText, type GeneratedPcn, generateAssessment } from './support/portfolio-files';
import { tempDir } from './support/temp';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/nhs');
const fixture = (name: string) => path.join(FIXTURES, name);

/** Four PCNs of the fixture directory, and two PCNs that gave no code. */
const PCNS: GeneratedPcn[] = [
  { code: 'U90001', name: 'Northshire Central PCN', icb: 'NHS Northshire ICB' },
  { code: 'U90002', name: 'Coast and Country Vale PCN', icb: 'NHS Northshire ICB' },
  { code: 'U90003', name: 'Southvale East PCN', icb: 'NHS Southvale ICB' },
  { code: 'U90004', name: 'Borderlands PCN', icb: 'NHS Northshire ICB' },
  { code: null, name: 'Hillside Villages PCN', icb: 'NHS Northshire ICB' },
  { code: null, name: 'Riverbank PCN', icb: 'NHS Southvale ICB' },
];

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function setUp() {
  const deps = await testDeps();
  const saved: string[] = [];
  const dir = tempDir();
  const answers: { open: string[][]; save: string[] } = { open: [], save: [] };
  deps.dialogs = {
    async chooseFilesToOpen() {
      return answers.open.shift() ?? [];
    },
    async chooseFileToSave(options) {
      const target = answers.save.shift() ?? path.join(dir, options.defaultName);
      saved.push(target);
      return target;
    },
  };
  return { deps, dir, answers, saved };
}

function writeFiles(dir: string) {
  const folder = path.join(dir, 'sent');
  fs.mkdirSync(folder);
  PCNS.forEach((pcn, i) => {
    fs.writeFileSync(path.join(folder, `${i}.json`), assessmentFileText(generateAssessment(pcn, i, { seed: 7 })));
  });
  // The same PCN again, assessed later: it replaces the first.
  const later = generateAssessment(PCNS[0] as GeneratedPcn, 40, { seed: 7, assessmentDate: '2026-11-27' });
  fs.writeFileSync(path.join(folder, 'later.json'), assessmentFileText(later));
  // And an older one of another PCN: the newer one already read is kept.
  const older = generateAssessment(PCNS[2] as GeneratedPcn, 41, { seed: 7, assessmentDate: '2026-10-01' });
  fs.writeFileSync(path.join(folder, 'older.json'), assessmentFileText(older));
  fs.writeFileSync(path.join(folder, 'broken.json'), '{"format": "neighbourhood-ready-assessment", ');
  const example = generateAssessment(PCNS[1] as GeneratedPcn, 1, { seed: 7 });
  fs.writeFileSync(
    path.join(folder, 'pack.json'),
    toResponsePackFile(
      {
        id: '6c7c2f0e-7d0b-4f0a-9f7e-1b2c3d4e5f60',
        assessmentId: example.id,
        frameworkVersion: example.frameworkVersion,
        assessmentDate: example.assessmentDate,
        profile: example.profile,
        participant: { id: '7c7c2f0e-7d0b-4f0a-9f7e-1b2c3d4e5f61', name: 'A', organisation: '', role: '' },
        anonymous: false,
      },
      { exportedAt: '2026-11-20T10:00:00.000Z', app: { name: 'Neighbourhood Ready', version: '0.1.0' } },
    ),
  );
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not read: only .json files in a folder are');
  return folder;
}

describe('the ICB portfolio', () => {
  it('imports a folder: bad files listed with their reason, the newer of the same PCN kept, the rest in', async () => {
    const { deps, dir, answers } = await setUp();
    const folder = writeFiles(dir);
    answers.open.push([folder]);
    const result = await call(deps, 'importPortfolio', { source: 'folder' });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value;
    if (!report) throw new Error('no report');
    expect(report.files.map((f) => `${f.fileName}: ${f.outcome}`).sort()).toEqual(
      [
        '0.json: imported',
        '1.json: imported',
        '2.json: imported',
        '3.json: imported',
        '4.json: imported',
        '5.json: imported',
        'broken.json: refused',
        'later.json: replaced',
        'older.json: kept-newer',
        'pack.json: refused',
      ].sort(),
    );
    const pack = report.files.find((f) => f.fileName === 'pack.json');
    expect(pack).toMatchObject({ reason: RESPONSE_PACK_REFUSED });
    const broken = report.files.find((f) => f.fileName === 'broken.json');
    expect(broken?.outcome === 'refused' && broken.reason).toMatch(/cut off or damaged/);
    expect(report.files.find((f) => f.fileName === 'later.json')).toMatchObject({
      replacedDate: '2026-11-20',
      replacedFile: '0.json',
    });
    expect(report.files.find((f) => f.fileName === 'older.json')).toMatchObject({
      keptDate: '2026-11-20',
      keptFile: '2.json',
    });
    expect([report.imported, report.replaced, report.keptNewer, report.refused]).toEqual([6, 1, 1, 2]);

    const data = await call(deps, 'getPortfolio', undefined);
    if (!data.ok) throw new Error(data.error.message);
    expect(data.value.pcns).toHaveLength(6);
    expect(data.value.pcns.find((p) => p.pcnCode === 'U90001')?.assessmentDate).toBe('2026-11-27');
    // Apart from the user's own assessments.
    const own = await call(deps, 'listAssessments', undefined);
    expect(own.ok && own.value).toEqual([]);
  });

  it('importing the same files again keeps what is there and says so', async () => {
    const { deps, dir, answers } = await setUp();
    const folder = writeFiles(dir);
    answers.open.push([folder], [path.join(folder, '3.json')]);
    await call(deps, 'importPortfolio', { source: 'folder' });
    const again = await call(deps, 'importPortfolio', { source: 'files' });
    expect(again.ok && again.value?.files).toEqual([
      {
        fileName: '3.json',
        outcome: 'kept-newer',
        pcnName: 'Borderlands PCN',
        assessmentDate: '2026-11-20',
        keptDate: '2026-11-20',
        keptFile: '3.json',
      },
    ]);
  });

  it('places PCNs by the directory: ICB and sub-ICB of most practices, population, counts', async () => {
    const { deps, dir, answers } = await setUp();
    await importDirectoryFiles(deps, [
      fixture('gp-reg-pat-prac-map_fixture.csv'),
      fixture('gp-reg-pat-prac-sing-age-regions_fixture.csv'),
    ]);
    answers.open.push([writeFiles(dir)]);
    await call(deps, 'importPortfolio', { source: 'folder' });
    const data = await call(deps, 'getPortfolio', undefined);
    if (!data.ok) throw new Error(data.error.message);
    const u2 = data.value.pcns.find((p) => p.pcnCode === 'U90002');
    expect(u2?.icb?.code).toBeTruthy();
    expect(u2?.subIcb?.code).toMatch(/^99[AB]$/);
    expect(u2?.populationSource).toBe('directory');

    const all = portfolioView(data.value, { icbCode: null, subIcbCode: null });
    expect(all.counts).toMatchObject({ sent: 6, inDirectory: 4, notInDirectory: 2 });
    expect(all.counts.complete + all.counts.drafts).toBe(6);
    const sub = portfolioView(data.value, { icbCode: 'QZZ', subIcbCode: '99A' });
    expect(sub.pcns.every((p) => p.subIcb?.code === '99A')).toBe(true);
    expect(sub.scope).toMatch(/99A/);
    expect(sub.population.total).toBe(sub.population.rows.reduce((t, r) => t + r.population, 0));
  });

  it('works out shared gaps when asked, from the same PCNs, and gives a filter the same figures again', async () => {
    const { deps, dir, answers } = await setUp();
    answers.open.push([writeFiles(dir)]);
    await call(deps, 'importPortfolio', { source: 'folder' });
    const data = await call(deps, 'getPortfolio', undefined);
    if (!data.ok) throw new Error(data.error.message);
    const all = portfolioView(data.value, { icbCode: null, subIcbCode: null });
    for (const gap of all.sharedGaps.areas) {
      const scored = all.pcns.map((p) => pcnArea(p, gap.areaId)).filter((a) => a !== null && a.current !== null);
      expect(gap.n).toBe(scored.length);
      expect(gap.withGap).toBe(scored.filter((a) => isSharedGap(a?.gap ?? null)).length);
    }
    expect(all.sharedGaps.areas.length).toBe(all.areas.length);
    // Read again (the figures are kept per filter): the same figures.
    const again = portfolioView(data.value, { icbCode: null, subIcbCode: null });
    expect(again.sharedGaps).toEqual(all.sharedGaps);
    expect(again.ranking.overall.map((r) => r.pcn.id)).toEqual(all.ranking.overall.map((r) => r.pcn.id));
  });

  it('exports the roll-up PDF, workbook and CSV from the same figures', async () => {
    const { deps, dir, answers, saved } = await setUp();
    answers.open.push([writeFiles(dir)]);
    await call(deps, 'importPortfolio', { source: 'folder' });
    const filter = { icbCode: null, subIcbCode: null };
    for (const format of ['pdf', 'xlsx', 'csv'] as const) {
      const r = await call(deps, 'exportPortfolio', { format, filter });
      expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    }
    const [pdf, xlsx, csv] = saved as [string, string, string];
    const text = pdfText(pdf);
    expect(text).toContain('Neighbourhood readiness across PCNs');
    expect(text).toMatch(/6 PCNs sent a plan: \d complete and \d drafts?\./);
    expect(text).toContain('How these figures are worked out');

    const data = await call(deps, 'getPortfolio', undefined);
    if (!data.ok) throw new Error('no data');
    const view = portfolioView(data.value, filter);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const byArea = book.getWorksheet('PCN by area');
    expect(byArea?.rowCount).toBe(1 + 6 * view.areas.length);
    const actions = book.getWorksheet('Actions');
    expect(actions?.rowCount).toBe(1 + view.pcns.reduce((t, p) => t + p.actions.length, 0));
    const csvText = fs.readFileSync(csv, 'utf8');
    expect(csvText.startsWith('\uFEFFPCN code,PCN name,ICB')).toBe(true);
    expect(csvText.trim().split('\r\n')).toHaveLength(1 + 6 * view.areas.length);
    // The figure a PCN's own report shows is the figure in the export.
    const first = view.pcns[0];
    expect(csvText).toContain(`${first?.pcnName},`);
    expect(csvText).toContain(formatLevel(first?.areas[0]?.current ?? null));
  });

  it('refuses an export filter that is not a code', async () => {
    const { deps } = await setUp();
    const r = await call(deps, 'exportPortfolio', { format: 'pdf', filter: { icbCode: '../x', subIcbCode: null } });
    expect(r.ok || r.error.code).toBe('invalid-input');
  });

  it('sends an anonymised benchmark back, which a PCN imports to see its position', async () => {
    const { deps, dir, answers, saved } = await setUp();
    answers.open.push([writeFiles(dir)]);
    await call(deps, 'importPortfolio', { source: 'folder' });
    const r = await call(deps, 'exportBenchmark', { filter: { icbCode: null, subIcbCode: null }, includeNames: false });
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    const text = fs.readFileSync(saved[0] as string, 'utf8');
    for (const pcn of PCNS) expect(text).not.toContain(pcn.name);
    const parsed = parseBenchmark(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.pcnCount).toBe(6);
    expect(parsed.file.pcns).toBeNull();

    // A PCN on its own computer.
    const pcn = await testDeps();
    pcn.dialogs = {
      async chooseFilesToOpen() {
        return [saved[0] as string];
      },
      async chooseFileToSave() {
        return path.join(dir, 'own-plan.pdf');
      },
    };
    const created = await call(pcn, 'loadExample', undefined);
    if (!created.ok) throw new Error(created.error.message);
    const imported = await call(pcn, 'importBenchmark', undefined);
    expect(imported.ok && imported.value).toMatchObject({ pcnCount: 6, replaced: null });
    const stored = await call(pcn, 'getBenchmark', undefined);
    const example = await call(pcn, 'getAssessment', { id: created.value.id });
    if (!stored.ok || !stored.value || !example.ok) throw new Error('no benchmark');
    const position = { value: benchmarkPosition(stored.value.file, example.value) };
    if (!position.value) throw new Error('no position');
    expect(position.value.areas).toHaveLength(8);
    for (const a of position.value.areas) {
      expect(a.higher + a.same + a.lower).toBe(a.yours === null ? 0 : a.peers);
      expect(a.where).toMatch(/middle half of peers|Not assessed/);
    }
    // And the PCN's own PDF has the same page.
    const pdf = await call(pcn, 'exportPlan', { assessmentId: created.value.id, format: 'pdf' });
    expect(pdf.ok, pdf.ok ? '' : pdf.error.message).toBe(true);
    const ownPdf = pdfText(path.join(dir, 'own-plan.pdf')).replace(/\s+/g, ' ');
    expect(ownPdf).toContain('Against your peers');
    expect(ownPdf).toContain(`From the benchmark of 6 PCNs`);
    // Table cells wrap, so the words of "where you stand" are checked up to the first line break.
    expect(ownPdf).toContain(position.value.overall.where.split(' the ')[0] as string);
  });

  it('refuses a benchmark of fewer than five PCNs, so no figure is one PCN’s own', async () => {
    const { deps, dir, answers } = await setUp();
    const folder = path.join(dir, 'few');
    fs.mkdirSync(folder);
    for (const [i, pcn] of PCNS.slice(0, 4).entries()) {
      fs.writeFileSync(path.join(folder, `${i}.json`), assessmentFileText(generateAssessment(pcn, i, { seed: 3 })));
    }
    answers.open.push([folder]);
    await call(deps, 'importPortfolio', { source: 'folder' });
    const r = await call(deps, 'exportBenchmark', { filter: { icbCode: null, subIcbCode: null }, includeNames: false });
    expect(!r.ok && r.error.message).toMatch(/at least 5 PCNs/);
  });
});

describe('npm run rollup', () => {
  const cli = path.resolve(import.meta.dirname, '../electron/rollup-cli.ts');
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('writes the roll-up from a folder, listing the files it left out, one line each', () => {
    const dir = tempDir();
    const folder = writeFiles(dir);
    const pdf = path.join(dir, 'roll-up.pdf');
    const csv = path.join(dir, 'roll-up.csv');
    const r = run([folder, '--pdf', pdf, '--csv', csv, '--directory', FIXTURES]);
    expect(r.code, r.err).toBe(0);
    expect(pdfText(pdf)).toMatch(/6 PCNs sent a plan of the 4 PCNs in the NHS directory/);
    expect(fs.readFileSync(csv, 'utf8')).toContain('Northshire Central PCN');
    const left = r.err.trim().split('\n');
    expect(left.filter((l) => l.startsWith('Left out '))).toHaveLength(3); // broken, pack, older
    expect(left.every((l) => !l.includes('    at '))).toBe(true);
  }, 240_000);

  it('says what is wrong in one line', () => {
    const dir = tempDir();
    expect(run([])).toMatchObject({ code: 2 });
    const missing = run([path.join(dir, 'nowhere'), '--pdf', path.join(dir, 'x.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const empty = run([dir, '--csv', path.join(dir, 'x.csv')]);
    expect(empty.code).toBe(1);
    expect(empty.err.trim()).toMatch(/no assessment files \(\.json\) there/);
    expect(run([dir, '--csv', 'x.csv', '--icb', 'QZZ']).err.trim()).toMatch(/need --directory/);
  }, 240_000);
});

describe('portfolio rules', () => {
  it('quartiles interpolate between the two nearest PCNs', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([], 0.5)).toBeNull();
    const s = spreadOf('x', 'X', [1.96, 2.9, null, 0.5, 4]);
    // 1.96 is shown as 2.0, so it counts as Developing, as the PCN's own report says.
    expect(s.byLevel).toEqual([1, 0, 2, 0, 1]);
    expect(s.notAssessed).toBe(1);
  });

  it('routes readiness is the average of the Leadership and Governance scores', () => {
    const a = generateAssessment(PCNS[0] as GeneratedPcn, 0, { seed: 11 });
    const facts = pcnFacts(a);
    const lead = facts.areas.find((x) => x.areaId === 'leadership')?.current ?? null;
    const gov = facts.areas.find((x) => x.areaId === 'governance')?.current ?? null;
    expect(facts.routes).toBe(lead !== null && gov !== null ? (lead + gov) / 2 : null);
  });

  it('reads the sub-ICB locations of each PCN, most practices first', () => {
    const text = fs.readFileSync(fixture('gp-reg-pat-prac-map_fixture.csv'), 'utf8');
    const subs = parseMappingCsv(text).subIcbs;
    expect([...subs.keys()].sort()).toEqual(['U90001', 'U90002', 'U90003', 'U90004']);
    expect(subs.has('U')).toBe(false);
    for (const list of subs.values()) {
      expect(list.map((s) => s.practices)).toEqual(list.map((s) => s.practices).sort((a, b) => b - a));
    }
    // An older extract without the sub-ICB columns still imports, with no sub-ICB locations.
    const older = text.replace(',SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,', ',OLD_COLUMN_1,OLD_COLUMN_2,');
    expect(older).not.toBe(text);
    const parsed = parseMappingCsv(older);
    expect(parsed.pcns.length).toBe(parseMappingCsv(text).pcns.length);
    expect(parsed.subIcbs.size).toBe(0);
  });

  it('a benchmark position counts peers by level word', () => {
    const a = generateAssessment(PCNS[0] as GeneratedPcn, 0, { seed: 5 });
    const file = {
      format: 'neighbourhood-ready-benchmark' as const,
      formatVersion: 1 as const,
      createdAt: '2026-11-22T09:30:00.000Z',
      app: { name: 'Neighbourhood Ready', version: '0.1.0' },
      scope: 'Test',
      areaFrameworkVersion: a.frameworkVersion,
      pcnCount: 10,
      versions: [{ version: a.frameworkVersion, count: 10 }],
      overall: spreadOf('overall', 'Overall readiness', [0, 1, 1, 2, 2, 2, 3, 3, 4, 4]),
      areas: [],
      questions: [],
      pcns: null,
    };
    const position = benchmarkPosition(file, a);
    if (!position) throw new Error('no position');
    expect(position.overall.higher + position.overall.same + position.overall.lower).toBe(10);
    expect(position?.versionNote).toBeNull();
  });
});
