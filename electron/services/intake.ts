import { createHash, randomUUID } from 'node:crypto';
import type { Article, ImportOrigin, Lang } from '../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { fail } from '../../shared/result';

/** What any importer hands over: canonical text plus metadata. */
export interface ArticleDraft {
  title: string;
  text: string;
  lang?: Lang;
  url?: string | null;
  publisher?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  origin: ImportOrigin;
}

/** SHA-256 hex of canonical text; equal texts (after canonicalisation) are duplicates. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Builds an Article from a draft: canonicalises the text, detects language and direction, hashes.
 * Throws AppFailure('refused-input') when nothing readable is left.
 */
export function articleFromDraft(draft: ArticleDraft, now = new Date().toISOString()): Article {
  const text = canonicalText(draft.text);
  if (text.length === 0) {
    return fail('refused-input', `${draft.origin.fileName ?? 'The pasted text'} has no readable text. Paste or choose a file that contains the article.`);
  }
  const lang = draft.lang && draft.lang !== 'und' ? draft.lang : detectLang(text);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const title = draft.title.trim() || (firstLine.length <= 200 ? firstLine : firstLine.slice(0, 120) + '…');
  return {
    id: randomUUID(),
    title,
    text,
    lang,
    dir: directionOf(lang, text),
    url: draft.url?.trim() || null,
    publisher: draft.publisher?.trim() || null,
    byline: draft.byline?.trim() || null,
    publishedAt: draft.publishedAt?.trim() || null,
    origin: draft.origin,
    contentHash: contentHash(text),
    paragraphStarts: paragraphStarts(text),
    sourceId: null,
    addedAt: now,
  };
}
