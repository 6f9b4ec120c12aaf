/**
 * Security rules of the main process, as plain functions so they are unit-tested without
 * Electron: what counts as the app's own page, which paths the app:// protocol may serve
 * and which external links may open. The window itself and its guards are in window.ts.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** The content security policy of every page the app serves (also set as a meta tag in index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** True only for a URL on the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL is not the app's or would
 * escape the folder (`..`, encoded separators, absolute paths, NUL bytes).
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  if (resolved !== resolvedRoot && !resolved.startsWith(resolvedRoot + path.sep)) return null;
  return resolved;
}

/** Hosts the app may open in the user's browser (help and licence pages), always over https. */
export const EXTERNAL_LINK_HOSTS = ['www.england.nhs.uk', 'www.nationalarchives.gov.uk', 'digital.nhs.uk'];

/**
 * True only for https on an allowlisted host at the default port, with no user name or password:
 * scheme, host and port must match exactly (`https://www.england.nhs.uk:8443/` and
 * `https://:pw@www.england.nhs.uk/` are refused).
 */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      EXTERNAL_LINK_HOSTS.includes(parsed.hostname) &&
      parsed.host === parsed.hostname &&
      parsed.port === '' &&
      parsed.username === '' &&
      parsed.password === '' &&
      !/^https:\/\/[^/?#]*@/i.test(url)
    );
  } catch {
    return false;
  }
}

/** Requests the app lets through: its own files and the developer tools. Everything else is blocked. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://');
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
