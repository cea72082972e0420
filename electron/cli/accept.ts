/**
 * What an analyst does with "Suggest" and then "Accept all" in every group of the Review panel,
 * done through the same calls: the command line has nobody to review the suggestions.
 */
import type { CliSession } from './session';

/**
 * Suggests on every article of the open case and accepts every pending suggestion: actor and
 * source mentions first (so that claims link to the actors they name), then claims.
 */
export async function acceptAllSuggestions(session: CliSession): Promise<void> {
  const articleIds = session.ws.data.articles.map((a) => a.id);
  if (articleIds.length === 0) return;
  await session.call('suggest', { articleIds });
  for (const articleId of articleIds) {
    for (const kind of ['actor', 'source', 'claim'] as const) {
      const pending = session.ws.data.annotations.some((a) => a.articleId === articleId && a.kind === kind && a.review === 'pending');
      if (pending) await session.call('reviewAll', { articleId, kind, decision: 'accept' });
    }
  }
}
