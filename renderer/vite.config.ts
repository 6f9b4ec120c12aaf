import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { LATEST_VERSION } from '../electron/db/migrations';
import pkg from '../package.json' with { type: 'json' };
import { dropUnusedCss } from './unused-css';

export default defineConfig({
  root: path.resolve(import.meta.dirname),
  // Relative asset URLs work both under app://bundle/ in Electron and on loopback in browser tests.
  base: './',
  plugins: [react()],
  // Preact's React-compatible layer in place of React in the build: the same components at about a
  // tenth of the JavaScript to load and evaluate before the first screen (typing stays React's).
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
    ],
  },
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
  css: {
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } },
    // Rules for classes the app never uses (most of the NHS.UK frontend's) are left out of the build.
    postcss: {
      plugins: [
        dropUnusedCss([
          path.resolve(import.meta.dirname, 'src'),
          path.resolve(import.meta.dirname, 'index.html'),
          path.resolve(import.meta.dirname, '../shared'),
        ]),
      ],
    },
  },
});
