import { extractPath } from './batch';
import { extractFile, extractHtmlString, type Extracted } from './extract';
import { refuse } from './refuse';
import type { ArticleDraft } from './article';

/** Turns an importer's result into an article draft (origin records file name, format and encoding). */
export function draftFromExtracted(x: Extracted, fileName: string | null): ArticleDraft {
  return {
    title: x.title,
    text: x.text,
    lang: x.lang,
    dir: x.dir,
    url: x.url,
    publisher: x.publisher,
    byline: x.byline,
    publishedAt: x.publishedAt,
    origin: { fileName, format: x.format, encoding: x.encoding },
  };
}

/**
 * Turns a file's bytes into an article draft through the real importers (HTML via Readability, PDF,
 * DOCX, Markdown, text in any common encoding). `encoding` forces a decoding for text formats.
 * Throws AppFailure('refused-input') with a sentence for the analyst (empty, over 50 MB, binary,
 * unsupported, PDF without text...) and AppFailure('cancelled') when `signal` aborts. Writes nothing.
 */
export async function draftFromFile(name: string, bytes: Uint8Array, encoding?: string, signal?: AbortSignal): Promise<ArticleDraft> {
  const base = name.split(/[\\/]/).pop() ?? name;
  const extracted = await extractFile(base, bytes, { ...(encoding ? { encoding } : {}), ...(signal ? { signal } : {}) });
  return draftFromExtracted(extracted, base);
}

/**
 * Like draftFromFile for a file on disk: its size is checked with stat before it is read, so a file
 * over 50 MB (or a folder, or one that cannot be read) is refused without being loaded.
 * Throws AppFailure('refused-input') with a sentence for the analyst. Writes nothing.
 */
export async function draftFromPath(filePath: string, encoding?: string, signal?: AbortSignal): Promise<ArticleDraft> {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  const extracted = await extractPath(filePath, { ...(encoding ? { encoding } : {}), ...(signal ? { signal } : {}) });
  return draftFromExtracted(extracted, base);
}

/**
 * Turns HTML pasted from the clipboard into an article draft: Readability extracts the body and its
 * metadata; nothing in the HTML is run. `url` (if the analyst knows it) resolves relative links.
 */
export function draftFromHtml(html: string, url?: string | null): ArticleDraft {
  if (!html.trim()) return refuse('The pasted HTML is empty. Copy the article again and paste it.');
  const extracted = extractHtmlString(html, url ? { url } : {});
  return { ...draftFromExtracted(extracted, null), origin: { fileName: null, format: 'html', encoding: null }, url: url?.trim() || extracted.url };
}
