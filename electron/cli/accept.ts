/**
 * What an analyst does with "Suggest" and then "Accept all" in every group of the Review panel,
 * done through the same calls: the command line has nobody to review the suggestions.
 */
import type { CliSession } from './session';

/**
 * Article by article, in the case's order: Suggest, then accept every pending suggestion, actor
 * and source mentions first (so that claims link to the actors they name), then claims. Each
 * article is analysed knowing the actors accepted in the ones before, as when an analyst reviews
 * one article after another.
 */
export async function acceptAllSuggestions(session: CliSession): Promise<void> {
  for (const articleId of session.ws.data.articles.map((a) => a.id)) {
    await session.call('suggest', { articleId });
    for (const kind of ['actor', 'source', 'claim'] as const) {
      const pending = session.ws.data.annotations.some((a) => a.articleId === articleId && a.kind === kind && a.review === 'pending');
      if (pending) await session.call('reviewAll', { articleId, kind, decision: 'accept' });
    }
  }
}
