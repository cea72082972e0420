/**
 * A title alone names the person the article gave that title. When a person is introduced with a
 * title ("Gov. Chris Christie", "الرئيس السوداني عمر البشير") or an apposition ("Alexis Kohler,
 * secrétaire général de l'Elysée", "…، مساعد وزير الخارجية"), later
 * title-only phrases ("the governor", "للرئيس السوداني", "du secrétaire général de l'Elysée",
 * "وقال مساعد وزير الخارجية") are that person: the phrase as written becomes one of its aliases.
 * Evidence, strongest first: the whole role phrase again (two words or more), or its first three
 * content words; or, in English, the title word alone with a definite article when exactly one
 * person in the article holds that title. A description two holders share links to neither.
 */
import { DESCRIPTION_OPENERS, FR_NAME_ADJECTIVES, LATIN_NAME_CONNECTORS, LATIN_TITLE_ABBREVIATIONS, ROLE_CONNECTORS, ROLE_FORMS_OF_ADDRESS } from './lexicon';
import { AR_COMPLEMENTISERS, AR_CUE_FORMS, AR_PERSON_TITLES } from './lexicon-ar';
import { LATIN_PERSON_TITLES } from './lexicon-en';
import { SPEAKER_RULES, type Mention } from './mention';
import type { Token } from './tokens';

/** A token's key for comparing role words: Arabic clitics before the article and "لل" folded, Latin elision cut, abbreviations expanded. */
function roleKey(t: Token): string {
  if (t.arabic) return t.key.replace(/^[وفبك](?=ال)/, '').replace(/^لل(?=\S{2})/, 'ال');
  const k = latinStem(t.key);
  return LATIN_TITLE_ABBREVIATIONS.get(k) ?? k;
}

/** A non-Arabic key with its elision ("l'", "d'") and final period cut: roleKey before abbreviations are expanded. */
function latinStem(key: string): string {
  // Called for every word of the text: string checks, not regular expressions.
  let k = key;
  const c0 = k.charCodeAt(0);
  if ((c0 === 108 || c0 === 100) && k.charCodeAt(1) === 39) k = k.slice(2);
  if (k.charCodeAt(k.length - 1) === 46) k = k.slice(0, -1);
  return k;
}

/** Whether a role key is a person title (Arabic with or without its article). */
function isTitleKey(k: string, arabic: boolean): boolean {
  if (ROLE_FORMS_OF_ADDRESS.has(k)) return false;
  if (arabic) return AR_PERSON_TITLES.has(k) || AR_PERSON_TITLES.has(`ال${k}`);
  return LATIN_PERSON_TITLES.has(k) && k.length > 3;
}

/** Head of a role: its first title word, article stripped ("الرئيس السوداني" → "رئيس", "secrétaire général" → "secretaire"). */
function headOf(keys: readonly string[], arabic: boolean): string | null {
  for (const k of keys.slice(0, 2)) if (isTitleKey(k, arabic)) return k.replace(/^ال/, '');
  return null;
}

/** How many of the first `n` role words are content words, connectors ("de", "of", "باسم") left out. */
function contentWords(keys: readonly string[], n: number): number {
  let c = 0;
  for (let k = 0; k < n; k++) if (!LATIN_NAME_CONNECTORS.has(keys[k] as string) && !ROLE_CONNECTORS.has(keys[k] as string)) c++;
  return c;
}

/**
 * Whether a one-word description ends at token `k`: English qualifies a title before it ("the
 * governor"), but "of" after it names another office ("the governor of Texas"); French qualifies
 * after it ("le directeur financier"), so a French description ends only at punctuation.
 */
function descriptionEnds(tokens: readonly Token[], k: number): boolean {
  const u = tokens[k];
  if (!u || !u.word) return true;
  const french = /^(le|la|les|l')$/.test(tokens[k - 2]?.key ?? '') || /^l'/.test(tokens[k - 1]?.key ?? '');
  return !french && u.key !== 'of' && !u.cap;
}

interface Holder {
  actorId: string;
  keys: string[];
  head: string;
  arabic: boolean;
  /** Token range of the name and its role, never searched for descriptions. */
  from: number;
  to: number;
}

/** Tokens of an apposition after a name: a title phrase after a comma (Latin) or right after it (Arabic), up to six words. */
function apposition(tokens: readonly Token[], m: Mention): [number, number] | null {
  let i = m.last;
  const comma = tokens[i]?.raw === ',' || tokens[i]?.raw === '،';
  if (comma) i++;
  const first = tokens[i];
  if (!first || !first.word || first.sent !== tokens[m.first]?.sent) return null;
  if (first.latin && !comma) return null;
  let j = i;
  while (j < tokens.length && j - i < 6) {
    const u = tokens[j] as Token;
    if (!u.word || u.sent !== first.sent || (u.latin && u.cap && j === i)) break;
    if (u.arabic && (AR_COMPLEMENTISERS.has(u.key) || AR_CUE_FORMS.has(u.key))) break;
    j++;
  }
  const keys = tokens.slice(i, j).map(roleKey);
  return j > i && headOf(keys, !!first.arabic) ? [i, j] : null;
}

/**
 * Aliases from titles and descriptions, per actor id: for every person mention (with the actor it
 * belongs to), its role phrases are looked for elsewhere as title-only phrases. Never throws.
 */
export function roleAliases(text: string, tokens: readonly Token[], persons: readonly { mention: Mention; actorId: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const holders: Holder[] = [];
  const covered = new Uint8Array(tokens.length);
  // A name taken only from a speaker's position may be a title read as a name ("وقال مساعد وزير
  // الخارجية"): it hides no description.
  for (const { mention: m } of persons) if (!SPEAKER_RULES.has(m.rule)) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  for (const { mention: m, actorId } of persons) {
    const spans: [number, number][] = [];
    if (m.role) {
      let r = m.first;
      while (r > 0 && (tokens[r - 1] as Token).start >= m.start - m.role.length - 1) r--;
      if (r < m.first) spans.push([r, m.first]);
    }
    const app = apposition(tokens, m);
    if (app) spans.push(app);
    for (const [a, b] of spans) {
      const words = tokens.slice(a, b).filter((t) => t.word);
      const arabic = !!words[0]?.arabic;
      const keys = words.map(roleKey);
      const head = headOf(keys, arabic);
      if (head) holders.push({ actorId, keys, head, arabic, from: Math.min(a, m.first), to: Math.max(b, m.last) });
    }
  }
  if (holders.length === 0) return out;
  const holdersOfHead = new Map<string, Set<string>>();
  for (const h of holders) holdersOfHead.set(h.head, (holdersOfHead.get(h.head) ?? new Set()).add(h.actorId));
  // Only a holder whose role starts with a token's key can match there: look holders up by that
  // first key, and key each token once (the text is walked for every token, not every holder).
  const byFirstKey = new Map<string, Holder[]>();
  for (const h of holders) {
    const k = h.keys[0];
    if (k !== undefined) byFirstKey.set(k, [...(byFirstKey.get(k) ?? []), h]);
  }
  // Stems of non-Arabic words whose role key opens some holder's role (abbreviations included): any
  // other such word is passed with one lookup.
  const latinLead = new Set<string>();
  for (const k of byFirstKey.keys()) if ((LATIN_TITLE_ABBREVIATIONS.get(k) ?? k) === k) latinLead.add(k);
  for (const [abbr, full] of LATIN_TITLE_ABBREVIATIONS) if (byFirstKey.has(full)) latinLead.add(abbr);
  const keys: (string | undefined)[] = new Array(tokens.length);
  const keyAt = (k: number): string => (keys[k] ??= roleKey(tokens[k] as Token));
  const add = (id: string, form: string): void => {
    const list = out.get(id) ?? [];
    if (!list.includes(form)) list.push(form);
    out.set(id, list);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || covered[i]) continue;
    // Where the description starts (its determiner) and where its title word is.
    let p = i;
    let definite = false;
    if (t.latin) {
      const k = t.key;
      if (k === 'the' || k === 'le' || k === 'la' || k === 'les') {
        definite = true;
        p++;
        if (tokens[p] && DESCRIPTION_OPENERS.has((tokens[p] as Token).key)) p++;
      } else if (t.key.startsWith("l'")) definite = true;
    } else if (t.arabic) definite = /^([وفبك]?ال|لل)/.test(t.key);
    const first = tokens[p];
    if (!first || !first.word || covered[p] || (!first.arabic && !latinLead.has(latinStem(first.key)))) continue;
    const k0 = keyAt(p);
    let best: { h: Holder; n: number } | null = null;
    let tie = false;
    for (const h of byFirstKey.get(k0) ?? []) {
      if (h.arabic !== !!first.arabic || (i >= h.from && i < h.to)) continue;
      let n = 0;
      while (n < h.keys.length && tokens[p + n]?.word && !covered[p + n] && keyAt(p + n) === h.keys[n]) n++;
      // The whole role of two words or more, or its first three; a one-word title only as a
      // definite description ("the governor"), and only when one person holds it.
      const whole = n === h.keys.length && n >= 2;
      const headAlone = n >= 1 && definite && !!first.latin && k0 === h.head && holdersOfHead.get(h.head)?.size === 1 && descriptionEnds(tokens, p + 1);
      if (!(whole || contentWords(h.keys, n) >= 3 || headAlone)) continue;
      const len = headAlone && !whole && n < 3 ? 1 : n;
      if (best && len === best.n && best.h.actorId !== h.actorId) tie = true;
      if (!best || len > best.n) {
        best = { h, n: len };
        tie = false;
      }
    }
    if (!best || tie) continue;
    const end = p + best.n;
    // A title followed by a name introduces that name ("the governor Chris Christie"): not a description.
    const next = tokens[end];
    if (next && (covered[end] || (next.latin && next.cap))) continue;
    let start = (tokens[i] as Token).start;
    let prefix = '';
    if (t.arabic) {
      // The description as a name: the clitic before the article cut off ("للرئيس" → "الرئيس").
      if (/^لل/.test(t.raw)) {
        prefix = 'ال';
        start += 2;
      } else if (/^[وفبك]ال/.test(t.raw)) start += 1;
    }
    add(best.h.actorId, prefix + text.slice(start, (tokens[end - 1] as Token).end));
    i = end - 1;
  }
  return out;
}

/** A Latin word that continues an office's name: capitalised ("Travail", "l'Économie") or an institution's adjective ("publics"). */
function officeWord(t: Token | undefined): boolean {
  return !!t && !!t.latin && t.word && (t.cap || /^[ld]['’]\p{Lu}/u.test(t.raw) || FR_NAME_ADJECTIVES.has(t.key));
}

/**
 * End (exclusive) of a definite title-only description starting at token `i` ("la ministre du
 * Travail", "le ministre des Comptes publics", "the mayor"), or -1. A name right after the title
 * ("le ministre Gérald Darmanin") makes it no description.
 */
function descriptionAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  let p = i;
  if (/^(the|le|la|les)$/.test(t.key)) p++;
  else if (!/^l'/.test(t.key)) return -1;
  const keyAt = (k: number): string => (k === i ? t.key.slice(2) : (tokens[k]?.key ?? ''));
  if (DESCRIPTION_OPENERS.has(keyAt(p))) p++;
  if (!isTitleKey(roleKey({ ...(tokens[p] as Token), key: keyAt(p) }), false) || !tokens[p]?.latin) return -1;
  let e = p + 1;
  const c = tokens[e];
  if (c && LATIN_NAME_CONNECTORS.has(c.key)) {
    let f = e + 1;
    if (/^(la|le|l')$/.test(tokens[f]?.key ?? '')) f++;
    if (officeWord(tokens[f]) && (tokens[f] as Token).sent === t.sent) {
      e = f + 1;
      while (officeWord(tokens[e]) && (tokens[e] as Token).sent === t.sent) e++;
    }
  }
  return tokens[e]?.latin && tokens[e]?.cap && tokens[e]?.sent === t.sent ? -1 : e;
}

/**
 * Whether, going from `at` by `step` over spaces and tabs, the first other character on the line is a
 * printable ASCII one (so the line holds more than the name). False at a line break, the text's end
 * or any other character (the caller then reads the line).
 */
function printableBeside(text: string, at: number, step: 1 | -1): boolean {
  for (let i = at; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c > 32 && c < 127;
  }
  return false;
}

/**
 * A person named alone on a line heads the section after it ("Muriel Pénicaud", then "la ministre
 * du Travail est entendue…"): a definite title-only description in that section, before any other
 * person is named, is that person, whether or not the article ever gives them the title. Latin
 * script; per actor id, the descriptions as written. Never throws.
 */
export function headingAliases(text: string, tokens: readonly Token[], persons: readonly { mention: Mention; actorId: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const headings: { mention: Mention; actorId: string }[] = [];
  for (const p of persons) {
    const m = p.mention;
    if (SPEAKER_RULES.has(m.rule) || !tokens[m.first]?.latin) continue;
    // Most names have a printable character beside them on their line: no heading, no line read.
    if (printableBeside(text, m.start - 1, -1) || printableBeside(text, m.end, 1)) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const nl = text.indexOf('\n', m.end);
    if (text.slice(lineStart, nl === -1 ? text.length : nl).trim() === m.text) headings.push(p);
  }
  if (headings.length === 0) return out;
  headings.sort((a, b) => a.mention.start - b.mention.start);
  // Who is named at each token: a description stops at the first other person named outside one.
  const namedAt = new Map<number, string>();
  for (const p of persons) namedAt.set(p.mention.first, p.actorId);
  headings.forEach((h, x) => {
    const stop = headings[x + 1]?.mention.start ?? text.length;
    for (let i = h.mention.last; i < tokens.length && (tokens[i] as Token).start < stop; i++) {
      const e = descriptionAt(tokens, i);
      if (e === -1) {
        const who = namedAt.get(i);
        if (who !== undefined && who !== h.actorId) break;
        continue;
      }
      if ((tokens[e - 1] as Token).end > stop) break;
      const form = text.slice((tokens[i] as Token).start, (tokens[e - 1] as Token).end);
      const list = out.get(h.actorId) ?? [];
      if (!list.includes(form)) list.push(form);
      out.set(h.actorId, list);
      i = e - 1;
    }
  });
  return out;
}
