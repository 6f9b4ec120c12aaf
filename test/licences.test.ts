import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLicences } from '../renderer/src/licences';

const LICENCES = fs.readFileSync(path.resolve(import.meta.dirname, '../assets/LICENCES.md'), 'utf8');

describe('the licence notices shown on the About screen', () => {
  const blocks = parseLicences(LICENCES);

  it('keeps every heading of assets/LICENCES.md, at its level', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.text}`)).toEqual([
      '1 Licences and attributions',
      '2 NHS England data',
      '2 DejaVu fonts',
      '3 Bitstream Vera Fonts Copyright',
      '3 Arev Fonts Copyright',
      '2 Noto Sans SC and Noto Sans KR fonts',
      '3 SIL Open Font License',
      '2 Software',
      '3 MIT Licence',
    ]);
  });

  it('keeps the OGL attribution, the DejaVu notice, the licence texts and the library table', () => {
    const text = (kind: string) => blocks.flatMap((b) => (b.kind === kind && 'text' in b ? [b.text] : []));
    expect(text('paragraph')).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England, Patients Registered at a GP Practice).',
    );
    expect(text('paragraph')).toContain(
      'Open Government Licence v3.0: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    );
    expect(text('quote')).toEqual([
      'Fonts are (c) Bitstream (see below). DejaVu changes are in public domain.\nGlyphs imported from Arev fonts are (c) Tavmjong Bah (see below)',
      "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'",
    ]);
    const licenceTexts = text('text');
    expect(licenceTexts.map((t) => t.split('\n')[0])).toEqual([
      'Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved. Bitstream Vera is',
      'Copyright (c) 2006 by Tavmjong Bah. All Rights Reserved.',
      'SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007',
      'Permission is hereby granted, free of charge, to any person obtaining a copy',
    ]);
    // Fenced text is kept line for line (the licence wording must not be reflowed).
    expect(licenceTexts[3]?.split('\n')).toHaveLength(17);

    const table = blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ header: ['Library', 'Version', 'Licence', 'Copyright'] });
    const rows = table?.kind === 'table' ? table.rows : [];
    // Every row of the file's table (its lines starting with "|", less the header and the rule).
    expect(rows).toHaveLength(LICENCES.split('\n').filter((line) => line.startsWith('|')).length - 2);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows[0]).toEqual(['better-sqlite3', '13.2.0', 'MIT', '(c) 2017 Joshua Wise']);
    expect(rows.map((r) => r[0])).toContain('jsPDF');
    expect(rows.every((r) => r.length === 4)).toBe(true);
  });

  it('shows links as text with their address, so nothing opens from here', () => {
    expect(parseLicences('See [Electron](https://www.electronjs.org/) and <https://example.org/x>.')).toEqual([
      { kind: 'paragraph', text: 'See Electron (https://www.electronjs.org/) and https://example.org/x.' },
    ]);
  });
});
