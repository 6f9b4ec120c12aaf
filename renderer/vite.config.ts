import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { LATEST_VERSION } from '../electron/db/migrations';
import pkg from '../package.json' with { type: 'json' };

export default defineConfig({
  root: path.resolve(import.meta.dirname),
  // Relative asset URLs work both under app://bundle/ in Electron and on loopback in browser tests.
  base: './',
  plugins: [react()],
  // Shown on the About screen: the version in package.json and the database format this build writes.
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __SCHEMA_VERSION__: JSON.stringify(LATEST_VERSION),
  },
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // Inline nothing as data: URLs that CSP would have to allow for scripts; images may be data:.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } } },
});
