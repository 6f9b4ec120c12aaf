/**
 * The main process's wiring: electron/window.ts, electron/main.ts and the preload, with
 * vi.mock('electron') standing in only for Electron's own objects (app, BrowserWindow, session,
 * protocol, shell, clipboard, ipcMain, dialog, contextBridge, ipcRenderer). Everything else is
 * the real code, and main.ts opens a real SQLite file in a temporary user-data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/security';
import {
  aboutPanelOptions,
  appFileHandler,
  createMainWindow,
  focusWindow,
  lockDown,
  productionMenu,
} from '../electron/window';
import { CHANNEL_NAMES, ipcChannelName } from '../shared/channels';
import { tempDir } from './support/temp';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class BrowserWindow extends Emitter {
    static instances: BrowserWindow[] = [];
    minimized = false;
    loadURL = vi.fn(async (_url: string) => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => this.minimized);
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
    }
  }
  class WebContents extends Emitter {
    setWindowOpenHandler = vi.fn();
  }
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((_name: string) => ''),
    getVersion: vi.fn(() => '0.1.0'),
    setAboutPanelOptions: vi.fn(),
    isPackaged: true,
  });
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return {
    Emitter,
    BrowserWindow,
    WebContents,
    module: {
      app,
      BrowserWindow,
      session: { defaultSession },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
        setApplicationMenu: vi.fn(),
      },
      shell: { openExternal: vi.fn(async (_url: string) => {}), openPath: vi.fn(async (_path: string) => '') },
      clipboard: { writeText: vi.fn() },
      ipcMain: { handle: vi.fn() },
      dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })), on: vi.fn() },
    },
  };
});

vi.mock('electron', () => electron.module);

const { app, session, protocol, shell, ipcMain, contextBridge, ipcRenderer, Menu } = electron.module;
const ses = session.defaultSession;

function mockCall<T>(fn: { mock: { calls: unknown[][] } }, index = 0): T {
  const call = fn.mock.calls[index];
  if (!call) throw new Error('the mock was not called');
  return call as T;
}

beforeEach(() => {
  vi.clearAllMocks();
  app.isPackaged = true;
  app.listeners.clear();
  electron.BrowserWindow.instances.length = 0;
});

describe('the app window', () => {
  it('is created isolated, sandboxed, without Node, and loads the app page', () => {
    const window = createMainWindow(electron.BrowserWindow as never, '/opt/app/dist/electron/preload.cjs', true);
    const [created] = electron.BrowserWindow.instances;
    expect(created).toBe(window);
    expect(created?.options).toEqual({
      width: 1280,
      height: 860,
      minWidth: 800,
      minHeight: 600,
      title: 'Neighbourhood Ready',
      backgroundColor: '#f0f4f5',
      show: false,
      webPreferences: {
        preload: '/opt/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: true,
        devTools: false,
      },
    });
    expect(created?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(created?.show).not.toHaveBeenCalled();
    created?.emit('ready-to-show');
    expect(created?.show).toHaveBeenCalledTimes(1);
  });

  it('case 10: a production (packaged) build has no developer tools; a development build keeps them', () => {
    createMainWindow(electron.BrowserWindow as never, 'preload.cjs', true);
    createMainWindow(electron.BrowserWindow as never, 'preload.cjs', false);
    const [packaged, development] = electron.BrowserWindow.instances;
    expect(packaged?.options.webPreferences).toMatchObject({ devTools: false });
    expect(development?.options.webPreferences).toMatchObject({ devTools: true });
  });

  it('case 10: the production menu is Edit (copy and paste) and Help → About only: no reload, no developer tools', () => {
    const roles = (items: MenuItemConstructorOptions[]): string[] =>
      items.flatMap((item) => [
        ...(item.role ? [item.role] : []),
        ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
      ]);
    const windows = productionMenu('win32');
    expect(windows.map((m) => m.label ?? m.role)).toEqual(['Edit', 'help']);
    expect(roles(windows)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'help', 'about']);
    const mac = productionMenu('darwin');
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['Neighbourhood Ready', 'Edit', 'windowMenu', 'help']);
    for (const menu of [windows, mac, productionMenu('linux')]) {
      expect(roles(menu)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/reload|forceReload|toggleDevTools|viewMenu|fileMenu/)]),
      );
      expect(JSON.stringify(menu)).not.toMatch(/accelerator/);
    }
  });

  it('brings the first window forward, restoring it when minimised', () => {
    const window = { isMinimized: vi.fn(() => true), restore: vi.fn(), focus: vi.fn() };
    focusWindow(window);
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    window.isMinimized.mockReturnValue(false);
    focusWindow(window);
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(2);
    expect(() => focusWindow(null)).not.toThrow();
  });
});

describe('lockDown: permissions, requests, navigation, windows and webviews', () => {
  function lockedContents() {
    lockDown(app as never, ses as never, shell);
    const contents = new electron.WebContents();
    app.emit('web-contents-created', {}, contents);
    return contents;
  }
  const event = () => ({ preventDefault: vi.fn() });

  it('denies every permission request and check', () => {
    lockDown(app as never, ses as never, shell);
    const [requestHandler] = mockCall<[(c: unknown, p: string, cb: (ok: boolean) => void) => void]>(
      ses.setPermissionRequestHandler,
    );
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
      'openExternal',
    ]) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const [checkHandler] = mockCall<[(c: unknown, p: string) => boolean]>(ses.setPermissionCheckHandler);
    expect(
      ['media', 'geolocation', 'notifications', 'clipboard-sanitized-write'].map((p) => checkHandler({}, p)),
    ).toEqual([false, false, false, false]);
  });

  it('case 10: a device permission handler denies USB, serial and HID devices', () => {
    lockDown(app as never, ses as never, shell);
    const [deviceHandler] = mockCall<[(d: { deviceType: string; origin: string }) => boolean]>(
      ses.setDevicePermissionHandler,
    );
    for (const deviceType of ['usb', 'serial', 'hid']) {
      expect(deviceHandler({ deviceType, origin: 'app://bundle' }), deviceType).toBe(false);
    }
  });

  it("cancels every request that is not the app's own", () => {
    lockDown(app as never, ses as never, shell);
    const [onBeforeRequest] = mockCall<[(d: { url: string }, cb: (r: { cancel: boolean }) => void) => void]>(
      ses.webRequest.onBeforeRequest,
    );
    const verdict = (url: string) => {
      const callback = vi.fn();
      onBeforeRequest({ url }, callback);
      return mockCall<[{ cancel: boolean }]>(callback)[0].cancel;
    };
    expect(verdict('app://bundle/index.html')).toBe(false);
    expect(verdict('app://bundle/assets/index-abc.js')).toBe(false);
    expect(verdict('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(verdict('https://example.org/x.png')).toBe(true);
    expect(verdict('http://127.0.0.1:9222/json')).toBe(true);
    expect(verdict('wss://evil.example/socket')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict('app://evil.example/index.html')).toBe(true);
  });

  it('prevents navigation and redirects away from the app, and allows them inside it', () => {
    const contents = lockedContents();
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = event();
      contents.emit(name, away, 'https://evil.example/');
      expect(away.preventDefault, name).toHaveBeenCalledTimes(1);
      const file = event();
      contents.emit(name, file, 'file:///C:/Windows/System32/');
      expect(file.preventDefault, name).toHaveBeenCalledTimes(1);
      const inside = event();
      contents.emit(name, inside, 'app://bundle/index.html#plan');
      expect(inside.preventDefault, name).not.toHaveBeenCalled();
    }
  });

  it('prevents every <webview>', () => {
    const contents = lockedContents();
    const attach = event();
    contents.emit('will-attach-webview', attach, {}, { src: 'app://bundle/index.html' });
    expect(attach.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('never opens a window; only allowlisted https links go to the browser', () => {
    const contents = lockedContents();
    const [openHandler] = mockCall<[(d: { url: string }) => { action: string }]>(contents.setWindowOpenHandler);
    const denied = [
      'https://www.england.nhs.uk/primary-care/',
      'http://www.england.nhs.uk/',
      'https://evil.example/',
      'https://www.england.nhs.uk.evil.example/',
      'app://bundle/index.html',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'https://www.england.nhs.uk:8443/',
      'https://:pw@www.england.nhs.uk/',
    ].map((url) => openHandler({ url }).action);
    expect(denied).toEqual(['deny', 'deny', 'deny', 'deny', 'deny', 'deny', 'deny', 'deny', 'deny']);
    expect(shell.openExternal.mock.calls).toEqual([['https://www.england.nhs.uk/primary-care/']]);
  });
});

describe('the app:// protocol handler', () => {
  const root = path.resolve(import.meta.dirname, '../dist/renderer');

  it('serves the built renderer with the content security policy', async () => {
    const serve = appFileHandler(root);
    const index = await serve(new Request('app://bundle/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toBe(fs.readFileSync(path.join(root, 'index.html'), 'utf8'));

    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(fs.readFileSync(path.join(root, 'index.html'), 'utf8'))?.[1];
    expect(script).toBeDefined();
    const js = await serve(new Request(`app://bundle/${script}`));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses traversal, other origins and missing files', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<p>app</p>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'the user database');
    const serve = appFileHandler(path.join(dir, 'renderer'));
    for (const url of [
      'app://bundle/..%2Fsecret.txt',
      'app://bundle/assets/..%2F..%2Fsecret.txt',
      'app://bundle/..%5Csecret.txt',
      'app://bundle/index.html%00.png',
      'app://other/index.html',
      'app://bundle/missing.js',
      'app://bundle/assets',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('Not found');
    }
    // The URL parser resolves plain dot segments before the guard: they stay inside the folder.
    expect((await serve(new Request('app://bundle/../secret.txt'))).status).toBe(404);
    expect(await (await serve(new Request('app://bundle/assets/../index.html'))).text()).toBe('<p>app</p>');
  });
});

describe('main.ts wiring', () => {
  async function startMain(lock: boolean) {
    const userData = tempDir('nr-main-');
    app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : tempDir()));
    app.requestSingleInstanceLock.mockReturnValue(lock);
    vi.resetModules();
    await import('../electron/main');
    return userData;
  }

  it('a second instance quits at once when it does not get the lock', async () => {
    await startMain(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listeners.has('second-instance')).toBe(false);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('the first instance registers the app:// scheme, locks down, serves, opens one window and its data', async () => {
    const userData = await startMain(true);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const [window] = electron.BrowserWindow.instances;
    if (!window) throw new Error('no window');
    try {
      const electronDir = path.resolve(import.meta.dirname, '../electron');
      expect(window.options.webPreferences).toMatchObject({
        preload: path.join(electronDir, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
      expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
      expect(fs.existsSync(path.join(userData, 'neighbourhood-ready.sqlite'))).toBe(true);

      // Every channel of the contract, and nothing else.
      expect(ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort());
      expect(ses.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
      expect(ses.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
      expect(ses.setDevicePermissionHandler).toHaveBeenCalledTimes(1);
      // Packaged: the minimal menu replaces Electron's, and the window has no developer tools.
      expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template: productionMenu(process.platform) });
      expect(window.options.webPreferences).toMatchObject({ devTools: false });
      expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
      expect(app.listeners.get('web-contents-created')).toHaveLength(1);
      expect(app.setAboutPanelOptions).toHaveBeenCalledWith(aboutPanelOptions('0.1.0'));
      expect(aboutPanelOptions('0.1.0')).toMatchObject({
        applicationName: 'Neighbourhood Ready',
        applicationVersion: '0.1.0',
      });

      // The protocol serves the folder beside main's own (dist/renderer in the built app).
      const [scheme, serve] = mockCall<[string, (r: Request) => Promise<Response>]>(protocol.handle);
      expect(scheme).toBe('app');
      const index = await serve(new Request('app://bundle/index.html'));
      expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await index.text()).toBe(
        fs.readFileSync(path.resolve(import.meta.dirname, '../renderer/index.html'), 'utf8'),
      );
      expect((await serve(new Request('app://bundle/..%2F..%2Fpackage.json'))).status).toBe(404);

      // Starting the app again focuses the first window, restoring it when minimised.
      window.minimized = true;
      app.emit('second-instance', {}, ['neighbourhood-ready'], '/');
      expect(window.restore).toHaveBeenCalledTimes(1);
      expect(window.focus).toHaveBeenCalledTimes(1);
      window.emit('closed');
      app.emit('second-instance', {}, ['neighbourhood-ready'], '/');
      expect(window.focus).toHaveBeenCalledTimes(1);

      app.emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledTimes(1);
    } finally {
      app.emit('will-quit');
    }
  });
});

describe('the preload', () => {
  it('exposes only window.api: one function per channel, each invoking its own channel', async () => {
    vi.resetModules();
    await import('../electron/preload');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = mockCall<[string, Record<string, (input?: unknown) => Promise<unknown>>]>(
      contextBridge.exposeInMainWorld,
    );
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    await expect(api.getAssessment?.({ id: 'x' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([[ipcChannelName('getAssessment'), { id: 'x' }]]);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
