import { normaliseKey } from '../../../shared/analysis/normalise';

export interface PickOption {
  id: string;
  name: string;
  /** Other names the entity goes by (an actor's aliases): typing one of them picks the entity. */
  aliases?: readonly string[];
  hint?: string;
}

/**
 * The option whose name or one of whose aliases is exactly `text`, compared on the app's matching
 * key (case, Arabic harakat, tatweel, hamza seats and direction controls folded). A prefix or a
 * part of a name is not a match: null then, and the caller must not invent an entity from it.
 */
export function exactPick(options: readonly PickOption[], text: string): PickOption | null {
  const key = normaliseKey(text);
  if (!key) return null;
  // The name first: an alias shared by two actors must not win over another actor's own name.
  for (const o of options) if (normaliseKey(o.name) === key) return o;
  for (const o of options) if (o.aliases?.some((a) => normaliseKey(a) === key)) return o;
  return null;
}

/**
 * Options whose name or an alias contains the typed text on the matching key, names that start
 * with it first; at most `max`. Empty text lists the first `max` options as they are.
 */
export function pickSuggestions(options: readonly PickOption[], text: string, max: number): PickOption[] {
  const key = normaliseKey(text);
  if (!key) return options.slice(0, max);
  const starts: PickOption[] = [];
  const contains: PickOption[] = [];
  for (const o of options) {
    const name = normaliseKey(o.name);
    if (name.startsWith(key)) starts.push(o);
    else if (name.includes(key) || o.aliases?.some((a) => normaliseKey(a).includes(key))) contains.push(o);
    if (starts.length >= max) break;
  }
  return [...starts, ...contains].slice(0, max);
}
