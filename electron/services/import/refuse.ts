import { fail } from '../../../shared/result';

/** Throws AppFailure('refused-input'): `message` is one sentence saying what was wrong and what to do. */
export function refuse(message: string, detail?: string): never {
  return fail('refused-input', message, detail);
}
