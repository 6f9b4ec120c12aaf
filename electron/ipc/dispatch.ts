/**
 * The trust boundary, free of Electron so tests and the browser-test host use it as it is:
 * validate the input against the contract, call the plain handler, and turn every outcome into
 * a Result whose error says what happened in plain words.
 */
import type { z } from 'zod';
import { type ChannelName, contract } from '../../shared/contract';
import { AppError, type AppErrorData, type Result } from '../../shared/result';
import type { Deps, Handlers } from '../deps';

function isChannel(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/** Maps storage failures that are not the user's fault to messages that say data is safe. */
export function describeError(error: unknown): AppErrorData {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  const code = (error as { code?: unknown })?.code;
  switch (code) {
    case 'SQLITE_FULL':
      return {
        code: 'disk-full',
        message:
          'Not saved: the disk is full. Everything saved before this change is safe. Free some space, then try again.',
      };
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return {
        code: 'read-only',
        message:
          'Not saved: the data folder cannot be written to. Everything saved before this change is safe. ' +
          'Check the folder is not read-only, then try again.',
      };
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return {
        code: 'busy',
        message:
          'Not saved: the data file is in use by another program. Everything saved before this change is safe. ' +
          'Try again in a moment.',
      };
    case 'newer-database':
      return { code: 'newer-database', message: (error as Error).message };
    default:
      return {
        code: 'internal',
        message: 'Something went wrong and this change was not saved. Everything saved before it is safe.',
      };
  }
}

/** The first problem in plain words; which input it is about goes in `field`, never in the words. */
function describeInvalid(error: z.ZodError): AppErrorData {
  const first = error.issues[0];
  if (!first) return { code: 'invalid-input', message: 'The request was not valid.' };
  const field = first.path.map(String).join('.');
  return { code: 'invalid-input', message: first.message, ...(field ? { field } : {}) };
}

export async function dispatch(
  handlers: Handlers,
  deps: Deps,
  name: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(name)) {
    return { ok: false, error: { code: 'unknown-channel', message: `There is no such request: ${name}.` } };
  }
  const parsed = contract[name].input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: describeInvalid(parsed.error) };
  }
  try {
    const handler = handlers[name] as (deps: Deps, input: unknown) => unknown;
    const value = await handler(deps, parsed.data);
    return { ok: true, value };
  } catch (error) {
    const described = describeError(error);
    // Codes only, for the diagnostic details: never the message, which can quote user content.
    const cause = (error as { code?: unknown })?.code;
    deps.session?.recordError(
      name,
      described.code,
      error instanceof AppError || typeof cause !== 'string' || !/^[A-Za-z_]{1,40}$/.test(cause) ? null : cause,
    );
    if (described.code === 'internal') deps.log?.(`Error in ${name}: ${(error as Error)?.stack ?? String(error)}`);
    return { ok: false, error: described };
  }
}
