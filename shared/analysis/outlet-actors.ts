/**
 * Outlets are actors as well as sources. A news outlet or agency named in the text (Reuters, AFP,
 * "Le Monde", "وكالة الأنباء الليبية") is graded as a source in the Sources tab, and it is also an
 * organisation in the actor list: it speaks ("écrit Le Canard enchaîné", "Le Monde révèle", "told
 * the Telegraph") and claims concern it, as the attribution gold records (its actors include the
 * outlets). Platforms (Facebook) and channel phrases ("in a statement") stay sources only.
 */
import { OUTLET_KIND_NOUNS } from './lexicon';
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

/** A French adjective after a noun, by its ending ("satirique", "parisien", "régional", "quotidienne"). */
const FR_ADJECTIVE_ENDING = /(ique|ien|ienne|al|ale|aire|if|ive|ais|aise|ain|aine)$/;

/**
 * Descriptions of an outlet by its kind ("Le journal satirique", "le quotidien du soir", "the
 * newspaper", "الصحيفة") refer to the outlet named last before them, within the paragraph or the two
 * before it. Returns, per mention of that outlet, the descriptions as written (article included),
 * to be kept as aliases of its actor. `mentions` sorted by start.
 */
export function outletDescriptions(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Map<Mention, string[]> {
  const out = new Map<Mention, string[]>();
  const outlets = mentions.filter((m) => m.rule === 'outlet');
  if (outlets.length === 0) return out;
  let o = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (o + 1 < outlets.length && (outlets[o + 1] as Mention).last <= i) o++;
    if (o < 0 || !t.word) continue;
    let head = -1;
    if (t.arabic) {
      if (OUTLET_KIND_NOUNS.has(t.key)) head = i;
    } else if (/^(the|le|la|les)$/.test(t.key) && OUTLET_KIND_NOUNS.has(tokens[i + 1]?.key ?? '')) head = i + 1;
    if (head < 0) continue;
    const outlet = outlets[o] as Mention;
    if ((tokens[outlet.first]?.para ?? 0) < t.para - 2) continue;
    let end = head + 1;
    const next = tokens[end];
    // "le journal Ebdo" introduces another outlet by its name: not a description.
    if (next?.latin && next.cap) continue;
    if (next?.latin && next.word && !next.cap) {
      // French qualifies after the noun: "du soir", "satirique".
      if (/^(du|de|des)$/.test(next.key) && tokens[end + 1]?.word && !tokens[end + 1]?.cap) end += 2;
      else if (FR_ADJECTIVE_ENDING.test(next.key)) end += 1;
    }
    const form = text.slice(t.start, (tokens[end - 1] as Token).end);
    const list = out.get(outlet) ?? [];
    if (!list.includes(form)) list.push(form);
    out.set(outlet, list);
    i = end - 1;
  }
  return out;
}
