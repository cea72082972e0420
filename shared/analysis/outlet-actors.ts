/**
 * Outlets are actors as well as sources. A news outlet or agency named in the text (Reuters, AFP,
 * "Le Monde", "وكالة الأنباء الليبية") is graded as a source in the Sources tab, and it is also an
 * organisation in the actor list: it speaks ("écrit Le Canard enchaîné", "Le Monde révèle", "told
 * the Telegraph") and claims concern it, as the attribution gold records (its actors include the
 * outlets). Platforms (Facebook) and channel phrases ("in a statement") stay sources only.
 */
import { makeMention, type Mention } from './mention';
import type { SourceMention } from './sources';
import { firstStartingAt } from './speakers';
import type { Token } from './tokens';

/**
 * `mentions` (sorted by start) plus an organisation mention for every outlet source mention whose
 * tokens no actor mention covers yet. Returns the same array when nothing was added.
 */
export function withOutletActors(text: string, tokens: readonly Token[], mentions: Mention[], sources: readonly SourceMention[]): Mention[] {
  const added: Mention[] = [];
  let taken: Uint8Array | null = null;
  for (const sm of sources) {
    if (sm.kind !== 'outlet' || sm.rule === 'channel-phrase') continue;
    if (!taken) {
      taken = new Uint8Array(tokens.length);
      for (const m of mentions) for (let k = m.first; k < m.last; k++) taken[k] = 1;
    }
    const first = firstStartingAt(tokens, sm.start);
    let last = first;
    while (last < tokens.length && (tokens[last] as Token).end <= sm.end) last++;
    if (last <= first) continue;
    let free = true;
    for (let k = first; k < last; k++) if (taken[k]) free = false;
    if (!free) continue;
    // "told the Telegraph": the English article belongs to a newspaper's title.
    const article = first > 0 && (tokens[first - 1] as Token).key === 'the' && !taken[first - 1] && (tokens[first - 1] as Token).sent === (tokens[first] as Token).sent;
    const from = article ? first - 1 : first;
    const m = makeMention(text, tokens, from, last, 'organisation', 'outlet');
    if (!m) continue;
    // The source's own span: a clitic before an Arabic outlet's name is already cut off it.
    m.start = article ? (tokens[from] as Token).start : sm.start;
    m.end = sm.end;
    m.text = text.slice(m.start, m.end);
    for (let k = from; k < last; k++) taken[k] = 1;
    added.push(m);
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
