/**
 * Actor and source names and aliases as the case stores them.
 */
import { normaliseKey } from '../analysis/normalise';
import { LIMITS } from '../case-limits';
import { fitText } from '../fit';

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
