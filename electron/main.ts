/**
 * The main process: one instance, one window, the UI served from app://, every other request,
 * navigation, window and permission denied, and the database opened in the user-data folder.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { AppError } from '../shared/result';
import { DataSession } from './db/session';
import { type Desktop, type FileDialogs, sessionDeps } from './deps';
import { systemFacts } from './diagnostics';
import { handlers } from './handlers';
import { registerIpc } from './ipc/register';
import { APP_SCHEME } from './security';
import { aboutPanelOptions, appFileHandler, createMainWindow, focusWindow, lockDown, productionMenu } from './window';

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
/** The PDF fonts, copied beside main.cjs by the build (see package.json "build:electron"). */
const FONT_DIR = path.join(__dirname, 'fonts');
const PRELOAD = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let data: DataSession | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function createWindow(): void {
  mainWindow = createMainWindow(BrowserWindow, PRELOAD, app.isPackaged);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Native file dialogs, attached to the app window. The renderer never sees or sends a path. */
const dialogs: FileDialogs = {
  async chooseFilesToOpen(options) {
    const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = options.folder
      ? ['openDirectory']
      : options.multiple
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

/** The file manager and the clipboard, for the "Your data" screen. */
const desktop: Desktop = {
  async openFolder(folder) {
    const problem = await shell.openPath(folder);
    if (problem) throw new AppError('internal', `The folder could not be opened: ${problem}`);
  },
  copyText(text) {
    clipboard.writeText(text);
  },
};

async function start(): Promise<void> {
  // The start-up check (electron/db/startup.ts) reports data problems instead of throwing: the
  // window shows what it found (recovery from damage, a newer version, a locked or read-only
  // file) in plain words, so no dialog is needed here.
  data = new DataSession(app.getPath('userData'), { now: () => new Date() });
  await data.start();
  const deps = sessionDeps(data, {
    newId: randomUUID,
    dialogs,
    desktop,
    about: systemFacts(app.getVersion()),
    fontDir: FONT_DIR,
    log: (message: string) => console.error(message),
  });
  registerIpc(ipcMain, handlers, () => deps);
  protocol.handle(APP_SCHEME, appFileHandler(RENDERER_ROOT));
  lockDown(app, session.defaultSession, shell);
  app.setAboutPanelOptions(aboutPanelOptions(app.getVersion()));
  // A packaged build gets the minimal menu; `npm start` keeps Electron's, with its developer tools.
  if (app.isPackaged) Menu.setApplicationMenu(Menu.buildFromTemplate(productionMenu(process.platform)));
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    data?.close();
    data = null;
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
