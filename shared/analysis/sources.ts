/**
 * Source and channel mentions: outlets and platforms by name, official services ("خدمة Kremlin Press"),
 * channel phrases ("in a statement", "state media", "على صفحتها على Facebook"), and known sources.
 */
import type { Source, SourceKind } from '../domain';
import { AliasIndex, makeMention } from './actors';
import { oncePerList } from './alias-index';
import { CHANNEL_PHRASES, OUTLET_NAMES, AR_AMBIGUOUS_OUTLETS, AR_CHANNEL_NOUNS, AR_CREDIT_AGENCIES, AR_OUTLET_CONTEXT, AR_SOURCE_HEADS } from './lexicon-sources';
import { arabicVariants, type Token } from './tokens';

export interface SourceMention {
  start: number;
  end: number;
  text: string;
  /** Display name of the source ("Facebook", "Kremlin Press service"). */
  name: string;
  kind: SourceKind;
  knownId: string | null;
  rule: string;
  /** Channel phrase around the name ("على صفحتها على Facebook"), when one was seen. */
  channel: { start: number; end: number; text: string } | null;
}

function keysAt(tokens: readonly Token[], i: number, n: number): string[] | null {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (!t || !t.word || (k > 0 && t.sent !== tokens[i]?.sent)) return null;
    out.push(t.key);
  }
  return out;
}

/** Token counts of the outlet names that start with each first key, longest first. */
const OUTLET_LENGTHS: ReadonlyMap<string, number[]> = (() => {
  const m = new Map<string, number[]>();
  for (const k of OUTLET_NAMES.keys()) {
    const parts = k.split(' ');
    const list = m.get(parts[0] ?? '') ?? [];
    if (!list.includes(parts.length)) list.push(parts.length);
    m.set(parts[0] ?? '', list.sort((a, b) => b - a));
  }
  return m;
})();

/**
 * For each first token key, the second keys that can follow it ('' for a one-word entry): "the" opens
 * an outlet name only before "guardian", "new" etc. Lets the common words pass without allocation.
 */
function openers(entries: readonly (readonly string[])[]): ReadonlyMap<string, ReadonlySet<string>> {
  const m = new Map<string, Set<string>>();
  for (const e of entries) {
    const set = m.get(e[0] ?? '') ?? new Set<string>();
    set.add(e[1] ?? '');
    m.set(e[0] ?? '', set);
  }
  return m;
}
const OUTLET_OPENERS = openers([...OUTLET_NAMES.keys()].map((k) => k.split(' ')));
const PHRASE_OPENERS = openers(CHANNEL_PHRASES.map((p) => p.tokens));
/** First keys of both tables: a Latin word outside it opens nothing, with one lookup instead of two. */
const ANY_OPENER: ReadonlySet<string> = new Set([...OUTLET_OPENERS.keys(), ...PHRASE_OPENERS.keys()]);

/** Whether `v` with the next token key `next` can open an entry of `table`. */
function opensEntry(table: ReadonlyMap<string, ReadonlySet<string>>, v: string, next: string): boolean {
  const seconds = table.get(v);
  return !!seconds && (seconds.has('') || seconds.has(next));
}

/**
 * Whether the Arabic word at `i` stands where an outlet is named: after its head, a reporting verb or
 * "according to" ("قناة الجزيرة", "ذكرت العربية", "وفقا للجزيرة"), glued to "ل" ("للجزيرة", "to Al
 * Jazeera"), or before "نت". "اللغة العربية" and "شبه الجزيرة" are no outlets.
 */
function outletContext(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (/^لل/.test(t.key) || tokens[i + 1]?.key === 'نت') return true;
  return !!prev && prev.sent === t.sent && (AR_OUTLET_CONTEXT.has(prev.key) || AR_OUTLET_CONTEXT.has(prev.key.replace(/^[وف]/, '')));
}

/** Every source mention; known sources are matched through their aliases and win overlaps. */
export function findSourceMentions(text: string, tokens: readonly Token[], known: readonly Source[]): SourceMention[] {
  const out: SourceMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const push = (first: number, last: number, m: Omit<SourceMention, 'start' | 'end' | 'text' | 'channel'>, variant: string | null = null): SourceMention | null => {
    for (let k = first; k < last; k++) if (taken[k]) return null;
    const span = makeMention(text, tokens, first, last, 'organisation', m.rule, '', null, variant);
    if (!span) return null;
    for (let k = first; k < last; k++) taken[k] = 1;
    // Field by field, not spread (the fields in the same order).
    const sm: SourceMention = { name: m.name, kind: m.kind, knownId: m.knownId, rule: m.rule, start: span.start, end: span.end, text: span.text, channel: null };
    out.push(sm);
    return sm;
  };
  if (known.length > 0) {
    const { index, kinds } = oncePerList(known, 'known-sources', () => ({
      index: new AliasIndex(known.map((s) => ({ id: s.id, name: s.name, type: 'organisation' as const, aliases: s.aliases }))),
      kinds: new Map(known.map((s) => [s.id, s] as const)),
    }));
    for (let i = 0; i < tokens.length; i++) {
      const hit = index.match(tokens, i);
      if (!hit) continue;
      const src = kinds.get(hit.entry.actorId);
      push(i, i + hit.count, { name: src?.name ?? '', kind: src?.kind ?? 'outlet', knownId: hit.entry.actorId, rule: 'known-source' }, hit.variant);
      i += hit.count - 1;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || taken[i]) continue;
    // Official services and outlets introduced by an Arabic head noun, named in Latin script or with the article.
    if (t.arabic && arabicVariants(t).some((v) => AR_SOURCE_HEADS.has(v))) {
      let j = i + 1;
      while (j < tokens.length && j - i < 5 && (tokens[j] as Token).latin && ((tokens[j] as Token).cap || /^[A-Z]/.test((tokens[j] as Token).raw))) j++;
      if (j > i + 1) {
        const name = text.slice((tokens[i + 1] as Token).start, (tokens[j - 1] as Token).end);
        const kind: SourceKind = /^(خدمه|الخدمه)$/.test(t.key) ? 'official' : 'outlet';
        push(i, j, { name, kind, knownId: null, rule: 'ar-source-head' });
        i = j - 1;
        continue;
      }
    }
    // "(الفرنسية)", "(الفرنسية - أرشيف)": an agency's credit.
    const credit = t.arabic ? AR_CREDIT_AGENCIES.get(t.key) : undefined;
    if (credit && tokens[i - 1]?.raw === '(' && (tokens[i + 1]?.raw === ')' || tokens[i + 1]?.raw === '-')) {
      push(i, i + 1, { name: credit, kind: 'outlet', knownId: null, rule: 'ar-agency-credit' });
      continue;
    }
    // Only words that can open an outlet name or a channel phrase are looked at further (hot path:
    // no allocation for the others).
    // "للجزيرة" is ل + الجزيرة: restore the article the spelling swallowed.
    const variants = t.arabic ? (t.key.startsWith('لل') ? [...arabicVariants(t), `ا${t.key.slice(1)}`] : arabicVariants(t)) : null;
    if (!variants && !ANY_OPENER.has(t.key)) continue;
    const next = tokens[i + 1]?.key ?? '';
    let opens = false;
    let opensPhrase = false;
    if (variants) {
      for (const v of variants) {
        opens ||= opensEntry(OUTLET_OPENERS, v, next);
        opensPhrase ||= opensEntry(PHRASE_OPENERS, v, next);
      }
    } else {
      opens = opensEntry(OUTLET_OPENERS, t.key, next);
      opensPhrase = opensEntry(PHRASE_OPENERS, t.key, next);
    }
    if (!opens && !opensPhrase) continue;
    const firsts = variants ?? [t.key];
    // One first key (Latin): its list is already unique and longest first.
    const lengths = variants ? [...new Set(firsts.flatMap((v) => OUTLET_LENGTHS.get(v) ?? []))].sort((a, b) => b - a) : (OUTLET_LENGTHS.get(t.key) ?? []);
    let matched = false;
    for (const n of lengths) {
      if (matched) break;
      const keys = keysAt(tokens, i, n);
      if (!keys) continue;
      const rest = keys.slice(1).join(' ');
      for (const v of firsts) {
        const hit = OUTLET_NAMES.get(rest ? `${v} ${rest}` : v);
        // Latin outlet names must be capitalised ("AP", "Reuters"), never "ap" or "fox" in running text.
        if (!hit || (t.latin && !t.cap)) continue;
        if (t.latin && n === 1 && t.raw.length <= 3 && t.raw !== t.raw.toUpperCase()) continue;
        if (n === 1 && AR_AMBIGUOUS_OUTLETS.has(v) && !outletContext(tokens, i)) continue;
        const sm = push(i, i + n, { name: hit[0], kind: hit[1], knownId: null, rule: 'outlet-name' }, v);
        if (sm && hit[1] === 'social') {
          // "على صفحتها على Facebook": the possessed channel noun two or three tokens back.
          const p1 = tokens[i - 1];
          const p2 = tokens[i - 2];
          const p3 = tokens[i - 3];
          if (p1?.key === 'علي' && p2 && AR_CHANNEL_NOUNS.test(p2.key.replace(/^(ب|ل|و)/, ''))) {
            const from = p3?.key === 'علي' || p3?.key === 'عبر' || p3?.key === 'في' ? p3 : p2;
            sm.channel = { start: from.start, end: sm.end, text: text.slice(from.start, sm.end) };
          } else if (p1 && ['on', 'sur', 'عبر', 'علي', 'via'].includes(p1.key)) {
            sm.channel = { start: p1.start, end: sm.end, text: text.slice(p1.start, sm.end) };
          }
        }
        matched = true;
        i += n - 1;
        break;
      }
    }
    if (matched || !opensPhrase) continue;
    for (const phrase of CHANNEL_PHRASES) {
      if (!firsts.includes(phrase.tokens[0] ?? '')) continue;
      const keys = keysAt(tokens, i, phrase.tokens.length);
      if (!keys || keys.slice(1).join(' ') !== phrase.tokens.slice(1).join(' ')) continue;
      const last = i + phrase.tokens.length;
      const sm = push(i, last, { name: phrase.name, kind: phrase.kind, knownId: null, rule: 'channel-phrase' });
      if (sm) sm.channel = { start: sm.start, end: sm.end, text: sm.text };
      i = last - 1;
      break;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
