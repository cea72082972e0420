/**
 * Importing articles: the one entry the handlers (every host) and the command line call. Every way
 * in is here: a file's bytes (picker, drag and drop), a file on disk (dialog, command line), pasted
 * text, pasted HTML, and reading an article's file again in another encoding. Behind it: the
 * importers that turn bytes into text and metadata (extract.ts and the format modules), drafts
 * (drafts.ts), the article built from a draft (article.ts), and the workspace that stores it
 * (duplicates refused by content hash, the publisher linked to a Source).
 * A refusal is an outcome for the analyst, never a thrown error, and writes nothing.
 */
import type { Article, Lang } from '../../../shared/domain';
import type { CaseView, ImportOutcome } from '../../../shared/ipc-contract';
import { AppFailure, fail } from '../../../shared/result';
import { directionOf } from '../../../shared/text';
import type { Workspace } from '../workspace';
import { articleFromDraft, type ArticleDraft } from './article';
import { extractPath } from './batch';
import { draftFromFile, draftFromHtml, draftFromPath } from './drafts';
import type { Extracted } from './extract';
import { joinWrappedLines } from './paragraphs';

export { COMMON_ENCODINGS } from './extract';

/** Adds the draft `make` gives; a refusal (AppFailure) becomes a 'refused' outcome named `name`. */
async function outcome(ws: Workspace, name: string, make: () => ArticleDraft | Promise<ArticleDraft>): Promise<ImportOutcome> {
  try {
    return ws.addArticle(await make(), name);
  } catch (error) {
    if (error instanceof AppFailure) return { status: 'refused', name, message: error.appError.message };
    throw error;
  }
}

/** Imports one file's bytes as an article (file picker, drag and drop); `encoding` forces a text decoding. */
export function importBytes(ws: Workspace, name: string, bytes: Uint8Array, encoding?: string): Promise<ImportOutcome> {
  return outcome(ws, name, () => draftFromFile(name, bytes, encoding));
}

/**
 * Imports one file from disk as an article: its size is checked before it is read, so an oversized
 * file is refused without being loaded. The outcome is named by the file's base name.
 */
export function importPath(ws: Workspace, filePath: string, encoding?: string): Promise<ImportOutcome> {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return outcome(ws, name, () => draftFromPath(filePath, encoding));
}

/** Imports files picked in a dialog, one after another; each outcome is named by the whole path, so two files of one name are told apart by their folders. */
export async function importPaths(ws: Workspace, paths: readonly string[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const p of paths) outcomes.push({ ...(await importPath(ws, p)), name: p });
  return outcomes;
}

/** Pasted text and what the analyst typed about it. */
export interface PastedText {
  title: string;
  text: string;
  url?: string | null | undefined;
  publisher?: string | null | undefined;
  publishedAt?: string | null | undefined;
}

/** Imports pasted text; hard-wrapped lines are joined into paragraphs, an empty title lets the text's headline be the title. */
export function importPastedText(ws: Workspace, req: PastedText): Promise<ImportOutcome> {
  return outcome(ws, req.title || 'Pasted text', () => ({
    title: req.title,
    text: joinWrappedLines(req.text, false),
    url: req.url ?? null,
    publisher: req.publisher ?? null,
    publishedAt: req.publishedAt ?? null,
    origin: { fileName: null, format: 'paste', encoding: null },
  }));
}

/** Pasted HTML and what the analyst typed about it; what was typed wins over what the page says. */
export interface PastedHtml {
  html: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
  publisher?: string | null | undefined;
  publishedAt?: string | null | undefined;
}

/** Imports HTML pasted from the clipboard: the article body is extracted here, never rendered or run. */
export function importPastedHtml(ws: Workspace, req: PastedHtml): Promise<ImportOutcome> {
  return outcome(ws, req.title?.trim() || 'Pasted HTML', () => {
    const draft = draftFromHtml(req.html, req.url);
    const pick = (given: string | null | undefined, found: string | null | undefined) => given?.trim() || found || null;
    return { ...draft, title: req.title?.trim() || draft.title, publisher: pick(req.publisher, draft.publisher), publishedAt: pick(req.publishedAt, draft.publishedAt) };
  });
}

/**
 * Reads an article's file again (the analyst picked the same file) with another encoding and
 * replaces its text; annotations are re-anchored. Throws AppFailure: 'not-found' for an unknown
 * article, 'refused-input' for an unreadable file or a text another article already has.
 */
export async function reimportArticle(ws: Workspace, id: string, bytes: Uint8Array, encoding: string): Promise<CaseView> {
  const article = ws.data.articles.find((a) => a.id === id) ?? fail('not-found', 'That article is no longer in the case.');
  const name = article.origin.fileName ?? `${article.title}.txt`;
  return ws.replaceArticleText(id, await draftFromFile(name, bytes, encoding));
}

/** A file's text and metadata as the importers read it, without adding it to a case (`cli extract`). Throws AppFailure('refused-input'). */
export function readArticleFile(filePath: string, encoding?: string): Promise<Extracted> {
  return extractPath(filePath, encoding === undefined ? {} : { encoding });
}

/**
 * A file as the article the app would add, without adding it (`cli analyze`); `lang` overrides the
 * detected language (and with it the direction). Throws AppFailure('refused-input').
 */
export async function articleFromPath(filePath: string, lang?: Lang): Promise<Article> {
  const read = articleFromDraft(await draftFromPath(filePath));
  return lang ? { ...read, lang, dir: directionOf(lang, read.text) } : read;
}
