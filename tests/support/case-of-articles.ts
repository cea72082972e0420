import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Annotation, type Article, type CaseData } from '../../shared/domain';
import { paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';

/**
 * A case of `n` articles (the same Arabic and English lines, numbered) with 20 highlights each, half
 * of them claims: about 10 KB an article, so 500 make a case the back end reads in parts (over
 * WORKER_MIN_BYTES). For the tests of opening a big case.
 */
export function caseOfArticles(n: number, title = 'Big case'): CaseData {
  const base = emptyCase(`case-${n}`, '2026-12-07T00:00:00.000Z', title);
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < n; i++) {
    const text = `قال المتحدث باسم الحكومة إن الميناء سيعاد فتحه الأسبوع المقبل (Reuters).\nThe minister said the talks would resume next week, officials of district ${i} said.`.repeat(8) + `\n(${i})`;
    articles.push({
      id: `art-${i}`, title: `Article ${i}`, text, lang: 'ar', dir: 'rtl', url: null, publisher: null, byline: null, publishedAt: null,
      origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text), sourceId: null, addedAt: base.createdAt,
    });
    for (let k = 0; k < 20; k++) {
      const start = (k * 37) % (text.length - 40);
      annotations.push({
        id: `ann-${i}-${k}`, articleId: `art-${i}`, kind: k % 2 ? 'actor' : 'claim', target: describeRange(text, start, start + 20), origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
        claim: k % 2 ? null : defaultClaim(), actorId: null, sourceId: null, note: '', createdAt: base.createdAt, updatedAt: base.createdAt,
      });
    }
  }
  return { ...base, articles, annotations };
}
