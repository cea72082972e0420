/**
 * Reasons in words as parts: plain text and names (outlets, actors, quoted cue words and figures),
 * so every renderer can isolate each name in its own direction: two Arabic outlets in an English
 * reason must not read as one right-to-left run. The plain string is the parts joined.
 */

/** A piece of a reason: plain text, or a name or quoted word to be isolated in its own direction. */
export type ReasonPart = { text: string } | { name: string };

/** A piece given to `worded`: strings and numbers are plain text, parts and lists of parts are kept. */
type Piece = string | number | ReasonPart | readonly ReasonPart[];

/** A name part (an outlet, an actor, a quoted word). */
export const named = (name: string): ReasonPart => ({ name });

/** Names joined by ", " as parts. */
export function namesList(names: readonly string[]): ReasonPart[] {
  return names.flatMap((n, i) => (i > 0 ? [{ text: ', ' }, { name: n }] : [{ name: n }]));
}

/**
 * Parts from a template: `worded\`carried by ${named(a)} and ${n} others\``. Neighbouring text is
 * merged and empty text dropped, so the parts stay few.
 */
export function worded(strings: TemplateStringsArray, ...pieces: Piece[]): ReasonPart[] {
  const out: ReasonPart[] = [];
  const push = (p: ReasonPart): void => {
    const last = out[out.length - 1];
    if ('text' in p) {
      if (p.text === '') return;
      if (last && 'text' in last) out[out.length - 1] = { text: last.text + p.text };
      else out.push(p);
    } else out.push(p);
  };
  strings.forEach((s, i) => {
    push({ text: s });
    if (i >= pieces.length) return;
    const piece = pieces[i] as Piece;
    if (typeof piece === 'string' || typeof piece === 'number') push({ text: String(piece) });
    else if (Array.isArray(piece)) for (const p of piece as readonly ReasonPart[]) push(p);
    else push(piece as ReasonPart);
  });
  return out;
}

/** The reason as one string, for the command line's JSON and wherever plain text is enough. */
export function reasonText(parts: readonly ReasonPart[]): string {
  return parts.map((p) => ('text' in p ? p.text : p.name)).join('');
}
