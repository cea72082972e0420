/**
 * Writes a big case file for the bench (issue 14, item 10: a 200 MB case, near the 256 MB limit):
 * the bench case's articles and annotations copied again and again (each copy's articles get new ids
 * and a last paragraph of their own, so ids and content hashes stay unique) until the file holds
 * `targetBytes`. Streams JSON to disk a copy at a time instead of building and stringifying one
 * 200 MB object: a few seconds, and little memory.
 */
import { open } from 'node:fs/promises';
import type { Annotation, Article, CaseData } from '../../shared/domain';
import { paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';

export interface BigCaseFile {
  bytes: number;
  articles: number;
  annotations: number;
}

/** Writes `base` grown to at least `targetBytes` (UTF-8) to `file`; every other field is `base`'s. */
export async function writeBigCase(base: CaseData, file: string, targetBytes: number): Promise<BigCaseFile> {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of base.annotations) byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  // Bytes one article adds with its annotations (its copies differ by a few characters).
  const cost = base.articles.map((a) => Buffer.byteLength(JSON.stringify(a)) + (byArticle.get(a.id) ?? []).reduce((n, x) => n + Buffer.byteLength(JSON.stringify(x)) + 1, 1));
  const rest = { ...base, articles: [], annotations: [] };
  let total = Buffer.byteLength(JSON.stringify(rest));
  let count = 0;
  while (total < targetBytes) total += cost[count++ % base.articles.length]!;

  const copyOf = (k: number): { article: Article; annotations: Annotation[] } => {
    const a = base.articles[k % base.articles.length]!;
    const copy = Math.floor(k / base.articles.length);
    if (copy === 0) return { article: a, annotations: byArticle.get(a.id) ?? [] };
    const id = `${a.id}-copy${copy}`;
    const text = `${a.text}\n(copy ${copy})`;
    return {
      article: { ...a, id, text, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text) },
      annotations: (byArticle.get(a.id) ?? []).map((x) => ({ ...x, id: `${x.id}-copy${copy}`, articleId: id })),
    };
  };

  const handle = await open(file, 'w');
  try {
    // The base's own JSON with its two big arrays left open, filled in below.
    const shell = JSON.stringify(rest);
    const [head, afterArticles] = shell.split('"articles":[]');
    const [middle, tail] = afterArticles!.split('"annotations":[]');
    let annotations = 0;
    await handle.write(`${head}"articles":[`);
    for (let k = 0; k < count; k += 500) {
      const batch = Array.from({ length: Math.min(500, count - k) }, (_, i) => JSON.stringify(copyOf(k + i).article));
      await handle.write((k > 0 ? ',' : '') + batch.join(','));
    }
    await handle.write(`]${middle}"annotations":[`);
    let first = true;
    for (let k = 0; k < count; k += 500) {
      const batch = Array.from({ length: Math.min(500, count - k) }, (_, i) => copyOf(k + i).annotations).flat();
      if (batch.length === 0) continue;
      annotations += batch.length;
      await handle.write((first ? '' : ',') + batch.map((x) => JSON.stringify(x)).join(','));
      first = false;
    }
    await handle.write(`]${tail}`);
    const { size } = await handle.stat();
    return { bytes: size, articles: count, annotations };
  } finally {
    await handle.close();
  }
}
