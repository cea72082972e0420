/**
 * `stories FILE...|CASE.claimwork.json [--accept-suggestions] [--format json|md]`: one statement
 * across articles. Articles are imported into the command line's Workspace as the app imports them
 * (and, with --accept-suggestions, suggested and accepted as the Review panel's Accept all does); a
 * case is opened as the app opens it. JSON is one object, schema "claimwork.stories/1", with UTF-16
 * offsets into each article's canonical text (the text `analyze` prints).
 */
import type { CaseData } from '../../shared/domain';
import { groupStories, type StoriesResult } from '../../shared/stories';
import { acceptAllSuggestions } from './accept';
import { UsageError, plural, type ParsedArgs } from './args';
import { CliFailure, isCaseFile, withCliSession } from './session';
import { UNATTRIBUTED } from '../../shared/labels';

export const STORIES_SCHEMA = 'claimwork.stories/1';

/** The "claimwork.stories/1" document. */
export function storiesJson(data: CaseData, result: StoriesResult, nameOf: ReadonlyMap<string, string>, order: readonly string[]): object {
  const file = (articleId: string): string => nameOf.get(articleId) ?? articleId;
  return {
    schema: STORIES_SCHEMA,
    articles: order.map((id) => ({ file: file(id), origin: file(result.originOf[id] ?? id) })),
    stories: result.stories.map((s) => ({
      id: s.id,
      speaker: s.speaker,
      claims: s.claims.map((c) => ({ file: file(c.articleId), start: c.start, end: c.end, quote: c.quote })),
      origins: s.origins.length,
      originNames: s.origins.map((o) => o.label),
      first: { file: file(s.first.articleId), publishedAt: s.first.publishedAt },
      contradictions: s.contradictions.map((c) => ({ file: file(c.articleId), start: c.start, end: c.end, quote: c.quote, reason: c.reason })),
      credibility: s.credibility,
    })),
  };
}

/** A readable summary: stories with two or more origins or a contradiction first, as they come otherwise. */
export function storiesMarkdown(data: CaseData, result: StoriesResult, nameOf: ReadonlyMap<string, string>): string {
  const file = (articleId: string): string => nameOf.get(articleId) ?? articleId;
  const lines = [`# Stories`, '', `${plural(result.stories.length, 'story', 'stories')} from ${plural(data.articles.length, 'article')}.`, ''];
  result.stories.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${s.speaker?.name ?? UNATTRIBUTED}: ${s.claims[0]?.quote ?? ''}`, '');
    lines.push(`- Credibility ${s.credibility.grade}: ${s.credibility.reason}`);
    lines.push(`- ${s.origins.length} independent origin${s.origins.length === 1 ? '' : 's'}: ${s.origins.map((o) => o.label).join(', ')}; first: ${file(s.first.articleId)}${s.first.publishedAt ? ` (${s.first.publishedAt})` : ''}`);
    for (const c of s.claims) lines.push(`- ${file(c.articleId)} [${c.start}–${c.end}]: “${c.quote}”`);
    for (const c of s.contradictions) lines.push(`- **Against** ${file(c.articleId)} [${c.start}–${c.end}]: “${c.quote}” (${c.reason})`);
    lines.push('');
  });
  return lines.join('\n');
}

/** Runs the stories command; returns the exit status. */
export async function run({ values, positionals }: ParsedArgs): Promise<number> {
  const format = (values.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'md') throw new UsageError(`--format must be json or md, not "${format}".`);
  if (positionals.length === 0) throw new UsageError('give article files or one case file.');
  const cases = positionals.filter(isCaseFile);
  if (cases.length > 1 || (cases.length === 1 && positionals.length > 1)) throw new UsageError('give one case file, or article files, not both.');
  const accept = values['accept-suggestions'] === true;
  return withCliSession(cases[0] ?? null, async (session) => {
    // The name each article is printed under: the file given, else (a case) its file name or title.
    const nameOf = new Map<string, string>();
    const order: string[] = [];
    if (cases.length === 1) {
      for (const a of session.ws.data.articles) {
        nameOf.set(a.id, a.origin.fileName ?? a.title);
        order.push(a.id);
      }
    } else {
      for (const file of positionals) {
        const outcome = await session.importFile(file);
        if (outcome.status === 'refused') throw new CliFailure(outcome.message);
        // The same text given twice is one article, printed under the first file's name.
        const id = outcome.status === 'imported' ? outcome.article.id : outcome.existingId;
        if (!nameOf.has(id)) nameOf.set(id, file);
        order.push(id);
      }
    }
    if (accept) await acceptAllSuggestions(session);
    const data = session.ws.data;
    const result = groupStories(data, { includePending: accept });
    if (result.stories.length === 0) {
      const hint = cases.length === 0 && !accept ? ' (use --accept-suggestions to accept the suggested ones)' : '';
      process.stderr.write(`claimwork stories: no claims to group${hint}.\n`);
    }
    process.stdout.write(format === 'json' ? `${JSON.stringify(storiesJson(data, result, nameOf, order))}\n` : storiesMarkdown(data, result, nameOf));
    return 0;
  });
}
