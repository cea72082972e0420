/**
 * The briefing's appendix: the text of every cited article, paragraph by paragraph, with the
 * briefing's claims and the accepted actor, source and note marks as highlight spans.
 */
import type { Anchorer } from '../anchoring';
import { DIRECTIONS, LANGS, type Annotation, type AnnotationKind, type Article } from '../domain';
import { paragraphStarts } from '../text';
import { oneOf } from './checked';
import { locate, type Located } from './select';
import type { AppendixArticle, AppendixParagraph } from './types';

/**
 * The article split into paragraphs, with the briefing's claims and the accepted actor, source and
 * note marks as spans. A span that crosses a paragraph break is cut at the break; marks whose
 * quote is no longer found are left out.
 */
export function appendixArticle(
  article: Article,
  anchorer: Anchorer,
  annotations: readonly Annotation[],
  claims: readonly Located[],
  claimNumbers: ReadonlyMap<string, number>,
): AppendixArticle {
  const marks: { start: number; end: number; kind: AnnotationKind; claimN: number | null }[] = [];
  for (const l of claims) {
    if (l.article.id === article.id && l.anchored) marks.push({ start: l.start, end: l.end, kind: 'claim', claimN: claimNumbers.get(l.ann.id) ?? null });
  }
  for (const ann of annotations) {
    if (ann.articleId !== article.id || ann.kind === 'claim' || ann.review !== 'accepted') continue;
    const where = locate(anchorer, ann);
    if (where.anchored) marks.push({ start: where.start, end: where.end, kind: ann.kind, claimN: null });
  }
  const starts = article.paragraphStarts.length > 0 ? article.paragraphStarts : paragraphStarts(article.text);
  const paragraphs: AppendixParagraph[] = starts.map((start, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1] ?? article.text.length) - 1 : article.text.length;
    const text = article.text.slice(start, end);
    const spans = marks
      .filter((m) => m.start < end && m.end > start)
      .map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start, kind: m.kind, claimN: m.claimN }))
      .filter((m) => m.end > m.start)
      .sort((x, y) => x.start - y.start || y.end - x.end);
    return { n: i + 1, text, spans };
  });
  return {
    articleId: article.id,
    title: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    url: article.url,
    lang: oneOf(article.lang, LANGS, 'und'),
    dir: oneOf(article.dir, DIRECTIONS, 'ltr'),
    paragraphs,
  };
}
