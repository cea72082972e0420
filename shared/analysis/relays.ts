/**
 * Listeners of a report in French and Arabic, the claim's source beside its speaker: "a déclaré à
 * l'AFP", "a-t-il confié au Monde", "قال … لوكالة أنباء الشرق الأوسط", "وقال لـ«الجزيرة نت»". The
 * English listener ("told Reuters") is read in claims.ts with the verbs of telling.
 */
import { AR_COMPLEMENTISERS, AR_STOP } from './lexicon-ar';
import { LISTENER_BARE_NOUNS, LISTENER_MEDIA_NOUNS } from './lexicon';
import type { Sentence, Token } from './tokens';

const FR_TO = new Set(['à', 'au', 'aux', 'À']);
const FR_END = new Set(['que', 'qu', 'qui', 'et', 'mais', 'lors', 'pour', 'sur', 'dans', 'en', 'selon', 'car', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'mardi']);
const QUOTE = /^[“”«»"]$/;

/** Token range of a listener phrase opened by à/au/aux at `k` ("à l'AFP", "au Monde", "à la télévision publique"). */
export function frListener(tokens: readonly Token[], s: Sentence, k: number): { a: number; b: number } | null {
  const to = tokens[k];
  if (!to || k >= s.last - 1 || !FR_TO.has(to.raw.toLowerCase())) return null;
  const a = k + 1;
  const head = tokens[a] as Token;
  const determiner = /^(la|le|les|l['’].*)$/i.test(head.raw);
  const named = head.cap || /^l['’]\p{Lu}/u.test(head.raw);
  const medium = LISTENER_MEDIA_NOUNS.has(head.key.replace(/^l'/, '')) || (determiner && LISTENER_MEDIA_NOUNS.has(tokens[a + 1]?.key ?? ''));
  if (!head.word || !(named || medium)) return null;
  let b = a + 1;
  while (b < s.last && b - a < 5 && (tokens[b] as Token).word && !FR_END.has((tokens[b] as Token).key.replace(/['’].*$/, '')) && !((tokens[b] as Token).key === 'a' && b > a)) b++;
  return { a, b };
}

/**
 * Whether token `k` opens an Arabic listener phrase: ل + a medium ("لوكالة", "للتلفزيون"), or a
 * separate "لـ" right after the verb or before a quoted outlet name ("لـ«رويترز»"). Elsewhere a
 * separate "لـ" is the genitive of a title ("القيادة العامة لـ LNA"), part of the speaker.
 */
function arListenerHead(tokens: readonly Token[], k: number, afterVerb: boolean): boolean {
  const u = tokens[k];
  if (!u || !u.arabic) return false;
  if (u.key === 'ل' || u.key === 'لـ') {
    const n = tokens[k + 1];
    return !!n && (QUOTE.test(n.raw) || (afterVerb && (n.arabic || n.latin)));
  }
  return (LISTENER_MEDIA_NOUNS.has(u.key) || LISTENER_BARE_NOUNS.has(u.key)) && u.key.startsWith('ل');
}

/**
 * The Arabic listener phrase within [from, to) (the words after the verb and its subject): its token
 * range (and the token `head` that opens it), ending before a complementiser, a punctuation mark other than quotes, or after five words.
 */
export function arListener(tokens: readonly Token[], s: Sentence, from: number, to: number): { a: number; b: number; head: number } | null {
  for (let k = from; k < Math.min(to, s.last); k++) {
    const u = tokens[k] as Token;
    if (!u.word && !QUOTE.test(u.raw)) return null;
    if (!arListenerHead(tokens, k, k === from)) continue;
    let a = u.key === 'ل' || u.key === 'لـ' ? k + 1 : k;
    if (QUOTE.test((tokens[a] as Token | undefined)?.raw ?? '')) a++;
    let b = a;
    let n = 0;
    while (b < s.last && n < 5) {
      const w = tokens[b] as Token;
      if (QUOTE.test(w.raw)) {
        b++;
        continue;
      }
      if (!w.word || (w.arabic && (AR_COMPLEMENTISERS.has(w.key) || AR_STOP.has(w.key)))) break;
      b++;
      n++;
    }
    while (b > a && QUOTE.test((tokens[b - 1] as Token).raw)) b--;
    return b > a ? { a: u.key === 'ل' || u.key === 'لـ' ? a : k, b, head: k } : null;
  }
  return null;
}
