import { randomUUID } from 'node:crypto';
import type { Article, Direction, ImportOrigin, Lang } from '../../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../../shared/text';
import { fail } from '../../../shared/result';
import { LIMITS } from '../../../shared/case-limits';
import { fitOptional, fitText } from '../../../shared/fit';
import { contentHash } from './hash';
import { titleFromText } from './title';

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
 * Metadata is fitted to the case schema's limits (long titles, bylines, dates and publishers are cut
 * at a word boundary with an ellipsis; an over-long URL is dropped), so the case always reopens.
 * Throws AppFailure('refused-input') when nothing readable is left.
 */
export function articleFromDraft(draft: ArticleDraft, now = new Date().toISOString()): Article {
  const whole = canonicalText(draft.text);
  if (whole.length === 0) {
    return fail('refused-input', `${draft.origin.fileName ?? 'The pasted text'} has no readable text. Paste or choose a file that contains the article.`);
  }
  // Untitled (a paste): the text's headline is the title and leaves the body; a dateline is never one.
  const titled = draft.title.trim() ? { title: draft.title.trim(), body: whole } : titleFromText(whole);
  const text = titled.body;
  const lang = draft.lang && draft.lang !== 'und' ? draft.lang : detectLang(text);
  const firstLine = whole.split('\n', 1)[0]!;
  const title = fitText(titled.title ?? (firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 120)}…`), LIMITS.title);
  return {
    id: randomUUID(),
    title,
    text,
    lang,
    dir: draft.dir ?? directionOf(lang, text),
    ...fitArticleMeta(draft),
    origin: fitOrigin(draft.origin),
    contentHash: contentHash(text),
    paragraphStarts: paragraphStarts(text),
    sourceId: null,
    addedAt: now,
  };
}

/**
 * An article's editable metadata fitted to the case schema: a cut URL would point elsewhere, so one
 * over the limit is dropped; the publisher names a Source and is held to a source name's limit.
 */
export function fitArticleMeta(meta: Pick<ArticleDraft, 'url' | 'publisher' | 'byline' | 'publishedAt'>): Pick<Article, 'url' | 'publisher' | 'byline' | 'publishedAt'> {
  const url = meta.url?.trim() || null;
  return {
    url: url && url.length <= LIMITS.url ? url : null,
    publisher: fitOptional(meta.publisher, LIMITS.name),
    byline: fitOptional(meta.byline, LIMITS.byline),
    publishedAt: fitOptional(meta.publishedAt, LIMITS.date),
  };
}

function fitOrigin(origin: ImportOrigin): ImportOrigin {
  return { fileName: origin.fileName, format: fitText(origin.format, LIMITS.format), encoding: fitOptional(origin.encoding, LIMITS.encoding) };
}
