import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildDirectory,
  buildSearchIndex,
  DIRECTORY_FILE_KINDS,
  type DirectoryFileKind,
  DirectoryFormatError,
  type DirectoryPcn,
  detectDirectoryFileKind,
  isPcnCode,
  isPracticeCode,
  OGL_ATTRIBUTION,
  type PracticeForSearch,
  parseExtractDate,
  parseListSizeCsv,
  parseMappingCsv,
  parsePcnPopulationCsv,
  readableName,
  searchDirectory,
  searchIndex,
  searchPcns,
} from '../shared/directory';

const fixtureDir = path.resolve(__dirname, 'fixtures/nhs');
const fixture = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');
const MAPPING = fixture('gp-reg-pat-prac-map_fixture.csv');
const LIST_SIZES = fixture('gp-reg-pat-prac-all_fixture.csv');
const POPULATION = fixture('gp-reg-pat-prac-sing-age-regions_fixture.csv');

const MAP_LINES = MAPPING.split(/\r?\n/).filter((l) => l !== '');
const MAP_HEADER = MAP_LINES[0] ?? '';
const LIST_LINES = LIST_SIZES.split(/\r?\n/).filter((l) => l !== '');
const POP_LINES = POPULATION.split(/\r?\n/).filter((l) => l !== '');
const lf = (lines: string[]) => `${lines.join('\n')}\n`;

/** The mapping fixture with one cell replaced (row = spreadsheet row number, header = 1). */
function mappingWith(row: number, column: string, value: string): string {
  const col = MAP_HEADER.split(',').indexOf(column);
  const lines = [...MAP_LINES];
  const fields = (lines[row - 1] ?? '').replace(/"[^"]*"/g, 'QUOTED').split(',');
  fields[col] = value;
  lines[row - 1] = fields.join(',');
  return lf(lines);
}

function errorOf(fn: () => unknown): DirectoryFormatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DirectoryFormatError) return e;
    throw e;
  }
  throw new Error('expected a DirectoryFormatError');
}

const NORTH = { code: 'QZZ', name: 'NHS Northshire Integrated Care Board' };
const SOUTH = { code: 'T9X9Z', name: 'NHS Southvale Integrated Care Board' };

describe('parseMappingCsv', () => {
  test('reads the fixture: PCNs, practices, ICBs, extract date', () => {
    const m = parseMappingCsv(MAPPING);
    expect(m.extractDate).toBe('2026-08-01');
    expect(m.pcns).toEqual([
      {
        code: 'U90001',
        name: "RIVERSIDE & ST JOHN'S PCN",
        icbs: [NORTH],
        practiceCodes: ['Z10001', 'Z10002', 'Z10003'],
        population: null,
      },
      {
        code: 'U90002',
        name: 'COAST AND COUNTRY VALE PCN',
        icbs: [SOUTH, NORTH], // two practices in Southvale, one in Northshire
        practiceCodes: ['Z10004', 'Z10005', 'Z10006'],
        population: null,
      },
      {
        code: 'U90003',
        name: 'BARROW-IN-FURNESS NORTH PCN',
        icbs: [SOUTH],
        practiceCodes: ['Z10007'],
        population: null,
      },
      {
        code: 'U90004',
        name: 'TWO VALLEYS PCN',
        icbs: [NORTH, SOUTH], // one practice each: by name without list sizes
        practiceCodes: ['Z10009', 'Z10010'],
        population: null,
      },
    ]);
    expect(m.practices).toEqual([
      p('Z10001', 'THE RIVERSIDE SURGERY', 'ZZ1 1AA', 'U90001', 'QZZ'),
      p('Z10002', "ST JOHN'S MEDICAL CENTRE, EASTFIELD", 'ZZ1 2BB', 'U90001', 'QZZ'),
      p('Z10003', 'ABBEY LANE PRACTICE', 'ZZ1 3CC', 'U90001', 'QZZ'),
      p('Z10004', 'HARBOUR VIEW SURGERY', 'ZZ2 4DD', 'U90002', 'QZZ'),
      p('Z10005', 'MOORSIDE HEALTH CENTRE', 'ZZ5 5EE', 'U90002', 'T9X9Z'),
      p('Z10006', 'DR A SMITH & PARTNERS', 'ZZ5 6FF', 'U90002', 'T9X9Z'),
      p('Z10007', 'FURNESS NEW SURGERY', 'ZZ6 7GG', 'U90003', 'T9X9Z'),
      p('Z10008', 'LONE FARM SURGERY', 'ZZ3 8HH', null, 'QZZ'),
      p('Z10009', 'HILLTOP MEDICAL PRACTICE', 'ZZ7 9JJ', 'U90004', 'QZZ'),
      p('Z10010', 'VALLEY ROAD SURGERY', 'ZZ7 1KK', 'U90004', 'T9X9Z'),
    ]);
  });

  function p(code: string, name: string, postcode: string, pcnCode: string | null, icbCode: string) {
    return { code, name, postcode, pcnCode, listSize: null, icbCode };
  }

  test('the pseudo-PCN "U" is not a PCN; its practice stays, with pcnCode null', () => {
    const m = parseMappingCsv(MAPPING);
    expect(m.pcns.map((x) => x.code)).not.toContain('U');
    expect(m.practices.filter((x) => x.pcnCode === null).map((x) => x.code)).toEqual(['Z10008']);
  });

  test('CRLF, LF, a byte-order mark and a missing final line end all read the same', () => {
    const expected = parseMappingCsv(MAPPING);
    const lfText = MAPPING.replace(/\r\n/g, '\n');
    const crlfText = lfText.replace(/\n/g, '\r\n');
    expect(crlfText).not.toBe(lfText);
    expect(parseMappingCsv(lfText)).toEqual(expected);
    expect(parseMappingCsv(crlfText)).toEqual(expected);
    expect(parseMappingCsv(`\uFEFF${crlfText}`)).toEqual(expected);
    expect(parseMappingCsv(`\uFEFF${lfText}`)).toEqual(expected);
    expect(parseMappingCsv(lfText.trimEnd())).toEqual(expected);
  });

  test('column order, extra columns, header case and blank rows do not matter', () => {
    const rows = MAP_LINES.map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const reordered = rows.map((fields, i) => [i === 0 ? 'EXTRA' : 'x', ...[...fields].reverse()].join(','));
    reordered[0] = (reordered[0] ?? '').toLowerCase();
    const text = `\n${reordered.slice(0, 4).join('\r\n')}\r\n\r\n${',,,,,,,,,,,,,,,,,\r\n'}${reordered.slice(4).join('\r\n')}\r\n\r\n`;
    expect(parseMappingCsv(text)).toEqual(parseMappingCsv(MAPPING));
  });

  test('quoted values: commas, doubled quotes and line breaks inside quotes', () => {
    const text = mappingWith(2, 'PRACTICE_NAME', '"THE ""NEW"" SURGERY,\r\nUPPER FLOOR"');
    const m = parseMappingCsv(text);
    expect(m.practices.find((x) => x.code === 'Z10004')?.name).toBe('THE "NEW" SURGERY,\r\nUPPER FLOOR');
    expect(m.practices).toHaveLength(10);
  });

  test('codes and ICB codes are upper-cased and values trimmed', () => {
    const m = parseMappingCsv(mappingWith(2, 'PRACTICE_CODE', ' z10004 ').replace('U90002,', 'u90002 ,'));
    expect(m.practices.find((x) => x.code === 'Z10004')?.pcnCode).toBe('U90002');
  });
});

describe('parseListSizeCsv', () => {
  test('reads practice totals (including a practice closed since) and the extract date', () => {
    const l = parseListSizeCsv(LIST_SIZES);
    expect(l.extractDate).toBe('2025-04-01');
    expect([...l.listSizes]).toEqual([
      ['Z10001', 5000],
      ['Z10002', 7200],
      ['Z10003', 3100],
      ['Z10004', 4000],
      ['Z10005', 6000],
      ['Z10006', 2500],
      ['Z10008', 1800],
      ['Z10009', 3000],
      ['Z10010', 3500],
      ['Z99999', 900],
    ]);
  });

  test('ignores rows that are not GP / ALL / ALL totals', () => {
    const extra = [
      'GP_PRAC_PAT_LIST,2025-04-01,GP,99A,E38999901,Z10001,ZZ1 1AA,MALE,ALL,2400',
      'GP_PRAC_PAT_LIST,2025-04-01,GP,99A,E38999901,Z10001,ZZ1 1AA,ALL,0-4,300',
      'GP_PRAC_PAT_LIST,2025-04-01,SUB_ICB,99A,E38999901,99A,,ALL,ALL,26000',
    ];
    const l = parseListSizeCsv(lf([...LIST_LINES, ...extra]));
    expect(l.listSizes.get('Z10001')).toBe(5000);
    expect(l.listSizes.size).toBe(10);
  });
});

describe('parsePcnPopulationCsv', () => {
  test('reads PCN totals only; the pseudo-PCN is reported apart', () => {
    const pop = parsePcnPopulationCsv(POPULATION);
    expect(pop.extractDate).toBe('2026-08-01');
    expect([...pop.populations]).toEqual([
      ['U90001', 15500],
      ['U90002', 12800],
      ['U90003', 2100],
    ]);
    expect(pop.unallocatedPopulation).toBe(1850);
  });

  test('without a "U" row, unallocatedPopulation is null', () => {
    const pop = parsePcnPopulationCsv(lf(POP_LINES.filter((l) => !l.includes(',PCN,U,'))));
    expect(pop.unallocatedPopulation).toBeNull();
    expect(pop.populations.size).toBe(3);
  });
});

describe('buildDirectory', () => {
  const mapping = parseMappingCsv(MAPPING);
  const listSizes = parseListSizeCsv(LIST_SIZES);
  const populations = parsePcnPopulationCsv(POPULATION);

  test('all three files: official PCN totals, practice list sizes, ICB tie broken by patients', () => {
    const d = buildDirectory(mapping, listSizes, populations);
    expect(d.extractDate).toBe('2026-08-01');
    expect(d.listSizeExtractDate).toBe('2025-04-01');
    expect(d.populationExtractDate).toBe('2026-08-01');
    expect(d.pcns.map((x) => [x.code, x.population])).toEqual([
      ['U90001', 15500],
      ['U90002', 12800],
      ['U90003', 2100],
      ['U90004', null], // not in the population file
    ]);
    expect(d.pcns.find((x) => x.code === 'U90004')?.icbs).toEqual([SOUTH, NORTH]); // 3,500 v 3,000 patients
    expect(d.pcns.find((x) => x.code === 'U90002')?.icbs).toEqual([SOUTH, NORTH]);
    expect(d.practices.map((x) => [x.code, x.listSize])).toEqual([
      ['Z10001', 5000],
      ['Z10002', 7200],
      ['Z10003', 3100],
      ['Z10004', 4000],
      ['Z10005', 6000],
      ['Z10006', 2500],
      ['Z10007', null], // newer than the list-size file
      ['Z10008', 1800],
      ['Z10009', 3000],
      ['Z10010', 3500],
    ]);
    expect(d.practices.find((x) => x.code === 'Z10008')).toEqual({
      code: 'Z10008',
      name: 'LONE FARM SURGERY',
      postcode: 'ZZ3 8HH',
      pcnCode: null,
      listSize: 1800,
    });
    expect(d.practices.some((x) => x.code === 'Z99999')).toBe(false); // closed: not in the mapping
  });

  test('practices in the directory carry exactly the DirectoryPractice fields', () => {
    const d = buildDirectory(mapping, listSizes, populations);
    for (const x of d.practices)
      expect(Object.keys(x).sort()).toEqual(['code', 'listSize', 'name', 'pcnCode', 'postcode']);
  });

  test('without the population file: sum of list sizes where every practice is known', () => {
    const d = buildDirectory(mapping, listSizes);
    expect(d.pcns.map((x) => [x.code, x.population])).toEqual([
      ['U90001', 15300],
      ['U90002', 12500],
      ['U90003', null], // Z10007 has no list size
      ['U90004', 6500],
    ]);
    expect(d.populationExtractDate).toBe('2025-04-01');
  });

  test('mapping only: no numbers', () => {
    const d = buildDirectory(mapping);
    expect(d.pcns.every((x) => x.population === null)).toBe(true);
    expect(d.practices.every((x) => x.listSize === null)).toBe(true);
    expect(d.listSizeExtractDate).toBeNull();
    expect(d.populationExtractDate).toBeNull();
    expect(d.pcns.find((x) => x.code === 'U90004')?.icbs).toEqual([NORTH, SOUTH]);
  });

  test('mapping and population file only', () => {
    const d = buildDirectory(mapping, null, populations);
    expect(d.pcns.map((x) => x.population)).toEqual([15500, 12800, 2100, null]);
    expect(d.practices.every((x) => x.listSize === null)).toBe(true);
    expect(d.populationExtractDate).toBe('2026-08-01');
  });

  test('does not change its inputs', () => {
    const before = JSON.stringify(mapping);
    const d = buildDirectory(mapping, listSizes, populations);
    expect(JSON.stringify(mapping)).toBe(before);
    d.pcns[0]?.practiceCodes.push('X');
    expect(mapping.pcns[0]?.practiceCodes).toEqual(['Z10001', 'Z10002', 'Z10003']);
  });
});

describe('detectDirectoryFileKind', () => {
  test('each kind, by its columns', () => {
    expect(detectDirectoryFileKind(MAPPING)).toBe('mapping');
    expect(detectDirectoryFileKind(LIST_SIZES)).toBe('listSize');
    expect(detectDirectoryFileKind(POPULATION)).toBe('population');
    expect(detectDirectoryFileKind(`\uFEFF${MAP_HEADER}`)).toBe('mapping');
    expect(detectDirectoryFileKind('name,age\nBob,3\n')).toBeNull();
    expect(detectDirectoryFileKind('')).toBeNull();
  });
});

describe('DirectoryFormatError: a precise message for each problem', () => {
  const MAP = 'practice-to-PCN mapping file (gp-reg-pat-prac-map)';
  const LIST = 'practice list-size file (gp-reg-pat-prac-all)';
  const POP = 'population by age file (gp-reg-pat-prac-sing-age-regions)';
  const parsers: Record<DirectoryFileKind, (text: string) => unknown> = {
    mapping: parseMappingCsv,
    listSize: parseListSizeCsv,
    population: parsePcnPopulationCsv,
  };
  const texts: Record<DirectoryFileKind, string> = { mapping: MAPPING, listSize: LIST_SIZES, population: POPULATION };
  const labels: Record<DirectoryFileKind, string> = { mapping: MAP, listSize: LIST, population: POP };

  test('labels match DIRECTORY_FILE_KINDS', () => {
    for (const kind of Object.keys(labels) as DirectoryFileKind[]) {
      const k = DIRECTORY_FILE_KINDS[kind];
      expect(labels[kind]).toBe(`${k.label} (${k.fileName})`);
    }
  });

  test.each([
    ['', 'empty'],
    ['\r\n \r\n', 'blank lines only'],
  ])('empty file (%j, %s)', (text) => {
    for (const kind of Object.keys(parsers) as DirectoryFileKind[]) {
      const e = errorOf(() => parsers[kind](text));
      expect(e.message).toBe(`The file is empty; expected the ${labels[kind]}.`);
      expect(e.expected).toBe(kind);
      expect(e.row).toBeNull();
    }
  });

  test('column names but no data rows', () => {
    expect(errorOf(() => parseMappingCsv(`${MAP_HEADER}\r\n`)).message).toBe(
      `The ${MAP} has its column names but no data rows.`,
    );
    expect(errorOf(() => parseListSizeCsv(`${LIST_LINES[0]}\r\n\r\n`)).message).toBe(
      `The ${LIST} has its column names but no data rows.`,
    );
    expect(errorOf(() => parsePcnPopulationCsv(POP_LINES[0] ?? '')).message).toBe(
      `The ${POP} has its column names but no data rows.`,
    );
  });

  test('a known file of another kind in the wrong place', () => {
    const kinds = Object.keys(parsers) as DirectoryFileKind[];
    for (const expected of kinds) {
      for (const given of kinds) {
        if (given === expected) continue;
        const e = errorOf(() => parsers[expected](texts[given]));
        expect(e.message).toBe(`This looks like the ${labels[given]}; choose the ${labels[expected]} here.`);
        expect(e.expected).toBe(expected);
        expect(e.detected).toBe(given);
      }
    }
  });

  test('one column missing', () => {
    const col = MAP_HEADER.split(',').indexOf('PCN_CODE');
    const text = lf(
      MAP_LINES.map((l) => {
        const f = l.replace(/"[^"]*"/g, 'Q').split(',');
        f.splice(col, 1);
        return f.join(',');
      }),
    );
    const e = errorOf(() => parseMappingCsv(text));
    expect(e.message).toBe(`This is not the ${MAP}: the column "PCN_CODE" is missing.`);
    expect(e.detected).toBeNull();
  });

  test('several columns missing', () => {
    const text = MAPPING.replace('PCN_NAME', 'PCN_TITLE').replace('ICB_NAME', 'ICB');
    expect(errorOf(() => parseMappingCsv(text)).message).toBe(
      `This is not the ${MAP}: the columns "PCN_NAME" and "ICB_NAME" are missing.`,
    );
    const text2 = LIST_SIZES.replace(',SEX,', ',GENDER,')
      .replace(',AGE,', ',AGE_BAND,')
      .replace('NUMBER_OF_PATIENTS', 'PATIENTS');
    expect(errorOf(() => parseListSizeCsv(text2)).message).toBe(
      `This is not the ${LIST}: the columns "SEX", "AGE" and "NUMBER_OF_PATIENTS" are missing.`,
    );
  });

  test('an unrelated CSV file', () => {
    expect(errorOf(() => parseMappingCsv('name,age\r\nBob,3\r\n')).message).toBe(
      `This is not the ${MAP}: none of its columns (EXTRACT_DATE, PRACTICE_CODE, PRACTICE_NAME, PRACTICE_POSTCODE, PCN_CODE, PCN_NAME, ICB_CODE, ICB_NAME) is in the first row.`,
    );
    // A mapping file saved without its column names.
    expect(errorOf(() => parseMappingCsv(lf(MAP_LINES.slice(1)))).message).toBe(
      `This is not the ${MAP}: none of its columns (EXTRACT_DATE, PRACTICE_CODE, PRACTICE_NAME, PRACTICE_POSTCODE, PCN_CODE, PCN_NAME, ICB_CODE, ICB_NAME) is in the first row.`,
    );
  });

  test('a spreadsheet workbook or other binary file', () => {
    const expected = `This is not a CSV file (it looks like a spreadsheet workbook or another binary file); choose the ${MAP}, saved as CSV.`;
    expect(errorOf(() => parseMappingCsv('PK\u0003\u0004\u0014\u0000\u0006\u0000')).message).toBe(expected);
    expect(errorOf(() => parseMappingCsv(`abc\u0000def`)).message).toBe(expected);
    expect(errorOf(() => parseMappingCsv('\uFFFD'.repeat(20))).message).toBe(expected);
  });

  test('invalid practice code', () => {
    const e = errorOf(() => parseMappingCsv(mappingWith(6, 'PRACTICE_CODE', 'ZZ')));
    expect(e.message).toBe('Row 6: practice code "ZZ" is not a valid code (a letter and five digits).');
    expect(e.row).toBe(6);
    expect(e.expected).toBe('mapping');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DirectoryFormatError');
    expect(errorOf(() => parseMappingCsv(mappingWith(3, 'PRACTICE_CODE', 'Z1000'))).message).toBe(
      'Row 3: practice code "Z1000" is not a valid code (a letter and five digits).',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(3, 'PRACTICE_CODE', ''))).message).toBe(
      'Row 3: the practice code is empty.',
    );
  });

  test('invalid PCN code', () => {
    expect(errorOf(() => parseMappingCsv(mappingWith(4, 'PCN_CODE', 'X1234'))).message).toBe(
      'Row 4: PCN code "X1234" is not a valid code ("U" and five digits).',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(4, 'PCN_CODE', 'U1234'))).message).toBe(
      'Row 4: PCN code "U1234" is not a valid code ("U" and five digits).',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(4, 'PCN_CODE', ' '))).message).toBe(
      'Row 4: the PCN code is empty.',
    );
  });

  test('empty required values', () => {
    expect(errorOf(() => parseMappingCsv(mappingWith(5, 'PRACTICE_NAME', ''))).message).toBe(
      'Row 5: the practice name is empty.',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(5, 'PCN_NAME', ''))).message).toBe(
      'Row 5: the PCN name is empty.',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(5, 'ICB_CODE', ''))).message).toBe(
      'Row 5: the ICB code is empty.',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(5, 'ICB_NAME', ''))).message).toBe(
      'Row 5: the ICB name is empty.',
    );
  });

  test('a practice listed twice', () => {
    expect(errorOf(() => parseMappingCsv(mappingWith(9, 'PRACTICE_CODE', 'Z10001'))).message).toBe(
      'Row 9: practice Z10001 is listed twice (also on row 3).',
    );
  });

  test('extract dates: mixed, invalid, empty', () => {
    const mixed = errorOf(() => parseMappingCsv(mappingWith(4, 'EXTRACT_DATE', '01Sep2026')));
    expect(mixed.message).toBe(
      'Row 4: the extract date is 01Sep2026 but row 2 has 01Aug2026; the file mixes extracts from different dates.',
    );
    expect(mixed.row).toBe(4);
    expect(errorOf(() => parseMappingCsv(mappingWith(2, 'EXTRACT_DATE', '31Feb2026'))).message).toBe(
      'Row 2: the extract date "31Feb2026" is not a date (expected, for example, 01Aug2026 or 2026-08-01).',
    );
    expect(errorOf(() => parseMappingCsv(mappingWith(3, 'EXTRACT_DATE', ''))).message).toBe(
      'Row 3: the extract date is empty.',
    );
    const listMixed = lf([...LIST_LINES, (LIST_LINES[1] ?? '').replace('2025-04-01', '2025-05-01')]);
    expect(errorOf(() => parseListSizeCsv(listMixed)).message).toBe(
      'Row 12: the extract date is 2025-05-01 but row 2 has 2025-04-01; the file mixes extracts from different dates.',
    );
    // The same date written another way is the same extract.
    const sameDay = mappingWith(4, 'EXTRACT_DATE', '2026-08-01');
    expect(parseMappingCsv(sameDay).extractDate).toBe('2026-08-01');
  });

  test('a row with the wrong number of values', () => {
    const lines = [...MAP_LINES];
    lines[2] = (lines[2] ?? '').replace(/,EMIS$/, '');
    const e = errorOf(() => parseMappingCsv(lf(lines)));
    expect(e.message).toBe('Row 3 has 16 values but the first row has 17 column names.');
    expect(e.row).toBe(3);
    const pop = [...POP_LINES];
    pop[5] = `${pop[5]},7`;
    expect(errorOf(() => parsePcnPopulationCsv(lf(pop))).message).toBe(
      'Row 6 has 9 values but the first row has 8 column names.',
    );
  });

  test('broken quoting', () => {
    const unclosed = mappingWith(11, 'PRACTICE_NAME', '"HALF QUOTED');
    expect(errorOf(() => parseMappingCsv(unclosed)).message).toBe(
      `Row 11: a value opens with a quote (") that is never closed; the ${MAP} cannot be read.`,
    );
    const trailing = mappingWith(3, 'PRACTICE_NAME', '"QUOTED" THEN MORE');
    const e = errorOf(() => parseMappingCsv(trailing));
    expect(e.message).toBe(
      `Row 3: a quoted value has more text after its closing quote ("); the ${MAP} cannot be read.`,
    );
    expect(e.row).toBe(3);
  });

  test('list-size file: bad numbers, no totals, a practice twice, a bad code', () => {
    const withValue = (v: string) => lf(LIST_LINES.map((l, i) => (i === 2 ? l.replace(/,\d+$/, `,${v}`) : l)));
    expect(errorOf(() => parseListSizeCsv(withValue('abc'))).message).toBe(
      'Row 3: the number of patients "abc" is not a whole number.',
    );
    expect(errorOf(() => parseListSizeCsv(withValue('-5'))).message).toBe(
      'Row 3: the number of patients "-5" is not a whole number.',
    );
    expect(errorOf(() => parseListSizeCsv(withValue('12.5'))).message).toBe(
      'Row 3: the number of patients "12.5" is not a whole number.',
    );
    expect(errorOf(() => parseListSizeCsv(withValue(''))).message).toBe('Row 3: the number of patients is empty.');
    const noTotals = lf(LIST_LINES.map((l, i) => (i === 0 ? l : l.replace(',ALL,ALL,', ',MALE,ALL,'))));
    expect(errorOf(() => parseListSizeCsv(noTotals)).message).toBe(
      `The ${LIST} has no practice totals (rows with TYPE "GP", SEX "ALL" and AGE "ALL").`,
    );
    expect(errorOf(() => parseListSizeCsv(lf([...LIST_LINES, LIST_LINES[1] ?? '']))).message).toBe(
      'Row 12: practice Z10001 has a second total (the first is on row 2).',
    );
    const badCode = lf(LIST_LINES.map((l, i) => (i === 4 ? l.replace('Z10004', 'ZZ') : l)));
    expect(errorOf(() => parseListSizeCsv(badCode)).message).toBe(
      'Row 5: practice code "ZZ" is not a valid code (a letter and five digits).',
    );
  });

  test('population file: no PCN totals, a bad code, a PCN twice, a bad number', () => {
    const noPcn = lf(POP_LINES.filter((l) => !l.includes(',PCN,')));
    expect(errorOf(() => parsePcnPopulationCsv(noPcn)).message).toBe(
      `The ${POP} has no PCN totals (rows with ORG_TYPE "PCN", SEX "ALL" and AGE "ALL").`,
    );
    const badCode = lf(POP_LINES.map((l) => l.replace(',PCN,U90003,', ',PCN,90003,')));
    expect(errorOf(() => parsePcnPopulationCsv(badCode)).message).toBe(
      'Row 14: PCN code "90003" is not a valid code ("U" and five digits).',
    );
    const twice = lf([...POP_LINES, 'GP_PRAC_PAT_LIST,2026-08-01,PCN,U90002,,ALL,ALL,1']);
    expect(errorOf(() => parsePcnPopulationCsv(twice)).message).toBe(
      'Row 18: PCN U90002 has a second total (the first is on row 12).',
    );
    const badNumber = lf(POP_LINES.map((l) => l.replace(',PCN,U90001,,ALL,ALL,15500', ',PCN,U90001,,ALL,ALL,15 500')));
    expect(errorOf(() => parsePcnPopulationCsv(badNumber)).message).toBe(
      'Row 9: the number of patients "15 500" is not a whole number.',
    );
  });
});

describe('parseExtractDate', () => {
  test.each([
    ['01Aug2026', '2026-08-01'],
    ['1AUG2026', '2026-08-01'],
    ['29Feb2024', '2024-02-29'],
    ['2025-04-01', '2025-04-01'],
    ['01/08/2026', '2026-08-01'],
    [' 01Aug2026 ', '2026-08-01'],
  ])('%s → %s', (input, iso) => {
    expect(parseExtractDate(input)).toBe(iso);
  });
  test.each([['29Feb2025'], ['31Apr2026'], ['01Foo2026'], ['2026-13-01'], ['2026-8-1'], ['August 2026'], ['']])(
    '%j is not a date',
    (input) => {
      expect(parseExtractDate(input)).toBeNull();
    },
  );
});

describe('readableName', () => {
  test.each([
    ['WEST NORWICH PCN', 'West Norwich PCN'],
    ['BARROW-IN-FURNESS', 'Barrow-in-Furness'],
    ['STANFORD-LE-HOPE PCN', 'Stanford-le-Hope PCN'],
    ['WESTON-SUPER-MARE', 'Weston-super-Mare'],
    ['CHORLTON-CUM-HARDY', 'Chorlton-cum-Hardy'],
    ['NEWCASTLE UPON TYNE', 'Newcastle upon Tyne'],
    ['CHESTER LE STREET PCN', 'Chester le Street PCN'],
    ['BRADFORD ON AVON & MELKSHAM PCN', 'Bradford on Avon & Melksham PCN'],
    ['ISLES OF SCILLY & SOUTH KERRIER PCN', 'Isles of Scilly & South Kerrier PCN'],
    ["ST JOHN'S WOOD & MAIDA VALE PCN", "St John's Wood & Maida Vale PCN"],
    ["ST. MARY'S SURGERY", "St. Mary's Surgery"],
    ["ST JAMES' SURGERY", "St James' Surgery"],
    ["O'CONNELL SURGERY", "O'Connell Surgery"],
    ["PEOPLE'S HEALTH PARTNERSHIP PCN", "People's Health Partnership PCN"],
    ['THE MOTE & WALLIS HEALTH PRIMARY CARE NETWORK', 'The Mote & Wallis Health Primary Care Network'],
    ['THE VALE PCN', 'The Vale PCN'],
    ['BROMLEY BY BOW AND STEPNEY HEALTH CIC PCN', 'Bromley by Bow and Stepney Health CIC PCN'],
    ['GP AT HAND PCN', 'GP at Hand PCN'],
    ['ACCLAIM NHS PCN', 'Acclaim NHS PCN'],
    ['SE SHROPSHIRE PCN', 'SE Shropshire PCN'],
    ['EAST MK PCN', 'East MK PCN'],
    ['CENTRAL & WEST (IW) PCN', 'Central & West (IW) PCN'],
    ['SWB URBAN HEALTH PCN', 'SWB Urban Health PCN'],
    ['4PCN (BNSSG) PCN', '4PCN (BNSSG) PCN'],
    ['CHESTERFIELD PMS PRACTICE', 'Chesterfield PMS Practice'],
    ['ABOUT BETTER CARE (ABC) PCN', 'About Better Care (ABC) PCN'],
    ['NORTH OXFORDSHIRE RURAL ALLIANCE (NORA) PCN', 'North Oxfordshire Rural Alliance (NORA) PCN'],
    ['SOUTH EAST OXFORD HEALTH ALLIANCE (SEOXHA) PCN', 'South East Oxford Health Alliance (SEOXHA) PCN'],
    ['FABB (FISHPONDS, AIR BALLOON & BEECHWOOD) PCN', 'FABB (Fishponds, Air Balloon & Beechwood) PCN'],
    ['CHOC (CONGLETON & HOLMES CHAPEL) PCN', 'CHOC (Congleton & Holmes Chapel) PCN'],
    ['HIPC (HOLISTIC PATIENT CENTRED CARE) PCN', 'HIPC (Holistic Patient Centred Care) PCN'],
    ['HASP PCN - HULL ASSOCIATION OF SIMILAR PRACTICES', 'HASP PCN - Hull Association of Similar Practices'],
    ['MODALITY (KEIGHLEY) PCN', 'Modality (Keighley) PCN'],
    ['NEXUS (DEVON) PCN', 'Nexus (Devon) PCN'],
    ['CARE COLLABORATIVE (REDHILL) PCN', 'Care Collaborative (Redhill) PCN'],
    ['CITY - THE OXFORD PRACTICES', 'City - The Oxford Practices'],
    ['(THE) OLD SURGERY', '(The) Old Surgery'],
    ['HARINGEY - N15/SOUTH EAST PCN', 'Haringey - N15/South East PCN'],
    ['HEALTH VILLAGE/DEARNE VALLEY PCN', 'Health Village/Dearne Valley PCN'],
    ['LS25/LS26 PCN', 'LS25/LS26 PCN'],
    ['CITY - OX3+ PCN', 'City - OX3+ PCN'],
    ['BARNET 1D PCN', 'Barnet 1D PCN'],
    ['A1 NETWORK PCN', 'A1 Network PCN'],
    ['SWB TOGETHER4HEALTHCARE PCN', 'SWB Together4Healthcare PCN'],
    ['THE 4TH FLOOR SURGERY', 'The 4th Floor Surgery'],
    ['KING EDWARD VII SURGERY', 'King Edward VII Surgery'],
    ['PHASE II MEDICAL CENTRE', 'Phase II Medical Centre'],
    ['DR A SMITH & PARTNERS', 'Dr A Smith & Partners'],
    ['DRS PATEL AND SHAH', 'Drs Patel and Shah'],
    ['BLACKBURN RD.MEDICAL CTR.', 'Blackburn Rd.Medical Ctr.'],
    ['THE G.P.SUITE', 'The G.P.Suite'],
    ['APEX PCN LTD', 'Apex PCN Ltd'],
    ['WELWYN GARDEN CITY A PCN', 'Welwyn Garden City A PCN'],
    ['WELL UP NORTH PCN', 'Well Up North PCN'],
    ['GO WEST PCN', 'Go West PCN'],
    ['AT MEDICS STREATHAM PCN', 'At Medics Streatham PCN'],
    ['H-BLACKLEY HARPURHEY & CHARLESTOWN PCN', 'H-Blackley Harpurhey & Charlestown PCN'],
    ['THE SURGERY @ AYLESTONE', 'The Surgery @ Aylestone'],
    ['FULWELL MEDICAL CENTRE,', 'Fulwell Medical Centre'],
    ['EASTGATE MEDICAL GROUP, HORNSEA', 'Eastgate Medical Group, Hornsea'],
    ['  KINGS   LYNN  PCN ', 'Kings Lynn PCN'],
    ['NHS Devon Integrated Care Board', 'NHS Devon Integrated Care Board'],
    ['Unallocated', 'Unallocated'],
    ['', ''],
  ])('%s → %s', (upper, readable) => {
    expect(readableName(upper)).toBe(readable);
  });
});

describe('searchPcns', () => {
  const pcn = (code: string, name: string): DirectoryPcn => ({
    code,
    name,
    icbs: [],
    practiceCodes: [],
    population: null,
  });
  const PCNS: DirectoryPcn[] = [
    pcn('U10001', 'WEST NORWICH PCN'),
    pcn('U10002', 'NORWICH EAST PCN'),
    pcn('U10003', 'CENTRAL NORWICH PCN'),
    pcn('U10004', 'NORTHWICH PCN'),
    pcn('U41591', 'COAST AND COUNTRY PCN'),
    pcn('U41592', "ST JOHN'S WOOD & MAIDA VALE PCN"),
    pcn('U20000', 'U415 GROUP PCN'),
    pcn('U30002', 'GRAND UNION PCN'),
    pcn('U30001', 'GRAND UNION PCN'),
    pcn('U50000', 'BARROW-IN-FURNESS NORTH PCN'),
    pcn('U60000', 'KIRKHAM & WESHAM'),
    pcn('U', 'Unallocated'),
  ];
  const codes = (query: string, limit?: number) => searchPcns(PCNS, query, limit).map((x) => x.code);

  test('name start, then a word start, then substring; ties by name', () => {
    expect(codes('norwich')).toEqual(['U10002', 'U10003', 'U10001']);
    expect(codes('wich')).toEqual(['U10003', 'U10004', 'U10002', 'U10001']);
  });

  test('multiple words must each match, in any order; punctuation and case ignored', () => {
    expect(codes('norwich west')).toEqual(['U10001']);
    expect(codes('maida st')).toEqual(['U41592']);
    expect(codes('st johns')).toEqual(['U41592']);
    expect(codes("St John's Wood")).toEqual(['U41592']);
    expect(codes('ST. JOHNS')).toEqual(['U41592']);
    expect(codes('Barrow-in-Furness')).toEqual(['U50000']);
    expect(codes('barrow in furness')).toEqual(['U50000']);
    expect(codes('coast & country')).toEqual(['U41591']);
    expect(codes('and country')).toEqual(['U41591']);
    expect(codes('norwich south')).toEqual([]);
  });

  test('"PCN" in the query is optional', () => {
    expect(codes('west norwich pcn')).toEqual(['U10001']);
    expect(codes('kirkham pcn')).toEqual(['U60000']);
    expect(codes('PCN', 3)).toEqual(['U50000', 'U10003', 'U41591']);
  });

  test('by code: exact, then prefix, then names', () => {
    expect(codes('U41591')).toEqual(['U41591']);
    expect(codes(' u41591 ')).toEqual(['U41591']);
    expect(codes('u415')).toEqual(['U41591', 'U41592', 'U20000']);
    expect(codes('U4159')).toEqual(['U41591', 'U41592']);
    expect(codes('U99999')).toEqual([]);
  });

  test('duplicate names come in code order', () => {
    expect(codes('grand union')).toEqual(['U30001', 'U30002']);
  });

  test('never the pseudo-PCN; empty query finds nothing; limit applies', () => {
    expect(codes('unallocated')).toEqual([]);
    expect(codes('U')).not.toContain('U');
    expect(codes('')).toEqual([]);
    expect(codes('  ')).toEqual([]);
    expect(codes('norwich', 2)).toEqual(['U10002', 'U10003']);
    expect(codes('norwich', 0)).toEqual([]);
  });

  test('an index built once gives the same answers', () => {
    const index = buildSearchIndex(PCNS);
    expect(index.entries).toHaveLength(11);
    for (const q of ['norwich', 'u415', 'st johns', 'wich']) {
      expect(searchIndex(index, q).map((x) => x.code)).toEqual(codes(q));
    }
  });
});

describe('searching by a member practice', () => {
  const pcn = (code: string, name: string): DirectoryPcn => ({
    code,
    name,
    icbs: [],
    practiceCodes: [],
    population: null,
  });
  const PCNS: DirectoryPcn[] = [
    pcn('U31269', 'WEST LEEDS PCN'),
    pcn('U31270', 'HILL TOP PCN'),
    pcn('U40000', 'SEAVIEW PCN'),
    pcn('U', 'Unallocated'),
  ];
  const PRACTICES: PracticeForSearch[] = [
    { code: 'B86011', name: 'HILLFOOT SURGERY', pcnCode: 'U31269' },
    { code: 'B86012', name: 'PRIORY VIEW MEDICAL CENTRE', pcnCode: 'U31269' },
    { code: 'B86099', name: 'HILLSIDE PRACTICE', pcnCode: 'U40000' },
    { code: 'C12345', name: 'THE SEAVIEW SURGERY', pcnCode: 'U40000' },
    { code: 'Y09999', name: 'HILLFOOT ANNEXE', pcnCode: 'U' },
    { code: 'Y08888', name: 'ORPHAN SURGERY', pcnCode: 'U99999' },
  ];
  const index = buildSearchIndex(PCNS, PRACTICES);
  const hits = (query: string, limit?: number) =>
    searchDirectory(index, query, limit).map((h) => `${h.pcn.code}${h.practice ? ` via ${h.practice.code}` : ''}`);

  test('an exact practice code finds its PCN and says which practice matched', () => {
    expect(hits('B86011')).toEqual(['U31269 via B86011']);
    expect(hits(' b86011 ')).toEqual(['U31269 via B86011']);
    expect(searchDirectory(index, 'B86011')[0]?.practice).toEqual({ code: 'B86011', name: 'HILLFOOT SURGERY' });
  });

  test('the start of a practice code finds each PCN once, in practice name order', () => {
    expect(hits('b860')).toEqual(['U31269 via B86011', 'U40000 via B86099']);
    expect(hits('B8')).toEqual([]);
  });

  test('a practice name finds its PCN, after PCNs found by their own name', () => {
    expect(hits('hillfoot')).toEqual(['U31269 via B86011']);
    expect(hits('priory view')).toEqual(['U31269 via B86012']);
    expect(hits('hill')).toEqual(['U31270', 'U31269 via B86011', 'U40000 via B86099']);
    expect(hits('seaview')).toEqual(['U40000']);
    expect(hits('surgery', 1)).toEqual(['U31269 via B86011']);
  });

  test('practices outside a real PCN are never a way in', () => {
    expect(hits('Y09999')).toEqual([]);
    expect(hits('annexe')).toEqual([]);
    expect(hits('orphan')).toEqual([]);
  });

  test('without practices the search is by PCN only, as before', () => {
    expect(searchDirectory(buildSearchIndex(PCNS), 'B86011')).toEqual([]);
    expect(searchIndex(index, 'hill').map((p) => p.code)).toEqual(['U31270', 'U31269', 'U40000']);
  });
});

describe('codes and attribution', () => {
  test('isPcnCode', () => {
    expect(isPcnCode('U41591')).toBe(true);
    expect(isPcnCode('U00000')).toBe(true);
    for (const s of ['U', 'u41591', 'U4159', 'U415910', ' U41591', 'X41591']) expect(isPcnCode(s)).toBe(false);
  });
  test('isPracticeCode', () => {
    expect(isPracticeCode('A81001')).toBe(true);
    expect(isPracticeCode('Y01127')).toBe(true);
    for (const s of ['ZZ', 'a81001', 'A8100', 'A810011', 'AB1001', '181001']) expect(isPracticeCode(s)).toBe(false);
  });
  test('OGL attribution', () => {
    expect(OGL_ATTRIBUTION).toBe(
      'Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England, Patients Registered at a GP Practice).',
    );
  });
});
