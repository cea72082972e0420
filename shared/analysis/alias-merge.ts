/**
 * Further evidence that two candidate mentions name one actor, beyond the same name and a surname
 * (analyze.ts groupCandidates): a given name alone after the full name it opens ("زينب" after
 * "زينب محمد الحسن", "Pagan" after "Pagan Amum"), an institution and the building that stands for
 * it (metonyms.json: "the Pentagon", "le Palais-Bourbon"), a surname of two words or more alone ("أبو شنب"
 * after "أحمد عبد الرحمن أبو شنب"), and an acronym made of the initials of a Latin
 * name ("LCWR" for "Leadership Conference of Women Religious", "SPVM" for "Service de police de la
 * Ville de Montréal"), and a body's name without its trailing qualifier. Also the titled surface form of a name, kept as an alias.
 */
import { boundedMemo } from './bounded-memo';
import { LATIN_NAME_CONNECTORS, METONYM_LINES } from './lexicon';
import { normaliseKey } from './normalise';
import { AR_PERSON_TITLES } from './lexicon-ar';
import { LATIN_PERSON_TITLES } from './lexicon-en';
import { tokenKey } from './tokens';
import type { Mention } from './mention';

/**
 * Initials of a Latin name's words, connectors ("of", "de", "la") left out: "lcwr". Memoised: every
 * grouping of every article spells the same organisation names again.
 */
const initials = boundedMemo(20000, spellInitials);

function spellInitials(key: string): string {
  return key
    .split(' ')
    .filter((w) => w && !LATIN_NAME_CONNECTORS.has(w))
    // An elided article or "de" is no initial: "d'opinion" gives o.
    .map((w) => w.replace(/^[ld]'(?=\S)/, '')[0])
    .join('');
}

/** Institution line (index into METONYM_LINES) per form key, article dropped as mentionKey drops it. */
let metonymOf: Map<string, number> | null = null;
function metonymLine(key: string): number | undefined {
  if (!metonymOf) {
    metonymOf = new Map();
    METONYM_LINES.forEach((forms, n) => {
      for (const f of forms) (metonymOf as Map<string, number>).set(normaliseKey(f).replace(/^(the|le|la|les) (?=\S)/, '').replace(/^l'/, ''), n);
    });
  }
  return metonymOf.get(key);
}

/**
 * Calls `union(i, j)` for every pair of candidates (by index; `keys` are their mentionKeys) that this
 * evidence ties together. A given name joins a full name only when exactly one full name opens with it.
 */
export function unionByEvidence(cands: readonly Mention[], keys: readonly string[], union: (i: number, j: number) => void): void {
  const byFirstWord = new Map<string, number[]>();
  const byInitials = new Map<string, number>();
  cands.forEach((m, i) => {
    const key = keys[i] as string;
    if (!key.includes(' ')) return;
    if (m.type === 'person') {
      const first = key.slice(0, key.indexOf(' '));
      const list = byFirstWord.get(first);
      if (!list) byFirstWord.set(first, [i]);
      else if (!list.some((j) => keys[j] === key)) list.push(i);
    } else if (m.type === 'organisation' && /^[a-z]/.test(key)) {
      const ini = initials(key);
      if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, i);
    }
  });
  // A building or seat named for the institution there ("the Pentagon" and "the Department of
  // Defense", "Palais-Bourbon" and "Assemblée nationale"): one actor when the article names both.
  const byMetonym = new Map<number, number>();
  cands.forEach((m, i) => {
    const n = metonymLine(keys[i] as string);
    if (n === undefined) return;
    // The lexicon says it names an institution: a capitalised word guessed as a person is none.
    if (m.type === 'person') m.type = 'organisation';
    const first = byMetonym.get(n);
    if (first === undefined) byMetonym.set(n, i);
    else union(first, i);
  });
  // A body's name without its trailing qualifier ("حزب الأمة" for "حزب الأمة القومي"): when exactly
  // one longer name of a body opens with it.
  const orgKeys = new Map<string, number>();
  cands.forEach((m, i) => {
    if (m.type === 'organisation' && !orgKeys.has(keys[i] as string)) orgKeys.set(keys[i] as string, i);
  });
  // Every proper word-prefix of a longer name → the names it opens (two is as many as matters).
  const opens = new Map<string, number[]>();
  for (const [key, i] of orgKeys) {
    for (let sp = key.indexOf(' '); sp !== -1; sp = key.indexOf(' ', sp + 1)) {
      const prefix = key.slice(0, sp);
      const list = opens.get(prefix);
      if (!list) opens.set(prefix, [i]);
      else if (list.length < 2) list.push(i);
    }
  }
  for (const [key, i] of orgKeys) {
    const longer = key.includes(' ') ? opens.get(key) : undefined;
    if (longer?.length === 1) union(i, longer[0] as number);
  }
  // A surname of two words or more alone ("أبو راية" after "الهادي أبو راية", "Le Glay" after
  // "Maurice Le Glay"): when exactly one longer person name ends with it.
  const personKeys = new Map<string, number>();
  cands.forEach((m, i) => {
    if (m.type === 'person' && !personKeys.has(keys[i] as string)) personKeys.set(keys[i] as string, i);
  });
  const endsWith = new Map<string, number[]>();
  for (const [key, i] of personKeys) {
    // Suffixes of two words or more: a one-word surname is analyze.ts's own rule. A name of one or
    // two words has none (most names: not split).
    const sp = key.indexOf(' ');
    if (sp === -1 || key.indexOf(' ', sp + 1) === -1) continue;
    const words = key.split(' ');
    for (let w = 1; w < words.length - 1; w++) {
      const tail = words.slice(w).join(' ');
      const list = endsWith.get(tail);
      if (!list) endsWith.set(tail, [i]);
      else if (list.length < 2) list.push(i);
    }
  }
  for (const [key, i] of personKeys) {
    const longer = key.includes(' ') ? endsWith.get(key) : undefined;
    if (longer?.length === 1) union(i, longer[0] as number);
  }
  cands.forEach((m, i) => {
    const key = keys[i] as string;
    if (key.includes(' ') || key.length < 3) return;
    if (m.type === 'person') {
      const full = byFirstWord.get(key);
      if (full?.length === 1 && (cands[full[0] as number] as Mention).start < m.start) union(i, full[0] as number);
    } else if (m.type === 'organisation' && /^[A-Z]+$/.test(m.text.replace(/[a-z]/g, ''))) {
      const j = byInitials.get(key);
      if (j !== undefined) union(i, j);
    }
  });
}

/** A title word as it stands before a name: one of the person titles, a conjunction before it cut off. */
function isTitleWord(word: string): boolean {
  // Runs for every person mention: string checks, not regular expressions.
  let key = tokenKey(word);
  if (key.charCodeAt(key.length - 1) === 46) key = key.slice(0, -1);
  if (LATIN_PERSON_TITLES.has(key) || AR_PERSON_TITLES.has(key)) return true;
  const c0 = key.charCodeAt(0);
  // و or ف before the article.
  return (c0 === 0x0648 || c0 === 0x0641) && key.startsWith('ال', 1) && AR_PERSON_TITLES.has(key.slice(1));
}

/**
 * The word right before a space at `start - 1`, within the 24 characters before `start` (what
 * /(\S+) $/ finds in them), or null. Scanned by hand: it runs for every person mention.
 */
function wordBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 24);
  const space = start - 1;
  if (space < from || text.charCodeAt(space) !== 32) return null;
  let p = space;
  while (p > from && !isWhiteSpace(text.charCodeAt(p - 1))) p--;
  return p < space ? text.slice(p, space) : null;
}

/** Whether a UTF-16 code unit is white space as \s reads it. */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/**
 * The name as written with its title right before it ("Mrs Thatcher", "الدكتور القرة داغي",
 * "السفير القحطاني"), or null. The title is the role; the titled form is kept as an alias, also when
 * the mention was found without its title (a surname found again further on: "وأضاف السفير القحطاني").
 */
export function titledForm(text: string, m: Pick<Mention, 'start' | 'text' | 'role' | 'type'>): string | null {
  if (m.role) {
    const before = text.slice(Math.max(0, m.start - m.role.length - 1), m.start);
    return before === `${m.role} ` ? `${m.role} ${m.text}` : null;
  }
  if (m.type !== 'person') return null;
  const word = wordBefore(text, m.start);
  if (!word || !isTitleWord(word)) return null;
  return `${word.replace(/^[وف](?=ال)/, '')} ${m.text}`;
}

/**
 * A French body's name as written with the lower-case article before it ("le Parquet national
 * financier", "l'Elysée"), or null: French writes these names with their article, so the form with
 * it is an alias too. Only for names the fr-article-name rule found after such an article, and for
 * groups named by their kind, whose article ("the unions", "les marcheurs", "la presse") is part of
 * how the article names them.
 */
export function articleForm(text: string, m: Pick<Mention, 'start' | 'text' | 'rule'>): string | null {
  const group = m.rule === 'group-noun';
  if (m.rule !== 'fr-article-name' && !group) return null;
  const before = text.slice(Math.max(0, m.start - 5), m.start);
  const art = (group ? /(?:^|[\s(«“])((?:[Tt]he|[Ll]es?|[Ll]a) |[Ll]['’])$/ : /(?:^|[\s(«“])((?:le|la|les) |l['’])$/).exec(before)?.[1];
  return art ? `${art}${m.text}` : null;
}
