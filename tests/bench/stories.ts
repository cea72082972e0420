/**
 * Stories bench row: 20,000 accepted claims over the bench's 1,000 articles (the dev corpus repeated,
 * so many articles are near-identical copies and the same sentence by the same speaker recurs across
 * them: the heavy case for the index), grouped by shared/stories. The figure is also given as a ratio
 * to one tokenising pass over the same claims' quotes, so it reads the same on a busy machine.
 */
import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import type { Annotation, CaseData } from '../../shared/domain';
import { groupStories, tokenize } from '../../shared/stories';
import { hash32 } from '../../shared/stories/tokens';
import type { BenchRow } from './renderer';

const CLAIMS_PER_ARTICLE = 20;
/** Speakers a sentence may be given (by its hash), so equal sentences have equal speakers. */
const SPEAKERS = 400;

/** The bench case with every annotation replaced by 20 sentence claims per article. */
export function storiesCase(data: CaseData): CaseData {
  const annotations: Annotation[] = [];
  for (const a of data.articles) {
    const sentences = [...a.text.matchAll(/[^.!?؟\n]{40,400}[.!?؟]?/g)];
    for (let k = 0; k < CLAIMS_PER_ARTICLE; k += 1) {
      const m = sentences[k % Math.max(1, sentences.length)];
      const start = m ? m.index : 0;
      const end = m ? m.index + m[0].length : Math.min(a.text.length, 50);
      const speakerId = `actor-${hash32(a.text.slice(start, end)) % SPEAKERS}`;
      annotations.push({
        id: `${a.id}-c${k}`, articleId: a.id, kind: 'claim', target: describeRange(a.text, start, end), origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
        claim: { ...defaultClaim(), speakerId }, actorId: null, sourceId: null, note: '', createdAt: data.createdAt, updatedAt: data.createdAt,
      });
    }
  }
  return { ...data, annotations };
}

function best(rounds: number, f: () => void): number {
  let b = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    f();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

/** The bench rows: grouping time, its ratio to one tokenising pass, and what it found. */
export function storiesRows(base: CaseData): { rows: BenchRow[]; summary: string } {
  const data = storiesCase(base);
  const quotes = data.annotations.map((a) => a.target.quote.exact);
  let stories = 0;
  let cross = 0;
  let origins = 0;
  const group = best(3, () => {
    const r = groupStories(data);
    stories = r.stories.length;
    cross = r.stories.filter((s) => new Set(s.claims.map((c) => c.articleId)).size > 1).length;
    origins = new Set(Object.values(r.originOf)).size;
  });
  const tokenising = best(3, () => {
    for (const q of quotes) tokenize(q);
  });
  return {
    rows: [[`stories: ${quotes.length.toLocaleString('en')} claims grouped (${data.articles.length} articles)`, `${group.toFixed(0)} ms`, `${(group / tokenising).toFixed(1)}× one tokenising pass (${tokenising.toFixed(0)} ms)`, '< 2 s on one core']],
    summary: `stories: ${quotes.length} claims → ${stories} stories, ${cross} across articles; ${data.articles.length} articles → ${origins} origins`,
  };
}
