import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deps } from '../electron/deps';
import { writeFileAtomically } from '../electron/files';
import { EXAMPLE_ASSESSMENT_ID } from '../shared/example';
import { call, testDeps } from './support/deps';
import { tempDir } from './support/temp';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('pdftotext is required under CI (install poppler-utils).');
    console.log('Skipping PDF text checks: pdftotext is not installed (poppler-utils).');
    return false;
  }
})();

/** Dependencies whose file dialogs answer with the given paths, as the user would. */
function withDialogs(deps: Deps, answers: { open?: string[][]; save?: (string | null)[] }): Deps {
  const open = [...(answers.open ?? [])];
  const save = [...(answers.save ?? [])];
  return {
    ...deps,
    dialogs: {
      chooseFilesToOpen: async () => open.shift() ?? [],
      chooseFileToSave: async () => save.shift() ?? null,
    },
  };
}

function count(deps: Deps, table: string): number {
  return (deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the worked example', () => {
  it('loads in one call, and loading it again does not duplicate it', async () => {
    const deps = await testDeps();
    const first = await call(deps, 'loadExample', undefined);
    expect(first).toMatchObject({ ok: true, value: { id: EXAMPLE_ASSESSMENT_ID, answered: 36, questionCount: 36 } });
    await call(deps, 'loadExample', undefined);
    expect(count(deps, 'assessment')).toBe(1);
    expect(count(deps, 'action')).toBe(30);
    expect(count(deps, 'participant')).toBe(8);
  });
});

describe('exports', () => {
  it('writes all four formats where the user chose, and nothing when they cancel', async () => {
    const dir = tempDir();
    const targets = ['plan.pdf', 'actions.csv', 'plan.html', 'assessment.json'].map((f) => path.join(dir, f));
    const deps = withDialogs(await testDeps(), { save: [...targets, null] });
    await call(deps, 'loadExample', undefined);
    const formats = ['pdf', 'csv', 'html', 'assessment'] as const;
    for (const [i, format] of formats.entries()) {
      const result = await call(deps, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format });
      expect(result).toEqual({
        ok: true,
        value: { fileName: path.basename(targets[i] as string), bytes: fs.statSync(targets[i] as string).size },
      });
    }
    expect(await call(deps, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'pdf' })).toEqual({
      ok: true,
      value: null,
    });
    expect(fs.readdirSync(dir).sort()).toEqual(['actions.csv', 'assessment.json', 'plan.html', 'plan.pdf']);
    expect(fs.readFileSync(targets[1] as string, 'utf8').startsWith('\uFEFF')).toBe(true);
    if (hasPoppler) {
      const text = execFileSync('pdftotext', ['-layout', targets[0] as string, '-'], { encoding: 'utf8' });
      expect(text).toContain('Riverside Vale PCN (fictional example)');
      expect(text).toContain('Zoë O\u2019Brien\u2013Smith');
    }
  });

  it('round trip: export, import into a fresh database, export again gives the same content', async () => {
    const dir = tempDir();
    const a = withDialogs(await testDeps(), { save: [path.join(dir, 'one.json')] });
    await call(a, 'loadExample', undefined);
    await call(a, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'assessment' });

    const b = withDialogs(await testDeps(), {
      open: [[path.join(dir, 'one.json')]],
      save: [path.join(dir, 'two.json')],
    });
    const imported = await call(b, 'importAssessmentFile', undefined);
    expect(imported).toMatchObject({ ok: true, value: { outcome: 'imported', fileName: 'one.json' } });
    await call(b, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'assessment' });

    const strip = (file: string) => {
      const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      json.exportedAt = undefined;
      json.assessment.updatedAt = undefined;
      return json;
    };
    expect(strip('two.json')).toEqual(strip('one.json'));
  });

  it('leaves no partial file behind when the disk fills up mid-write', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'plan.pdf');
    fs.writeFileSync(target, 'the previous export');
    const realOpen = fsp.open;
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      handle.writeFile = async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });
    await expect(writeFileAtomically(target, 'new content')).rejects.toMatchObject({
      code: 'disk-full',
      message:
        'plan.pdf was not saved: the disk is full. No partial file was left behind. Free some space, then try again.',
    });
    expect(fs.readdirSync(dir)).toEqual(['plan.pdf']);
    expect(fs.readFileSync(target, 'utf8')).toBe('the previous export');
  });
});

describe('importing assessment files', () => {
  async function exampleFile(dir: string): Promise<string> {
    const deps = withDialogs(await testDeps(), { save: [path.join(dir, 'example.json')] });
    await call(deps, 'loadExample', undefined);
    await call(deps, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'assessment' });
    return path.join(dir, 'example.json');
  }

  it('asks before touching an assessment that is already here, then copies or replaces as told', async () => {
    const dir = tempDir();
    const file = await exampleFile(dir);
    const deps = withDialogs(await testDeps(), { open: [[file], [file], [file]] });
    await call(deps, 'loadExample', undefined);
    deps.db.prepare("UPDATE assessment SET pcn_name = 'Edited here' WHERE id = ?").run(EXAMPLE_ASSESSMENT_ID);
    const backups: string[] = [];
    const withBackup = { ...deps, backup: async (reason: string) => void backups.push(reason) };

    const asked = await call(withBackup, 'importAssessmentFile', undefined);
    if (!asked.ok || asked.value?.outcome !== 'exists') throw new Error('expected a question');
    expect(count(deps, 'assessment')).toBe(1);
    expect(await call(withBackup, 'resolveImport', { token: asked.value.token, choice: 'cancel' })).toEqual({
      ok: true,
      value: null,
    });
    expect(count(deps, 'assessment')).toBe(1);

    const again = await call(withBackup, 'importAssessmentFile', undefined);
    if (!again.ok || again.value?.outcome !== 'exists') throw new Error('expected a question');
    const copy = await call(withBackup, 'resolveImport', { token: again.value.token, choice: 'copy' });
    expect(copy.ok && copy.value?.id).not.toBe(EXAMPLE_ASSESSMENT_ID);
    expect(count(deps, 'assessment')).toBe(2);
    expect(count(deps, 'action')).toBe(60);
    expect(backups).toEqual([]);

    const third = await call(withBackup, 'importAssessmentFile', undefined);
    if (!third.ok || third.value?.outcome !== 'exists') throw new Error('expected a question');
    await call(withBackup, 'resolveImport', { token: third.value.token, choice: 'replace' });
    expect(backups).toEqual(['before-import-replace']);
    expect(count(deps, 'assessment')).toBe(2);
    const name = deps.db.prepare('SELECT pcn_name FROM assessment WHERE id = ?').get(EXAMPLE_ASSESSMENT_ID);
    expect(name).toEqual({ pcn_name: 'Riverside Vale PCN (fictional example)' });
  });

  it('rejects bad files with a precise message and writes nothing', async () => {
    const dir = tempDir();
    const good = fs.readFileSync(await exampleFile(dir), 'utf8');
    const corpus: [string, string | Buffer, RegExp][] = [
      ['truncated.json', good.slice(0, 2000), /^truncated\.json: This file is not a valid assessment file/],
      ['empty.json', '', /^empty\.json: /],
      [
        'wrong-version.json',
        good.replace('"formatVersion": 5', '"formatVersion": 6'),
        /newer version of Neighbourhood Ready/,
      ],
      ['hostile.json', good.replace('"format":', '"__proto__": { "polluted": true },\n  "format":'), /__proto__/],
      ['wrong-type.json', good.replace(/"current": \d/, '"current": "3"'), /current/],
      ['not-ours.json', '{"hello": "world"}', /This is not a Neighbourhood Ready assessment file\./],
      ['huge.json', Buffer.alloc(6 * 1024 * 1024, 32), /^huge\.json: .*Nothing was imported\.$/],
    ];
    const deps = await testDeps();
    for (const [name, content, message] of corpus) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const result = await call(withDialogs(deps, { open: [[file]] }), 'importAssessmentFile', undefined);
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code, name).toBe('invalid-input');
        expect(result.error.message, name).toMatch(message);
        expect(result.error.message, name).toMatch(/Nothing was imported\.$/);
      }
    }
    expect(count(deps, 'assessment')).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the command-line report', () => {
  it('renders an assessment file to PDF, CSV and HTML, and refuses a bad file', async () => {
    const dir = tempDir();
    const file = await exampleFile2(dir);
    const run = (args: string[]) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', path.resolve(import.meta.dirname, '../electron/report-cli.ts'), ...args],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    run([file, '--pdf', path.join(dir, 'o.pdf'), '--csv', path.join(dir, 'o.csv'), '--html', path.join(dir, 'o.html')]);
    expect(fs.existsSync(path.join(dir, 'o.pdf')) && fs.existsSync(path.join(dir, 'o.csv'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'o.html'), 'utf8')).toContain('Riverside Vale PCN');
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format": "something-else"}');
    expect(() => run([path.join(dir, 'bad.json'), '--pdf', path.join(dir, 'x.pdf')])).toThrow(
      /This is not a Neighbourhood Ready assessment file/,
    );
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  async function exampleFile2(dir: string): Promise<string> {
    const deps = withDialogs(await testDeps(), { save: [path.join(dir, 'example.json')] });
    await call(deps, 'loadExample', undefined);
    await call(deps, 'exportPlan', { assessmentId: EXAMPLE_ASSESSMENT_ID, format: 'assessment' });
    return path.join(dir, 'example.json');
  }
});
