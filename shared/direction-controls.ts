/**
 * Direction controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069) in a title or
 * a name can make "‮gnp.exe" read "exe.png" and reorder the text after it, up to the end of the
 * line: the next cell of a table, the next Markdown table row. Lists and exports show each as a
 * visible tag (‹RLO›) instead; the stored text keeps them. Pure; no DOM.
 */

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const HAS_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const TAGS: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

/** `text` with every direction control replaced by its visible tag, e.g. "‹RLO›gnp.exe"; the same string when it has none. */
export function neutraliseDirectionControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROLS, (c) => `‹${TAGS[c] ?? 'BIDI'}›`) : text;
}

/** neutraliseDirectionControls for an optional value. */
export function neutraliseOptional<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? neutraliseDirectionControls(text) : text) as T;
}

interface Named {
  articles: readonly { title: string; publisher: string | null; byline: string | null }[];
  actors: readonly { name: string; aliases: string[]; role: string }[];
  sources: readonly { name: string; aliases: string[] }[];
}

const fields = <T extends object>(entity: T, keys: readonly (keyof T)[]): T => {
  let out: T | null = null;
  for (const key of keys) {
    const v = entity[key];
    const shown = Array.isArray(v) ? v.map((x: unknown) => (typeof x === 'string' ? neutraliseDirectionControls(x) : x)) : typeof v === 'string' ? neutraliseDirectionControls(v) : v;
    const changed = Array.isArray(v) ? (shown as unknown[]).some((x, i) => x !== v[i]) : shown !== v;
    if (changed) (out ??= { ...entity })[key] = shown as T[keyof T];
  }
  return out ?? entity;
};

/**
 * A copy of a case's collections for display: article titles, publishers and bylines, actor and
 * source names, aliases and roles neutralised. Entities without a control are the same objects.
 */
export function neutraliseNames<T extends Named>(data: T): T {
  return {
    ...data,
    articles: data.articles.map((a) => fields(a, ['title', 'publisher', 'byline'])),
    actors: data.actors.map((a) => fields(a, ['name', 'aliases', 'role'])),
    sources: data.sources.map((s) => fields(s, ['name', 'aliases'])),
  };
}
