import type { Direction, Lang } from '../../../shared/domain';
import { detectLang, directionOf } from '../../../shared/text';

/**
 * Language of an article: a declared BCP 47 tag (html lang, docx metadata) wins when it is one the
 * app knows; a declared other language gives 'und' rather than a wrong guess; no tag → guess from text.
 */
export function resolveLang(declared: string | null | undefined, text: string): Lang {
  const tag = declared?.trim().toLowerCase() ?? '';
  if (tag) {
    const primary = tag.split(/[-_]/)[0];
    if (primary === 'ar' || primary === 'en' || primary === 'fr') return primary;
    return 'und';
  }
  return detectLang(text);
}

/** Direction: a declared dir attribute wins, else the language's direction (or the text's first strong letter). */
export function resolveDir(declared: string | null | undefined, lang: Lang, text: string): Direction {
  const d = declared?.trim().toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  return directionOf(lang, text);
}

/** Title when the file gives none: the first line if short, else the file name without its extension. */
export function fallbackTitle(text: string, fileName: string): string {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  if (first && first.length <= 200) return first;
  return baseName(fileName);
}

/** File name without folders and without its last extension. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
