/**
 * electron-builder.yml as electron-builder itself reads it: loaded and validated by its own code
 * (app-builder-lib's loader, ajv validator and scheme.json), then the security-relevant settings
 * pinned exactly. The last test packages the app for Linux with a stand-in Electron binary (the
 * real one cannot be downloaded here) and checks what electron-builder actually produced: the
 * fuses written into the binary, the files inside app.asar, the unpacked native addon.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { Arch, build, type Configuration, Platform } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The fuse settings the app ships with; every one is a deliberate security or launch decision. */
const FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
  resetAdHocDarwinSignature: true,
};

// electron-builder logs "loaded configuration" on each load; the result is plain data.
async function loadConfig(): Promise<Configuration> {
  return getConfig(ROOT, null, null);
}

const quietLogger = { isEnabled: false } as Parameters<typeof validateConfiguration>[1];

describe('electron-builder.yml, loaded and validated by electron-builder', () => {
  it('is the configuration electron-builder uses (package.json has no "build" key to shadow it)', async () => {
    expect(pkg).not.toHaveProperty('build');
    const config = await loadConfig();
    expect(config.appId).toBe('org.neighbourhoodready.app');
    expect(config.productName).toBe('Neighbourhood Ready');
    expect(config.productName).toBe(pkg.productName);
  });

  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(await loadConfig(), quietLogger)).resolves.toBeUndefined();
  });

  it('the validator is live: a misspelt fuse or a non-boolean fuse value is rejected', async () => {
    // Start from the real configuration, so that only the one broken setting can be to blame.
    const withFuses = async (fuses: Record<string, unknown>): Promise<Configuration> => {
      const config = await loadConfig();
      return { ...config, electronFuses: { ...config.electronFuses, ...fuses } } as Configuration;
    };
    await expect(validateConfiguration(await withFuses({}), quietLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration(await withFuses({ runAsNod: false }), quietLogger)).rejects.toThrow(
      /configuration\.electronFuses/,
    );
    await expect(validateConfiguration(await withFuses({ runAsNode: 'no' }), quietLogger)).rejects.toThrow(
      /configuration\.electronFuses/,
    );
  });
});

describe('security and packaging settings', () => {
  it('sets every Electron fuse exactly', async () => {
    expect((await loadConfig()).electronFuses).toStrictEqual(FUSES);
  });

  it('ships better-sqlite3 prebuilt and unpacked from asar, never rebuilt', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toStrictEqual(['node_modules/better-sqlite3/**']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('never publishes or writes an update feed', async () => {
    const config = await loadConfig();
    expect(config).toHaveProperty('publish', null);
    for (const key of ['win', 'mac', 'linux', 'nsis', 'portable', 'dmg', 'appImage', 'deb'] as const) {
      expect(Object.keys(config[key] ?? {}), key).not.toContain('publish');
    }
  });

  it('packs only built output and package.json, no sources or source maps', async () => {
    const [fileSet, ...others] = (await loadConfig()).files as Array<{ filter: string[] }>;
    expect(others).toStrictEqual([]);
    const patterns = fileSet?.filter ?? [];
    const includes = patterns.filter((p) => !p.startsWith('!'));
    expect(includes).toStrictEqual(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']);
    expect(patterns).toContain('!**/*.map');
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('leaves file selection to the top level: no platform or target block overrides it', async () => {
    // A platform-level `files` list (even one "!" pattern) makes electron-builder start that
    // platform's selection from "**/*", which packs every source file into app.asar.
    const config = (await loadConfig()) as Record<string, object | undefined>;
    for (const key of ['win', 'mac', 'linux', 'nsis', 'portable', 'dmg', 'appImage', 'deb']) {
      for (const option of ['files', 'asar', 'asarUnpack', 'extraFiles', 'extraResources']) {
        expect(Object.keys(config[key] ?? {}), `${key}.${option}`).not.toContain(option);
      }
    }
  });

  it('Windows: per-user installer without elevation, x64 and arm64, plus a portable x64 exe', async () => {
    const config = await loadConfig();
    expect(config.win?.target).toStrictEqual([
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      packElevateHelper: false,
      deleteAppDataOnUninstall: false,
    });
    expect(config.portable?.requestExecutionLevel).toBe('user');
    const setupName = config.nsis?.artifactName ?? '';
    const portableName = config.portable?.artifactName ?? '';
    expect(setupName).toMatch(/setup/);
    expect(portableName).toMatch(/portable/);
    expect(setupName).not.toBe(portableName);
  });

  it('macOS: dmg for Intel and Apple silicon', async () => {
    const config = await loadConfig();
    expect(config.mac?.target).toStrictEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.category).toBe('public.app-category.business');
  });

  it('Linux: AppImage and deb for x64', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toStrictEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux?.category).toBe('Office');
  });

  it('has a 1024 × 1024 PNG icon, from which electron-builder derives .ico and .icns', async () => {
    const config = await loadConfig();
    expect(config.directories).toStrictEqual({ output: 'release', buildResources: 'assets' });
    expect(config.icon).toBe('assets/icon.png');
    const png = fs.readFileSync(path.join(ROOT, config.icon as string));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toStrictEqual([1024, 1024]);
  });
});

describe('package.json, as electron-builder reads it', () => {
  it('declares only runtime dependencies: everything else is bundled by esbuild and vite', () => {
    // electron-builder copies every "dependencies" entry (and its dependencies) into app.asar.
    expect(Object.keys(pkg.dependencies ?? {})).toStrictEqual(['better-sqlite3']);
  });
});

// --- Packaging for real, with a stand-in Electron ------------------------------------------------

// The fuse wire format of @electron/fuses: a sentinel, a version byte, a length byte, then one
// byte per fuse ('0' disabled, '1' enabled) in this order.
const SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
// Electron's own defaults, so that every fuse the config sets must actually be flipped.
const ELECTRON_DEFAULT_WIRE = '10110001';
const ELECTRON_VERSION: string = pkg.devDependencies.electron;

/** A directory shaped like an unpacked Linux Electron, whose binary carries a fuse wire. */
function standInElectron(dir: string): string {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1');
  const binary = Buffer.concat([Buffer.from('stand-in electron\n'), SENTINEL, Buffer.from([1, wire.length]), wire]);
  fs.writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  for (const locale of ['en-GB', 'en-US', 'fr', 'de']) fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT');
  fs.writeFileSync(path.join(dir, 'version'), ELECTRON_VERSION);
  return dir;
}

function readFuseWire(binaryPath: string): string {
  const binary = fs.readFileSync(binaryPath);
  const at = binary.indexOf(SENTINEL);
  expect(at).toBeGreaterThanOrEqual(0);
  const length = binary[at + SENTINEL.length + 1] ?? 0;
  return binary.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + length).toString('latin1');
}

type AsarEntry = { files?: Record<string, AsarEntry>; unpacked?: boolean };

/** Every file in an asar archive, with whether it lives in app.asar.unpacked. */
function listAsar(asarPath: string): Map<string, boolean> {
  // Header: [4][header size] then a pickle: [payload size][string length][JSON].
  const fd = fs.openSync(asarPath, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    const json = Buffer.alloc(head.readUInt32LE(12));
    fs.readSync(fd, json, 0, json.length, 16);
    const result = new Map<string, boolean>();
    const walk = (entry: AsarEntry, prefix: string) => {
      for (const [name, child] of Object.entries(entry.files ?? {})) {
        if (child.files) walk(child, `${prefix}${name}/`);
        else result.set(`${prefix}${name}`, child.unpacked === true);
      }
    };
    walk(JSON.parse(json.toString('utf8')), '');
    return result;
  } finally {
    fs.closeSync(fd);
  }
}

describe('a Linux package built by electron-builder from this configuration', () => {
  it('has the fuses flipped, only built output in app.asar and better-sqlite3 unpacked', async () => {
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      if (!fs.existsSync(path.join(ROOT, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
      }
    }
    const output = tempDir('nr-package-');
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        directories: { output },
        electronDist: standInElectron(path.join(output, 'electron-dist')),
        electronVersion: ELECTRON_VERSION,
      },
    });
    const appDir = path.join(output, 'linux-unpacked');

    const wire = readFuseWire(path.join(appDir, 'neighbourhood-ready'));
    const expected = FUSE_ORDER.map((fuse) => (FUSES[fuse] ? '1' : '0')).join('');
    expect(expected).toBe('01001100');
    expect(wire).toBe(expected);

    const files = listAsar(path.join(appDir, 'resources', 'app.asar'));
    const names = [...files.keys()];
    const appFiles = names.filter((f) => !f.startsWith('node_modules/'));
    expect(appFiles).toContain('dist/electron/main.cjs');
    expect(appFiles).toContain('dist/electron/preload.cjs');
    expect(appFiles).toContain('dist/renderer/index.html');
    expect(appFiles).toContain('package.json');
    expect(appFiles.filter((f) => f !== 'package.json' && !f.startsWith('dist/'))).toStrictEqual([]);
    expect(names.filter((f) => f.endsWith('.map'))).toStrictEqual([]);

    const modules = new Set(names.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...modules]).toStrictEqual(['better-sqlite3']);
    const sqlite = names.filter((f) => f.startsWith('node_modules/better-sqlite3/'));
    expect(sqlite.filter((f) => files.get(f) !== true)).toStrictEqual([]);
    expect(sqlite.filter((f) => /\/(src|deps|build)\//.test(f))).toStrictEqual([]);
    // All platforms' prebuilt binaries are kept: a platform-level `files` list to trim them would
    // replace the top-level selection (see above), and each binary is only about 2 MB.
    const prebuilds = sqlite.filter((f) => f.includes('/prebuilds/')).map((f) => path.basename(f));
    const shipped = fs.readdirSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds'));
    expect(prebuilds.sort()).toStrictEqual(shipped.sort());
    expect(prebuilds).toContain('win32-x64.node');
    const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(fs.existsSync(path.join(unpacked, 'prebuilds', 'linux-x64.node'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'lib', 'index.js'))).toBe(true);

    expect(fs.readdirSync(path.join(appDir, 'locales')).sort()).toStrictEqual(['en-GB.pak', 'en-US.pak']);
    expect(fs.existsSync(path.join(appDir, 'resources', 'app-update.yml'))).toBe(false);
    expect(fs.readFileSync(path.join(appDir, 'resources', 'LICENCES.md'), 'utf8')).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0',
    );
  }, 240_000);
});
