/**
 * Zod compiles fast object parsers with `new Function` when it can, and probes for that ability
 * when an object schema is created. The app's Content Security Policy forbids eval, so the probe
 * is reported as a violation even though zod copes. main.tsx imports this module first (before any
 * module that builds zod schemas, such as shared/contract), which turns the probe off.
 */
import { z } from 'zod';

z.config({ jitless: true });
