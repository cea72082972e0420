/**
 * `stories FILE...|CASE.claimwork.json [--accept-suggestions] [--format json|md]`: one statement
 * across articles. Articles are read and analysed as `brief` does (the same importer, analyser and
 * acceptance); a case is read as it is. JSON is one object, schema "claimwork.stories/1", with UTF-16
 * offsets into each article's canonical text (the text `analyze` prints). Errors go to stderr, exit 1.
 */
import path from 'node:path';
import { defaultBriefing, emptyCase, type Article, type CaseData } from '../../../shared/domain';
import { groupStories, type StoriesResult } from '../../../shared/stories';
import { acceptSuggestions, extractArticle, loadCase, newArticle, optionalModule, type Suggestions } from './brief';
import { readBounded } from './read-bounded';

export const STORIES_SCHEMA = 'claimwork.stories/1';

const USAGE = 'Usage: npm run -s cli -- stories FILE...|CASE.claimwork.json [--accept-suggestions] [--format json|md]';

class UsageError extends Error {}

interface Args {
  files: string[];
  acceptSuggestions: boolean;
  format: 'json' | 'md';
}

function parseArgs(args: string[]): Args {
  const out: Args = { files: [], acceptSuggestions: false, format: 'json' };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--accept-suggestions') out.acceptSuggestions = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[(i += 1)];
      if (v !== 'json' && v !== 'md') throw new UsageError(`--format must be json or md, not "${v ?? ''}".`);
      out.format = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}.`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError('give article files or one case file.');
  return out;
}

const isCasePath = (f: string): boolean => ['.json', '.claimwork'].includes(path.extname(f).toLowerCase());

/** The case to group, and the name each article is printed under (the file given, else its file name or title). */
async function loadInput(opts: Args): Promise<{ data: CaseData; nameOf: Map<string, string>; order: string[] }> {
  const now = new Date().toISOString();
  const cases = opts.files.filter(isCasePath);
  if (cases.length > 1 || (cases.length === 1 && opts.files.length > 1)) throw new UsageError('give one case file, or article files, not both.');
  const nameOf = new Map<string, string>();
  if (cases.length === 1) {
    const file = cases[0] as string;
    const bytes = await readBounded(file).catch((error: unknown) => {
      throw new Error(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`);
    });
    const data = loadCase(new TextDecoder().decode(bytes), file);
    for (const a of data.articles) nameOf.set(a.id, a.origin.fileName ?? a.title);
    return { data, nameOf, order: data.articles.map((a) => a.id) };
  }
  const data: CaseData = { ...emptyCase('cli-stories', now, 'Stories'), briefing: defaultBriefing() };
  const byHash = new Map<string, Article>();
  const order: string[] = [];
  for (const file of opts.files) {
    const bytes = await readBounded(file).catch((error: unknown) => {
      throw new Error(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`);
    });
    const article = newArticle(`article-${data.articles.length + 1}`, file, await extractArticle(file, bytes), now);
    if (article.text.length === 0) throw new Error(`${file} has no text.`);
    // The same text given twice is one article, printed under the first file's name.
    const same = byHash.get(article.contentHash);
    if (same) {
      order.push(same.id);
      continue;
    }
    byHash.set(article.contentHash, article);
    data.articles.push(article);
    nameOf.set(article.id, file);
    order.push(article.id);
  }
  if (opts.acceptSuggestions) {
    const analysis = await optionalModule('../../../shared/analysis/analyze');
    const analyzeText = analysis?.analyzeText as ((t: string, o: unknown) => Suggestions) | undefined;
    if (typeof analyzeText !== 'function') throw new Error('--accept-suggestions needs the analyser (shared/analysis/analyze.ts).');
    for (const article of data.articles) {
      acceptSuggestions(data, article, analyzeText(article.text, { lang: article.lang, knownActors: data.actors, knownSources: data.sources, rejected: data.rejected }), now);
    }
  }
  return { data, nameOf, order };
}

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
  const lines = [`# Stories`, '', `${result.stories.length} stories from ${data.articles.length} articles.`, ''];
  result.stories.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${s.speaker?.name ?? 'Unattributed'}: ${s.claims[0]?.quote ?? ''}`, '');
    lines.push(`- Credibility ${s.credibility.grade}: ${s.credibility.reason}`);
    lines.push(`- ${s.origins.length} independent origin${s.origins.length === 1 ? '' : 's'}: ${s.origins.map((o) => o.label).join(', ')}; first: ${file(s.first.articleId)}${s.first.publishedAt ? ` (${s.first.publishedAt})` : ''}`);
    for (const c of s.claims) lines.push(`- ${file(c.articleId)} [${c.start}–${c.end}]: “${c.quote}”`);
    for (const c of s.contradictions) lines.push(`- **Against** ${file(c.articleId)} [${c.start}–${c.end}]: “${c.quote}” (${c.reason})`);
    lines.push('');
  });
  return lines.join('\n');
}

/** Runs the stories command; returns the exit status. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const opts = parseArgs(args);
    const { data, nameOf, order } = await loadInput(opts);
    const result = groupStories(data, { includePending: opts.acceptSuggestions });
    if (result.stories.length === 0) {
      const fromFiles = !opts.files.some(isCasePath);
      process.stderr.write(`claimwork stories: no claims to group${fromFiles && !opts.acceptSuggestions ? ' (use --accept-suggestions to accept the suggested ones)' : ''}.\n`);
    }
    process.stdout.write(opts.format === 'json' ? `${JSON.stringify(storiesJson(data, result, nameOf, order))}\n` : storiesMarkdown(data, result, nameOf));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`claimwork stories: ${message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    return 1;
  }
}
