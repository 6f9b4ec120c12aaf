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
  /**
   * The input the problem is about, as a path into the request (`pcnName`, `action.dueDate`), so
   * the screen can point at the field without reading the words of the message.
   */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown by handlers for expected failures; the dispatcher turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input the problem is about (see AppErrorData.field). */
    readonly field?: string,
  ) {
    super(message);
  }
}
