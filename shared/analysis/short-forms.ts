/**
 * Short forms that point back to a body named in full: an acronym in parentheses right after the
 * name ("الجيش الوطني الليبي (LNA)", "Leadership Conference of Women Religious (LCWR)"), and a
 * definite head noun standing alone after the body was named with that head ("المرصد" after
 * "المرصد السوري لحقوق الإنسان", "الحركة" after "حركة حماس"). Each short form becomes a mention
 * whose `sameAs` is the full one, so both end up in one actor.
 */
import { AR_SHORT_FORM_HEADS } from './lexicon';
import { makeMention, type Mention } from './mention';
import { arabicVariants, type Token } from './tokens';
import { lexiconMask, M_SHORT_HEAD } from './lexicon-mask';

/** An acronym as newsrooms write it: two to eight letters, at least two of them capitals ("LNA", "CIHRS", "SPVM", "FRIDE"). */
export function isAcronym(raw: string): boolean {
  return /^[A-Z][A-Za-z]{1,7}$/.test(raw) && (raw.match(/[A-Z]/g) ?? []).length >= 2;
}

/** The definite form of an organisation head at a token ("المرصد", "والائتلاف" → "الايتلاف"), or null. */
function definiteHead(t: Token): string | null {
  // One bit test for the many words that are no head at all.
  return lexiconMask(t) & M_SHORT_HEAD ? (arabicVariants(t).find((v) => AR_SHORT_FORM_HEADS.has(v)) ?? null) : null;
}

/** The head a full name opens with, in its definite form ("حركة حماس" → "الحركه"). */
function headOf(t: Token): string | null {
  for (const v of arabicVariants(t)) {
    const def = v.startsWith('ال') ? v : `ال${v}`;
    if (AR_SHORT_FORM_HEADS.has(def)) return def;
  }
  return null;
}

/**
 * Adds short-form mentions to `out` (sorted by start). `taken` marks tokens already in a mention;
 * `take` records a new one. Runs after every candidate rule, so a head that opens a longer name has
 * already been taken with it.
 */
export function linkShortForms(text: string, tokens: readonly Token[], out: Mention[], taken: Uint8Array, take: (m: Mention | null) => void): void {
  const byFirst = new Map<number, Mention>();
  for (const m of out) byFirst.set(m.first, m);
  // Acronyms in parentheses right after a name: the name is a body's, whatever rule found it.
  for (const m of out.slice()) {
    if (m.last - m.first < 2 || m.type === 'state' || m.type === 'place') continue;
    const open = tokens[m.last];
    const ac = tokens[m.last + 1];
    const close = tokens[m.last + 2];
    if (open?.raw !== '(' || close?.raw !== ')' || !ac || !isAcronym(ac.raw)) continue;
    if (m.type === 'person' && !m.role) m.type = 'organisation';
    if (m.type !== 'organisation') continue;
    const existing = byFirst.get(m.last + 1);
    if (existing) {
      if (existing.last === m.last + 2 && !existing.sameAs && !existing.knownId) existing.sameAs = m;
      continue;
    }
    const short = makeMention(text, tokens, m.last + 1, m.last + 2, m.type, 'acronym');
    if (short) {
      short.sameAs = m;
      take(short);
    }
  }
  const named = out.filter((m) => m.type === 'organisation' && m.last - m.first >= 2);
  if (named.length === 0) return;
  // A definite head alone refers to the latest body named before it with that head.
  const latest = new Map<string, Mention>();
  let n = 0;
  const sorted = named.slice().sort((a, b) => a.first - b.first);
  for (let i = 0; i < tokens.length; i++) {
    while (n < sorted.length && (sorted[n] as Mention).first < i) {
      const m = sorted[n] as Mention;
      const h = headOf(tokens[m.first] as Token);
      if (h) latest.set(h, m);
      n++;
    }
    const t = tokens[i] as Token;
    if (taken[i] || !t.arabic || !t.word || latest.size === 0) continue;
    const h = definiteHead(t);
    const full = h ? latest.get(h) : undefined;
    if (!h || !full) continue;
    const short = makeMention(text, tokens, i, i + 1, 'organisation', 'ar-org-short-form', '', null, h);
    if (short) {
      short.sameAs = full;
      take(short);
    }
  }
}
