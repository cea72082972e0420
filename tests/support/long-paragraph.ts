/**
 * A case with one article that is a single paragraph of several megabytes (issue 14, item 6): the
 * seed article's lines (Arabic with Latin names and numbers) joined with spaces and repeated. Used by
 * tests/e2e/long-paragraph.spec.ts and the renderer bench. Runs in Node (reads the fixture).
 */
import { readFileSync } from 'node:fs';
import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Article, type CaseData } from '../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';
import { seedArticlePath } from './paths';


export const LONG_PARAGRAPH_TITLE = 'One paragraph of several megabytes';
export const SHORT_TITLE = 'Short article';

function article(id: string, title: string, text: string, addedAt: string): Article {
  const lang = detectLang(text);
  return {
    id, title, text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null, publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text), sourceId: null, addedAt,
  };
}

/** The seed article's lines joined with spaces, repeated to at least `bytes` of UTF-8, as one paragraph. */
export function oneParagraphText(bytes: number): string {
  const line = canonicalText(readFileSync(seedArticlePath, 'utf8')).split('\n').join(' ') + ' ';
  return line.repeat(Math.ceil(bytes / Buffer.byteLength(line))).trimEnd();
}

/**
 * A case of a short article (the case opens on it) and the long paragraph `text`, with one claim
 * over `claim` (offsets into `text`).
 */
export function longParagraphCase(text: string, claim: { start: number; end: number }): CaseData {
  const base = emptyCase('paragraph', '2026-12-07T00:00:00.000Z', 'One long paragraph');
  const short = article('short', SHORT_TITLE, 'The port authority said the harbour stays closed.', base.createdAt);
  const long = article('long', LONG_PARAGRAPH_TITLE, text, base.createdAt);
  return {
    ...base,
    articles: [short, long],
    annotations: [
      {
        id: 'across', articleId: long.id, kind: 'claim', target: describeRange(text, claim.start, claim.end), origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
        claim: defaultClaim(), actorId: null, sourceId: null, note: '', createdAt: base.createdAt, updatedAt: base.createdAt,
      },
    ],
  };
}
