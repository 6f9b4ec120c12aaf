import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedRequest,
  isAppUrl,
  resolveAppPath,
} from '../electron/security';

const ROOT = path.resolve('/opt/app/dist/renderer');

describe('the app:// protocol path guard', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(ROOT, 'app://bundle/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://bundle/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://bundle/assets/index-abc.js')).toBe(path.join(ROOT, 'assets', 'index-abc.js'));
  });

  it('keeps dot segments inside the folder (the URL parser resolves them first)', () => {
    expect(resolveAppPath(ROOT, 'app://bundle/../../etc/passwd')).toBe(path.join(ROOT, 'etc', 'passwd'));
    expect(resolveAppPath(ROOT, 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(ROOT, 'etc', 'passwd'));
  });

  it.each([
    'app://bundle/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://bundle/..%5C..%5Cwindows%5Cwin.ini',
    'app://bundle/index.html%00.png',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('origins, links and requests', () => {
  it('knows its own origin', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle.evil.example/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only https links to a short list of hosts', () => {
    expect(isAllowedExternalUrl('https://www.england.nhs.uk/primary-care/')).toBe(true);
    expect(isAllowedExternalUrl('http://www.england.nhs.uk/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.england.nhs.uk.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@www.england.nhs.uk/')).toBe(false);
    // Case 10: scheme, host and port exactly, and no user name or password, even an empty one.
    expect(isAllowedExternalUrl('https://www.england.nhs.uk:8443/')).toBe(false);
    expect(isAllowedExternalUrl('https://:pw@www.england.nhs.uk/')).toBe(false);
    expect(isAllowedExternalUrl('https://@www.england.nhs.uk/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.england.nhs.uk:443/x')).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.ENGLAND.NHS.UK/x@y')).toBe(true);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
  });

  it('lets no request leave the app', () => {
    expect(isAllowedRequest('app://bundle/assets/x.js')).toBe(true);
    expect(isAllowedRequest('https://assets.nhs.uk/fonts/x.woff2')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:9222/')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
  });
});

describe('page hardening', () => {
  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('sets the same policy in the page as in the protocol header (frame-ancestors works only as a header)', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors '));
    expect(meta?.split('; ').sort()).toEqual(header.sort());
  });
});
