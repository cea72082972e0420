/** Errors cross process boundaries as data, never as thrown exceptions. */
export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'refused-input'
  | 'not-a-case'
  | 'corrupt-case'
  | 'newer-version'
  | 'io-error'
  | 'cancelled'
  /** A file is already at the path and replacing it was not confirmed. */
  | 'exists'
  /** The open case has edits that could not be saved; the caller must choose what happens to them. */
  | 'unsaved-edits'
  | 'unsupported'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** One sentence for the analyst: what was wrong and what to do. */
  message: string;
  /** Optional technical detail (field paths, OS error) for the log or a "details" disclosure. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, detail?: string): Result<never> => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});

/** A thrown error that carries an AppError; handlers convert it to a Result at the boundary. */
export class AppFailure extends Error {
  constructor(public readonly appError: AppError) {
    super(appError.message);
    this.name = 'AppFailure';
  }
}

export const fail = (code: ErrorCode, message: string, detail?: string): never => {
  throw new AppFailure(detail === undefined ? { code, message } : { code, message, detail });
};
