/**
 * The app window and the guards around it. Electron's objects come in as arguments, so
 * test/main-process.test.ts drives this code with stand-ins; main.ts only wires it up.
 *
 * The web preferences are written out where the window is made, on purpose: the security check
 * (test/electronegativity.test.ts) reads this file and can only judge options it can see.
 */
import fs from 'node:fs/promises';
import type {
  AboutPanelOptionsOptions,
  App,
  MenuItemConstructorOptions,
  Session,
  Shell,
  BrowserWindow as Window,
} from 'electron';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedRequest,
  isAppUrl,
  mimeType,
  resolveAppPath,
} from './security';

export const PRODUCT_NAME = 'Neighbourhood Ready';

/**
 * The one app window: isolated, sandboxed, no Node in the page, served from app://. A packaged
 * (production) build has no developer tools; a development build keeps them.
 */
export function createMainWindow(BrowserWindow: typeof Window, preloadPath: string, packaged: boolean): Window {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: PRODUCT_NAME,
    backgroundColor: '#f0f4f5',
    show: false,
    webPreferences: {
      preload: preloadPath,
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
      devTools: !packaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
  return window;
}

/**
 * Denies every permission, every request that is not the app's own, navigation away from the
 * app, new windows (allowlisted https links open in the user's browser instead) and <webview>.
 */
export function lockDown(app: Pick<App, 'on'>, ses: Session, shell: Pick<Shell, 'openExternal'>): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // USB, serial and HID devices: never, whatever a page asks.
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** The app:// protocol handler: files under `root` only, each with the content security policy. */
export function appFileHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

/**
 * The menu of a packaged build: Edit (for copy and paste, and their keyboard shortcuts) and
 * Help → About, and on macOS the app menu it needs to quit. No View menu, so no reload and no
 * developer tools shortcut (Ctrl+Shift+I, Ctrl+R).
 */
export function productionMenu(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${PRODUCT_NAME}` }],
  };
  if (platform !== 'darwin') return [edit, help];
  const appMenu: MenuItemConstructorOptions = {
    label: PRODUCT_NAME,
    submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'unhide' }, { role: 'quit' }],
  };
  return [appMenu, edit, { role: 'windowMenu' }, help];
}

/** Brings the first instance's window forward when the app is started a second time. */
export function focusWindow(window: Pick<Window, 'isMinimized' | 'restore' | 'focus'> | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** The native About panel (the app menu on macOS): the same facts as the app's About screen. */
export function aboutPanelOptions(version: string): AboutPanelOptionsOptions {
  return {
    applicationName: PRODUCT_NAME,
    applicationVersion: version,
    copyright: 'Released under the MIT Licence.',
    credits:
      'Your data stays on this computer: the app never sends anything over the network. ' +
      'Contains public sector information licensed under the Open Government Licence v3.0 (NHS England). ' +
      'Reports are set in DejaVu Sans (Bitstream Vera and Arev font licences), with Chinese, Japanese and Korean ' +
      'in Noto Sans SC and KR (SIL Open Font Licence). ' +
      'Licence notices of every bundled library: About Neighbourhood Ready, at the foot of every screen.',
  };
}
