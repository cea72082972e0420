/**
 * `brief FILE... --out PATH.md|PATH.html|PATH.pdf|PATH.docx [--out PATH...] [--accept-suggestions] [--title T] [--page-size A4|Letter]`
 *
 * Builds a briefing from a case file and/or article files and writes it atomically, once per --out
 * (PDFs of one run are printed by the same Chromium, started once). With
 * --accept-suggestions the analysis suggestions of every article become accepted claims, actors and
 * sources (the CLI has no analyst to review them). Errors go to stderr with exit status 1.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CASE_SCHEMA,
  CASE_SCHEMA_VERSION,
  defaultBriefing,
  emptyCase,
  type Actor,
  type ActorType,
  ACTOR_TYPES,
  SOURCE_KINDS,
  type SourceKind,
  type Annotation,
  type AnnotationTarget,
  type Article,
  type CaseData,
  type Source,
} from '../../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../../shared/text';
import { exportBriefing, formatOfPath } from '../export/briefing';
import { closePdfPrinter } from '../export/pdf';
import { readBounded } from './read-bounded';

const USAGE =
  'Usage: npm run -s cli -- brief FILE... --out PATH.md|PATH.html|PATH.pdf|PATH.docx [--out PATH...] [--accept-suggestions] [--title T] [--page-size A4|Letter]';

class UsageError extends Error {}

interface BriefArgs {
  files: string[];
  /** Every --out, in order. */
  outs: string[];
  acceptSuggestions: boolean;
  title: string | null;
  pageSize: 'A4' | 'Letter' | null;
}

function parseArgs(args: string[]): BriefArgs {
  const parsed: BriefArgs = { files: [], outs: [], acceptSuggestions: false, title: null, pageSize: null };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const value = (): string => {
      const v = args[i + 1];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      i += 1;
      return v;
    };
    if (a === '--out' || a === '-o') parsed.outs.push(value());
    else if (a === '--accept-suggestions') parsed.acceptSuggestions = true;
    else if (a === '--title') parsed.title = value();
    else if (a === '--page-size') {
      const v = value();
      const size = v.toLowerCase() === 'a4' ? 'A4' : v.toLowerCase() === 'letter' ? 'Letter' : null;
      if (!size) throw new UsageError(`--page-size must be A4 or Letter, not "${v}".`);
      parsed.pageSize = size;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}.`);
    else parsed.files.push(a);
  }
  if (parsed.files.length === 0) throw new UsageError('give at least one article or case file.');
  if (parsed.outs.length === 0) throw new UsageError('--out PATH is required.');
  const wrong = parsed.outs.find((out) => !formatOfPath(out));
  if (wrong !== undefined) throw new UsageError(`--out must end in .md, .html, .pdf or .docx: "${wrong}".`);
  return parsed;
}

/** A case file is refused unless it says it is one, in a version this build can read. */
export function loadCase(text: string, file: string): CaseData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON.`);
  }
  const obj = raw as Partial<CaseData> & { schemaVersion?: unknown };
  if (typeof raw !== 'object' || raw === null || obj.schema !== CASE_SCHEMA) throw new Error(`${file} is not a Claimwork case file.`);
  if (typeof obj.schemaVersion !== 'number' || obj.schemaVersion > CASE_SCHEMA_VERSION) {
    throw new Error(`${file} was written by a newer Claimwork (case version ${String(obj.schemaVersion)}); update Claimwork to open it.`);
  }
  for (const key of ['articles', 'actors', 'sources', 'annotations'] as const) {
    if (!Array.isArray(obj[key])) throw new Error(`${file} is damaged: "${key}" is missing.`);
  }
  return { ...obj, rejected: obj.rejected ?? [], briefing: { ...defaultBriefing(), ...(obj.briefing ?? {}) } } as CaseData;
}

interface Extracted {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  format?: string;
  encoding?: string | null;
}

/**
 * Loads a module that another part of Claimwork may provide (the importer, the analyser) by path at run
 * time, so that this command still works for plain text while they are absent. Returns null if absent.
 */
export async function optionalModule(relative: string): Promise<Record<string, unknown> | null> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const ext of ['.ts', '.js']) {
    const file = path.resolve(here, relative + ext);
    try {
      await readFile(file);
    } catch {
      continue;
    }
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  }
  return null;
}

export async function extractArticle(file: string, bytes: Uint8Array): Promise<Extracted> {
  const name = path.basename(file);
  const ext = path.extname(name).toLowerCase();
  const importer = await optionalModule('../import/extract');
  const extractFile = importer?.extractFile;
  if (typeof extractFile === 'function') {
    let res: unknown;
    try {
      res = await (extractFile as (n: string, b: Uint8Array) => unknown)(name, bytes);
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // The importer may answer with a Result or with the article itself.
    const value = res && typeof res === 'object' && 'ok' in res ? (res as { ok: boolean; value?: unknown; error?: { message?: string } }) : null;
    if (value && !value.ok) throw new Error(`${file}: ${value.error?.message ?? 'could not be imported.'}`);
    const article = (value ? value.value : res) as Extracted | undefined;
    if (article && typeof article.text === 'string') return article;
  }
  if (ext !== '.txt' && ext !== '.md' && ext !== '.text' && ext !== '.markdown') {
    throw new Error(`${file}: only .txt and .md articles (or a case .json) can be read here.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file} is not UTF-8 text.`);
  }
  return { text, format: ext.slice(1), encoding: 'UTF-8' };
}

export function newArticle(id: string, file: string, ex: Extracted, now: string): Article {
  const text = canonicalText(ex.text);
  const lang = detectLang(text);
  return {
    id,
    title: ex.title?.trim() || path.basename(file).replace(/\.[^.]+$/, ''),
    text,
    lang,
    dir: directionOf(lang, text),
    url: ex.url ?? null,
    publisher: ex.publisher ?? null,
    byline: ex.byline ?? null,
    publishedAt: ex.publishedAt ?? null,
    origin: { fileName: path.basename(file), format: ex.format ?? path.extname(file).slice(1), encoding: ex.encoding ?? null },
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    paragraphStarts: paragraphStarts(text),
    sourceId: null,
    addedAt: now,
  };
}

/** Exact quote plus 32 characters either side, as the app stores it. */
function describe(text: string, start: number, end: number): AnnotationTarget {
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
  };
}

interface Span {
  start: number;
  end: number;
}
export interface Suggestions {
  claims: (Span & {
    /** The reporting cue, as a span (current analyser) or its text. */
    cue?: string | (Span & { text?: string }) | null;
    speaker?: { actorId?: string | null } | null;
    source?: { sourceId?: string | null } | null;
    hedged?: boolean;
    confidence?: number;
    rule?: string;
  })[];
  actors: { id: string; name: string; type?: string; role?: string; aliases?: string[]; mentions?: Span[] }[];
  sources: { id: string; name: string; kind?: string; mentions?: Span[] }[];
}


/** Turns the analyser's suggestions for one article into accepted annotations and case actors/sources. */
export function acceptSuggestions(data: CaseData, article: Article, s: Suggestions, now: string): void {
  let counter = data.annotations.length;
  const nextId = (p: string): string => `${p}${(counter += 1)}`;
  const validSpan = (m: Span): boolean =>
    Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= article.text.length;
  const base = (kind: Annotation['kind'], span: Span, rule: string, cue: string | null, confidence: number): Annotation => ({
    id: nextId(kind === 'claim' ? 'c' : kind === 'actor' ? 'm' : 's'),
    articleId: article.id,
    kind,
    target: describe(article.text, span.start, span.end),
    origin: { kind: 'suggested', rule, cue },
    review: 'accepted',
    confidence: Math.max(0, Math.min(1, confidence)),
    claim: null,
    actorId: null,
    sourceId: null,
    note: '',
    createdAt: now,
    updatedAt: now,
  });
  const actorIds = new Map<string, string>();
  for (const a of s.actors ?? []) {
    const key = a.name.trim().toLowerCase();
    let actor: Actor | undefined = data.actors.find((x) => x.id === a.id) ?? data.actors.find((x) => x.name.trim().toLowerCase() === key);
    if (!actor) {
      actor = {
        id: `actor-${data.actors.length + 1}`,
        name: a.name.trim(),
        type: ACTOR_TYPES.includes(a.type as ActorType) ? (a.type as ActorType) : 'other',
        aliases: [...new Set(a.aliases ?? [])],
        role: a.role?.trim() ?? '',
      };
      data.actors.push(actor);
    }
    actorIds.set(a.id, actor.id);
    for (const m of a.mentions ?? []) {
      if (validSpan(m)) data.annotations.push({ ...base('actor', m, 'actor-mention', null, 1), actorId: actor.id });
    }
  }
  const sourceIds = new Map<string, string>();
  for (const src of s.sources ?? []) {
    const key = src.name.trim().toLowerCase();
    let source: Source | undefined = data.sources.find((x) => x.id === src.id) ?? data.sources.find((x) => x.name.trim().toLowerCase() === key);
    if (!source) {
      // Reliability F: the CLI cannot judge a source the analyst never graded.
      const kind = SOURCE_KINDS.includes(src.kind as SourceKind) ? (src.kind as SourceKind) : 'outlet';
      source = { id: `source-${data.sources.length + 1}`, name: src.name.trim(), kind, reliability: 'F', aliases: [] };
      data.sources.push(source);
    }
    sourceIds.set(src.id, source.id);
    for (const m of src.mentions ?? []) {
      if (validSpan(m)) data.annotations.push({ ...base('source', m, 'source-mention', null, 1), sourceId: source.id });
    }
  }
  for (const c of s.claims ?? []) {
    if (!validSpan(c)) continue;
    const speakerId = c.speaker?.actorId ? (actorIds.get(c.speaker.actorId) ?? null) : null;
    const sourceId = c.source?.sourceId ? (sourceIds.get(c.source.sourceId) ?? null) : null;
    data.annotations.push({
      ...base('claim', c, c.rule ?? 'suggested', typeof c.cue === 'string' ? c.cue : (c.cue?.text ?? null), c.confidence ?? 0.5),
      claim: {
        speakerId,
        subjectIds: [],
        sourceId,
        channel: '',
        claimType: 'statement',
        hedged: c.hedged === true,
        credibility: 6,
        comment: '',
        tags: [],
      },
    });
  }
}

/** Runs the brief command; returns the exit status. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const opts = parseArgs(args);
    const now = new Date().toISOString();
    let data: CaseData | null = null;
    const articles: { file: string; ex: Extracted }[] = [];
    for (const file of opts.files) {
      const bytes = await readBounded(file).catch((error: unknown) => {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      });
      if (path.extname(file).toLowerCase() === '.json' || path.extname(file).toLowerCase() === '.claimwork') {
        if (data) throw new Error('give at most one case file.');
        data = loadCase(new TextDecoder().decode(bytes), file);
      } else {
        articles.push({ file, ex: await extractArticle(file, bytes) });
      }
    }
    data ??= { ...emptyCase('cli-case', now, 'Briefing'), briefing: { ...defaultBriefing(), title: 'Briefing' } };
    data = { ...data, articles: [...data.articles], actors: [...data.actors], sources: [...data.sources], annotations: [...data.annotations] };
    const existing = new Set(data.articles.map((a) => a.contentHash));
    for (const { file, ex } of articles) {
      const article = newArticle(`article-${data.articles.length + 1}`, file, ex, now);
      if (article.text.length === 0) throw new Error(`${file} has no text.`);
      if (existing.has(article.contentHash)) continue;
      existing.add(article.contentHash);
      data.articles.push(article);
    }
    if (opts.acceptSuggestions) {
      const analysis = await optionalModule('../../../shared/analysis/analyze');
      const analyzeText = analysis?.analyzeText;
      if (typeof analyzeText !== 'function') throw new Error('--accept-suggestions needs the analyser (shared/analysis/analyze.ts), which is not available in this build.');
      for (const article of data.articles) {
        const result = (await (analyzeText as (t: string, o: unknown) => unknown)(article.text, { lang: article.lang, knownActors: data.actors, knownSources: data.sources, rejected: data.rejected })) as Suggestions;
        acceptSuggestions(data, article, result, now);
      }
    }
    if (opts.title !== null) data.briefing = { ...data.briefing, title: opts.title };
    let warned = false;
    for (const out of opts.outs) {
      const briefing = await exportBriefing(data, out, {
        format: formatOfPath(out) ?? 'md',
        pageSize: opts.pageSize ?? data.briefing.pageSize,
        generatedAt: now,
      });
      if (briefing.claimCount === 0 && !warned) {
        warned = true;
        process.stderr.write(
          `claimwork brief: no claims were accepted${opts.acceptSuggestions ? '' : ' (use --accept-suggestions to accept the suggested ones)'}; the briefing lists the articles only.\n`,
        );
      }
      process.stdout.write(`${out}: ${briefing.claimCount} claims from ${data.articles.length} articles\n`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`claimwork brief: ${message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    return 1;
  } finally {
    await closePdfPrinter();
  }
}
