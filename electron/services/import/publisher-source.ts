import { randomUUID } from 'node:crypto';
import type { Article, CaseData, EntityChange, Source } from '../../../shared/domain';
import { findByName, fitName } from '../../../shared/names';

/**
 * Links an article to the Source record of its publisher, creating an outlet (reliability F,
 * "cannot be judged" until the analyst grades it) when the case has none by that name.
 * Returns the article to store (sourceId set, or null without publisher) and the source to create,
 * if any. `pending` holds sources created earlier in the same batch, so one batch makes one source.
 */
export function linkPublisher(data: Pick<CaseData, 'sources'>, article: Article, pending: readonly Source[] = []): { article: Article; created: Source | null } {
  const name = fitName(article.publisher ?? '');
  if (!name) return { article: { ...article, sourceId: null }, created: null };
  // Same name or alias on the matching key: "Libya Observer" and "libya  observer" are one source.
  const found = findByName([...data.sources, ...pending], name);
  if (found) return { article: { ...article, sourceId: found.id }, created: null };
  const created: Source = { id: randomUUID(), name, kind: 'outlet', reliability: 'F', aliases: [] };
  return { article: { ...article, sourceId: created.id }, created };
}

/** Entity changes that add `article` (before = null) or replace `before`, plus its publisher's new Source. */
export function articleChanges(data: Pick<CaseData, 'sources'>, before: Article | null, article: Article): { article: Article; changes: EntityChange[] } {
  const linked = linkPublisher(data, article);
  const changes: EntityChange[] = [];
  if (linked.created) changes.push({ collection: 'sources', id: linked.created.id, before: null, after: linked.created });
  changes.push({ collection: 'articles', id: article.id, before, after: linked.article });
  return { article: linked.article, changes };
}
