/**
 * The candidate-actor rules, run from one ordered table at every token not yet taken: the first
 * rule that returns a position wins and scanning resumes there. Earlier rules are more specific
 * (a title and its name before a bare given name, a fixed organisation name before a head noun),
 * so the order is part of the behaviour. Known aliases are matched before any rule (actors.ts).
 */
import { AR_AMBIGUOUS_GIVEN, AR_FAMOUS_SURNAMES } from './lexicon-names';
import { AR_FIXED_ORGS, AR_FUNCTION, AR_ORG_HEADS, AR_ORG_SINGLE, AR_PERSON_TITLES, AR_TEAM_HEADS } from './lexicon-ar';
import { EN_NOT_NAME, LATIN_ORG_WORDS, LATIN_PERSON_TITLES } from './lexicon-en';
import { OUTLET_NAMES } from './lexicon-sources';
import { PLACE_INFO, STATE_NAMES } from './lexicon-places';
import { GROUP_QUANTIFIERS, LATIN_GROUP_NOUNS, AR_COMMON_NOUN_HEADS, AR_COMPOUND_ORG_HEADS, AR_FACILITY_HEADS, AR_HONORIFICS, AR_MUNICIPAL_HEADS, AR_NAMED_ORG_HEADS, AR_ORG_CHAIN_STOP, AR_ORG_DESCRIBING, AR_PLACE_HEADS, AR_PLACE_NAME_OPENERS, AR_PLACE_NAMED_ORG_HEADS, AR_PORTFOLIOS, AR_PREPOSITIONS, FR_NAME_ADJECTIVES, LATIN_NAME_CONNECTORS, LATIN_NEVER_ACTORS, LATIN_PLACE_BODY_HEADS } from './lexicon';
import { makeMention, type Mention } from './mention';
import { isAcronym } from './short-forms';
import { groupPhrase } from './group-nouns';
import { opensRelative, verbLike } from './morphology';
import { arabicNameEnd, clearNameWord, demonymNameEnd, endsOrgName, endsSpeakerName, extendNameLinks, givenNameSpelling, isArabicNameToken, isComplement, isConstructNoun, isKnownArabicName, latinRunEnd, latinType, nameEndsAt, personNameOpener, stateAt } from './name-spans';
import { arabicVariants, type Token } from './tokens';
import { FIXED_ORG_FIRST, lexiconMask, M_CLUB, M_DEMONYM, M_FAMOUS, M_FIXED_FIRST, M_FIXED_LL, M_GIVEN, M_MUNICIPAL, M_NAME_LINK, M_ORG_HEAD, M_ORG_SINGLE, M_PLACE_HEAD, M_SPORT, M_TEAM_HEAD, M_TITLE } from './lexicon-mask';

/** One scan of a text: what every rule reads, and the one way to record a mention. */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  /** Records a mention unless one of its tokens is already taken. */
  take: (m: Mention | null) => void;
  /** Whether sentence `sent` reports sport (a club's everyday-word name is then the club). */
  reportsSport: (sent: number) => boolean;
  /** Records the organisation named inside a title's tokens [from, to), with an acronym in parentheses. */
  orgInsideTitle: (from: number, to: number) => void;
}

/** Builds a scan over tokens whose mentions go to `take`. */
export function makeScan(text: string, tokens: readonly Token[], take: (m: Mention | null) => void): Scan {
  // The organisation inside a title ("قائد الجيش الوطني الليبي (LNA)") is an actor too; an acronym in
  // parentheses right after it is its alias.
  const orgInsideTitle = (from: number, to: number): void => {
    let h = from;
    while (h < to && !(lexiconMask(tokens[h] as Token) & M_ORG_HEAD)) h++;
    // "وزير الخارجية الإيطالي": a bare portfolio belongs to the role; the ministry is not named.
    if (h >= to || AR_PORTFOLIOS.has((tokens[h] as Token).key)) return;
    let e = to;
    let acronym: number | null = null;
    if ((tokens[e - 1] as Token).raw === ')' && (tokens[e - 3] as Token | undefined)?.raw === '(' && /^[A-Z]{2,6}$/.test((tokens[e - 2] as Token).raw)) {
      acronym = e - 2;
      e -= 3;
    }
    // "رئيس حزب الأمة القومي بالنيل الأبيض": the place after ب is where the role is held; "مدير
    // شرطة مدينة نابلس العقيد": a rank with the article right after the body's place opens the
    // holder's name, it is no part of the body's ("مكتب رئيس الوزراء" keeps its title).
    let afterPlace = false;
    for (let k = h + 1; k < e; k++) {
      const u = tokens[k] as Token;
      if (afterPlace && /^ال/.test(u.key) && AR_PERSON_TITLES.has(u.key)) {
        e = k;
        break;
      }
      const st = stateAt(tokens, k);
      if (st && placeAfterPreposition(u, st.variant)) {
        e = k;
        break;
      }
      const placeEnd = st ? k + st.count : placeHeadEnd(tokens, k);
      afterPlace = placeEnd !== -1;
      if (afterPlace) k = placeEnd - 1;
    }
    if (e - h < 2) return;
    const org = makeMention(text, tokens, h, e, 'organisation', 'ar-org-in-title');
    take(org);
    if (acronym !== null && org) {
      const ac = makeMention(text, tokens, acronym, acronym + 1, 'organisation', 'acronym');
      if (ac) {
        ac.sameAs = org;
        take(ac);
      }
    }
  };
  // Sentences that report sport, where a club's everyday-word name is the club. Found on the first
  // question only: most texts name no club and never pay for the pass over every token.
  let sportSentences: Set<number> | null = null;
  const reportsSport = (sent: number): boolean => {
    if (!sportSentences) {
      sportSentences = new Set<number>();
      for (const t of tokens) if (t.arabic && t.word && !sportSentences.has(t.sent) && lexiconMask(t) & M_SPORT) sportSentences.add(t.sent);
    }
    return sportSentences.has(sent);
  };
  return { text, tokens, take, reportsSport, orgInsideTitle };
}

/** A title, its complements (portfolio, state, organisation), then the person it names. */
function titleName(c: Scan, i: number, t: Token, variants: readonly string[]): number | null {
  const { text, tokens, take, reportsSport, orgInsideTitle } = c;
  // In a sports report "الفريق" is the team, not a lieutenant general.
  if (lexiconMask(t) & M_TITLE && !(variants.includes('فريق') && reportsSport(t.sent))) {
    const role0 = i;
    let j = i + 1;
    let steps = 0;
    // Place phrases among the complements, taken once the organisation in the title had its turn
    // ("رئيس بلدية مدينة البيرة": the body's name holds the place).
    const places: [number, number][] = [];
    while (j < tokens.length && steps < 7) {
      const u = tokens[j] as Token;
      // An abbreviated title keeps its full stop, and the name follows it at once: "د. كراري
      // التهامي", "د. المنجي المعطي" (a doctor's title governs no complement).
      if (u.raw === '.' && j === i + 1 && t.key.length <= 2) {
        j++;
        break;
      }
      if (u.raw === '(' ) {
        let close = -1;
        for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) if ((tokens[k] as Token).raw === ')') close = close === -1 ? k : close;
        if (close !== -1) {
          j = close + 1;
          continue;
        }
      }
      // A given name written with the article ("السفير المغربي المكي كوان") opens the name, not
      // another complement, when a name word follows it.
      if (u.arabic && AR_AMBIGUOUS_GIVEN.has(u.key) && /^ال/.test(u.key) && isArabicNameToken(tokens[j + 1], false) && tokens[j + 1]?.sent === u.sent) break;
      const st = stateAt(tokens, j);
      if (st) {
        j += st.count;
        steps++;
        continue;
      }
      // "محافظ مدينة الخليل", "مدير شرطة مدينة نابلس": the place where the role is held, head and name.
      const placed = placeHeadEnd(tokens, j);
      if (placed !== -1) {
        places.push([j, placed]);
        j = placed;
        steps++;
        continue;
      }
      if (isComplement(u) && !(u.latin && u.cap && !/^[A-Z]{2,6}$/.test(u.raw))) {
        j++;
        steps++;
        continue;
      }
      break;
    }
    let nameStart = j;
    if ((tokens[nameStart] as Token | undefined)?.raw === '،' || (tokens[nameStart] as Token | undefined)?.raw === ',') nameStart++;
    let k = nameStart;
    if ((tokens[k] as Token | undefined)?.latin && (tokens[k] as Token).cap) {
      k = latinRunEnd(tokens, k);
    } else if (tokens[k]?.arabic && personNameOpener(tokens, k, arabicVariants(tokens[k] as Token))) {
      const opener = personNameOpener(tokens, k, arabicVariants(tokens[k] as Token));
      k = arabicNameEnd(tokens, k + (opener?.count ?? 1));
    } else {
      // A name is up to three words; a word with the article ("بشار الأسد") only as the second.
      // A word that ends a speaker's name ("قول", a title, a cue), or a preposition glued to the
      // article ("للصحفيين"), ends this one too.
      while (k < tokens.length && k - nameStart < 3 && isArabicNameToken(tokens[k], k === nameStart) && !(k - nameStart === 2 && /^ال/.test((tokens[k] as Token).key)) && !(verbLike((tokens[k] as Token).key) && !givenNameSpelling((tokens[k] as Token).key)) && !(k > nameStart && (endsSpeakerName(tokens[k] as Token) || /^(بال|لل|وال|فال|كال)/.test((tokens[k] as Token).key)))) k++;
      if (k > nameStart) k = extendNameLinks(tokens, k);
      // Unknown words after a title are a name only when the sentence visibly ends it there; a
      // title that is itself the subject is followed by its verb's object ("قرر الوزير تشكيل فرق").
      const firstKey = (tokens[nameStart] as Token | undefined)?.key ?? '';
      const unknown = k > nameStart && !isKnownArabicName(tokens[nameStart] as Token);
      // An honorific ("السيدة", "الحاج") is followed by a name, never a verb's object: a preposition
      // after the words ends the name too ("مع السيدة زهية أبو الهيجا من قرية").
      if (unknown) {
        const honorific = (tokens[j - 1] as Token).key === t.key && AR_HONORIFICS.has(t.key.replace(/^[وف]/, ''));
        // A lone unknown word needs more than a following "و" ("رئيس وزراء مؤقت وحكومة").
        const weakEnd = k === nameStart + 1 && /^و/.test(tokens[k]?.key ?? '');
        const ends = (nameEndsAt(tokens, k, (tokens[nameStart] as Token).sent) && !weakEnd) || (honorific && AR_PREPOSITIONS.has(tokens[k]?.key ?? ''));
        if (/^(بال|لل|كال|بت|بم)/.test(firstKey) || !ends) k = nameStart;
      }
    }
    if (k > nameStart) {
      const role = text.slice((tokens[role0] as Token).start, (tokens[j - 1] as Token).end);
      orgInsideTitle(role0 + 1, j);
      for (const [a, b] of places) take(makeMention(text, tokens, a, b, 'place', 'ar-place-head', '', null, arabicVariants(tokens[a] as Token).find((v) => AR_PLACE_HEADS.has(v)) ?? null));
      take(makeMention(text, tokens, nameStart, k, 'person', 'ar-title-name', role));
      return k;
    }
  }
  return null;
}

/** A nationality word right before a name introduces a person. */
function demonymName(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  // A nationality right before a name introduces a person ("خرجت السويسرية مارتينا هينغيس"),
  // unless it agrees with a noun before it ("الجيش الروسي").
  const prevKey = tokens[i - 1]?.key ?? '';
  if (lexiconMask(t) & M_DEMONYM && !(tokens[i - 1]?.arabic && /^(ال|لل)/.test(prevKey)) && !AR_ORG_HEADS.has(prevKey)) {
    const k = demonymNameEnd(tokens, i + 1);
    if (k > i + 1) {
      take(makeMention(text, tokens, i + 1, k, 'person', 'ar-demonym-name', t.raw));
      return k;
    }
  }
  return null;
}

/** Multi-word organisation names from the lexicon. */
function fixedOrganisation(c: Scan, i: number, t: Token, variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  // Most words open no fixed name, with or without ل fused to the article: one bit test passes them.
  if (!(lexiconMask(t) & (M_FIXED_FIRST | M_FIXED_LL))) return null;
  // "للأمم المتحدة" is ل + الأمم: restore the article the spelling swallowed.
  const withArticle = t.key.startsWith('لل') ? [...variants, `ا${t.key.slice(1)}`] : variants;
  if (!withArticle.some((v) => FIXED_ORG_FIRST.has(v))) return null;
  const fixed = AR_FIXED_ORGS.find((n) => withArticle.includes(n[0] ?? '') && n.every((w, k) => k === 0 || tokens[i + k]?.key === w));
  if (fixed) {
    take(makeMention(text, tokens, i, i + fixed.length, 'organisation', 'ar-org-name', '', null, variants.includes(fixed[0] ?? '') ? (fixed[0] ?? null) : null));
    return i + fixed.length;
  }
  return null;
}

/**
 * End (exclusive) of a place head at `i` (مدينة، قرية، مخيم; nested heads after it, "قضاء مدينة")
 * and the place's name after it: one or two words, or a state; -1 when `i` opens no such phrase.
 */
export function placeHeadEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t?.arabic || !(lexiconMask(t) & M_PLACE_HEAD)) return -1;
  let j = i + 1;
  while (j < i + 3 && tokens[j]?.arabic && AR_PLACE_HEADS.has((tokens[j] as Token).key)) j++;
  const u = tokens[j];
  if (!u || !u.arabic || !u.word || u.sent !== t.sent) return -1;
  const st = stateAt(tokens, j);
  if (st) return j + st.count;
  // The name is a plain word (with or without the article), never a function word, cue, title, verb or verbal noun.
  // A word ending in ا, ى or ة has the shape of an imperfect verb only by its ي (no verb ends in ة;
  // a dual's ا needs a subject, not a place head before it): "مدينة يافا", "بلدة يطا", "مخيم يبنا".
  const verb = verbLike(u.key) && !/[اىه]$/.test(u.key);
  if (AR_FUNCTION.has(u.key) || AR_ORG_HEADS.has(u.key) || AR_PERSON_TITLES.has(u.key) || !isArabicNameToken(u, false) || verb || /^(بال|لل|وال|فال|كال)/.test(u.key) || u.raw.includes('\u064B')) return -1;
  j++;
  const v = tokens[j];
  if (v?.arabic && v.word && v.sent === t.sent && (AR_PLACE_NAME_OPENERS.has(u.key) || v.key === 'الله') && !AR_FUNCTION.has(v.key)) j++;
  return j;
}

/** End (exclusive) of a municipal head at `i` ("بلدية", "مجلس محلي"), -1 when none starts there. */
export function municipalHeadEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first?.arabic) return -1;
  if (!(lexiconMask(first) & M_MUNICIPAL)) return -1;
  const firsts = arabicVariants(first);
  for (const head of AR_MUNICIPAL_HEADS) {
    if (firsts.includes(head[0] as string) && head.every((w, k) => k === 0 || tokens[i + k]?.key === w)) return i + head.length;
  }
  return -1;
}

/**
 * The town a municipal body is named after ("بلدية بيرزيت", "مجلس محلي البيرة", "بلدية مدينة
 * البيرة"): a place head and its name, or one name word (two after an opener: "رام الله"), inside
 * [from, to); null when the words there are no name.
 */
export function townAfter(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  const headed = placeHeadEnd(tokens, from);
  if (headed !== -1) return headed <= to ? [from, headed] : null;
  const u = tokens[from];
  if (!isArabicNameToken(u, false)) return null;
  const two = AR_PLACE_NAME_OPENERS.has((u as Token).key) && from + 2 <= to;
  return [from, two ? from + 2 : from + 1];
}

/** A place head noun, nested heads after it, then the place's name: one or two words, or a state. */
function placeHead(c: Scan, i: number, t: Token, variants: readonly string[]): number | null {
  if (!(lexiconMask(t) & M_PLACE_HEAD)) return null;
  const head = variants.find((v) => AR_PLACE_HEADS.has(v));
  if (!head) return null;
  const j = placeHeadEnd(c.tokens, i);
  if (j === -1) return null;
  c.take(makeMention(c.text, c.tokens, i, j, 'place', 'ar-place-head', '', null, head));
  return j;
}

/** Whether a place name's first token carries the preposition ب ("in", "at") before the name: "بالنيل", "ببغداد". */
function placeAfterPreposition(t: Token, variant: string): boolean {
  return t.arabic && t.key.length > variant.length && /^[وف]?ب/.test(t.key.slice(0, t.key.length - variant.length));
}

/**
 * The clitic-free form of an organisation head ("جبهة" in "وجبهة"): the span starts after the
 * clitic. The article stays with the head ("والبرلمان" → "البرلمان"): only the clitic before it is cut.
 */
function headVariant(variants: readonly string[]): string | null {
  const isHead = (v: string): boolean => AR_ORG_HEADS.has(v) || AR_TEAM_HEADS.has(v);
  return variants.find((v) => v.startsWith('ال') && isHead(v.slice(2))) ?? variants.find(isHead) ?? null;
}

/**
 * End (exclusive) of a construct chain whose first noun is at `from`: an optional second indefinite
 * noun, then the definite word that closes it ("سوق رأس المال", "لحقوق الإنسان"); -1 when none closes it.
 */
function definiteChainEnd(tokens: readonly Token[], from: number): number {
  let e = from + 1;
  if (e < tokens.length && isConstructNoun(tokens[e] as Token)) e++;
  const end = tokens[e];
  return end?.arabic && /^ال/.test(end.key) && !AR_FUNCTION.has(end.key) && !AR_ORG_CHAIN_STOP.has(end.key) ? e + 1 : -1;
}

/** A known given name or a name link opens a person name. */
function givenName(c: Scan, i: number, t: Token, variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  // Neither a given name nor a name link: personNameOpener finds no opener.
  if (!(lexiconMask(t) & (M_GIVEN | M_NAME_LINK))) return null;
  // A known given name, or a name link ("عبد الرازق", "أبو عمار"), opens a person's name.
  let opener = AR_FACILITY_HEADS.has(tokens[i - 1]?.key ?? '') ? null : personNameOpener(tokens, i, variants);
  // An everyday word that is also a name ("علي الحدود", "جميلة التكوين") opens a name only when a
  // name word clearly follows.
  if (opener?.given && AR_AMBIGUOUS_GIVEN.has(opener.given) && !clearNameWord(tokens[i + 1], t)) opener = null;
  if (opener) {
    const k = arabicNameEnd(tokens, i + opener.count);
    const alone = k === i + 1;
    if (!alone || (opener.given && !AR_AMBIGUOUS_GIVEN.has(opener.given))) {
      take(makeMention(text, tokens, i, k, 'person', alone ? 'ar-given-name-alone' : 'ar-given-name', '', null, opener.variant));
      return k;
    }
  }
  return null;
}

/** A surname famous enough to stand alone. */
function famousSurname(c: Scan, i: number, t: Token, variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  if (!(lexiconMask(t) & M_FAMOUS)) return null;
  // A surname without the article is no match for a word with it ("الظريف" is "the witty", not Zarif).
  const famous = variants.find((v) => AR_FAMOUS_SURNAMES.has(v) && (v.startsWith('ال') || !/^([وفبلك])?(ال|لل)/.test(t.key)));
  if (famous) {
    take(makeMention(text, tokens, i, i + 1, 'person', 'ar-famous-surname', '', null, famous));
    return i + 1;
  }
  return null;
}

/** One-word organisation names from the lexicon. */
function singleWordOrganisation(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  if (lexiconMask(t) & M_ORG_SINGLE) {
    take(makeMention(text, tokens, i, i + 1, 'organisation', 'ar-org-name'));
    return i + 1;
  }
  return null;
}

/** A club named by an everyday word, inside a sports report. */
function clubInSport(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take, reportsSport } = c;
  // "تغلب الأهلي على الزمالك": a club, when the sentence reports sport and no name word follows
  // ("الاتحاد الدولي" is another body; a nationality after the club is no part of its name).
  if (lexiconMask(t) & M_CLUB && !STATE_NAMES.has(t.key) && reportsSport(t.sent)) {
    const next = tokens[i + 1];
    const nextIsName = !!next && next.sent === t.sent && next.arabic && /^ال/.test(next.key) && !(lexiconMask(next) & M_DEMONYM);
    if (!nextIsName) {
      take(makeMention(text, tokens, i, i + 1, 'organisation', 'ar-club-in-sport'));
      return i + 1;
    }
  }
  return null;
}

/** An organisation head noun and the name or construct chain after it. */
function organisationHead(c: Scan, i: number, t: Token, variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  const mask = lexiconMask(t);
  if (!(mask & (M_MUNICIPAL | M_ORG_HEAD | M_TEAM_HEAD))) return null;
  // "مجلس محلي عنبتا", "مجلس قروي عقربا": a municipal head and the town it governs.
  const municipal = municipalHeadEnd(tokens, i);
  if (municipal > i + 1) {
    const st = stateAt(tokens, municipal);
    const end = st ? municipal + st.count : (townAfter(tokens, municipal, tokens.length)?.[1] ?? -1);
    if (end !== -1 && (tokens[end - 1] as Token).sent === t.sent) {
      take(makeMention(text, tokens, i, end, 'organisation', 'ar-org-head', '', null, headVariant(variants)));
      return end;
    }
  }
  if (mask & (M_ORG_HEAD | M_TEAM_HEAD)) {
    let j = i + 1;
    // Heads that take a proper name: "حركة حماس", "شركة أميركان إيرلاينز", "جامعة بيرزيت". A head
    // with the article ("المنظمة") refers back to an organisation named before: no name follows.
    const definiteHead = /^(ال|لل|وال|فال|بال)/.test(t.key);
    // "قام بتنظيم الري", "بمجموعة كبيرة": after a preposition these heads are ordinary nouns.
    if (/^(ب|وب|فب)/.test(t.key) && variants.some((v) => AR_COMMON_NOUN_HEADS.has(v))) return i + 1;
    if (!definiteHead && variants.some((v) => AR_NAMED_ORG_HEADS.has(v))) {
      const placeNamed = variants.some((v) => AR_PLACE_NAMED_ORG_HEADS.has(v));
      while (j < tokens.length && j - i <= 3) {
        const u = tokens[j] as Token;
        // "بلدية مدينة البيرة", "جامعة مدينة السادات": a place head and its name are the whole name.
        const headed = placeNamed && j === i + 1 ? placeHeadEnd(tokens, j) : -1;
        if (headed !== -1) {
          j = headed;
          break;
        }
        const st = placeNamed ? stateAt(tokens, j) : null;
        if (st) {
          j += st.count;
          break;
        }
        // A one-word body's name after its head is the whole name ("حركة حماس", "حركة طالبان").
        if (AR_ORG_SINGLE.has(u.key)) {
          j++;
          break;
        }
        if (!isArabicNameToken(u, true) || STATE_NAMES.has(u.key) || verbLike(u.key) || AR_ORG_DESCRIBING.has(u.key) || /[^ا]يه$/.test(u.key) || (/^(ب|ل|ك)/.test(u.key) && !isKnownArabicName(u) && j > i + 1)) break;
        if (/^(ب|ل)/.test(u.key) && AR_FUNCTION.has(u.key.slice(1))) break;
        j++;
        // A proper name is one or two words; a third only when it is clearly part of it.
        if (j - i >= 3 && !(tokens[j]?.latin ?? false)) break;
      }
      if (j > i + 1 && !endsOrgName(tokens[j])) j = i + 2;
      if (j > i + 1) {
        take(makeMention(text, tokens, i, j, 'organisation', 'ar-org-head', '', null, headVariant(variants)));
        return j;
      }
    }
    const compound = variants.some((v) => AR_COMPOUND_ORG_HEADS.has(v));
    while (j < tokens.length && j - i < 7) {
      const u = tokens[j] as Token;
      if (u.key === 'لـ' || u.key === 'ل') {
        if ((tokens[j + 1] as Token | undefined)?.latin || /^ال/.test((tokens[j + 1] as Token | undefined)?.key ?? '')) {
          j++;
          continue;
        }
        break;
      }
      if (u.latin && (u.cap || /^[A-Z]/.test(u.raw))) {
        j = latinRunEnd(tokens, j);
        break;
      }
      const st = stateAt(tokens, j);
      // "حزب الأمة القومي بالنيل الأبيض", "السفارة الأمريكية ببغداد": a place behind the preposition
      // ب says where the body is; it is no part of the body's name.
      if (st && placeAfterPreposition(u, st.variant)) break;
      if (st) {
        j += st.count;
        continue;
      }
      if (u.arabic && /^(ال|لل)/.test(u.key) && !AR_FUNCTION.has(u.key) && !AR_PERSON_TITLES.has(u.key) && !AR_ORG_CHAIN_STOP.has(u.key) && !opensRelative(u.key)) {
        j++;
        continue;
      }
      // "لجنة الأمن والإصلاح", "وزارة التربية والتعليم": a coordinated remit inside a body's name.
      if (compound && j > i + 1 && u.arabic && /^وال/.test(u.key) && !AR_ORG_CHAIN_STOP.has(u.key.slice(1)) && !(lexiconMask(u) & M_ORG_HEAD)) {
        j++;
        continue;
      }
      // A remit with ل on an indefinite noun, then its definite end: "المرصد السوري لحقوق الإنسان",
      // "المنظمة العربية لحقوق الإنسان", "مركز القاهرة لدراسات حقوق الإنسان".
      if (j > i + 1 && u.arabic && /^ل[^ل]/.test(u.key) && u.key.length >= 4 && !AR_FUNCTION.has(u.key) && !AR_FUNCTION.has(u.key.slice(1))) {
        const e = definiteChainEnd(tokens, j);
        if (e !== -1) {
          j = e;
          continue;
        }
      }
      // A construct chain may pass through indefinite nouns before its definite end: "هيئة سوق رأس
      // المال", "وكالة أبحاث الكونغرس".
      if (u.arabic && isConstructNoun(u)) {
        const e = definiteChainEnd(tokens, j);
        if (e !== -1) {
          j = e;
          continue;
        }
      }
      break;
    }
    if (j > i + 1) {
      take(makeMention(text, tokens, i, j, 'organisation', 'ar-org-head', '', null, headVariant(variants)));
      return j;
    }
  }
  return null;
}

/** A group named by its kind: a plural noun for people or bodies, with a quantifier or nationality. */
function groupNoun(c: Scan, i: number, _t: Token, _variants: readonly string[]): number | null {
  const g = groupPhrase(c.text, c.tokens, i);
  if (!g) return null;
  c.take(g.mention);
  return g.next;
}

/** A state, capital or continent name. */
function stateName(c: Scan, i: number, _t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  const st = stateAt(tokens, i);
  if (st) {
    // Cities and continents are places; a capital keeps its own name and says whose capital it is.
    const place = PLACE_INFO.get(st.name);
    const type = place?.type ?? 'state';
    const role = place?.capital && place.state ? `capital of ${place.state}` : '';
    take(makeMention(text, tokens, i, i + st.count, type, type === 'state' ? 'state-name' : 'place-name', role, null, st.variant));
    return i + st.count;
  }
  return null;
}

/** A Latin word's first letter, an elided article ("l'", "d'") left out. */
function initial(t: Token): string {
  return t.key.replace(/^[ld]'/, '')[0] ?? '';
}

/**
 * The Latin words from `i` up to an acronym in parentheses, when their initials (connectors left
 * out) spell it, all of it or all but its last letter: "Leadership Conference of Women Religious
 * (LCWR)", "L'Office fédéral de l'agriculture (OFAG)". The span starts after an elided article.
 */
function acronymExpansion(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  if (!t.latin || !/^(?:[ldLD]['’])?[A-Z\u00C0-\u00DE]/.test(t.raw)) return null;
  // Most capitalised words have no parenthesis ahead: find it before spelling any initials.
  let open = -1;
  for (let p = i; p < tokens.length && p < i + 14; p++) {
    const u = tokens[p] as Token;
    if (u.sent !== t.sent) return null;
    if (u.raw === '(') {
      open = p;
      break;
    }
    if (!u.latin || !u.word) return null;
  }
  if (open === -1) return null;
  let ini = '';
  for (let p = i; p <= open; p++) {
    const u = tokens[p] as Token;
    if (u.raw === '(') {
      const ac = tokens[p + 1];
      const acronym = ac?.raw.toLowerCase() ?? '';
      if (p === i || !ac || tokens[p + 2]?.raw !== ')') return null;
      // French writes an acronym read as a word in title case ("Inserm", "Unesco"): it counts only
      // when the initials spell all of it.
      const titleCase = /^[A-Z][a-z]{2,7}$/.test(ac.raw);
      if (!isAcronym(ac.raw) && !titleCase) return null;
      if (ini !== acronym && (titleCase || !(ini.length === acronym.length - 1 && acronym.startsWith(ini)))) return null;
      const m = makeMention(text, tokens, i, p, 'organisation', 'acronym-expansion');
      const elided = /^[ldLD]['’]/.test(t.raw) ? 2 : 0;
      if (m && elided) {
        m.start += elided;
        m.text = text.slice(m.start, m.end);
      }
      take(m);
      return p;
    }
    if (!u.latin || !u.word) return null;
    if (!LATIN_NAME_CONNECTORS.has(u.key)) ini += initial(u);
  }
  return null;
}

/** French definite articles, plain and elided. */
const FR_ARTICLE = /^(le|la|les)$/;
const FR_ELIDED_CAP = /^[lL]['’](?=\p{Lu})/u;

/**
 * A French name after its definite article: "Le Monde", "Les Échos" (a capitalised article inside a
 * sentence belongs to the title), "l'Elysée", "le Parquet national financier", "la Commission
 * européenne" (a lower-case article does not; French capitalises only an institution's first word,
 * so the lower-case adjectives after it are still its name). An article never opens a person's name,
 * so these are bodies; states and places are left to state-name. "Marine Le Pen": after a
 * capitalised word the article is a surname particle, and latin-name keeps the run.
 */
function frArticleName(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  if (!t.latin) return null;
  const prev = tokens[i - 1];
  if (prev?.latin && prev.cap && prev.sent === t.sent && !EN_NOT_NAME.has(prev.key)) return null;
  const elided = FR_ELIDED_CAP.test(t.raw);
  if (!elided && !FR_ARTICLE.test(t.key)) return null;
  const head = elided ? i : i + 1;
  const h = tokens[head];
  if (!h || h.sent !== t.sent || !h.latin || (!elided && !h.cap)) return null;
  // An outlet's whole title ("Le Canard enchaîné", "Les Échos"), as the outlet list spells it.
  for (let n = 4; n >= 2 && !elided; n--) {
    const keys = tokens.slice(i, i + n);
    // The title word is capitalised: "le monde entier" is the world.
    if (keys.length === n && h.cap && keys.every((u) => u.word && u.sent === t.sent) && OUTLET_NAMES.has(keys.map((u) => u.key).join(' '))) {
      take(makeMention(text, tokens, i, i + n, 'organisation', 'outlet'));
      return i + n;
    }
  }
  const headKey = elided ? h.key.slice(2) : h.key;
  if (LATIN_PERSON_TITLES.has(headKey) || EN_NOT_NAME.has(headKey) || LATIN_NEVER_ACTORS.has(headKey)) return null;
  if (!elided && stateAt(tokens, head)) return null;
  // A name spelled out before its acronym is acronym-expansion's ("le Service de police de la Ville de Montréal (SPVM)").
  const expanded = acronymExpansion(c, head, h, _variants);
  if (expanded !== null) return expanded;
  let j = elided ? latinRunEnd(tokens, head + 1) : latinRunEnd(tokens, head);
  if (elided && j < head + 1) j = head + 1;
  while (j < tokens.length && (tokens[j] as Token).sent === t.sent && FR_NAME_ADJECTIVES.has((tokens[j] as Token).key)) j++;
  const sentStart = i === 0 || (tokens[i - 1] as Token).sent !== t.sent || /^[“"«(—:-]$/.test((tokens[i - 1] as Token).raw);
  // A capitalised article inside a sentence is part of the title; a lower-case or sentence-initial one is not.
  const withArticle = !elided && t.cap && !sentStart;
  const first = withArticle || elided ? i : head;
  const m = makeMention(text, tokens, first, j, STATE_NAMES.has(headKey) ? (PLACE_INFO.get(STATE_NAMES.get(headKey) ?? '')?.type ?? 'state') : 'organisation', 'fr-article-name');
  if (m && elided) {
    m.start += 2;
    m.text = text.slice(m.start, m.end);
  }
  take(m);
  return j;
}

/**
 * A lower-case body noun, "de"/"of" and the capitalised place it serves: "le parquet de Paris", "le
 * canton de Berne", "the city of Boston". The place name alone would be a place; with the head it is
 * the body that acts there.
 */
function placeBody(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  if (!t.latin || t.cap || !LATIN_PLACE_BODY_HEADS.has(t.key)) return null;
  const of = tokens[i + 1];
  const place = tokens[i + 2];
  if (!of || !(of.key === 'de' || of.key === 'of') || !place?.latin || !place.cap || place.sent !== t.sent || of.sent !== t.sent) return null;
  const j = latinRunEnd(tokens, i + 2);
  if (j <= i + 2) return null;
  take(makeMention(text, tokens, i, j, 'organisation', 'place-body'));
  return j;
}

/** A capitalised Latin-script run: a person, or an organisation by its words or as an acronym. */
function latinName(c: Scan, i: number, t: Token, _variants: readonly string[]): number | null {
  const { text, tokens, take } = c;
  if (t.latin && t.cap) {
    let i0 = i;
    const sentStart = i === 0 || (tokens[i - 1] as Token).sent !== t.sent || /^[“"«(—:-]$/.test((tokens[i - 1] as Token).raw);
    if (EN_NOT_NAME.has(t.key) || LATIN_PERSON_TITLES.has(t.key)) {
      if (!LATIN_PERSON_TITLES.has(t.key)) return i + 1;
    }
    let j = latinRunEnd(tokens, i);
    // Titles open a person name; leading title words are the role, not the name.
    let role = '';
    while (i0 < j && (LATIN_PERSON_TITLES.has((tokens[i0] as Token).key) || ((tokens[i0] as Token).key === 'minister' ))) {
      i0++;
      if ((tokens[i0] as Token | undefined)?.raw === '.') i0++;
    }
    if (i0 > i) {
      role = text.slice(t.start, (tokens[i0 - 1] as Token).end);
      if (i0 >= j && (tokens[i0] as Token | undefined)?.cap) j = latinRunEnd(tokens, i0);
    }
    if (j <= i0) {
      return Math.max(i + 1, j);
    }
    let type = latinType(tokens, i0, j);
    if (!type) {
      return j;
    }
    const single = j - i0 === 1;
    if (single && !role && type === 'person') {
      // A lone capitalised word is a name only inside Arabic text or when it is not sentence-initial.
      const inArabic = (tokens[i - 1]?.arabic ?? false) || (tokens[j]?.arabic ?? false);
      if (!inArabic && sentStart) {
        return j;
      }
      type = 'person';
    }
    if (role && type !== 'person' && !LATIN_ORG_WORDS.has((tokens[j - 1] as Token).key)) type = 'person';
    // "Sen. Rand Paul of Kentucky", "Rep. Ilhan Omar of Minnesota": "of" and a place after a
    // person's name say whom they represent or where they come from; the name ends before it.
    if (type === 'person') {
      for (let k = i0 + 1; k < j - 1; k++) {
        if ((tokens[k] as Token).key === 'of') {
          j = k;
          break;
        }
      }
    }
    take(makeMention(text, tokens, i0, j, type, role ? 'title-name' : tokens[i0 - 1]?.arabic || tokens[j]?.arabic ? 'latin-in-arabic' : 'capitalised', role));
    return j;
  }
  return null;
}

/**
 * Keys of the lower-case Latin words at which some rule of ACTOR_RULES can fire: a group's
 * quantifier or noun, a place body's head, a French article. A lower-case Latin word outside this
 * set fires none (state and Latin names need a capital; an elided article, "l'Office", is tested
 * apart): the scan skips such words without trying the table, most words of English and French.
 */
export const LOWER_LATIN_TRIGGERS: ReadonlySet<string> = new Set([...GROUP_QUANTIFIERS, ...LATIN_GROUP_NOUNS, ...LATIN_PLACE_BODY_HEADS, 'le', 'la', 'les']);

/** Whether a lower-case Latin token can open a mention of ACTOR_RULES (see LOWER_LATIN_TRIGGERS). */
export function lowerLatinTriggers(t: Token): boolean {
  if (LOWER_LATIN_TRIGGERS.has(t.key)) return true;
  // An elided article or "de" before a capital: "l'Office fédéral", "l'Elysée".
  const c0 = t.raw.charCodeAt(0);
  const c1 = t.raw.charCodeAt(1);
  return (c0 === 108 || c0 === 100) && (c1 === 39 || c1 === 0x2019);
}

/** A candidate rule: returns the token index to resume at when it matched (and took its mention), else null. */
export interface ActorRule {
  id: string;
  /** Which tokens it can fire on. */
  script: 'arabic' | 'any';
  /** What it matches. */
  matches: string;
  /** Why this is evidence of an actor. */
  why: string;
  apply: (c: Scan, i: number, t: Token, variants: readonly string[]) => number | null;
}

/** The candidate rules in the order they are tried. */
export const ACTOR_RULES: readonly ActorRule[] = [
  { id: 'ar-title-name', script: 'arabic', apply: titleName, matches: 'a person title (وزير، رئيس، السيد) with its complements, then a name', why: 'a title names a role; the name after it is the person holding it, and the title is the role, not the name' },
  { id: 'ar-demonym-name', script: 'arabic', apply: demonymName, matches: 'a nationality word, then one to three name words', why: 'a nationality before a name introduces a person unless it agrees with a noun before it' },
  { id: 'ar-org-name', script: 'arabic', apply: fixedOrganisation, matches: 'a multi-word organisation name from the lexicon (with ل fused to its article restored)', why: 'names such as الأمم المتحدة are bodies whatever surrounds them' },
  { id: 'ar-place-head', script: 'arabic', apply: placeHead, matches: 'a place head noun (مدينة، قرية، مخيم، محافظة، قطاع) and the place name after it', why: 'the head says the name after it is a place, whatever the name is; the head is part of the name' },
  { id: 'ar-given-name', script: 'arabic', apply: givenName, matches: 'a known given name or a name link (عبد، أبو، أم) and the name words after it', why: 'a given name opens a person name; everyday-word names need a clear name word after them' },
  { id: 'ar-famous-surname', script: 'arabic', apply: famousSurname, matches: 'a surname from the lexicon that newsrooms use alone', why: 'a famous surname stands for its person; without the article it never matches a word with one' },
  { id: 'ar-org-single', script: 'arabic', apply: singleWordOrganisation, matches: 'a one-word organisation name from the lexicon (حماس، الناتو)', why: 'these words only ever name the body' },
  { id: 'ar-club-in-sport', script: 'arabic', apply: clubInSport, matches: 'a club name that is also an everyday word, in a sentence that reports sport', why: 'outside sport the word keeps its everyday sense' },
  { id: 'ar-org-head', script: 'arabic', apply: organisationHead, matches: 'an organisation head noun (وزارة، حركة، شركة) and its proper name or construct chain', why: 'a head noun with a name or a definite chain after it names a body' },
  { id: 'group-noun', script: 'any', apply: groupNoun, matches: 'a plural noun for a kind of people or bodies (المحتجون، فقهاء الدستور, officials, les syndicats de police), with a quantifier or nationality before it and relation adjectives after it', why: 'unnamed groups speak and act in the news ("قال المحتجون", "officials said"); a part of a group (بعض, several, deux) is a group of its own' },
  { id: 'state-name', script: 'any', apply: stateName, matches: 'a state, capital or continent name in any of the three languages', why: 'states act in the news, and capitals stand for them' },
  { id: 'acronym-expansion', script: 'any', apply: acronymExpansion, matches: 'Latin words followed by an acronym in parentheses that their initials spell', why: 'writers give a body\'s acronym right after its full name; the initials tie the two together' },
  { id: 'place-body', script: 'any', apply: placeBody, matches: 'a lower-case body noun (parquet, canton, mairie, city) with de/of and a capitalised place name', why: 'public bodies are named by the place they serve; the place alone is a place, the phrase is the body that acts' },
  { id: 'fr-article-name', script: 'any', apply: frArticleName, matches: 'a French definite article (le, la, les, l\') then a capitalised name and the lower-case adjectives of an institution\'s name', why: 'an article never opens a person\'s name; French capitalises only an institution\'s first word; a capitalised article inside a sentence belongs to a title (Le Monde)' },
  { id: 'latin-name', script: 'any', apply: latinName, matches: 'a run of capitalised Latin-script words, titles split off as the role', why: 'capitalisation marks proper names in English and French and Latin names inside Arabic text' },
];
