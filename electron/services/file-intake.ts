import path from 'node:path';
import { fail } from '../../shared/result';
import type { ArticleDraft } from './intake';

/** Largest file accepted for import, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Turns a file's bytes into an article draft. Plain text (.txt, .md) as UTF-8 with or without BOM.
 * Throws AppFailure('refused-input') for binary data, invalid UTF-8 and files over 50 MB.
 */
export async function draftFromFile(name: string, bytes: Uint8Array, _encoding?: string): Promise<ArticleDraft> {
  const base = path.basename(name);
  if (bytes.length === 0) return fail('refused-input', `${base} is empty. Choose a file that contains the article.`);
  if (bytes.length > MAX_IMPORT_BYTES) return fail('refused-input', `${base} is larger than 50 MB. Split it or import the article text only.`);
  const ext = path.extname(base).toLowerCase();
  if (ext !== '.txt' && ext !== '.md' && ext !== '') {
    return fail('refused-input', `${base}: Claimwork imports .txt and .md files. Save the article as text and try again.`);
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return fail('refused-input', `${base} is not a text file (it contains binary data). Choose a .txt or .md file.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('refused-input', `${base} is not valid UTF-8 text. Save it as UTF-8 and import it again.`);
  }
  let title = '';
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim().length > 0) ?? '';
  if (ext === '.md' && /^#{1,6}\s/.test(first)) {
    title = first.replace(/^#{1,6}\s+/, '').trim();
    text = text.replace(first, '');
  }
  return { title: title || base.replace(/\.[^.]+$/, ''), text, origin: { fileName: base, format: ext.slice(1) || 'txt', encoding: 'UTF-8' } };
}
