/**
 * The main process: one instance, one window, the UI served from app://, every other request,
 * navigation, window and permission denied, and the database opened in the user-data folder.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { takeBackup } from './db/backup';
import { type DB, openDatabase } from './db/open';
import { type FileDialogs, handlers } from './handlers';
import { registerIpc } from './ipc/register';
import {
  APP_ENTRY,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedRequest,
  isAppUrl,
  mimeType,
  resolveAppPath,
  windowWebPreferences,
} from './security';

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
/** The PDF fonts, copied beside main.cjs by the build (see package.json "build:electron"). */
const FONT_DIR = path.join(__dirname, 'fonts');
const PRELOAD = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let db: DB | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

async function serveAppFile(request: Request): Promise<Response> {
  const file = resolveAppPath(RENDERER_ROOT, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

function lockDown(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
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

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Neighbourhood Ready',
    backgroundColor: '#f0f4f5',
    show: false,
    webPreferences: windowWebPreferences(PRELOAD),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Native file dialogs, attached to the app window. The renderer never sees or sends a path. */
const dialogs: FileDialogs = {
  async chooseFilesToOpen(options) {
    const properties: ('openFile' | 'multiSelections')[] = options.multiple
      ? ['openFile', 'multiSelections']
      : ['openFile'];
    const result = mainWindow
      ? await dialog.showOpenDialog(mainWindow, { title: options.title, filters: options.filters, properties })
      : await dialog.showOpenDialog({ title: options.title, filters: options.filters, properties });
    return result.canceled ? [] : result.filePaths;
  },
  async chooseFileToSave(options) {
    const settings = {
      title: options.title,
      defaultPath: path.join(app.getPath('documents'), options.defaultName),
      filters: options.filters,
    };
    const result = mainWindow
      ? await dialog.showSaveDialog(mainWindow, settings)
      : await dialog.showSaveDialog(settings);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const backupDir = path.join(dataDir, 'backups');
  db = await openDatabase(path.join(dataDir, 'neighbourhood-ready.sqlite'), { backupDir });
  const openDb = db;
  const deps = {
    db: openDb,
    now: () => new Date(),
    newId: randomUUID,
    dialogs,
    backup: async (reason: string) => {
      await takeBackup(openDb, backupDir, reason, new Date());
    },
    fontDir: FONT_DIR,
    log: (message: string) => console.error(message),
  };
  registerIpc(ipcMain, handlers, () => deps);
  protocol.handle(APP_SCHEME, serveAppFile);
  lockDown();
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    db?.close();
    db = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Nothing is deleted or changed here: the message says why the data could not be opened.
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Neighbourhood Ready cannot open your data', message);
      app.quit();
    });
}
