/**
 * Actor and source names: as the case stores them (fitName, cleanAliases), and finding the actor
 * or source a name means (findByName). Names are compared on the app's matching key
 * (normaliseKey: case, Arabic harakat, tatweel, letter variants and direction controls folded)
 * everywhere: the picker, accepting a suggestion, linking an article's publisher, learning aliases.
 */
import { normaliseKey } from './analysis/normalise';
import { LIMITS } from './case-limits';
import { fitText } from './fit';

/** Something that goes by a name and, perhaps, aliases: an actor, a source, a picker's option. */
export interface Named {
  name: string;
  aliases?: readonly string[];
}

/** Every name an actor or source goes by: its name, then its aliases. */
export const namesOf = (x: Named): string[] => [x.name, ...(x.aliases ?? [])];

/** True when `text` is the name or an alias of `x` on the matching key; false for blank text. */
export function goesBy(x: Named, text: string): boolean {
  const key = normaliseKey(text);
  return key !== '' && namesOf(x).some((n) => normaliseKey(n) === key);
}

/**
 * The entity whose name, else one of whose aliases, is exactly `text` on the matching key; null
 * for blank text or when none is. Names first: an alias shared with another entity never wins over
 * that entity's own name; among equals the first in `entities` wins. A prefix or part of a name is
 * not a match, so the caller must not invent an entity from it.
 */
export function findByName<T extends Named>(entities: readonly T[], text: string): T | null {
  const key = normaliseKey(text);
  if (!key) return null;
  for (const e of entities) if (normaliseKey(e.name) === key) return e;
  for (const e of entities) if (e.aliases?.some((a) => normaliseKey(a) === key)) return e;
  return null;
}

/**
 * Aliases without blanks, duplicates (by normalised spelling) or the name itself, first spelling kept.
 * An alias longer than a name may be is left out: cut short, it would no longer match the text it
 * was learned from.
 */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([normaliseKey(name)]);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const key = normaliseKey(alias);
    if (alias.length === 0 || alias.length > LIMITS.name || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/**
 * An actor or source name as stored: trimmed, and cut at a word boundary with an ellipsis when longer
 * than the case allows (a name taken from a long marked text or a suggestion).
 */
export function fitName(name: string): string {
  return fitText(name, LIMITS.name);
}
