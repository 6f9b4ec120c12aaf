/**
 * The browser-test host: serves the built renderer on loopback and routes `window.api` calls
 * through the same contract validation and handlers as the Electron IPC layer, to a real SQLite
 * file. It stands in only for Electron's IPC transport.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DB } from '../../electron/db/open';
import { DataSession } from '../../electron/db/session';
import { type Deps, sessionDeps } from '../../electron/deps';
import { systemFacts } from '../../electron/diagnostics';
import { handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { CONTENT_SECURITY_POLICY, mimeType } from '../../electron/security';
import { answeredDialogs, type DesktopCalls, type DialogAnswers, recordedDesktop } from './desktop';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../dist/renderer');

export interface TestHost {
  url: string;
  /** The session's current database (a restore replaces it). */
  readonly db: DB;
  session: DataSession;
  /** Stand-ins for the file manager and the clipboard: what the app asked of them. */
  desktopCalls: DesktopCalls;
  dbFile: string;
  deps: Deps;
  /**
   * Stands in for the user's choice in the next native file dialog: the paths they "choose" to
   * open, or the path they "choose" to save to (null = they cancel). The handlers then read and
   * write those real files.
   */
  dialogAnswers: DialogAnswers;
  close(): Promise<void>;
}

export interface HostOptions {
  dataDir: string;
  now?: () => Date;
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = path.resolve(RENDERER_DIR, relative);
  if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY });
  fs.createReadStream(file).pipe(res);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHost(options: HostOptions): Promise<TestHost> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (npm test does).');
  }
  // The same start-up check as the app: a damaged, newer or locked file shows its screen.
  const session = new DataSession(options.dataDir, { now: options.now ?? (() => new Date()) });
  await session.start();
  const dbFile = session.place.dbFile;
  const dialogAnswers: TestHost['dialogAnswers'] = { open: [], save: [] };
  const desktopCalls: TestHost['desktopCalls'] = { openFolder: [], copied: [] };
  const deps: Deps = sessionDeps(session, {
    newId: randomUUID,
    log: console.error,
    dialogs: answeredDialogs(dialogAnswers),
    desktop: recordedDesktop(desktopCalls),
    about: systemFacts(
      (
        JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
    ),
  });

  const server = http.createServer((req, res) => {
    const match = /^\/api\/([A-Za-z]+)$/.exec(req.url ?? '');
    if (req.method === 'POST' && match?.[1]) {
      const channel = match[1];
      readBody(req)
        .then(async (body) => {
          const { input } = JSON.parse(body) as { input?: unknown };
          const result = await dispatch(handlers, deps, channel, input);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        })
        .catch((error: unknown) => res.writeHead(500).end(String(error)));
      return;
    }
    if (req.method === 'GET') serveStatic(req, res);
    else res.writeHead(405).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get db() {
      return session.db;
    },
    session,
    desktopCalls,
    dbFile,
    deps,
    dialogAnswers,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      session.close();
    },
  };
}

/** Script run in the page before the app: `window.api` over fetch, built from the channel list. */
export function apiShim(channels: readonly string[]): string {
  return `(() => {
    const channels = ${JSON.stringify(channels)};
    const api = {};
    for (const name of channels) {
      api[name] = (input) => fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input }),
      }).then((r) => r.json());
    }
    window.api = Object.freeze(api);
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
  })();`;
}
