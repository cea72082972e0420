import { createHash } from 'node:crypto';

/**
 * SHA-256 hex digest of an article's canonical text (UTF-8 bytes). Two imports with the same
 * canonical text are the same article, whatever file or encoding they came from.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
