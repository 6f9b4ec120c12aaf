/// <reference types="vite/client" />

/** From package.json, set at build time (renderer/vite.config.ts). */
declare const __APP_VERSION__: string;
/** The database format (schema version) this build writes, set at build time. */
declare const __SCHEMA_VERSION__: number;
