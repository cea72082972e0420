/**
 * Where names begin and end: Arabic person names (given names, links, nisba surnames), the words
 * that end a speaker's name, organisation-name chains, state names and Latin capitalised runs.
 */
import type { ActorType } from '../domain';
import { AR_AMBIGUOUS_GIVEN, AR_FAMOUS_SURNAMES, AR_GIVEN_NAME_KEYS, AR_NEVER_NAME } from './lexicon-names';
import { AR_COMPLEMENTISERS, AR_CUE_FORMS, AR_DESCRIPTION_NOUNS, AR_FUNCTION, AR_ORG_HEADS, AR_PERSON_TITLES, AR_STOP } from './lexicon-ar';
import { EN_NOT_NAME, LATIN_ORG_WORDS } from './lexicon-en';
import { STATE_NAMES } from './lexicon-places';
import { lexiconMask, M_DESCRIPTION, M_KNOWN, M_ORG_HEAD, M_STATE, M_TITLE, STATE_FIRST } from './lexicon-mask';
import { OUTLET_NAMES } from './lexicon-sources';
import { LATIN_NEVER_ACTORS, AR_FACILITY_HEADS, AR_NAME_LINKS, AR_ORG_CHAIN_STOP, AR_PREPOSITIONS, AR_REGNAL, AR_SPEAKER_END, AR_TITLE_LINKS, AR_TITLE_OPENERS, LATIN_NAME_CONNECTORS } from './lexicon';
import { devowel, isMaqsuraPreposition, latinBase, prepositionOnVerbalNoun, verbalNounLike, verbLike } from './morphology';
import { arabicVariants, type Token } from './tokens';

export function stateAt(tokens: readonly Token[], i: number): { name: string; count: number; variant: string } | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  // Hot path (every word of every article): most words open no state name.
  if (!t.arabic && !STATE_FIRST.has(t.key) && !t.key.endsWith("'s")) return null;
  if (!(lexiconMask(t) & M_STATE)) return null;
  const firsts = arabicVariants(t);
  let longest = 0;
  for (const v of firsts) longest = Math.max(longest, STATE_FIRST.get(v) ?? 0);
  if (longest === 0) return null;
  for (let n = longest; n >= 1; n--) {
    let key = '';
    let k = 1;
    for (; k < n; k++) {
      const u = tokens[i + k];
      if (!u || !u.word) break;
      key += ` ${u.key}`;
    }
    if (k !== n) continue;
    for (const v of firsts) {
      // "الروسية" is an adjective, not "روسية": never strip the article to reach a state name.
      if (v !== t.key && t.key.slice(0, t.key.length - v.length).endsWith('ال')) continue;
      const name = STATE_NAMES.get(v + key);
      // Latin state names must be capitalised ("US" not "us").
      if (name && (!t.latin || t.cap)) return { name, count: n, variant: v };
    }
  }
  return null;
}

/** An indefinite noun inside a construct chain: an Arabic content word, not a name, verb, function word or clitic-led word. */
export function isConstructNoun(t: Token): boolean {
  // A known given name opens a person's name after the body's ("وزارة المالية زينب محمد الحسن").
  return t.arabic && t.word && t.key.length >= 3 && !isKnownArabicName(t) && !/^(ال|لل|و|ف|ب|ل|ك)/.test(t.key) && !AR_FUNCTION.has(t.key) && !AR_STOP.has(t.key) && !verbLike(t.key) && !AR_CUE_FORMS.has(t.key) && !AR_PERSON_TITLES.has(t.key) && !STATE_NAMES.has(t.key) && !/^\d/.test(t.key);
}

/** Whether what follows a named organisation lets its name end there (punctuation, a function word, a date, a place). */
export function endsOrgName(t: Token | undefined): boolean {
  return !t || !t.word || t.latin || /^\d/.test(t.key) || AR_FUNCTION.has(t.key) || AR_STOP.has(t.key) || AR_CUE_FORMS.has(t.key) || /^(ال|لل|وال|و)/.test(t.key) || STATE_NAMES.has(t.key);
}

/** Extends a name over a trailing link word ("محمد أحمد أبو" + "بها"): links never end a name. */
export function extendNameLinks(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k < tokens.length && AR_NAME_LINKS.has((tokens[k - 1] as Token).key) && tokens[k]?.arabic && !AR_FUNCTION.has((tokens[k] as Token).key)) {
    k++;
    // "عطا الله", "أبو الهيجا": the linked word may itself be followed by the article-word of the name.
    if (k < tokens.length && (tokens[k] as Token).key === 'الله') k++;
  }
  return k;
}

/** Whether `u`, right after a given name `prev`, is clearly a further name word: a known name, a name link, a nisba surname or a plain word that is no function word, clitic-led word or verb. */
export function clearNameWord(u: Token | undefined, prev: Token): boolean {
  if (!u || !u.word || !u.arabic || u.sent !== prev.sent) return false;
  // "أمين سر", "أمين عام": a title, not a name.
  if (isMaqsuraPreposition(u) || AR_TITLE_LINKS.has(u.key)) return false;
  if (AR_GIVEN_NAME_KEYS.has(u.key) || AR_FAMOUS_SURNAMES.has(u.key) || (AR_NAME_LINKS.has(u.key) && u.key !== 'ال') || u.key === 'الله') return true;
  // "علي" is also how some newsrooms spell the preposition "على": only a name may follow it.
  if (prev.key === 'علي' || prev.key === 'وعلي') return /^ال.{3,}ي$/.test(u.key);
  if (/^ال/.test(u.key)) return /ي$/.test(u.key) && u.key.length >= 5;
  return isArabicNameToken(u, false) && !/^(ب|ل|ك|و|ف)/.test(u.key) && !verbLike(u.key) && !AR_DESCRIPTION_NOUNS.has(u.key) && !STATE_NAMES.has(u.key);
}

/** Whether a name may end before token k of sentence `sent`: the sentence ends, or what follows ends a speaker's name, opens with "و", or is "من أن". */
export function nameEndsAt(tokens: readonly Token[], k: number, sent: number): boolean {
  const t = tokens[k];
  if (!t || t.sent !== sent) return true;
  // "من أن", and "من قرية/مخيم/مدينة ..." or "من <state>": where the person is from.
  if (t.key === 'من') return /^ان/.test(tokens[k + 1]?.key ?? '') || AR_FACILITY_HEADS.has(tokens[k + 1]?.key ?? '') || stateAt(tokens, k + 1) !== null;
  // A score or a ranking number after a name ("فلوريان ماير 6 - 1"), or whom it was told to ("للصحفيين").
  if (/^\d/.test(t.key) || /^لل/.test(t.key)) return true;
  return endsSpeakerName(t) || /^و/.test(t.key);
}

/**
 * End (exclusive) of the name after a nationality word at `from`, or `from` when none follows: a
 * known opener runs as a name; otherwise one to three plain words that the sentence visibly ends
 * after (punctuation, a conjunction, a title, a complementiser).
 */
export function demonymNameEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!first?.arabic || !first.word) return from;
  const opener = personNameOpener(tokens, from, arabicVariants(first));
  if (opener) return arabicNameEnd(tokens, from + opener.count);
  let k = from;
  while (k < tokens.length && k - from < 3) {
    const u = tokens[k] as Token;
    // Foreign names may open with ف/ب/ل/ك (فلوريان، بيولي): only a preposition on the article, a
    // conjunction, or a preposition on a verbal noun (بتوقيت) is no name word here.
    if (!isArabicNameToken(u, true) || /^(ال|لل|و|بال|كال|فال)/.test(u.key) || prepositionOnVerbalNoun(u.key) || verbLike(u.key) || STATE_NAMES.has(u.key) || AR_DESCRIPTION_NOUNS.has(u.key)) break;
    k++;
  }
  // The nationality is evidence enough that a preposition after the words ends the name ("من البطولة").
  // ... and a definite word after them too ("الإسباني رافايل نادال المصنف ثانيا"). A single word is
  // too often the next word of the sentence ("الفرنسي بفارق", "العراقي صرخ في"): it needs the strict end.
  if (k === from) return from;
  if (k === from + 1) {
    // ... and is no word that opens with a preposition ("بفارق", "لصالح").
    const lone = /^(ب|ل|ك|ف)/.test(first.key) && !isKnownArabicName(first);
    return !lone && nameEndsAt(tokens, k, first.sent) && !AR_PREPOSITIONS.has(tokens[k]?.key ?? '') ? k : from;
  }
  if (!(nameEndsAt(tokens, k, first.sent) || AR_PREPOSITIONS.has(tokens[k]?.key ?? '') || /^ال/.test(tokens[k]?.key ?? ''))) return from;
  return k;
}

/**
 * Where a person's name opens at token i: a known given name (with or without a leading "و"), or
 * a name link with its linked word ("عبد الرازق", "أبو عمار", "أم كريم"). Returns the tokens the
 * opener covers, the given name's key when there is one, and the clitic-free variant.
 */
export function personNameOpener(tokens: readonly Token[], i: number, variants: readonly string[]): { count: number; given: string | null; variant: string } | null {
  // Everyday-word names (أمين، جمال) open one too; callers ask for a clear name word after them.
  const given = isMaqsuraPreposition(tokens[i] as Token) ? undefined : variants.find((v) => (AR_GIVEN_NAME_KEYS.has(v) || AR_AMBIGUOUS_GIVEN.has(v)) && (v === (tokens[i] as Token).key || (tokens[i] as Token).key === `و${v}`));
  if (given) return { count: 1, given, variant: given };
  const t = tokens[i] as Token;
  const link = t.key.replace(/^و(?=(عبد|ابو|ام)$)/, '');
  // Only a name link opens a name from here on; the state lookup below is not asked for other words.
  if (link !== 'عبد' && link !== 'ابو' && link !== 'ام') return null;
  const next = tokens[i + 1];
  if (!next?.arabic || !next.word || AR_FUNCTION.has(next.key) || STATE_NAMES.has(next.key) || stateAt(tokens, i) !== null) return null;
  if (link === 'عبد' && next.key.length >= 4) return { count: 2, given: null, variant: link };
  if (link === 'ابو' && isArabicNameToken(next, false) && !AR_DESCRIPTION_NOUNS.has(next.key)) return { count: 2, given: null, variant: link };
  if (link === 'ام' && AR_GIVEN_NAME_KEYS.has(next.key)) return { count: 2, given: null, variant: link };
  return null;
}

/**
 * End (exclusive) of an Arabic person's name whose opening words end at `from`: given names, name
 * links ("بن زايد", "أبو شمط"), nisba surnames ("السكاكيني") and at most two other words, up to six
 * words in all. Stops at function words, clitic-led words ("بتاريخ"), verb-shaped words, titles,
 * states and a conjunction ("وسليمان" is the next person).
 */
export function arabicNameEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  let unknown = 0;
  const start = from - 1;
  while (k < tokens.length && k - start < 6) {
    const u = tokens[k] as Token;
    if (!u.word || !u.arabic || u.sent !== (tokens[start] as Token).sent) break;
    const key = u.key;
    if (AR_NAME_LINKS.has(key) && key !== 'ال') {
      const v = tokens[k + 1];
      // After a patronymic link the word is a name even when it spells a particle ("أحمد بن علي").
      if (!v?.arabic || !v.word || (AR_FUNCTION.has(v.key) && !AR_GIVEN_NAME_KEYS.has(v.key)) || STATE_NAMES.has(v.key)) break;
      k += 2;
      // "بن عبد العزيز", "بن أبي طالب": a link word may itself take a word.
      if ((v.key === 'عبد' || v.key === 'ابو' || v.key === 'ابي') && tokens[k]?.arabic && tokens[k]?.word && !AR_FUNCTION.has((tokens[k] as Token).key)) k++;
      else if ((tokens[k] as Token | undefined)?.key === 'الله') k++;
      continue;
    }
    if (key === 'ال' && tokens[k + 1]?.arabic) {
      // "آل نهيان": the family word and its name.
      k += 2;
      continue;
    }
    if (isMaqsuraPreposition(u)) break;
    // "علي" after a name is more often the preposition على spelled with ي ("ستيف جوبس علي سبيل المثال").
    if ((key === 'علي' || key === 'وعلي') && !clearNameWord(tokens[k + 1], u)) break;
    // A given name that also opens a compound title, before an indefinite title word, is that title in
    // apposition ("فهد بن ناصر مساعد وزير الدولة"): "مساعد" is the assistant, not a further name.
    const after = tokens[k + 1];
    if (AR_TITLE_OPENERS.has(key) && after?.arabic && after.sent === u.sent && !/^ال/.test(after.key) && AR_PERSON_TITLES.has(after.key)) break;
    if (AR_GIVEN_NAME_KEYS.has(key) || AR_FAMOUS_SURNAMES.has(key) || key === 'الله' || key === 'الدين') {
      // "محي الدين", "عز الدين": the word before الدين/الله makes one compound given name with it,
      // no unknown surname word.
      if ((key === 'الله' || key === 'الدين') && k > from && !AR_GIVEN_NAME_KEYS.has((tokens[k - 1] as Token).key) && unknown > 0) unknown--;
      k++;
      continue;
    }
    // A regnal number after a given name ("عبد الله الثاني", "محمد السادس", "بنديكت السادس عشر").
    if (AR_REGNAL.has(key) && (AR_GIVEN_NAME_KEYS.has((tokens[k - 1] as Token).key) || (tokens[k - 1] as Token).key === 'الله')) {
      k += tokens[k + 1]?.key === 'عشر' ? 2 : 1;
      break;
    }
    if (!isArabicNameToken(u, false) || /^(بال|لل|وال|فال|كال|و)/.test(key) || AR_DESCRIPTION_NOUNS.has(key) || STATE_NAMES.has(key) || AR_ORG_CHAIN_STOP.has(key)) break;
    if (/^ال/.test(key)) {
      // An article word is a surname as a nisba ("الشرقاوي"), or right after a given name ("عمر حسن
      // البشير", "بشار الأسد").
      const prevGiven = AR_GIVEN_NAME_KEYS.has((tokens[k - 1] as Token).key) || (tokens[k - 1] as Token).key === 'الدين';
      if (!/ي$/.test(key) && k !== from && !prevGiven) break;
      k++;
      unknown++;
      if (unknown > 2) break;
      continue;
    }
    if (verbLike(key) || firstPersonPluralVerb(u, tokens[k + 1]) || unknown >= 2) break;
    if (prepositionOnVerbalNoun(key)) break;
    // After two name words, an unknown word in the accusative ("كارلوس تيفيز هدفا") is the verb's object.
    if (k - start >= 2 && /[^ي]ا$/.test(key) && key.length >= 4) break;
    // A famous surname ends the name ("أنجيلا ميركل قرار").
    if (AR_FAMOUS_SURNAMES.has((tokens[k - 1] as Token).key)) break;
    // A second unknown word ("كوفي انان حث"), or any after two name words ("أحمد خليل مرمى"), joins
    // only when the name visibly ends after it, or (a first unknown) after one more plain word
    // ("زياد إبراهيم درويش ياسين :").
    if (unknown === 1 || k - start >= 2) {
      const next = tokens[k + 1];
      // A second unknown word takes only the strict end (no "و", number or "لل" word after it).
      const endsAfterThis = unknown === 0 ? nameEndsAt(tokens, k + 1, u.sent) : !next || next.sent !== u.sent || endsSpeakerName(next);
      const endsAfterNext = unknown === 0 && !!next && isArabicNameToken(next, false) && !/^(ال|لل|و|ف|ب|ل|ك)/.test(next.key) && !verbLike(next.key) && nameEndsAt(tokens, k + 2, u.sent);
      if (!endsAfterThis && !endsAfterNext) break;
    }
    k++;
    unknown++;
  }
  return k;
}

/**
 * Whether an Arabic token can be part of a person's name: not a function word, cue, title or
 * organisation head; the first word of a name carries no article and is not a descriptive noun.
 */
export function isArabicNameToken(t: Token | undefined, firstOfName: boolean): boolean {
  if (!t || !t.word || !t.arabic) return false;
  const k = t.key.replace(/^و/, '');
  if (AR_FUNCTION.has(t.key) || AR_STOP.has(t.key) || AR_CUE_FORMS.has(t.key) || AR_CUE_FORMS.has(k)) return false;
  if (AR_PERSON_TITLES.has(t.key) || AR_ORG_HEADS.has(t.key)) return false;
  // Only a name's first word: foreign surnames can have the same shape (تيفيز، توريس).
  if (neverName(t) || (firstOfName && verbalNounLike(k) && !isKnownArabicName(t))) return false;
  // An accusative indefinite ("ملعبًا", "حاليًا") is a common noun or an adverb, never a name.
  if (t.raw.includes('\u064B')) return false;
  if (firstOfName && (/^(ال|لل)/.test(t.key) || AR_DESCRIPTION_NOUNS.has(k))) return false;
  if (/^\d/.test(t.key)) return false;
  return t.key.length >= 2;
}

/** A verb, adverb or noun in apposition that follows names but is never one ("فصرح", "مدرب", "حاليا"). */
export function neverName(t: Token): boolean {
  return AR_NEVER_NAME.has(t.key) || AR_NEVER_NAME.has(t.key.replace(/^[وف]/, '')) || AR_CUE_FORMS.has(t.key.replace(/^ف/, ''));
}

const GIVEN_DEVOWELLED: ReadonlySet<string> = new Set([...AR_GIVEN_NAME_KEYS].filter((k) => k.length >= 4).map(devowel));

/**
 * Whether a word is another spelling of a known given name that differs only in its long vowels:
 * transliterated names are written with and without them (يونس/يونوس، يوسف/يوسوف), and such a word
 * is no verb even when it has a verb's shape.
 */
export function givenNameSpelling(key: string): boolean {
  return key.length >= 4 && GIVEN_DEVOWELLED.has(devowel(key));
}

/** Whether a token is a known given name or a famous surname (not an everyday word). */
export function isKnownArabicName(t: Token): boolean {
  return (lexiconMask(t) & M_KNOWN) !== 0;
}

/**
 * Whether a token right after a speaker's name can end it ("قال فوزي صلوخ وزير الخارجية إن"):
 * punctuation, Latin script, a complementiser, a time or place word, a title, an organisation head,
 * a description, a state or a cue. An ordinary word there means the phrase was no name.
 */
export function endsSpeakerName(t: Token): boolean {
  if (!t.word || t.latin) return true;
  if (t.arabic && neverName(t)) return true;
  return AR_SPEAKER_END.has(t.key) || (lexiconMask(t) & (M_TITLE | M_ORG_HEAD | M_DESCRIPTION)) !== 0 || STATE_NAMES.has(t.key) || AR_CUE_FORMS.has(t.key);
}

/** True for a token that can continue a title or an organisation name (genitive or adjective). */
export function isComplement(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  if (t.latin) return true;
  if (!t.arabic) return false;
  if (AR_FUNCTION.has(t.key) || AR_CUE_FORMS.has(t.key)) return false;
  return /^(ال|لل|وال)/.test(t.key) || AR_PERSON_TITLES.has(t.key) || AR_ORG_HEADS.has(t.key) || STATE_NAMES.has(t.key) || AR_TITLE_LINKS.has(t.key);
}

export function latinRunEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  const sent = (tokens[i] as Token).sent;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    // A name never runs over a sentence end, nor on into a sentence-initial word ("Talks\nThe").
    if (t.sent !== sent || (j > i && EN_NOT_NAME.has(t.key) && !LATIN_NAME_CONNECTORS.has(t.key))) break;
    if (t.latin && (t.cap || /^[A-Z0-9]/.test(t.raw))) {
      j++;
      // A possessive ends the name: "Chris Christie's State of the State", "Moscow's envoy".
      if (/['’]s$/.test(t.raw)) break;
      continue;
    }
    const next = tokens[j + 1];
    if (t.latin && LATIN_NAME_CONNECTORS.has(t.key) && next?.latin && next.cap && j > i) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

export function latinType(tokens: readonly Token[], i: number, j: number): ActorType | null {
  const keys = tokens.slice(i, j).map((t) => latinBase(t.key));
  const joined = keys.join(' ');
  if (OUTLET_NAMES.has(joined) || LATIN_NEVER_ACTORS.has(joined)) return null;
  if (keys.some((k) => LATIN_ORG_WORDS.has(k))) return 'organisation';
  if (j - i === 1 && /^[A-Z]{2,6}$/.test((tokens[i] as Token).raw)) return 'organisation';
  return 'person';
}

/**
 * A first-person plural imperfect ("نتمنى", "نخشى", "نأمل أن"): a speaker's own words after their
 * name ("وأضافت زينب نتمنى أن…"), never a name word. Names of that shape (نبيل، نجوى) are known names.
 */
export function firstPersonPluralVerb(t: Token, next: Token | undefined): boolean {
  if (!t.arabic || !/^ن/.test(t.key) || t.key.length < 4 || t.key.length > 5 || isKnownArabicName(t)) return false;
  return /ى$/.test(t.raw) || (!!next && AR_COMPLEMENTISERS.has(next.key));
}
