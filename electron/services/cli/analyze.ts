/**
 * `analyze FILE... [--format json|md] [--lang ar|en|fr] [--case CASE.json]`: suggested claims, speakers,
 * actors and sources for each file. JSON format prints one document per file per line (JSON Lines,
 * schema "claimwork.analysis/1") and nothing else on stdout; md prints a readable summary.
 * A file that cannot be read is reported on stderr, prints nothing, and makes the exit status 1.
 */
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, CaseData, Lang, RejectedSuggestion, Source } from '../../../shared/domain';
import { rejectedKeys } from '../suggest';
import { readBounded } from './read-bounded';
import { analyzeText, type Analysis } from '../../../shared/analysis/analyze';
import { canonicalText, detectLang, directionOf } from '../../../shared/text';

export const ANALYSIS_SCHEMA = 'claimwork.analysis/1';

interface Article {
  title: string;
  text: string;
  lang: Lang;
  dir: 'rtl' | 'ltr';
}

type Extract = (name: string, bytes: Uint8Array, opts?: { encoding?: string }) => Promise<{ title: string; text: string; lang: string; dir: string }>;

/** The importer, when it is present in this tree: it reads html, pdf and docx as well as text. */
async function loadExtractor(): Promise<Extract | null> {
  const url = new URL('../import/extract.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  const mod = (await import(url.href)) as { extractFile?: Extract };
  return typeof mod.extractFile === 'function' ? mod.extractFile : null;
}

const LANGS: readonly Lang[] = ['ar', 'en', 'fr', 'und'];

async function readArticle(file: string, extract: Extract | null, lang: Lang | null): Promise<Article> {
  const bytes = await readBounded(file);
  const ext = extname(file).toLowerCase();
  if (extract && ext !== '.txt' && ext !== '.md') {
    const a = await extract(basename(file), new Uint8Array(bytes));
    const text = canonicalText(a.text);
    const l = lang ?? (LANGS.includes(a.lang as Lang) ? (a.lang as Lang) : detectLang(text));
    return { title: a.title, text, lang: l, dir: directionOf(l, text) };
  }
  if (!extract && ['.pdf', '.docx', '.doc', '.html', '.htm'].includes(ext)) {
    throw new Error(`${ext} files need the importer, which is not available in this build; convert to .txt first.`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    // Not UTF-8 (e.g. windows-1256 Arabic): the importer detects the encoding when it is present.
    if (!extract) throw new Error(`not valid UTF-8 text (${e instanceof Error ? e.message : String(e)})`);
    raw = (await extract(basename(file), new Uint8Array(bytes))).text;
  }
  const text = canonicalText(raw);
  const l = lang ?? detectLang(text);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const title = firstLine.length > 0 && firstLine.length <= 200 ? firstLine : basename(file);
  return { title, text, lang: l, dir: directionOf(l, text) };
}

/** One JSON Lines document for a file. */
export function toJson(file: string, article: Article, analysis: Analysis): string {
  return JSON.stringify({
    schema: ANALYSIS_SCHEMA,
    file,
    article: { title: article.title, lang: analysis.lang, dir: analysis.dir },
    text: article.text,
    claims: analysis.claims,
    actors: analysis.actors,
    sources: analysis.sources,
  });
}

function clip(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A readable Markdown summary for one file. */
export function toMarkdown(file: string, article: Article, a: Analysis): string {
  const lines = [`# ${article.title}`, '', `File: ${file} · language ${a.lang} (${a.dir}) · ${a.claims.length} claims, ${a.actors.length} actors, ${a.sources.length} sources`, '', '## Claims', ''];
  if (a.claims.length === 0) lines.push('None found.');
  a.claims.forEach((c, i) => {
    // Pronouns and implied subjects show whom they were resolved to.
    const resolved = c.speaker && (c.speaker.via === 'pronoun' || c.speaker.via === 'implicit') && c.speaker.name && c.speaker.name !== c.speaker.text;
    const who = c.speaker ? (resolved ? `${c.speaker.text} → ${c.speaker.name}` : c.speaker.text) : 'nobody named';
    const extra = [c.cue ? `cue “${c.cue.text}”` : null, c.source ? `source ${c.source.text}` : null, c.channel ? `channel ${c.channel.text}` : null, c.hedged ? 'hedged' : null, `rule ${c.rule}`, `confidence ${c.confidence}`].filter(Boolean).join('; ');
    lines.push(`${i + 1}. **${who}**: ${clip(c.text)}`, `   - ${extra}`);
  });
  lines.push('', '## Actors', '');
  if (a.actors.length === 0) lines.push('None found.');
  for (const x of a.actors) {
    const aliases = x.aliases.length ? `; also ${x.aliases.join(', ')}` : '';
    lines.push(`- **${x.name}** (${x.type}${x.known ? ', known' : ', new'}${x.role ? `, ${x.role}` : ''}): ${x.mentions.length} mentions${aliases}`);
  }
  lines.push('', '## Sources', '');
  if (a.sources.length === 0) lines.push('None found.');
  for (const s of a.sources) lines.push(`- **${s.name}** (${s.kind}): ${s.mentions.map((m) => m.text).join(', ')}`);
  return lines.join('\n') + '\n';
}

interface CaseInput {
  actors: Actor[];
  sources: Source[];
  rejected: RejectedSuggestion[];
}

async function readCase(path: string): Promise<CaseInput> {
  const data = JSON.parse(new TextDecoder().decode(await readBounded(path))) as Partial<CaseInput & Pick<CaseData, 'annotations'>>;
  // Rejections live in the case's list and, from the review queue, as rejected annotations.
  const rejected = rejectedKeys({ rejected: Array.isArray(data.rejected) ? data.rejected : [], annotations: Array.isArray(data.annotations) ? data.annotations : [] });
  return { actors: Array.isArray(data.actors) ? data.actors : [], sources: Array.isArray(data.sources) ? data.sources : [], rejected };
}

const USAGE = 'Usage: npm run -s cli -- analyze FILE... [--format json|md] [--lang ar|en|fr] [--case CASE.json]';

export async function run(args: string[]): Promise<number> {
  let format = 'json';
  let lang: Lang | null = null;
  let casePath: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    if (a === '--format' || a.startsWith('--format=')) format = value() ?? '';
    else if (a === '--lang' || a.startsWith('--lang=')) lang = (value() ?? '') as Lang;
    else if (a === '--case' || a.startsWith('--case=')) casePath = value() ?? null;
    else if (a === '--help' || a === '-h') {
      process.stderr.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('--')) {
      process.stderr.write(`claimwork analyze: unknown option ${a}\n${USAGE}\n`);
      return 1;
    } else files.push(a);
  }
  if (format !== 'json' && format !== 'md') {
    process.stderr.write(`claimwork analyze: --format must be json or md, not "${format}"\n`);
    return 1;
  }
  if (lang !== null && !LANGS.includes(lang)) {
    process.stderr.write(`claimwork analyze: --lang must be one of ${LANGS.join(', ')}\n`);
    return 1;
  }
  if (files.length === 0) {
    process.stderr.write(`claimwork analyze: no FILE given\n${USAGE}\n`);
    return 1;
  }
  let known: CaseInput = { actors: [], sources: [], rejected: [] };
  if (casePath) {
    try {
      known = await readCase(casePath);
    } catch (e) {
      process.stderr.write(`claimwork analyze: cannot read case ${casePath}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  const extract = await loadExtractor();
  let status = 0;
  for (const file of files) {
    let out: string;
    try {
      const article = await readArticle(file, extract, lang);
      const analysis = analyzeText(article.text, { lang: article.lang, knownActors: known.actors, knownSources: known.sources, rejected: known.rejected });
      out = format === 'json' ? `${toJson(file, article, analysis)}\n` : toMarkdown(file, article, analysis);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`claimwork analyze: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : msg}\n`);
      status = 1;
      continue;
    }
    process.stdout.write(out);
  }
  return status;
}
