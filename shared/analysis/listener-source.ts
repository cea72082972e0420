/**
 * The listener of a report ("told Reuters", "a déclaré à l'AFP", "قال لوكالة الأنباء") as the claim's
 * source: a named listener or a medium. A bare listener ("told reporters", "told me") is no source.
 */
import { LISTENER_BARE_NOUNS, LISTENER_MEDIA_NOUNS, OUTLET_KIND_NOUNS } from './lexicon';
import type { Mention } from './mention';
import type { SourceMention } from './sources';
import { tokenKey } from './tokens';

const ARTICLE = /^(?:the|le|la|les|l['’]|à|au|aux|a|an)\s*/iu;

/**
 * A source mention for the relay span [start, end) of `text`: a listener only when named or a medium;
 * an informant ("officials had told him") always, unnamed as it may be. Null when it names no one.
 */
export function listenerSource(text: string, l: { start: number; end: number }, mentions: readonly Mention[], informant = false): SourceMention | null {
  const raw = text.slice(l.start, l.end).trim();
  const ws = raw.split(/\s+/);
  const medium = ws.some((w) => {
    const k = tokenKey(w.replace(/^(?:l['’]|d['’])/i, ''));
    return LISTENER_MEDIA_NOUNS.has(k) || OUTLET_KIND_NOUNS.has(k);
  });
  const m = mentions.find((x) => x.start < l.end && x.end > l.start);
  // Arabic has no capitals: a listener that is not a bare one ("للصحفيين") after ل is a name ("لـ«الجزيرة نت»").
  const bare = ws.some((w) => LISTENER_BARE_NOUNS.has(tokenKey(w)));
  const named = !bare && (!!m || /^\p{Lu}/u.test(raw.replace(ARTICLE, '')) || /^[\u0600-\u06ff]/.test(raw));
  if (!medium && !named && !informant) return null;
  const kind = medium || !m ? 'outlet' : m.type === 'person' ? 'person' : 'official';
  return { start: l.start, end: l.end, text: raw, name: /^لل/.test(raw) ? `ال${raw.slice(2)}` : /^ل/.test(raw) && LISTENER_MEDIA_NOUNS.has(tokenKey(ws[0] ?? '')) ? raw.slice(1) : raw.replace(ARTICLE, ''), kind, knownId: null, rule: informant ? 'informant' : 'listener', channel: null };
}
