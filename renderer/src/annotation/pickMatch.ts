import { normaliseKey } from '../../../shared/analysis/normalise';

export interface PickOption {
  id: string;
  name: string;
  /** Other names the entity goes by (an actor's aliases): typing one of them picks the entity. */
  aliases?: readonly string[];
  hint?: string;
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
