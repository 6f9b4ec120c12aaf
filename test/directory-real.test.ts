/**
 * The directory code against NHS England's real files, which live in the `shared/data/nhs`
 * folder beside the repository (never copied into it). Elsewhere the tests skip with a printed
 * reason; in CI (CI=true) a missing folder fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildDirectory,
  type Directory,
  DirectoryFormatError,
  detectDirectoryFileKind,
  type ListSizeData,
  type MappingData,
  type PcnPopulationData,
  parseListSizeCsv,
  parseMappingCsv,
  parsePcnPopulationCsv,
  readableName,
  searchPcns,
} from '../shared/directory';

const dataDir = path.resolve(__dirname, '../../shared/data/nhs');
const FILES = {
  mapping: 'gp-reg-pat-prac-map_2026-08.csv',
  listSize: 'gp-reg-pat-prac-all_2025-04.csv',
  population: 'gp-reg-pat-prac-sing-age-regions_2026-08.csv',
};
const missing = Object.values(FILES).filter((f) => !existsSync(path.join(dataDir, f)));
const exists = missing.length === 0;
const reason = `NHS England reference files not found in ${dataDir} (missing: ${missing.join(', ')})`;

if (!exists) {
  if (process.env.CI === 'true') {
    test('NHS England reference files are present (required in CI)', () => {
      throw new Error(reason);
    });
  } else {
    console.log(`Skipping test/directory-real.test.ts: ${reason}.`);
  }
}

describe.skipIf(!exists)('real NHS England files (August 2026 mapping and populations, April 2025 list sizes)', () => {
  const read = (f: string) => readFileSync(path.join(dataDir, f), 'utf8');
  let texts: Record<keyof typeof FILES, string>;
  let mapping: MappingData;
  let listSizes: ListSizeData;
  let populations: PcnPopulationData;
  let dir: Directory;

  beforeAll(() => {
    texts = { mapping: read(FILES.mapping), listSize: read(FILES.listSize), population: read(FILES.population) };
    mapping = parseMappingCsv(texts.mapping);
    listSizes = parseListSizeCsv(texts.listSize);
    populations = parsePcnPopulationCsv(texts.population);
    dir = buildDirectory(mapping, listSizes, populations);
  });

  test('extract dates', () => {
    expect(dir.extractDate).toBe('2026-08-01');
    expect(dir.listSizeExtractDate).toBe('2025-04-01');
    expect(dir.populationExtractDate).toBe('2026-08-01');
  });

  test('1,298 PCNs; the pseudo-PCN "U" is not one of them', () => {
    expect(dir.pcns).toHaveLength(1298);
    expect(dir.pcns.every((p) => /^U\d{5}$/.test(p.code))).toBe(true);
    expect(new Set(dir.pcns.map((p) => p.code)).size).toBe(1298);
  });

  test('6,129 practices: 6,077 in real PCNs, 52 unallocated (pcnCode null)', () => {
    expect(dir.practices).toHaveLength(6129);
    expect(dir.practices.filter((p) => p.pcnCode === null)).toHaveLength(52);
    expect(dir.practices.filter((p) => p.pcnCode !== null)).toHaveLength(6077);
    expect(dir.pcns.reduce((n, p) => n + p.practiceCodes.length, 0)).toBe(6077);
    const pcnOf = new Map(dir.practices.map((p) => [p.code, p.pcnCode]));
    for (const pcn of dir.pcns) for (const code of pcn.practiceCodes) expect(pcnOf.get(code)).toBe(pcn.code);
  });

  test('36 ICBs; only U41591 (Coast and Country) spans two', () => {
    const icbs = new Set(dir.pcns.flatMap((p) => p.icbs.map((i) => i.code)));
    expect(icbs.size).toBe(36);
    expect(icbs.has('T6Y0W')).toBe(true);
    const spanning = dir.pcns.filter((p) => p.icbs.length > 1);
    expect(spanning.map((p) => p.code)).toEqual(['U41591']);
    const cc = spanning[0];
    expect(cc?.name).toBe('COAST AND COUNTRY PCN');
    expect(readableName(cc?.name ?? '')).toBe('Coast and Country PCN');
    // Two practices in each ICB: Devon has more patients (18,470 v 17,167 in April 2025), so comes first.
    expect(cc?.icbs).toEqual([
      { code: 'QJK', name: 'NHS Devon Integrated Care Board' },
      { code: 'QT6', name: 'NHS Cornwall and the Isles of Scilly Integrated Care Board' },
    ]);
    // Without list sizes the tie falls to name order.
    expect(mapping.pcns.find((p) => p.code === 'U41591')?.icbs.map((i) => i.code)).toEqual(['QT6', 'QJK']);
  });

  test('practices per PCN: 97 single-practice PCNs, the largest 31', () => {
    const sizes = dir.pcns.map((p) => p.practiceCodes.length);
    expect(sizes.filter((n) => n === 1)).toHaveLength(97);
    expect(Math.max(...sizes)).toBe(31);
    expect(dir.pcns.find((p) => p.practiceCodes.length === 31)?.code).toBe('U16464');
  });

  test('PCN populations: min 7,891, median 44,977.5, max 269,883, 121 under 30,000', () => {
    const pops = dir.pcns.map((p) => p.population);
    expect(pops.every((n) => typeof n === 'number')).toBe(true);
    const sorted = (pops as number[]).slice().sort((a, b) => a - b);
    expect(sorted[0]).toBe(7891);
    expect(sorted[sorted.length - 1]).toBe(269883);
    expect(((sorted[648] ?? 0) + (sorted[649] ?? 0)) / 2).toBe(44977.5);
    expect(sorted.filter((n) => n < 30000)).toHaveLength(121);
    expect(dir.pcns.find((p) => p.population === 7891)?.code).toBe('U16644');
    expect(dir.pcns.find((p) => p.population === 269883)?.code).toBe('U16464');
  });

  test('national total: 63,018,672 in real PCNs + 219,236 unallocated = 63,237,908 (the README figure)', () => {
    const inPcns = dir.pcns.reduce((n, p) => n + (p.population ?? 0), 0);
    expect(inPcns).toBe(63018672);
    expect(populations.unallocatedPopulation).toBe(219236);
    expect(inPcns + (populations.unallocatedPopulation ?? 0)).toBe(63237908);
    // The README's 63,237,908 is also the sum over regions, ICBs and sub-ICB locations.
    const regions = texts.population
      .split('\n')
      .filter((l) => l.includes(',Comm Region,') && l.includes(',ALL,ALL,'))
      .reduce((n, l) => n + Number(l.trim().split(',').at(-1)), 0);
    expect(regions).toBe(63237908);
  });

  test('the population file has a total for exactly the mapping file’s PCNs', () => {
    expect([...populations.populations.keys()].sort()).toEqual(dir.pcns.map((p) => p.code));
  });

  test('list sizes equal the list-size file, read independently; 110 practices there have since closed', () => {
    const independent = new Map<string, number>();
    for (const line of texts.listSize.split('\r\n').slice(1)) {
      const f = line.split(',');
      if (f[2] === 'GP' && f[7] === 'ALL' && f[8] === 'ALL') independent.set(f[5] ?? '', Number(f[9]));
    }
    expect(independent.size).toBe(6239);
    expect(listSizes.listSizes).toEqual(independent);
    const mapped = new Set(dir.practices.map((p) => p.code));
    expect([...independent.keys()].filter((c) => !mapped.has(c))).toHaveLength(110);
    for (const p of dir.practices) expect(p.listSize).toBe(independent.get(p.code) ?? null);

    const cc = dir.pcns.find((p) => p.code === 'U41591');
    const byCode = new Map(dir.practices.map((p) => [p.code, p]));
    expect(cc?.practiceCodes.map((c) => [c, byCode.get(c)?.listSize])).toEqual([
      ['L82008', 10709],
      ['L83012', 3155],
      ['L83069', 15315],
      ['Y01127', 6458],
    ]);
    expect(cc?.population).toBe(35726);
  });

  test('a sample PCN in full: West Norwich', () => {
    const wn = dir.pcns.find((p) => p.code === 'U00000');
    expect(wn?.name).toBe('WEST NORWICH PCN');
    expect(wn?.icbs).toEqual([{ code: 'T6Y0W', name: 'NHS Norfolk and Suffolk Integrated Care Board' }]);
    expect(wn?.practiceCodes).toContain('D82017');
    expect(searchPcns(dir.pcns, 'west norwich')[0]?.code).toBe('U00000');
  });

  test('search over the real PCNs', () => {
    expect(searchPcns(dir.pcns, 'u41591').map((p) => p.code)).toEqual(['U41591']);
    expect(searchPcns(dir.pcns, 'Coast and Country')[0]?.code).toBe('U41591');
    expect(searchPcns(dir.pcns, 'grand union').map((p) => p.code)).toEqual(['U09187', 'U41025']);
    expect(searchPcns(dir.pcns, 'unallocated')).toEqual([]);
    expect(searchPcns(dir.pcns, 'u', 2000).some((p) => p.code === 'U')).toBe(false);
    expect(searchPcns(dir.pcns, 'u415', 2000).every((p) => p.code.startsWith('U415'))).toBe(true);
  });

  test('readable names keep every letter of the source name', () => {
    const names = [...dir.pcns.map((p) => p.name), ...dir.practices.map((p) => p.name)];
    for (const name of names) {
      const readable = readableName(name);
      expect(readable.toUpperCase()).toBe(
        name
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/[\s,;]+$/, '')
          .toUpperCase(),
      );
    }
  });

  test('each real file is recognised, and refused where another is expected', () => {
    expect(detectDirectoryFileKind(texts.mapping)).toBe('mapping');
    expect(detectDirectoryFileKind(texts.listSize)).toBe('listSize');
    expect(detectDirectoryFileKind(texts.population)).toBe('population');
    let error: unknown;
    try {
      parseMappingCsv(texts.listSize);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DirectoryFormatError);
    expect(error).toMatchObject({
      message:
        'This looks like the practice list-size file (gp-reg-pat-prac-all); choose the practice-to-PCN mapping file (gp-reg-pat-prac-map) here.',
      expected: 'mapping',
      detected: 'listSize',
      row: null,
    });
    expect(() => parsePcnPopulationCsv(texts.mapping)).toThrow(
      'This looks like the practice-to-PCN mapping file (gp-reg-pat-prac-map); choose the population by age file (gp-reg-pat-prac-sing-age-regions) here.',
    );
  });
});
