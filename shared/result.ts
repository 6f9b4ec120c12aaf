/** The outcome of every call across the process boundary: errors keep their meaning as data. */

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'unknown-channel',
  'forbidden',
  'conflict',
  'disk-full',
  'read-only',
  'busy',
  'newer-database',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** Plain words for the user: what happened, whether data is safe, what to do next. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown by handlers for expected failures; the dispatcher turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
