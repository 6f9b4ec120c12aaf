/**
 * Zod compiles fast object parsers with `new Function` when it can, and probes for that ability
 * when an object schema is created. The app's Content Security Policy forbids eval, so the probe
 * is reported as a violation even though zod copes. main.tsx imports this module first (before any
 * module that builds zod schemas, such as shared/contract), which turns the probe off.
 *
 * Zod keeps its settings in `globalThis.__zod_globalConfig` and uses an object already there, so
 * this sets `jitless` without importing zod: zod itself loads only with the screens that use it
 * (the profile, the ICB view), not before the home screen.
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig ??= {};
scope.__zod_globalConfig.jitless = true;
