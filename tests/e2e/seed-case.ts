import { readFile } from 'node:fs/promises';
import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Annotation, type Article, type CaseData } from '../../shared/domain';
import { detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';
import { seedArticlePath } from './host';

// The seed article as a case: one actor with an alias, one's own claim over a sentence and a
// pending suggestion inside it.

export const OWN = 'ستستمر في مساعدة';
export const SENTENCE = 'وقال بوتين إن روسيا “ستستمر في مساعدة” بوركينا فاسو';

export async function seedCase(): Promise<CaseData> {
  const base = emptyCase('seed', '2026-12-01T00:00:00.000Z', 'Seed case');
  const text = await readFile(seedArticlePath, 'utf8');
  const lang = detectLang(text);
  const article: Article = {
    id: 'seed', title: 'Putin and Haftar', text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null, publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text), sourceId: null, addedAt: base.createdAt,
  };
  const at = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`not in the seed: ${s}`);
    return describeRange(text, start, start + s.length);
  };
  const common = { articleId: article.id, kind: 'claim' as const, actorId: null, sourceId: null, note: '', createdAt: base.createdAt, updatedAt: base.createdAt };
  // One's own claim is the whole sentence; a suggestion inside it covers the quoted words.
  const own: Annotation = { ...common, id: 'own', target: at(SENTENCE), origin: { kind: 'manual' }, review: 'accepted', confidence: 1, claim: defaultClaim() };
  const suggested: Annotation = {
    ...common, id: 'suggested', target: at(OWN), origin: { kind: 'suggested', rule: 'ar-verb-first', cue: 'قال' }, review: 'pending', confidence: 0.7, claim: defaultClaim(),
  };
  return {
    ...base,
    articles: [article],
    actors: [{ id: 'putin', name: 'فلاديمير بوتين', type: 'person', aliases: ['بوتين'], role: '' }],
    annotations: [own, suggested],
  };
}

