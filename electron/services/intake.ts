import { randomUUID } from 'node:crypto';
import type { Article, Direction, ImportOrigin, Lang } from '../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { fail } from '../../shared/result';
import { contentHash } from './import/hash';

/** What any importer hands over: canonical text plus metadata. */
export interface ArticleDraft {
  title: string;
  text: string;
  lang?: Lang;
  /** The importer's reading direction; derived from language and text when absent. */
  dir?: Direction;
  url?: string | null;
  publisher?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  origin: ImportOrigin;
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
    dir: draft.dir ?? directionOf(lang, text),
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
