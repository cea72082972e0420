/**
 * Claims: reported speech around reporting cues, direct quotations and hedged reports, each with its
 * speaker phrase. Works sentence by sentence over tokens; speakers are tied to actor mentions here and
 * to actors later (see analyze.ts).
 */
import type { Lang } from '../domain';
import { endsSpeakerName, isArabicNameToken, isKnownArabicName, makeMention, type Mention } from './actors';
import { AR_DEMONYMS, AR_PROFESSIONS } from './lexicon-names';
import {
  AR_ACCORDING,
  AR_COMPLEMENTISERS,
  AR_CUE_FORMS,
  AR_HEDGE_FORMS,
  AR_HEDGE_PHRASES,
  AR_PRONOUN_PARTICLE,
  AR_DESCRIPTION_NOUNS,
  AR_PERSON_TITLES,
  AR_STOP,
  AR_PARTICIPLES,
  AR_CUE_PARTICLE,
  AR_CUE_PARTICLES_BEFORE_CONTENT,
} from './lexicon-ar';
import { EN_AUX, EN_CUES, EN_CUES_BEFORE_THAT, EN_PARTICIPLE_CUES, EN_HEDGES, EN_NOT_NAME, EN_NP_STOP, EN_ORG_DESCRIPTIONS, EN_PRONOUNS, EN_STRONG_CUES, EN_TELL, LATIN_ORG_WORDS } from './lexicon-en';
import { FR_ACCORDING, FR_AUX, FR_CUES, FR_FAIRE, FR_FAIRE_CUE_WORDS, FR_HEDGES, FR_PARTICIPLE_CUES, FR_PRONOUNS, FR_VIEW_PHRASES } from './lexicon-fr';
import { EN_ACT_BEFORE_INFINITIVE, EN_BE_FORMS, EN_DOCUMENT_CUES, EN_INVERTIBLE_CUES, EN_NOUN_CUES, EN_SUBJECT_PRONOUN_WORDS, EN_THAT_ONLY_CUES, EN_TIME_NOUNS, EN_TIME_OPENERS, EN_CONTENT_TAIL_OPENERS, EN_CUES_BEFORE_TO, EN_NOUN_MARKERS_BEFORE_INTENTION, EN_FRONTED_CLAUSE_OPENERS, EN_OCCASION_NOUNS, EN_OCCASION_PREPOSITIONS, EN_LY_NOT_ADVERBS, EN_ING_PREPOSITIONS, EN_RELATIVE_TAIL_OPENERS, EN_NEW_CLAUSE_PRONOUNS } from './lexicon/cues-en';
import { AR_CLAUSE_OPENERS, AR_CUE_PREFIXED_COMPLEMENT, AR_NOUN_CUE_PARTICLES, AR_NOUN_CUE_STEMS, AR_PASSIVE_AUXILIARIES, AR_PASSIVE_REPORT_NOUNS, AR_PUBLISH_VERBS, AR_TIME_ADVERBS } from './lexicon/cues-ar';
import { FR_BACKWARD_OPENERS, FR_ETRE, FR_NOUN_CUES, FR_READING_INVERTED, FR_READING_PREPOSITIONS, FR_READING_VERBS, FR_SUSPECTED } from './lexicon/cues-fr';
import {
  AR_APPOSITION_HEADS,
  AR_COMPOUND_NAME_SECONDS,
  AR_NAME_BREAKERS,
  AR_NAME_CONNECTORS,
  AR_NOBODY,
  AR_PRAYER_ADDRESSEES,
  AR_PRAYER_VERBS,
  AR_STYLE_PRONOUNS,
  AR_STYLES_OF_ADDRESS,
  CLAUSE_VERBS_AFTER_NP,
  AR_QUANTITY_NOUNS,
  NO_SPEAKER_WORDS,
  RELATIVE_PRONOUNS,
} from './lexicon/speaker-phrase';
import { firstStartingAt, resolveSpeakers, type ResolvableSpeaker, type Want } from './speakers';
import { verbLike } from './morphology';
import { arListener, frListener } from './relays';
import { arabicVariants, tokenKey, type Quote, type Sentence, type Token } from './tokens';

export type RawSpeaker = ResolvableSpeaker;

export interface RawClaim {
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  speaker: RawSpeaker | null;
  hedged: boolean;
  confidence: number;
  rule: string;
  sent: number;
  /**
   * The other party of a nested report, the claim's source beside its speaker: who the speaker told it
   * to ("told Reuters", "a déclaré à l'AFP", "قال لوكالة الأنباء"), or, with `informant`, who told the
   * speaker ("X said officials had told him").
   */
  relay?: { start: number; end: number; informant?: boolean };
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  quoteByStart?: Map<number, Quote>;
  quoteByEnd?: Map<number, Quote>;
  /** 1 for tokens inside a quotation: a cue there is the quoted person's words, not a report. */
  inQuote?: Uint8Array;
  /** Sorted by start; speaker mentions found here are inserted in order. */
  mentions: Mention[];
  lang: Lang;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'this', 'my', 'your', 'le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'ses', 'sa', 'son']);
/** Whether a token is an opening quotation mark (“ « „ "): what /^[“«„"]$/ reads, without a regular expression. */
function isOpenQuote(raw: string): boolean {
  if (raw.length !== 1) return false;
  const c = raw.charCodeAt(0);
  return c === 0x201c || c === 0xab || c === 0x201e || c === 34;
}
const EN_INVERTIBLE: ReadonlySet<string> = new Set(EN_INVERTIBLE_CUES);
const CLAUSE_VERB: ReadonlySet<string> = new Set(CLAUSE_VERBS_AFTER_NP);
const AR_APPOSITION: ReadonlySet<string> = new Set(AR_APPOSITION_HEADS);
const AR_CONNECTORS: ReadonlySet<string> = new Set(AR_NAME_CONNECTORS);
const AR_COMPOUND_SECONDS: ReadonlySet<string> = new Set(AR_COMPOUND_NAME_SECONDS.map(tokenKey));
const AR_PARTICLES: ReadonlySet<string> = new Set(AR_CUE_PARTICLES_BEFORE_CONTENT);
const AR_OPENERS: ReadonlySet<string> = new Set(AR_CLAUSE_OPENERS.map(tokenKey));
const AR_TIME: ReadonlySet<string> = new Set(AR_TIME_ADVERBS.map(tokenKey));
const NO_SPEAKER: ReadonlySet<string> = new Set(NO_SPEAKER_WORDS);
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
const AR_QUANTITY: ReadonlySet<string> = new Set(AR_QUANTITY_NOUNS.map(tokenKey));
const EN_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(EN_SUBJECT_PRONOUN_WORDS);
const FR_READING: ReadonlySet<string> = new Set(FR_READING_VERBS.map(tokenKey));
const FR_READING_PREP: ReadonlySet<string> = new Set(FR_READING_PREPOSITIONS.map(tokenKey));
const FR_READING_INV: ReadonlySet<string> = new Set(FR_READING_INVERTED.map(tokenKey));
const FR_SUSPECT: ReadonlySet<string> = new Set(FR_SUSPECTED.map(tokenKey));
const FR_ETRE_FORMS: ReadonlySet<string> = new Set(FR_ETRE.map(tokenKey));
const AR_STYLES: ReadonlySet<string> = new Set(AR_STYLES_OF_ADDRESS.map(tokenKey));
/** First words of the "according to" cues, so most tokens skip the list. */
const AR_ACCORDING_FIRST: ReadonlySet<string> = new Set(AR_ACCORDING.map((p) => p[0] ?? ''));
const AR_STYLE_PRONOUN: ReadonlyMap<string, Want> = new Map(AR_STYLE_PRONOUNS.map(([w, g]) => [tokenKey(w), g]));
const AR_ADDRESSEES: ReadonlySet<string> = new Set(AR_PRAYER_ADDRESSEES.map(tokenKey));
const AR_BREAKERS: ReadonlySet<string> = new Set(AR_NAME_BREAKERS.map(tokenKey));
const PRAYER_LEMMAS: ReadonlySet<string> = new Set(AR_PRAYER_VERBS.map(tokenKey));
const EN_THAT_ONLY: ReadonlySet<string> = new Set(EN_THAT_ONLY_CUES);
const EN_DOCUMENT: ReadonlySet<string> = new Set(EN_DOCUMENT_CUES);
const EN_ACT_INFINITIVE: ReadonlySet<string> = new Set(EN_ACT_BEFORE_INFINITIVE);
const EN_BE: ReadonlySet<string> = new Set(EN_BE_FORMS);
const EN_TIME_NOUN: ReadonlySet<string> = new Set(EN_TIME_NOUNS);
const EN_TIME_OPENER: ReadonlySet<string> = new Set(EN_TIME_OPENERS);
const EN_CUE_BEFORE_TO: ReadonlySet<string> = new Set(EN_CUES_BEFORE_TO);
const EN_FRONTED_OPENER: ReadonlySet<string> = new Set(EN_FRONTED_CLAUSE_OPENERS);
const EN_OCCASION: ReadonlySet<string> = new Set([...EN_OCCASION_NOUNS, ...EN_TIME_NOUNS]);
const EN_OCCASION_PREP: ReadonlySet<string> = new Set(EN_OCCASION_PREPOSITIONS);
const EN_LY_NOT_ADVERB: ReadonlySet<string> = new Set(EN_LY_NOT_ADVERBS);
const EN_ING_PREPOSITION: ReadonlySet<string> = new Set(EN_ING_PREPOSITIONS);
const EN_RELATIVE_TAIL: ReadonlySet<string> = new Set(EN_RELATIVE_TAIL_OPENERS);
const EN_NEW_CLAUSE_PRONOUN: ReadonlySet<string> = new Set(EN_NEW_CLAUSE_PRONOUNS);

/** Whether an English token is an auxiliary or an adverb standing between a subject and its verb. */
function enAuxOrAdverb(u: Token): boolean {
  return EN_AUX.has(u.key) || (!u.cap && u.key.length >= 5 && u.key.endsWith('ly') && !EN_LY_NOT_ADVERB.has(u.key));
}
const EN_INTENTION_NOUN_MARKER: ReadonlySet<string> = new Set(EN_NOUN_MARKERS_BEFORE_INTENTION);
const EN_CONTENT_TAIL: ReadonlySet<string> = new Set(EN_CONTENT_TAIL_OPENERS);
/**
 * Every key that can start a rule in latinClaims' word loop (besides the shape tests beside them:
 * English "-ing", French hyphenated inversions, "s'" and the sentence's first word). Any other word
 * is passed by one lookup instead of a dozen.
 */
const EN_WORD_TRIGGERS: ReadonlySet<string> = new Set(['according', ...FR_ACCORDING, ...EN_CUES, ...EN_DOCUMENT, ...EN_CUES_BEFORE_THAT, ...EN_CUE_BEFORE_TO]);
const FR_WORD_TRIGGERS: ReadonlySet<string> = new Set(['according', 'on', ...FR_ACCORDING, ...FR_READING_INV, ...FR_SUSPECT, ...FR_VIEW_PHRASES.map((p) => p[0] ?? ''), ...FR_CUES, ...FR_FAIRE_CUE_WORDS]);
/** A French name or noun phrase after an elided article: "l'OFAG", "l’Élysée". */
const ELIDED_NAME = /^[ldLD]['’]\p{Lu}/u;
const ADVERBIAL_START = new Set(['on', 'in', 'at', 'during', 'last', 'earlier', 'later', 'this', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'before', 'after', 'while', 'when', 'recently', 'again', 'also', 'then', 'publicly', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'dans', 'lors', 'ce', 'mardi.']);
const FR_STOP = new Set(['que', 'qui', 'et', 'mais', 'a', 'ont', 'est', 'sont', 'dans', 'pour', 'sur', 'en', 'au', 'aux', 'avec', 'lors', 'selon', 'par', 'ne', 'pas', 'se', 'y', 'comme', 'si', 'sera', 'seront', 'pourra', 'pourront', 'doit', 'peut', 'fait', 'etait', 'etre', "qu'il", "qu'elle", "l'a", 'dont', 'ou', 'lorsque', 'quand', 'car', 'donc']);

/** Claims of the sentence being processed: they are the last ones pushed. */
function inSentenceOf(out: readonly RawClaim[], sent: number): RawClaim[] {
  let i = out.length;
  while (i > 0 && (out[i - 1] as RawClaim).sent === sent) i--;
  return out.slice(i);
}

/** The mention whose last token is `t` (binary search over mentions sorted by start). */
function mentionEndingAt(list: readonly Mention[], t: Token): Mention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).start <= t.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if ((list[i] as Mention).end === t.end) return list[i];
  return undefined;
}

/** Index of the first token starting at or after `offset` (binary search). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

function words(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if ((tokens[i] as Token).word) n++;
  return n;
}

function insertMention(list: Mention[], m: Mention): Mention {
  let i = list.length;
  while (i > 0 && (list[i - 1] as Mention).start > m.start) i--;
  list.splice(i, 0, m);
  return m;
}

/** The best actor mention inside [start, end): a person first, then the last organisation or state. */
function mentionIn(list: readonly Mention[], start: number, end: number): Mention | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).start < start) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | null = null;
  for (let i = lo; i < list.length; i++) {
    const m = list[i] as Mention;
    if (m.start >= end) break;
    if (m.end > end) continue;
    if (!best || (m.type === 'person' && best.type !== 'person') || m.type === best.type || best.type === 'state') best = m;
  }
  return best;
}

/**
 * What a single-word speaker allows when it is a pronoun: "he"/"she"/"they", "il"/"elle", and the
 * French inverted forms "a-t-il", "a-t-elle", "estime-t-il"; null when it is no pronoun.
 */
function pronounWant(t: Token, lang: Lang): Want | null {
  const g = lang === 'fr' ? FR_PRONOUNS.get(t.key) : (EN_PRONOUNS.get(t.key) ?? FR_PRONOUNS.get(t.key));
  if (g) return g === 'n' ? (t.key === 'who' ? 'any' : 'n') : g;
  const inv = FR_INVERTED.exec(t.key);
  if (inv) return FR_PRONOUNS.get(inv[1] ?? '') ?? null;
  return null;
}

/** French inversion: a verb or auxiliary, a hyphen (and euphonic t) and a subject pronoun. */
const FR_INVERTED = /^[\p{L}]+-(?:t-)?(il|elle|ils|elles)$/u;

/**
 * The person's name inside an Arabic speaker phrase that also holds a title, a body or an apposition
 * ("رئيس حزب الأمة … الهادي أبو راية", "الدكتور أحمد كمال أبوالمجد الفقيه …"):
 * from the first known given name, the name words and connectors that follow, up to the word that
 * opens an apposition or ends a name. Returns its token range, or null when no given name is there.
 */
function arabicNameRun(tokens: readonly Token[], a: number, b: number): { a: number; b: number } | null {
  for (let i = a; i < b; i++) {
    const t = tokens[i] as Token;
    if (!t.arabic || !(isKnownArabicName(t) || arNameAli(tokens, i)) || AR_APPOSITION.has(t.key)) continue;
    let j = i + 1;
    while (j < b && j - i < 6) {
      const u = tokens[j] as Token;
      if (AR_APPOSITION.has(u.key) || AR_APPOSITION.has(u.key.replace(/^و/, ''))) break;
      if (AR_CONNECTORS.has(u.key) && j + 1 < b) {
        j += 2;
        continue;
      }
      if (!isArabicNameToken(u, false) || (endsSpeakerName(u) && !isKnownArabicName(u))) break;
      if (!arNameWordContinues(tokens, j, b)) break;
      j++;
      // A family name with the article ends the name ("خالد العطية", "عبد الفتاح السيسي"): what
      // follows is the verb's object or an apposition ("… الهجوم", "… الأطراف الليبية"). The second
      // word of a compound given name ("محي الدين", "سيف الإسلام") does not.
      if (/^ال/.test(u.key) && !AR_COMPOUND_SECONDS.has(u.key)) {
        if (arFamilyNameSecond(tokens, j, b)) j++;
        break;
      }
    }
    return { a: i, b: j };
  }
  return null;
}

/**
 * Whether word `j`, after the first words of a name, continues it: a known name or a family name with
 * the article does; a word no lexicon knows does only when it has no verb shape and what follows can
 * end a name. The speaker's own words often follow the name with no "أن" ("وقالت ليلى هاشم نتمنى",
 * "واكدت زينب عدم اتفاقها"): a first-person verb or a negating noun there opens them.
 */
function arNameWordContinues(tokens: readonly Token[], j: number, b: number): boolean {
  const u = tokens[j] as Token;
  if (AR_BREAKERS.has(u.key)) return false;
  if (isKnownArabicName(u) || /^ال/.test(u.key)) return true;
  if (arFirstPersonVerb(u, tokens[j + 1]) || verbLike(u.key)) return false;
  // A run of such words ("كمال أبوالمجد") is a name when it reaches something that can end one.
  for (let k = j + 1; k < j + 4; k++) {
    const next = tokens[k];
    if (k >= b || !next || !next.word || !next.arabic || endsSpeakerName(next) || AR_APPOSITION.has(next.key) || /^ال/.test(next.key)) return true;
    if (AR_COMPLEMENTISERS.has(next.key) || AR_CONNECTORS.has(next.key) || isKnownArabicName(next)) return true;
    if (AR_BREAKERS.has(next.key) || arFirstPersonVerb(next, tokens[k + 1]) || verbLike(next.key) || !isArabicNameToken(next, false)) return false;
  }
  return false;
}

/**
 * Whether word `j`, right after a family name with the article, is that name's second word ("القرة
 * داغي الأمين العام", "أبو الفضل زاده المستشار"): a word no lexicon knows, with no article and no
 * verb shape, followed by a role noun or a title, which ends the name anyway.
 */
function arFamilyNameSecond(tokens: readonly Token[], j: number, b: number): boolean {
  const u = tokens[j];
  if (j >= b || !u || !u.word || !u.arabic || /^ال/.test(u.key) || u.key.length < 3) return false;
  if (isKnownArabicName(u) || AR_APPOSITION.has(u.key) || AR_BREAKERS.has(u.key) || AR_CONNECTORS.has(u.key) || AR_COMPLEMENTISERS.has(u.key) || AR_STOP.has(u.key)) return false;
  if (!isArabicNameToken(u, false) || verbLike(u.key) || arFirstPersonVerb(u, tokens[j + 1]) || endsSpeakerName(u)) return false;
  const next = tokens[j + 1];
  if (j + 1 >= b || !next || !next.word || !next.arabic) return false;
  return AR_APPOSITION.has(next.key) || arabicVariants(next).some((v) => AR_PERSON_TITLES.has(v));
}

/**
 * A first-person plural imperfect ("نتمنى", "نخشى", "نأمل", "نرفض"): the quoted speaker's own words,
 * never a name word (names that share the shape, نبيل or ناصر, are in the given-name lexicon).
 */
function arFirstPersonVerb(t: Token, next: Token | undefined): boolean {
  if (!t.arabic || !/^ن/.test(t.key) || t.key.length < 4 || t.key.length > 5 || isKnownArabicName(t)) return false;
  // The verb ends in alef maqsura ("نتمنى", "نخشى") or takes its complement ("نأمل أن", "نرفض أن").
  return /ى$/.test(t.raw) || (!!next && AR_COMPLEMENTISERS.has(next.key));
}

/**
 * "علي" the given name rather than على in the spelling that writes it with ya: after a name connector,
 * a title or a style of address ("أحمد بن علي القحطاني", "الدكتور علي محي الدين", "الشيخ علي جمعة").
 */
function arNameAli(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || t.key !== 'علي' || /ى$/.test(t.raw) || !prev || !prev.arabic) return false;
  return AR_CONNECTORS.has(prev.key) || AR_APPOSITION.has(prev.key) || AR_STYLES.has(prev.key) || arabicVariants(prev).some((v) => AR_PERSON_TITLES.has(v));
}

/**
 * The mention for a name run found in a speaker phrase: an existing mention starting there is fitted
 * to the run (the speaker's position shows where the name ends), else a new one is inserted.
 */
function mentionForRun(ctx: Ctx, run: { a: number; b: number }, rule: string): Mention | null {
  const { tokens, text } = ctx;
  const first = tokens[run.a] as Token;
  const last = tokens[run.b - 1] as Token;
  // Mentions are sorted by start: only the few around the run's first token can start there or cover it.
  const lo = firstStartingAt(ctx.mentions, first.start);
  const near = ctx.mentions.slice(Math.max(0, lo - 4), lo + 4);
  const existing = near.find((m) => m.first === run.a || (m.start <= first.start && m.end >= last.end && m.type === 'person'));
  if (existing) {
    if (existing.first === run.a && existing.type === 'person' && existing.last !== run.b) {
      existing.last = run.b;
      existing.end = last.end;
      existing.text = text.slice(existing.start, existing.end);
      existing.key = undefined;
    }
    return existing;
  }
  const m = makeMention(text, tokens, run.a, run.b, 'person', rule);
  return m ? insertMention(ctx.mentions, m) : null;
}

/**
 * A family name in the nisba form ("البدري", "الظواهري"): an article word ending in ي that is no
 * nationality, profession, title, organisation or other word the lexicons know.
 */
function nisbaSurname(t: Token): boolean {
  if (!t.arabic || !/^ال..+ي$/.test(t.key) || t.key.length < 6) return false;
  const bare = t.key.slice(2);
  return isArabicNameToken(t, false) && !AR_DEMONYMS.has(t.key) && !AR_PROFESSIONS.has(t.key) && !AR_DESCRIPTION_NOUNS.has(bare) && !AR_PERSON_TITLES.has(t.key);
}

function speakerFromPhrase(ctx: Ctx, a: number, b: number, rule: string): RawSpeaker | null {
  const { tokens, text } = ctx;
  while (a < b && !(tokens[a] as Token).word) a++;
  while (b > a && !(tokens[b - 1] as Token).word) b--;
  if (b <= a) return null;
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const phrase = text.slice(first.start, last.end);
  if (b - a === 1) {
    const style = first.arabic ? (AR_STYLE_PRONOUN.get(first.key) ?? AR_STYLE_PRONOUN.get(first.key.replace(/^و/, ''))) : undefined;
    if (style) return { start: first.start, end: last.end, text: phrase, via: 'pronoun', mention: null, want: style };
    const g = pronounWant(first, ctx.lang);
    if (g) {
      // First and second persons name nobody in the article; resolveSpeakers finds the others.
      if (first.key === 'i' || first.key === 'we' || first.key === 'you') return { start: first.start, end: last.end, text: phrase, via: 'pronoun', mention: null, resolution: { rule: 'pronoun-first-person', from: null } };
      return { start: first.start, end: last.end, text: phrase, via: 'pronoun', mention: null, want: g };
    }
  }
  let inside = mentionIn(ctx.mentions, first.start, last.end);
  // A title taken for a name ("الأمين" of "الأمين العام للاتحاد"): the phrase is a description, to be
  // tied to the person the article gave that title (speakers.ts).
  if (inside && first.arabic && inside.type === 'person' && inside.first === a && inside.last === a + 1 && b - a >= 2 && arabicVariants(first).some((v) => AR_PERSON_TITLES.has(v))) inside = null;
  if (inside && first.arabic && inside.type === 'person') {
    // A person's mention that ran on into an apposition ("زكي محي الدين موظف") ends before it.
    for (let k = inside.first + 1; k < inside.last; k++) {
      if (AR_APPOSITION.has((tokens[k] as Token).key)) {
        inside = mentionForRun(ctx, { a: inside.first, b: k }, rule) ?? inside;
        break;
      }
    }
  }
  // A mention inside the phrase is the speaker, unless Arabic name words come before it: in "فوزي
  // صلوخ وزير الخارجية اللبنانية" the ministry belongs to the title and the man speaks.
  const arRun = first.arabic && b - a > 1 ? arabicNameRun(tokens, a, b) : null;
  // A person's mention that runs past the name into the speaker's words is cut to the name below.
  // So is one that is not the name at all but a word of the role after it ("… القرة داغي الأمين العام").
  // And so is a person's mention of the title before the name ("امين امانة … الاستاذة ليلى هاشم").
  const runCuts =
    !!arRun && !!inside && inside.type === 'person' &&
    ((inside.first === arRun.a && inside.last > arRun.b) ||
      ((inside.first >= arRun.b || inside.last <= arRun.a) && arRun.b - arRun.a >= 2) ||
      // A mention that stopped at a compound given name ("نور الدين" of "نور الدين الخطيب") takes the family name.
      (inside.first === arRun.a && inside.last < arRun.b && AR_COMPOUND_SECONDS.has((tokens[inside.last - 1] as Token).key)));
  if (inside && (inside.start === first.start || !first.arabic) && !runCuts) return { start: first.start, end: last.end, text: phrase, via: 'name', mention: inside };
  // Capitalised or Arabic name without a mention yet: it becomes a candidate actor.
  // "no confirmed signs", "aucun responsable": nobody is speaking.
  for (let k = a; k < b; k++) if (NO_SPEAKER.has((tokens[k] as Token).key)) return null;
  let i0 = a;
  while (i0 < b && DETERMINERS.has((tokens[i0] as Token).key)) i0++;
  // A one-letter title ("د. كراري التهامي") is no part of the name.
  while (i0 + 2 < b && (tokens[i0] as Token).arabic && (tokens[i0] as Token).raw.length === 1 && (tokens[i0 + 1] as Token).raw === '.') i0 += 2;
  if (i0 >= b) return null;
  const keys = tokens.slice(i0, b).filter((t) => t.word).map((t) => t.key);
  const orgDesc = keys.some((k) => EN_ORG_DESCRIPTIONS.has(k) || LATIN_ORG_WORDS.has(k));
  const capLike = (t: Token): boolean => (t.cap && !EN_NOT_NAME.has(t.key)) || ELIDED_NAME.test(t.raw);
  const anyCap = tokens.slice(i0, b).some(capLike);
  if (first.arabic) {
    // A known given name after a title or a body, or before an apposition: that name speaks.
    const run = arRun;
    // A known given name alone opens the phrase when the words after it are no name ("واضافت زينب نتمنى").
    if (run && (run.a > i0 || run.b < b) && (run.b - run.a >= 2 || (run.a === i0 && run.b < b))) {
      const m = mentionForRun(ctx, run, rule);
      const r1 = tokens[run.b - 1] as Token;
      // The speaker text keeps the title before the name and drops the apposition after it.
      if (m) return { start: first.start, end: r1.end, text: text.slice(first.start, r1.end), via: 'name', mention: m };
    }
    // The leading name words ("فوزي صلوخ" in "فوزي صلوخ وزير الخارجية"); a phrase that opens with the
    // article or a pronoun is a description ("المصدر", "ه"), not a name.
    let k = i0;
    while (k < b && k - i0 < 3 && isArabicNameToken(tokens[k], k === i0) && !(k - i0 === 2 && /^ال/.test((tokens[k] as Token).key))) k++;
    const description = { start: first.start, end: last.end, text: phrase, via: inside ? ('name' as const) : ('description' as const), mention: inside };
    if (k === i0 && nisbaSurname(tokens[i0] as Token) && (i0 + 1 >= b || endsSpeakerName(tokens[i0 + 1] as Token))) {
      // "وقال البدري مدير الكرة إن", "وأشار الظواهري إلى": a family name alone speaks.
      const m = makeMention(text, tokens, i0, i0 + 1, 'person', rule);
      return { start: first.start, end: last.end, text: phrase, via: 'name', mention: m ? insertMention(ctx.mentions, m) : null };
    }
    if (k === i0 || (tokens[i0] as Token).key.length < 3) return description;
    // Words the name runs into must end it ("فوزي صلوخ وزير الخارجية"); a name that runs into an
    // ordinary word ("توصيل المساعدات بنجاح يحتاج") was no name, unless it opens with a known one.
    const known = isKnownArabicName(tokens[i0] as Token);
    const after = tokens[k];
    // A subject never carries a preposition ("طالبت بتعويض", "اعترف بمقتل"), and a name is followed by
    // what ends a speaker phrase: a complementiser, punctuation, a title, a time word.
    const prepositional = /^(بال|لل|بت|بم|لت|لم)/.test((tokens[i0] as Token).key);
    if (!known && (prepositional || (after && after.sent === first.sent && !endsSpeakerName(after)))) return description;
    const m = makeMention(text, tokens, i0, k, 'person', rule);
    return { start: first.start, end: last.end, text: phrase, via: 'name', mention: m ? insertMention(ctx.mentions, m) : null };
  }
  if (anyCap && b - i0 <= 5) {
    let c0 = i0;
    while (c0 < b && !capLike(tokens[c0] as Token)) c0++;
    // An acronym after an elided article ("l'OFAG") names a body.
    const elided = ELIDED_NAME.test((tokens[c0] as Token).raw);
    const type = orgDesc || (elided && /^[ldLD]['’]\p{Lu}{2,}$/u.test((tokens[c0] as Token).raw)) ? 'organisation' : 'person';
    let m = makeMention(text, tokens, orgDesc ? i0 : c0, b, type, rule);
    if (m && elided && m.start === (tokens[c0] as Token).start) m = { ...m, start: m.start + 2, text: m.text.slice(2) };
    return { start: first.start, end: last.end, text: phrase, via: 'name', mention: m ? insertMention(ctx.mentions, m) : null };
  }
  if (orgDesc && b - i0 <= 4) {
    const m = makeMention(text, tokens, i0, b, 'organisation', 'description-org');
    return { start: first.start, end: last.end, text: phrase, via: 'description', mention: m ? insertMention(ctx.mentions, m) : null };
  }
  return { start: first.start, end: last.end, text: phrase, via: 'description', mention: null };
}

/**
 * True when the noun phrase starting at `a` ends the clause (end of sentence, punctuation, or a time or
 * place phrase after it) rather than opening the reported clause ("said Christie has…").
 */
function closesClause(tokens: readonly Token[], s: Sentence, a: number): boolean {
  let b = a;
  while (b < s.last && b - a < 7 && (tokens[b] as Token).word && !CLAUSE_VERB.has((tokens[b] as Token).key) && !(b > a && (EN_NP_STOP.has((tokens[b] as Token).key) || ADVERBIAL_START.has((tokens[b] as Token).key)))) b++;
  const after = tokens[b];
  if (b >= s.last || !after) return true;
  if (!after.word) return /^[,.;:!?)—–]$/.test(after.raw);
  return !CLAUSE_VERB.has(after.key) && (EN_NP_STOP.has(after.key) || ADVERBIAL_START.has(after.key) || FR_STOP.has(after.key));
}

const EN_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/**
 * The listener after a verb of telling ("told Reuters", "told local television", "told The Huffington
 * Post"): a name or noun phrase of up to six words that ends before "that", a preposition or adverb,
 * a subject pronoun or a determiner that opens the told clause. Pronouns ("told me") give none.
 */
function enListener(tokens: readonly Token[], s: Sentence, a: number): { a: number; b: number } | null {
  const head = tokens[a];
  if (!head || a >= s.last || !head.word || EN_OBJECT_PRONOUNS.has(head.key) || EN_SUBJECT_PRONOUNS.has(head.key) || EN_NP_STOP.has(head.key) || ADVERBIAL_START.has(head.key)) return null;
  let b = a + 1;
  while (b < s.last && b - a < 6) {
    const u = tokens[b] as Token;
    if (!u.word || EN_NP_STOP.has(u.key) || ADVERBIAL_START.has(u.key) || EN_SUBJECT_PRONOUNS.has(u.key) || DETERMINERS.has(u.key)) break;
    // "told reporters the plan …": a lower-case word after a capitalised listener opens the clause.
    if (head.cap && !u.cap && (tokens[b - 1] as Token).cap && u.key !== 'of') break;
    b++;
  }
  return { a, b };
}

const EN_TOLD: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'warned']);

/**
 * "X said officials had told him …", "she said a source close to the talks told her …": the noun
 * phrase that opens the reported clause and told the speaker, as a token range; null otherwise.
 */
function enInformant(tokens: readonly Token[], s: Sentence, a: number): { a: number; b: number } | null {
  let b = a;
  while (b < s.last && b - a < 8 && (tokens[b] as Token).word && !EN_TOLD.has((tokens[b] as Token).key) && !EN_NP_STOP.has((tokens[b] as Token).key) && !EN_AUX.has((tokens[b] as Token).key)) b++;
  if (b === a || b - a >= 8) return null;
  let v = b;
  while (v < s.last && v - b < 2 && ['had', 'has', 'have', 'also', 'repeatedly', 'privately'].includes((tokens[v] as Token).key)) v++;
  const verb = tokens[v];
  const obj = tokens[v + 1];
  if (!verb || !obj || !EN_TOLD.has(verb.key) || !EN_OBJECT_PRONOUNS.has(obj.key) || obj.key === 'it') return null;
  return EN_SUBJECT_PRONOUNS.has((tokens[a] as Token).key) ? null : { a, b };
}

/** Whether nothing but a time, a place or a manner phrase follows the listener to the sentence end. */
function tellsNothingAfter(tokens: readonly Token[], s: Sentence, b: number): boolean {
  let k = b;
  while (k < s.last && !(tokens[k] as Token).word) {
    if ((tokens[k] as Token).raw !== '.' && (tokens[k] as Token).raw !== ',') return false;
    k++;
  }
  if (k >= s.last) return true;
  if (!ADVERBIAL_START.has((tokens[k] as Token).key) && !['in', 'on', 'at', 'during', 'after', 'before'].includes((tokens[k] as Token).key)) return false;
  let n = 0;
  for (let j = k; j < s.last; j++) {
    const u = tokens[j] as Token;
    if (u.key === 'that' || (u.word && EN_CUES.has(u.key))) return false;
    if (u.word) n++;
  }
  return n <= 6;
}

/** Whether a token can open a clause's subject: a capitalised word, a subject pronoun or a determiner. */
function opensClause(u: Token | undefined): boolean {
  return !!u && u.word && (u.cap || EN_SUBJECT_PRONOUNS.has(u.key) || DETERMINERS.has(u.key));
}

/**
 * Whether the word after a comma opens the writer's remark on what was reported ("…, although he
 * refused", "…, when there are radio clips").
 */
function tailOpens(tokens: readonly Token[], k: number): boolean {
  const u = tokens[k];
  return !!u && u.word && !u.cap && EN_CONTENT_TAIL.has(u.key);
}

/**
 * "plans to", "hopes to", "vows to" after a subject: a verb of intention. A capitalised form (a title
 * or name: "Clean Power Plan") or one after a possessive or a number ("the administration's plans
 * to", "one plan to") is the noun.
 */
function intentionCue(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c] as Token;
  const prev = tokens[c - 1];
  if (!EN_CUE_BEFORE_TO.has(t.key) || t.cap || tokens[c + 1]?.key !== 'to' || !prev?.word) return false;
  return !/['’]s$/.test(prev.raw) && prev.key !== 's' && !EN_INTENTION_NOUN_MARKER.has(prev.key);
}

/** Whether content from token a opens with a fronted clause or phrase ("if it fails, he …"). */
function subordinated(tokens: readonly Token[], a: number, k: number): boolean {
  for (let j = a; j < Math.min(k, a + 3); j++) {
    const u = tokens[j] as Token;
    if (EN_FRONTED_OPENER.has(u.key)) return true;
    if (u.word && u.key !== 'that') return false;
  }
  return false;
}

/**
 * Whether token k opens a phrase that tells the occasion of the report ("in an interview", "during
 * the first debate", "on Thursday", "since the Monday night debate"): its preposition and, within five
 * words, an occasion or time noun, with no reporting verb, "that" or punctuation between.
 */
function occasionAt(tokens: readonly Token[], k: number, last: number): boolean {
  const u = tokens[k] as Token;
  if (!EN_OCCASION_PREP.has(u.key)) return false;
  for (let j = k + 1; j < Math.min(last, k + 6); j++) {
    const v = tokens[j] as Token;
    if (!v.word && v.raw !== '-' && v.raw !== "'s" && v.raw !== '’s') return false;
    if (EN_OCCASION.has(v.key)) return true;
    if (EN_CUES.has(v.key) || v.key === 'that') return false;
  }
  return false;
}

/** Whether a verb (an auxiliary, a past form or a reporting verb) stands in tokens a..k: a clause, not an object. */
function verbBetween(tokens: readonly Token[], a: number, k: number): boolean {
  for (let j = a; j < k; j++) {
    const u = tokens[j] as Token;
    if (u.word && !u.cap && (EN_AUX.has(u.key) || EN_CUES.has(u.key) || /ed$/.test(u.key))) return true;
  }
  return false;
}

/**
 * "is confirming that …", "are denouncing …", "was questioning …": a form of "be" and the -ing form of
 * a reporting verb in the lexicon (its stem, with "e" restored or a doubled consonant undone).
 */
function progressiveCue(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c] as Token;
  if (t.cap || !t.key.endsWith('ing') || !EN_BE.has(tokens[c - 1]?.key ?? '')) return false;
  const stem = t.key.slice(0, -3);
  return stem.length >= 3 && (EN_CUES.has(stem) || EN_CUES.has(`${stem}e`) || EN_CUES.has(`${stem}s`) || (/(.)\1$/.test(stem) && EN_CUES.has(stem.slice(0, -1))));
}

/**
 * Whether the relative clause opening at k is closed by a comma with more of the object after it ("a
 * task force, which would include the military, to crack down …"); an occasion phrase after the comma
 * ("…, which receives some funding, in an interview …") does not count.
 */
function relativeClosed(tokens: readonly Token[], k: number, last: number, inQuote: Uint8Array | undefined): boolean {
  for (let j = k + 1; j < last; j++) if (tokens[j]?.raw === ',' && !inQuote?.[j]) return j + 1 < last && !occasionAt(tokens, j + 1, last);
  return false;
}

const EN_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** Adverbs between a comma and a participle that adds another report (", even saying …"). */
const PARTICIPLE_ADVERBS: ReadonlySet<string> = new Set(['even', 'also', 'then', 'while', 'later']);

/** After "and"/"but": a reporting verb, past or present, maybe after an auxiliary or adverb ("has also said"). */
function coordinatedCue(tokens: readonly Token[], k: number, last: number): boolean {
  let j = k;
  while (j < last && j - k < 3 && EN_AUX.has((tokens[j] as Token).key)) j++;
  const u = tokens[j];
  if (!u || j >= last || !u.word || !EN_CUES.has(u.key)) return false;
  // A past or present verb, not a noun or participle of the same spelling ("and reports", "and claims").
  return /(?:ed|aid|old|ote|rote)$/.test(u.key) || j > k;
}

/** The token range of a segment that is one name: an actor mention or a run of capitalised words. */
function nameSegment(ctx: Ctx, a: number, b: number): { a: number; b: number } | null {
  const { tokens } = ctx;
  const m = mentionEndingAt(ctx.mentions, tokens[b - 1] as Token);
  if (m && m.first === a) return { a, b: m.last };
  for (let k = a; k < b; k++) {
    const u = tokens[k] as Token;
    if (!(u.cap && !EN_NOT_NAME.has(u.key)) && u.raw !== '.') return null;
  }
  return { a, b };
}

/**
 * "X, the head of Y, who …, said" (English) or "X, responsable de Y, a déclaré" (French): from the comma
 * before the cue, reads back over comma-delimited appositions and relative clauses (segments that open
 * with a lower-case word) to the name before them; returns its token range, or null when the segment
 * before the appositions does not end in an actor mention.
 */
function appositionSubject(ctx: Ctx, s: Sentence, comma: number): { a: number; b: number } | null {
  const { tokens } = ctx;
  let end = comma;
  for (let skipped = 0; skipped < 4; skipped++) {
    let k = end - 1;
    while (k >= s.first && !/^[,،]$/.test((tokens[k] as Token).raw)) k--;
    const head = tokens[k + 1] as Token | undefined;
    const n = words(tokens, k + 1, end);
    if (!head || n === 0 || n > 24) return null;
    if (head.latin && !head.cap && k >= s.first) {
      end = k;
      continue;
    }
    // "A lawyer for the news outlets, David Schulz, said", "The state's campaign chairman, Phil Lovas,
    // said": a name set off by commas right before the cue is the speaker its description introduced.
    if (skipped === 0) return k >= s.first && n <= 5 ? nameSegment(ctx, k + 1, end) : null;
    // "Dawn Addiego (R-Burlington), for example, said": the parenthesis after the name is read past.
    if ((tokens[end - 1] as Token).raw === ')') {
      let o = end - 2;
      while (o > k + 1 && (tokens[o] as Token).raw !== '(') o--;
      if ((tokens[o] as Token).raw === '(') end = o;
    }
    const m = mentionEndingAt(ctx.mentions, tokens[end - 1] as Token);
    if (m && m.first >= k + 1) return { a: m.first, b: m.last };
    // No actor yet: a short run of capitalised words makes one ("Doherty, who …, says").
    let a = end;
    while (a > k + 1 && end - a < 5 && (tokens[a - 1] as Token).cap && !EN_NOT_NAME.has((tokens[a - 1] as Token).key)) a--;
    return a < end && a === k + 1 ? { a, b: end } : null;
  }
  return null;
}

/**
 * French verb–pronoun inversion in one token ("estime-t-il", "précise-t-elle", "ajoutent-ils"): the
 * content is the quotation or clause before it (else after it), the speaker the pronoun, resolved later.
 * Returns true when it pushed a claim.
 */
function frInvertedCue(ctx: Ctx, s: Sentence, c: number, out: RawClaim[]): boolean {
  const { tokens } = ctx;
  const t = tokens[c] as Token;
  const inv = FR_INVERTED.exec(t.key);
  if (!inv) return false;
  if (!FR_CUES.has(t.key.split('-')[0] ?? '')) return false;
  const want = FR_PRONOUNS.get(inv[1] ?? '') ?? 'any';
  let cb = c;
  while (cb > s.first && /^[,—–:]$/.test((tokens[cb - 1] as Token).raw)) cb--;
  const q = quoteEndingAt(ctx, cb - 1);
  const content = q && words(tokens, s.first, tokenAt(tokens, q.start)) <= 1 ? { start: q.start, end: q.end } : words(tokens, s.first, cb) >= 3 ? span(tokens, s.first, cb) : span(tokens, c + 1, s.last);
  if (!content) return false;
  out.push(newClaim(content, { start: t.start, end: t.end }, { start: t.start, end: t.end, text: t.raw, via: 'pronoun', mention: null, want }, false, 0.75, 'fr-inverted', s.first));
  return true;
}

/**
 * A claim over `content` (a {start, end} span), built field by field: object spreads cost a runtime
 * call each and claims are made for most sentences. Same fields, in the same order, as the spread did.
 */
function newClaim(content: { start: number; end: number }, cue: RawClaim['cue'], speaker: RawSpeaker | null, hedged: boolean, confidence: number, rule: string, sent: number): RawClaim {
  return { start: content.start, end: content.end, cue, speaker, hedged, confidence, rule, sent };
}

function span(tokens: readonly Token[], a: number, b: number): { start: number; end: number } | null {
  while (a < b && /^[,،:;—–\-.]$/.test((tokens[a] as Token).raw)) a++;
  while (b > a && /^[,،:;—–\-.!?؟]$/.test((tokens[b - 1] as Token).raw)) b--;
  if (b <= a) return null;
  return { start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end };
}

function quoteEndingAt(ctx: Ctx, tokenIdx: number): Quote | null {
  const t = ctx.tokens[tokenIdx];
  if (!t) return null;
  return ctx.quoteByEnd?.get(t.end) ?? null;
}

const FIRSTS = new WeakMap<readonly string[][], Set<string>>();

function hasPhrase(tokens: readonly Token[], s: Sentence, phrases: readonly string[][]): boolean {
  let firsts = FIRSTS.get(phrases);
  if (!firsts) {
    firsts = new Set(phrases.map((p) => p[0] ?? ''));
    FIRSTS.set(phrases, firsts);
  }
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i] as Token;
    // Every phrase opens with a word: punctuation is passed without a lookup.
    if (!t.word || (!firsts.has(t.key) && !(t.arabic && firsts.has(t.key.replace(/^[وف]/, ''))))) continue;
    for (const p of phrases) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) {
        const t = tokens[i + k];
        ok = !!t && i + k < s.last && (t.key === p[k] || (k === 0 && t.arabic && t.key.replace(/^[وف]/, '') === p[k]));
      }
      if (ok) return true;
    }
  }
  return false;
}

/**
 * An English plural noun with no determiner after an inverted cue ("…, say oceanographers at …",
 * "…, said analysts"): a group speaks. Never a word that starts a clause.
 */
function bareGroup(t: Token, fr: boolean): boolean {
  return !fr && t.latin && !t.cap && t.key.length >= 5 && /[^s]s$/.test(t.key) && !EN_NOT_NAME.has(t.key) && !EN_NP_STOP.has(t.key) && !CLAUSE_VERB.has(t.key);
}

/** The claim of the sentence before `s` in the same paragraph: its whole text, or null. */
function previousSentenceSpan(ctx: Ctx, s: Sentence): { start: number; end: number } | null {
  const prev = ctx.sentences[(ctx.tokens[s.first] as Token).sent - 1];
  if (!prev || (ctx.tokens[prev.first] as Token).para !== (ctx.tokens[s.first] as Token).para) return null;
  let last = prev.last;
  while (last > prev.first && !(ctx.tokens[last - 1] as Token).word && !/^[”»"’)]$/.test((ctx.tokens[last - 1] as Token).raw)) last--;
  return words(ctx.tokens, prev.first, last) >= 3 ? span(ctx.tokens, prev.first, last) : null;
}

/**
 * French cues with no speaking subject: "on lit sur Le Point que …" and "on apprend via l'AFP que …"
 * (the publication speaks); "…», peut-on lire." (the publication named before, resolved like a pronoun
 * for a body); "X est soupçonné d'avoir …" (no source named); "C'est ce qu'a annoncé X." (X said the
 * sentence before). Returns the token to go on from, or -1 when nothing matched at `c`.
 */
function frImpersonalCue(ctx: Ctx, s: Sentence, c: number, out: RawClaim[]): number {
  const { tokens } = ctx;
  const t = tokens[c] as Token;
  const next = tokens[c + 1];
  // "on lit sur X que", "on peut lire dans X que".
  if (t.key === 'on') {
    let v = c + 1;
    if (tokens[v]?.key === 'peut') v++;
    if (!FR_READING.has(tokens[v]?.key ?? '') || !FR_READING_PREP.has(tokens[v + 1]?.key ?? '')) return -1;
    let que = v + 2;
    while (que < s.last && que - v < 10 && !(tokens[que] as Token).key.startsWith("qu") && (tokens[que] as Token).key !== 'que') que++;
    if (que >= s.last || que - v >= 10) return -1;
    const speaker = speakerFromPhrase(ctx, v + 2, que, 'speaker-name');
    const a = (tokens[que] as Token).key === 'que' ? que + 1 : que;
    const content = span(tokens, a, s.last);
    if (!speaker || !content || words(tokens, a, s.last) < 3) return -1;
    if ((tokens[que] as Token).key !== 'que') content.start = (tokens[que] as Token).start + 3;
    out.push(newClaim(content, { start: t.start, end: (tokens[v + 1] as Token).end }, speaker, false, 0.7, 'fr-reading', s.first));
    return s.last;
  }
  // "…», peut-on lire." after the words it reports.
  if (FR_READING_INV.has(t.key) && (t.key !== 'peut-on' || next?.key === 'lire')) {
    let cb = c;
    while (cb > s.first && /^[,—–]$/.test((tokens[cb - 1] as Token).raw)) cb--;
    const content = words(tokens, s.first, cb) >= 3 ? span(tokens, s.first, cb) : null;
    if (!content) return -1;
    const v = t.key === 'peut-on' ? c + 1 : c;
    const end = (tokens[v] as Token).end;
    // "…, peut-on lire dans Les Échos": the publication follows; else it was named before.
    let speaker: RawSpeaker | null = null;
    if (FR_READING_PREP.has(tokens[v + 1]?.key ?? '')) {
      let b = v + 2;
      while (b < s.last && b - v < 10 && (tokens[b] as Token).word) b++;
      speaker = speakerFromPhrase(ctx, v + 2, b, 'speaker-name');
    }
    speaker ??= { start: t.start, end, text: ctx.text.slice(t.start, end), via: 'pronoun', mention: null, want: 'n' };
    out.push(newClaim(content, { start: t.start, end }, speaker, false, 0.6, 'fr-reading-inverted', s.first));
    return v + 1;
  }
  // "est soupçonné d'avoir …", "a été accusée de …".
  if (FR_SUSPECT.has(t.key) && FR_ETRE_FORMS.has(tokens[c - 1]?.key ?? '') && next && (next.key === 'de' || next.key.startsWith("d'"))) {
    const a = next.key === 'de' ? c + 2 : c + 1;
    // The accuser may follow: "est accusé de viol par deux femmes", "soupçonnée de fraude par le fisc".
    let stop = s.last;
    let speaker: RawSpeaker | null = null;
    for (let k = a + 1; k < s.last; k++) {
      if ((tokens[k] as Token).key !== 'par') continue;
      let b = k + 1;
      while (b < s.last && b - k <= 6 && (tokens[b] as Token).word) b++;
      speaker = speakerFromPhrase(ctx, k + 1, b, 'speaker-name');
      if (speaker) stop = k;
      break;
    }
    const content = span(tokens, a, stop);
    if (!content || words(tokens, a, stop) < 2) return -1;
    if (next.key !== 'de') content.start = next.start + 2;
    out.push(newClaim(content, { start: t.start, end: t.end }, speaker, !speaker, 0.55, 'fr-suspected', s.first));
    return stop;
  }
  // "C'est ce qu'a annoncé X." / "c'est ce qu'affirme X": X said the sentence before.
  if (c === s.first && FR_BACKWARD_OPENERS.some((ph) => ph.every((k, i) => tokens[c + i]?.key === k))) {
    let v = c + 2;
    const qu = tokens[v];
    if (!qu || !(qu.key === 'que' || qu.key.startsWith("qu'"))) return -1;
    // "qu'a annoncé", "qu'ont expliqué", "qu'affirme", "que révèle".
    const elidedVerb = qu.key.slice(3);
    let cue: Token | undefined;
    if (qu.key === 'que') cue = tokens[++v];
    else if (FR_AUX.has(elidedVerb) || elidedVerb === 'ont') cue = tokens[++v];
    else cue = qu;
    const cueKey = cue === qu ? elidedVerb : (cue?.key ?? '');
    if (!cue || !(FR_CUES.has(cueKey) || FR_CUES.has(cueKey.replace(/^s'/, '')))) return -1;
    let b = v + 1;
    while (b < s.last && b - v <= 8 && ((tokens[b] as Token).word || (tokens[b] as Token).raw === '-')) b++;
    let e = b;
    const content = previousSentenceSpan(ctx, s);
    // The speaker phrase ends at its first comma ("… Caldwell, responsable de la mobilité, …").
    for (let k = v + 1; k < b; k++) if ((tokens[k] as Token).raw === ',') e = Math.min(e, k);
    const speaker = speakerFromPhrase(ctx, v + 1, e, 'speaker-name');
    if (content && speaker) out.push(newClaim(content, { start: t.start, end: cue.end }, speaker, false, 0.7, 'fr-backward', s.first));
    return s.last;
  }
  return -1;
}

/**
 * The person or body that opens sentence `s`, after at most a short adverbial ("But in April, Gerhard
 * Müller, …"), and ends before `before`; null when the sentence opens otherwise.
 */
function sentenceSubject(ctx: Ctx, s: Sentence, before: number): Mention | null {
  for (let i = firstStartingAt(ctx.mentions, (ctx.tokens[s.first] as Token).start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.end > before || words(ctx.tokens, s.first, m.first) > 4) return null;
    if (m.subject && (m.type === 'person' || m.type === 'organisation')) return m;
  }
  return null;
}

/** English and French: cues with the speaker before ("X said") or after ("said X"), and "according to". */
function latinClaims(ctx: Ctx, s: Sentence, out: RawClaim[]): void {
  const { tokens } = ctx;
  const fr = ctx.lang === 'fr';
  for (let c = s.first; c < s.last; c++) {
    const t = tokens[c] as Token;
    if (!t.word || !t.latin) continue;
    if (fr ? !FR_WORD_TRIGGERS.has(t.key) && c !== s.first && !t.key.includes('-') && !t.key.startsWith("s'") : !EN_WORD_TRIGGERS.has(t.key) && !t.key.endsWith('ing')) continue;
    const according = (t.key === 'according' && tokens[c + 1]?.key === 'to') || FR_ACCORDING.has(t.key);
    if (according) {
      const np0 = t.key === 'according' ? c + 2 : c + 1;
      let np1 = np0;
      while (np1 < s.last && np1 - np0 < 8 && (tokens[np1] as Token).word) np1++;
      const speaker = speakerFromPhrase(ctx, np0, np1, 'according-to');
      const atStart = words(tokens, s.first, c) === 0;
      const content = atStart ? span(tokens, np1, s.last) : span(tokens, s.first, c);
      if (content && speaker) {
        out.push(newClaim(content, { start: t.start, end: (tokens[np0 - 1] as Token).end }, speaker, false, 0.75, fr ? 'fr-selon' : 'en-according-to', s.first));
      }
      c = np1 - 1;
      continue;
    }
    if (fr && !ctx.inQuote?.[c]) {
      const went = frImpersonalCue(ctx, s, c, out);
      if (went >= 0) {
        c = went - 1;
        continue;
      }
    }
    if (fr && !ctx.inQuote?.[c] && frInvertedCue(ctx, s, c, out)) continue;
    if (fr && !ctx.inQuote?.[c]) {
      const view = FR_VIEW_PHRASES.find((ph) => ph.every((k, i) => tokens[c + i]?.key === k && c + i < s.last));
      if (view) {
        // "À ses yeux, …", "Selon lui, …": the speaker named before goes on.
        const pron = tokens.slice(c, c + view.length).find((u) => ['ses', 'son', 'lui', 'elle'].includes(u.key)) ?? (tokens[c] as Token);
        const content = span(tokens, c + view.length, s.last);
        if (content && words(tokens, c + view.length, s.last) >= 3) {
          const cueEnd = (tokens[c + view.length - 1] as Token).end;
          out.push(newClaim(content, { start: t.start, end: cueEnd }, { start: pron.start, end: pron.end, text: pron.raw, via: 'pronoun', mention: null, want: 'any' }, false, 0.6, 'fr-view', s.first));
        }
        c += view.length - 1;
        continue;
      }
    }
    const prevKey = tokens[c - 1]?.key ?? '';
    const isCue = fr ? FR_CUES.has(t.key) || FR_CUES.has(t.key.replace(/^s'/, '')) || (FR_FAIRE_CUE_WORDS.has(t.key) && FR_FAIRE.has(prevKey)) : EN_CUES.has(t.key) || EN_DOCUMENT.has(t.key) || (EN_CUES_BEFORE_THAT.has(t.key) && tokens[c + 1]?.key === 'that') || intentionCue(tokens, c) || progressiveCue(tokens, c);
    if (!isCue || ctx.inQuote?.[c]) continue;
    // "China maintains tight control", "figures show a rise": a report only with "that" or at the clause end.
    const after = tokens[c + 1];
    if (!fr && EN_THAT_ONLY.has(t.key) && after && after.word && after.sent === t.sent && after.key !== 'that') continue;
    const prev = tokens[c - 1];
    if (prev && c > s.first && DETERMINERS.has(prev.key) && !(fr && FR_AUX.has(prev.key))) continue;
    if (!fr && prev?.key === 'to' && !EN_STRONG_CUES.has(t.key)) continue;
    // Passive participles ("was first reported by", "people accused of") are not the speaker's act.
    const nextKey = tokens[c + 1]?.key;
    if (!fr && (nextKey === 'by' || nextKey === 'of') && t.key.endsWith('ed')) continue;
    // "declined to comment", "agreed to vote": an act, not a report.
    if (!fr && nextKey === 'to' && EN_ACT_INFINITIVE.has(t.key)) continue;
    // "is considered a likely candidate", "was reported to have fled": an agentless passive names no source.
    if (!fr && EN_BE.has(prevKey) && t.key.endsWith('ed')) {
      const a = nextKey === 'that' ? c + 2 : c + 1;
      const content = span(tokens, a, s.last);
      if (content && words(tokens, a, s.last) >= 3) out.push(newClaim(content, { start: t.start, end: t.end }, null, true, 0.5, 'en-passive', s.first));
      continue;
    }
    if (fr && nextKey === 'par') continue;
    // French participles need their auxiliary ("a déclaré"); present forms stand alone. The walk also
    // passes the reflexive "se" ("se félicite") and "faire" before its noun ("a fait valoir").
    let p = c - 1;
    const frAux = (k: string): boolean => FR_AUX.has(k) || k === 'ont' || k === 'se' || (FR_FAIRE.has(k) && FR_FAIRE_CUE_WORDS.has(t.key));
    // An incise between the auxiliary and the participle ("L'avocat a, quant à lui, annoncé", "L'USP
    // a, elle, demandé"): read past it to the auxiliary.
    if (fr && tokens[p]?.raw === ',') {
      let k = p - 1;
      while (k > s.first && p - k <= 5 && (tokens[k] as Token).raw !== ',') k--;
      if ((tokens[k] as Token).raw === ',' && k < p - 1 && frAux(tokens[k - 1]?.key ?? '')) p = k - 1;
    }
    while (p >= s.first && (tokens[p] as Token).word && (fr ? frAux((tokens[p] as Token).key) : enAuxOrAdverb(tokens[p] as Token))) p--;
    // "the Supreme Court this month rejected", "Clinton on Tuesday said": a time phrase before the cue.
    // Only when a person, body or pronoun stands before it ("speech on Tuesday pushed" names no speaker).
    if (!fr && p > s.first + 1 && EN_TIME_NOUN.has((tokens[p] as Token).key) && EN_TIME_OPENER.has((tokens[p - 1] as Token).key)) {
      let b = p - 2;
      while (b >= s.first && (tokens[b] as Token).word && EN_AUX.has((tokens[b] as Token).key)) b--;
      const before = tokens[b];
      const m = before ? mentionEndingAt(ctx.mentions, before) : undefined;
      if (before && ((m && (m.type === 'person' || m.type === 'organisation' || m.type === 'state')) || EN_SUBJECT_PRONOUNS.has(before.key))) p = b;
    }
    // A parenthesis after the name ("Doherty (R-Warren) said", "l'OFAG (Berne) estime") is read past.
    // An acronym in it names the speaker ("La Société suisse … des eaux (SSIGE) considère", "the
    // Syrian Observatory for Human Rights (SOHR) said"), however long the name before it.
    let acronym = -1;
    if ((tokens[p] as Token | undefined)?.raw === ')' && p > s.first) {
      let k = p - 1;
      while (k > s.first && p - k < 9 && (tokens[k] as Token).raw !== '(') k--;
      if ((tokens[k] as Token).raw === '(' && k - 1 >= s.first && (tokens[k - 1] as Token).word) {
        if (k + 2 === p && /^\p{Lu}{2,}$/u.test((tokens[k + 1] as Token).raw)) acronym = k + 1;
        p = k - 1;
      }
    }
    // Walk back over the subject phrase.
    let q = p;
    let n = 0;
    while (q >= s.first && n < 7) {
      const u = tokens[q] as Token;
      if (u.word) {
        const stop = fr ? FR_STOP.has(u.key) : EN_NP_STOP.has(u.key) && !((u.key === 'of' || u.key === 'for') && n > 0);
        if (stop || EN_CUES.has(u.key) && n > 0) break;
        q--;
        n++;
        continue;
      }
      if (u.raw === '.' && q > s.first && (tokens[q - 1] as Token).cap && (tokens[q - 1] as Token).raw.length <= 4) {
        q--;
        continue;
      }
      break;
    }
    // "…, saying that …": the speaker is the subject of the main clause.
    const participleAfter = prev && /^[,—–]$/.test(prev.raw) ? prev : fr && prev && ['en', 'se'].includes(prev.key) && /^[,—–]$/.test(tokens[c - 2]?.raw ?? '') ? tokens[c - 2] : undefined;
    if ((fr ? FR_PARTICIPLE_CUES.has(t.key.replace(/^s'/, '')) : EN_PARTICIPLE_CUES.has(t.key)) && participleAfter) {
      let subj: RawSpeaker | null = inSentenceOf(out, s.first).map((cl) => cl.speaker).find((x) => x !== null) ?? null;
      if (!subj) {
        // The main clause's subject opens the sentence ("Gerhard Müller, the prefect for the Congregation
        // for the Doctrine of the Faith, quashed that hope, insisting …"): its first name, not a later one.
        const m = sentenceSubject(ctx, s, participleAfter.start) ?? mentionIn(ctx.mentions, (tokens[s.first] as Token).start, participleAfter.start);
        const firstWord = tokens[s.first] as Token;
        const g = pronounWant(firstWord, ctx.lang);
        if (m) subj = { start: m.start, end: m.end, text: m.text, via: 'name', mention: m };
        else if (g) subj = speakerFromPhrase(ctx, s.first, s.first + 1, 'speaker-name');
      }
      let a = c + 1;
      if (['that', 'que'].includes((tokens[a] as Token | undefined)?.key ?? '')) a++;
      const sp = span(tokens, a, s.last);
      if (subj && sp && words(tokens, a, s.last) >= 2) {
        out.push(newClaim(sp, { start: t.start, end: t.end }, subj, false, 0.6, fr ? 'fr-participle' : 'en-participle', s.first));
        continue;
      }
    }
    let speaker: RawSpeaker | null = null;
    let contentBefore: { start: number; end: number } | null = null;
    let contentAfter: { start: number; end: number } | null = null;
    let beforeEnd = q + 1;
    const boundary = tokens[q];
    let afterComma = !!boundary && q >= s.first && !boundary.word && /^[,”"»—–]$/.test(boundary.raw);
    let inverted = false;
    // Unless a speaker follows the cue ("…, a constaté la Ville"), which is the inverted order.
    const nextHead = tokens[c + 1];
    const speakerFollows = !!nextHead && nextHead.sent === t.sent && (fr || EN_INVERTIBLE.has(t.key)) && (nextHead.cap || DETERMINERS.has(nextHead.key) || ELIDED_NAME.test(nextHead.raw) || bareGroup(nextHead, fr)) && closesClause(tokens, s, c + 1);
    const apposed = q === p && boundary?.raw === ',' && !speakerFollows ? appositionSubject(ctx, s, p) : null;
    if (apposed) {
      // "X, the head of Y, who …, said": the name before the appositions speaks.
      speaker = speakerFromPhrase(ctx, apposed.a, apposed.b, 'speaker-name');
      afterComma = false;
      beforeEnd = apposed.a;
    } else if (q < p) {
      // "several sisters who wrote a book … voiced": the head noun phrase, before the relative clause.
      let e = p + 1;
      for (let k = q + 2; k <= p; k++) {
        if (RELATIVES.has((tokens[k] as Token).key)) {
          e = k;
          break;
        }
      }
      speaker = speakerFromPhrase(ctx, acronym >= 0 ? acronym : q + 1, acronym >= 0 ? acronym + 1 : e, 'speaker-name');
    } else if (!fr && q === p && EN_COORDINATORS.has(tokens[p]?.key ?? '')) {
      // A second cue joined by "and"/"but" shares the subject of the report before it in the sentence
      // ("Trump said he would order a review and warned against hackers", "His aides say it is too
      // early but noted that Scott won").
      const before = inSentenceOf(out, s.first).filter((cl) => cl.speaker && cl.end <= (tokens[p] as Token).end);
      const last = before[before.length - 1];
      // With no report before it ("Cruz urged Republicans to … and said he …"), the subject that opens the sentence.
      const opener = last || !EN_STRONG_CUES.has(t.key) ? null : sentenceSubject(ctx, s, (tokens[p] as Token).start);
      if (last?.speaker) speaker = { ...last.speaker };
      else if (opener) speaker = { start: opener.start, end: opener.end, text: opener.text, via: 'name', mention: opener };
    } else if (fr && q === p && tokens[p]?.key === 'et') {
      // A verb joined by "et" shares the sentence's subject ("L'OFAG retire le produit et considère
      // la substance comme cancérigène", "Le maire a démenti et affirme que …").
      const m = mentionIn(ctx.mentions, (tokens[s.first] as Token).start, (tokens[p] as Token).start);
      if (m && words(tokens, s.first, m.first) <= 2) speaker = { start: m.start, end: m.end, text: m.text, via: 'name', mention: m };
    } else if (q === p && (p < s.first || !(tokens[p] as Token).word)) {
      // Nothing before the cue: "…,” said Warren" or "said the senator, …".
      let a = c + 1;
      let b = a;
      const stopAt = (u: Token): boolean => (fr ? FR_STOP.has(u.key) || ADVERBIAL_START.has(u.key) : EN_NP_STOP.has(u.key));
      while (b < s.last && b - a < 7 && ((tokens[b] as Token).word || ((tokens[b] as Token).raw === '.' && (tokens[b - 1] as Token | undefined)?.cap === true && b + 1 < s.last && (tokens[b + 1] as Token).cap)) && !stopAt(tokens[b] as Token)) b++;
      // The speaker after the cue is a name or a determined noun phrase ("précise l'OFAG"), not the next clause.
      const head = tokens[a] as Token | undefined;
      if (b > a && afterComma && head && (head.cap || DETERMINERS.has(head.key) || ELIDED_NAME.test(head.raw) || bareGroup(head, fr))) {
        speaker = speakerFromPhrase(ctx, a, b, 'speaker-name');
        inverted = true;
        beforeEnd = p + 1;
      }
      a = b;
    }
    if (!speaker) continue;
    // Content before the speaker: the quotation that ends there, or the clause since the sentence start.
    let cb = beforeEnd;
    while (cb > s.first && /^[,—–:]$/.test((tokens[cb - 1] as Token).raw)) cb--;
    // A quotation is the whole content only when it opens the sentence: in 'The standard was
    // initially "high", Lord Baker added' it is one word of it.
    let qEnd = quoteEndingAt(ctx, cb - 1);
    if (qEnd && words(tokens, s.first, tokenAt(tokens, qEnd.start)) > 1) qEnd = null;
    if (qEnd && qEnd.start >= (tokens[s.first] as Token).start) contentBefore = { start: qEnd.start, end: qEnd.end };
    else contentBefore = span(tokens, s.first, cb);
    const beforeWords = contentBefore ? words(tokens, s.first, cb) : 0;
    // Content after the cue: skip the listener, "that"/"que", a colon and short adverbials.
    let a = inverted ? s.last : c + 1;
    if (!inverted) {
      let look = a;
      const limit = Math.min(s.last, a + 8);
      let found = -1;
      for (; look < limit; look++) {
        const u = tokens[look] as Token;
        if (u.key === 'that' || u.key === 'que' || u.key.startsWith("qu'") || u.raw === ':' || isOpenQuote(u.raw)) {
          found = look;
          break;
        }
        if (u.raw === ',' && (EN_TELL.has(t.key) || ADVERBIAL_START.has((tokens[a] as Token | undefined)?.key ?? ''))) {
          found = look;
          break;
        }
        if (!u.word) break;
      }
      // A quotation opening mid-clause ("said he favours a “strongman approach”") is part of the content.
      if (found !== -1 && isOpenQuote((tokens[found] as Token).raw) && found > a && (tokens[found - 1] as Token).word) found = -1;
      if (found !== -1) {
        const f = tokens[found] as Token;
        a = isOpenQuote(f.raw) ? found : f.key.startsWith("qu'") ? found : found + 1;
        if (f.key.startsWith("qu'")) {
          contentAfter = { start: f.start + 3, end: 0 };
        }
      } else if (EN_TELL.has(t.key)) {
        a = c + 2;
        // A listener of several words ("told local television the search would …"): the content
        // opens at its subject, a determiner or a subject pronoun.
        for (let k = c + 2; k < Math.min(s.last, c + 5); k++) {
          const u = tokens[k] as Token;
          if (!u.word) break;
          if (DETERMINERS.has(u.key) || EN_SUBJECT_PRONOUNS.has(u.key)) {
            a = k;
            break;
          }
        }
      } else if (ADVERBIAL_START.has((tokens[a] as Token | undefined)?.key ?? '')) {
        a = s.last;
      }
      // The content stops where a participle adds another report: "…, she said, referencing …".
      let stop = s.last;
      const first = tokens[a] as Token | undefined;
      const objectContent = !!first && first.word && first.key !== 'that' && tokens[a - 1]?.key !== 'that' && !EN_SUBJECT_PRONOUNS.has(first.key) && !isOpenQuote(first.raw);
      for (let k = a + 1; k < s.last - 1; k++) {
        const u = tokens[k] as Token;
        const n1 = (tokens[k + 1] as Token).key;
        // Only after a comma does a participle matter: looked up there, not at every word.
        if ((u.raw === ';' || (u.raw === ',' && (EN_PARTICIPLE_CUES.has(n1) || (PARTICIPLE_ADVERBS.has(n1) && EN_PARTICIPLE_CUES.has(tokens[k + 2]?.key ?? ''))))) && !ctx.inQuote?.[k]) {
          stop = k;
          break;
        }
        // "…, and warned against …", "… but noted that …": a second report by the same subject.
        if (!fr && EN_COORDINATORS.has(u.key) && !ctx.inQuote?.[k] && coordinatedCue(tokens, k + 1, s.last)) {
          stop = tokens[k - 1]?.raw === ',' ? k - 1 : k;
          break;
        }
        // ", but he has also …", ", but the air pollution there …": a contrasting clause with its own
        // subject is the writer's; so is ", although he refused …", ", when there are clips …".
        if (!fr && u.raw === ',' && !ctx.inQuote?.[k] && k > a + 2 && ((n1 === 'but' && opensClause(tokens[k + 2])) || tailOpens(tokens, k + 1))) {
          stop = k;
          break;
        }
        // "attacked Machado in early-morning tweets": an object reported, then the occasion.
        if (!fr && objectContent && k > a && !ctx.inQuote?.[k] && occasionAt(tokens, k, s.last) && !verbBetween(tokens, a, k)) {
          stop = k;
          break;
        }
        // "acknowledged the reality of climate change, which makes him an outlier": a remark on the object.
        if (!fr && objectContent && u.raw === ',' && !ctx.inQuote?.[k] && k > a && EN_RELATIVE_TAIL.has(n1) && !verbBetween(tokens, a, k) && !relativeClosed(tokens, k + 1, s.last, ctx.inQuote)) {
          stop = k;
          break;
        }
        // "wants to sign up 5 million people, focusing on …": a participle phrase after an object.
        if (!fr && objectContent && u.raw === ',' && !ctx.inQuote?.[k] && k > a && /^[a-z]{3,}ing$/.test(tokens[k + 1]?.raw ?? '') && !EN_ING_PREPOSITION.has(n1) && !verbBetween(tokens, a, k)) {
          stop = k;
          break;
        }
        // ", he is ready to move on": a new clause with a pronoun subject, unless the content opened
        // with a fronted clause or phrase that this comma closes.
        if (!fr && u.raw === ',' && !ctx.inQuote?.[k] && k > a + 1 && EN_NEW_CLAUSE_PRONOUN.has(n1) && !subordinated(tokens, a, k)) {
          stop = k;
          break;
        }
      }
      const sp = span(tokens, a, stop);
      if (sp) contentAfter = { start: contentAfter?.start ?? sp.start, end: sp.end };
      else contentAfter = null;
    }
    // "…, Graham told The Huffington Post on Thursday.": after "told" only the listener and a time
    // or place; what was told is the clause before.
    // French: "a déclaré à l'AFP que …", "a indiqué le ministre au Monde".
    const heard = fr ? frListener(tokens, s, inverted ? tokenAt(tokens, speaker.end) : c + 1) : !inverted && EN_TELL.has(t.key) ? enListener(tokens, s, c + 1) : null;
    const listenerOnly = !fr && !!heard && tellsNothingAfter(tokens, s, heard.b);
    const afterWords = contentAfter && !listenerOnly ? words(tokens, a, s.last) : 0;
    let content: { start: number; end: number } | null = null;
    // Parenthetical "…, he said, …": the claim is the whole sentence around it.
    const parenthetical = afterComma && !qEnd && (tokens[inverted ? c + 1 + words(tokens, c + 1, Math.min(s.last, c + 8)) : c + 1] as Token | undefined)?.raw === ',' && beforeWords >= 2;
    if (parenthetical && !inverted && words(tokens, c + 2, s.last) >= 3) content = span(tokens, s.first, s.last);
    else if (inverted) content = beforeWords >= 2 ? contentBefore : null;
    else if (qEnd && beforeWords >= 2) content = contentBefore;
    else if (afterComma && beforeWords >= 3 && afterWords < 3) content = contentBefore;
    else if (afterWords >= 2) content = contentAfter;
    else if (beforeWords >= 3) content = contentBefore;
    if (!content) continue;
    // "“And he didn’t,” Doherty said": a quotation under four words is no claim.
    if (qEnd && content === contentBefore && fewQuoteWords(ctx.text.slice(qEnd.start + 1, qEnd.end - 1))) continue;
    const strong = EN_STRONG_CUES.has(t.key) || fr;
    const conf = (speaker.via === 'name' ? 0.8 : speaker.via === 'pronoun' ? 0.7 : 0.6) + (qEnd || /^[“«"]/.test(ctx.text.slice(content.start, content.start + 1)) ? 0.1 : 0) - (strong ? 0 : 0.15);
    const rule = `${fr ? 'fr' : 'en'}-${inverted ? 'cue-speaker' : content === contentBefore ? 'speaker-cue-after' : 'speaker-cue'}`;
    const told = !fr && content === contentAfter ? enInformant(tokens, s, c + 1) : null;
    const toldSpan = told ? span(tokens, told.a, told.b) : null;
    const relay = heard ? span(tokens, heard.a, heard.b) : toldSpan ? { ...toldSpan, informant: true } : null;
    const claim = newClaim(content, { start: t.start, end: t.end }, speaker, false, Math.round(conf * 100) / 100, rule, s.first);
    if (relay) claim.relay = relay;
    out.push(claim);
  }
  // Transcript turns: "WALLACE: …" at a paragraph start.
  const lead = isOpenQuote((tokens[s.first] as Token).raw) ? s.first + 1 : s.first;
  const f0 = tokens[lead] as Token | undefined;
  const prevTok = tokens[s.first - 1];
  if (f0 && (!prevTok || prevTok.para !== f0.para) && f0.latin && f0.raw.length > 1 && f0.raw === f0.raw.toUpperCase()) {
    let k = lead;
    while (k < s.last && k - lead < 3 && (tokens[k] as Token).latin && (tokens[k] as Token).raw === (tokens[k] as Token).raw.toUpperCase()) k++;
    if ((tokens[k] as Token | undefined)?.raw === ':') {
      let last = s.last;
      while (last < tokens.length && (tokens[last] as Token).para === f0.para) last++;
      const sp = span(tokens, k + 1, last);
      const speaker = speakerFromPhrase(ctx, lead, k, 'speaker-label');
      if (sp && speaker) out.push(newClaim(sp, { start: (tokens[k] as Token).start, end: (tokens[k] as Token).end }, speaker, false, 0.7, 'transcript-turn', s.first));
    }
  }
  const hedged = hasPhrase(tokens, s, ctx.lang === 'fr' ? FR_HEDGES : EN_HEDGES);
  if (hedged) {
    const inSentence = inSentenceOf(out, s.first);
    for (const cl of inSentence) cl.hedged = true;
    if (inSentence.length === 0) {
      const sp = span(tokens, s.first, s.last);
      if (sp) out.push(newClaim(sp, null, null, true, 0.5, `${ctx.lang === 'fr' ? 'fr' : 'en'}-hedge`, s.first));
    }
  }
}

function arCue(t: Token): string | null {
  if (!t.arabic) return null;
  if (AR_CUE_FORMS.has(t.key)) return t.key;
  const bare = t.key.replace(/^[وف]/, '');
  return bare !== t.key && AR_CUE_FORMS.has(bare) ? bare : null;
}

function arHedge(t: Token): boolean {
  return t.arabic && (AR_HEDGE_FORMS.has(t.key) || AR_HEDGE_FORMS.has(t.key.replace(/^[وف]/, '')));
}

/**
 * True when token `k` opens another report inside the sentence: a circumstantial participle
 * ("…، قائلاً", "…، مشيراً إلى"), a reporting verb joined by و/ف ("…، واتهم", "وأضاف") or after a clause
 * conjunction ("بينما يرى", "فيما قال") outside a quotation.
 */
function arNewReport(ctx: Ctx, k: number): boolean {
  const u = ctx.tokens[k] as Token;
  if (!u.arabic || ctx.inQuote?.[k]) return false;
  const bare = u.key.replace(/^[وف]/, '');
  if (AR_PARTICIPLES.has(u.key) || AR_PARTICIPLES.has(bare)) return /^[،,]$/.test(ctx.tokens[k - 1]?.raw ?? '') || bare !== u.key;
  if (bare !== u.key) return AR_CUE_FORMS.has(bare) && !AR_CUE_PARTICLE[AR_CUE_FORMS.get(bare) ?? ''];
  // "…، بينما يرى X أن", "فيما قال X": a conjunction opens a clause with its own reporting verb.
  return AR_OPENERS.has(ctx.tokens[k - 1]?.key ?? '') && AR_CUE_FORMS.has(u.key) && !AR_CUE_PARTICLE[AR_CUE_FORMS.get(u.key) ?? ''];
}

/** Where the report that arNewReport found at `k` begins: at its conjunction when one opens it. */
function reportOpening(ctx: Ctx, k: number): number {
  return AR_OPENERS.has(ctx.tokens[k - 1]?.key ?? '') ? k - 1 : k;
}

/**
 * True when token `c` opens a sentence that an ellipsis ("..", "…") split from the one before in the
 * same paragraph: Arabic news writes ".. مشيرا إلى" and ".. داعيا" to go on with the same speaker.
 */
function afterEllipsis(ctx: Ctx, c: number): boolean {
  const prev = ctx.tokens[c - 1];
  const t = ctx.tokens[c] as Token;
  const dots = !!prev && (prev.raw === '…' || /^\.\.+$/.test(prev.raw) || (prev.raw === '.' && ctx.tokens[c - 2]?.raw === '.'));
  return dots && !!prev && !ctx.text.slice(prev.end, t.start).includes('\n');
}

/**
 * "…، معرباً عن أمله في أن …", "…، مشيرةً إلى أن …": a circumstantial participle adds a statement by the
 * sentence's speaker (the claim before it in the sentence), else by the implied subject of its gender.
 */
function arParticipleClaim(ctx: Ctx, s: Sentence, c: number, out: RawClaim[]): void {
  const { tokens } = ctx;
  const t = tokens[c] as Token;
  let a = c + 1;
  if (AR_PARTICLES.has((tokens[a] as Token | undefined)?.key ?? '')) a++;
  for (let k = a; k < Math.min(s.last, a + 4); k++) {
    const key = (tokens[k] as Token).key;
    if (['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها'].includes(key)) {
      a = k + 1;
      break;
    }
  }
  let stop = s.last;
  for (let k = a + 1; k < s.last; k++) {
    if (arNewReport(ctx, k)) {
      stop = reportOpening(ctx, k);
      break;
    }
  }
  const sp = span(tokens, a, stop);
  if (!sp || words(tokens, a, stop) < 2) return;
  let before = inSentenceOf(out, s.first).filter((cl) => cl.speaker && cl.start < t.start).pop();
  // After an ellipsis, the speaker of the sentence before goes on.
  if (!before && c === s.first) before = out.filter((cl) => cl.speaker && cl.end <= t.start && !ctx.text.slice(cl.end, t.start).includes('\n')).pop();
  const speaker: RawSpeaker = before?.speaker ?? { start: t.start, end: t.end, text: '', via: 'implicit', mention: null, want: /ه$/.test(t.key) ? 'f' : 'any' };
  out.push(newClaim(sp, { start: t.start, end: t.end }, speaker, false, before ? 0.7 : 0.55, 'ar-participle', s.first));
}

/** Arabic: verb-first reporting ("وقال تراور إن"), subject-first, pronoun subjects, "بحسب", hedges. */
function arabicClaims(ctx: Ctx, s: Sentence, out: RawClaim[]): void {
  const { tokens } = ctx;
  for (let c = s.first; c < s.last; c++) {
    const t = tokens[c] as Token;
    if (!t.arabic) continue;
    if (arHedge(t)) {
      let a = c + 1;
      if (AR_COMPLEMENTISERS.has((tokens[a] as Token | undefined)?.key ?? '')) a++;
      const sp = span(tokens, a, s.last);
      if (sp) out.push(newClaim(sp, { start: t.start, end: t.end }, null, true, 0.6, 'ar-hedge', s.first));
      c = s.last;
      continue;
    }
    // Only a token that can open an "according to" cue (as itself, or after و) is tried against the list.
    const acc = (AR_ACCORDING_FIRST.has(t.key) || (t.key.charCodeAt(0) === 0x0648 && AR_ACCORDING_FIRST.has(t.key.slice(1))) || (AR_ACCORDING_FIRST.has('ل') && /^لـ?$/.test(t.key))) && AR_ACCORDING.find((p) => p.every((k, i) => {
      const u = tokens[c + i];
      return !!u && (u.key === k || (i === 0 && u.key.replace(/^و/, '') === k) || (k === 'ل' && /^لـ?$/.test(u.key)));
    }));
    if (acc) {
      const np0 = c + acc.length;
      let np1 = np0;
      while (np1 < s.last && np1 - np0 < 6 && (tokens[np1] as Token).word && !AR_STOP.has((tokens[np1] as Token).key)) np1++;
      const speaker = speakerFromPhrase(ctx, np0, np1, 'ar-according');
      const atStart = words(tokens, s.first, c) === 0;
      const content = atStart ? span(tokens, np1, s.last) : span(tokens, s.first, c);
      if (content && speaker) {
        out.push(newClaim(content, { start: t.start, end: (tokens[np0 - 1] as Token).end }, speaker, false, 0.7, 'ar-according', s.first));
      }
      c = np1 - 1;
      continue;
    }
    const bareKey = t.key.replace(/^[وف]/, '');
    if ((c > s.first || afterEllipsis(ctx, c)) && !ctx.inQuote?.[c] && (AR_PARTICIPLES.has(t.key) || AR_PARTICIPLES.has(bareKey))) {
      arParticipleClaim(ctx, s, c, out);
      continue;
    }
    const form = arCue(t);
    if (!form) continue;
    if (AR_NOBODY.some((ph) => ph.every((k, i) => {
      const key = tokens[c - ph.length + i]?.key;
      return key === k || (i === 0 && key?.replace(/^[وف]/, '') === k);
    }))) continue;
    const lemma = AR_CUE_FORMS.get(form) ?? form;
    // "عبر عن": a verb that reports only with its particle.
    const particle = AR_CUE_PARTICLE[lemma];
    if (particle && !tokens.slice(c + 1, Math.min(s.last, c + 7)).some((u) => u.key === particle)) continue;
    // "عرض لتجربة": a verb that reports only with its ل-complement, where the content starts.
    const prefix = AR_CUE_PREFIXED_COMPLEMENT[lemma];
    let compAt = -1;
    if (prefix) {
      for (let k = c + 1; k < Math.min(s.last, c + 12) && compAt < 0; k++) {
        const u = tokens[k] as Token;
        // Right after the verb ("كما عرضت لتجربة") or after the subject and a comma ("عرض المتحدثون …، لمسار").
        const opens = k === c + 1 || /^[،,]$/.test(tokens[k - 1]?.raw ?? '');
        if (opens && u.arabic && u.key.startsWith(prefix) && u.key.length >= 4 && !AR_STOP.has(u.key) && !isKnownArabicName(u)) compAt = k;
      }
      if (compAt < 0) continue;
    }
    const feminine = /^ت/.test(form) || /تا?$/.test(form);
    // Speaker phrase after a verb-first cue.
    // Verb, time adverb, subject: "أعلن أمس وزير الخارجية …", "وقال مساء الأحد المتحدث …".
    let c1 = c + 1;
    while (c1 < s.last && c1 - c <= 2 && AR_TIME.has((tokens[c1] as Token).key)) c1++;
    let b = c1;
    let sawLatin = false;
    // A title first ("رئيس حزب … الهادي أبو راية"): the name may come after the body it heads.
    const titled = !!tokens[c1] && (AR_STYLES.has((tokens[c1] as Token).key) || arabicVariants(tokens[c1] as Token).some((v) => AR_PERSON_TITLES.has(v)));
    // "ودعا الله أن", "وتضرع … إلى الله أن": whom one prays to is no speaker; the verb's subject speaks.
    const prays = PRAYER_LEMMAS.has(lemma) && !!tokens[c + 1] && AR_ADDRESSEES.has((tokens[c + 1] as Token).key);
    // A verb marked plural ("وطالبوا", "وأكدوا") carries its subject: a subject after the verb takes
    // the singular ("وطالب المحتجون"), so what follows a plural form is its complement, never a speaker.
    const ownsSubject = /وا$/.test(form);
    while (!prays && !ownsSubject && b < s.last && b - c1 <= (titled ? 14 : 8) && b !== compAt) {
      const u = tokens[b] as Token;
      if (!u.word) {
        // "د. كراري التهامي": the full stop of a one-letter title.
        if (u.raw === '(' || u.raw === ')' || (u.raw === '.' && tokens[b - 1]?.arabic && tokens[b - 1]?.raw.length === 1 && b > c1)) {
          b++;
          continue;
        }
        break;
      }
      // "عدد من الحقوقيين": a quantity noun's "من" and its noun belong to the speaker phrase.
      if (u.key === 'من' && b === c1 + 1 && AR_QUANTITY.has((tokens[c1] as Token).key) && tokens[b + 1]?.arabic) {
        b += 2;
        continue;
      }
      if (u.arabic && (AR_STOP.has(u.key) || AR_COMPLEMENTISERS.has(u.key) || arCue(u)) && !arNameAli(tokens, b)) break;
      // The speaker's own words right after the verb ("وقالت نتمنى أن", "وقال برغم …"): no speaker phrase.
      if (u.arabic && (arFirstPersonVerb(u, tokens[b + 1]) || AR_BREAKERS.has(u.key))) break;
      if (u.arabic && sawLatin && u.key !== 'و') break;
      if (u.latin) sawLatin = true;
      b++;
    }
    // A long title may reach the word limit inside the name that follows it ("مديرة اعلام وزارة … زينب
    // محمد الحسن"): the name goes on to its end.
    for (let extra = 0; !prays && !ownsSubject && extra < 3 && b < s.last && b > c1; extra++) {
      const prev = tokens[b - 1] as Token;
      const u = tokens[b] as Token;
      if (!u.word || !u.arabic || !(isKnownArabicName(prev) || AR_CONNECTORS.has(prev.key)) || !isArabicNameToken(u, false) || !arNameWordContinues(tokens, b, s.last)) break;
      if (AR_STOP.has(u.key) || AR_COMPLEMENTISERS.has(u.key) || arCue(u)) break;
      b++;
      if (/^ال/.test(u.key)) break;
    }
    // "قال الوزير لوكالة الأنباء إن …", "وقال لـ«الجزيرة نت»": whom the speaker told ends the speaker
    // phrase and is the claim's source.
    const heard = arListener(tokens, s, c + 1, b > c1 ? b + 1 : c1 + 1);
    if (heard && heard.head >= c1 && heard.head < b) b = heard.head;
    let speaker: RawSpeaker | null = null;
    let rule = 'ar-verb-first';
    if (b > c1) {
      speaker = speakerFromPhrase(ctx, c1, b, 'ar-speaker');
    } else {
      // Subject before the verb, a pronoun particle ("لكنه قال"), or the verb's implied subject.
      let p = c - 1;
      while (p >= s.first && ['قد', 'فقد', 'وقد', 'ايضا', 'كما'].includes((tokens[p] as Token).key)) p--;
      const pt = tokens[p];
      const particle = pt && p >= s.first ? AR_PRONOUN_PARTICLE.get(pt.key) : undefined;
      const before = pt && p >= s.first ? mentionEndingAt(ctx.mentions, pt) : undefined;
      if (before && pt) {
        speaker = { start: before.start, end: before.end, text: before.text, via: 'name', mention: before };
        rule = 'ar-subject-first';
      } else {
        // The verb's person, number and gender: "قالوا" a plural, "قالت" a woman or a feminine body.
        const g: Want = particle ?? (/(وا|ون)$/.test(form) ? 'p' : feminine ? 'f' : 'm');
        const at = particle && pt ? pt : t;
        speaker = { start: at.start, end: at.end, text: particle && pt ? pt.raw : '', via: particle ? 'pronoun' : 'implicit', mention: null, want: g };
        rule = particle ? 'ar-pronoun' : 'ar-implicit-subject';
      }
    }
    // Content: after a complementiser, a colon or a quotation; else after the speaker phrase (after
    // the name when the phrase ran on into the verb's object: "وحث السيسي الأطراف على …").
    if (speaker && speaker.via === 'name' && b > c1 && speaker.end < (tokens[b - 1] as Token).end && speaker.end > t.end) b = tokenAt(tokens, speaker.end);
    // Past the listener: "وقال لـ«الجزيرة نت» إن …".
    let from = b;
    if (heard && heard.b > b) {
      from = heard.b;
      while (from < s.last && /^[“”«»"]$/.test((tokens[from] as Token).raw)) from++;
    }
    let a = from;
    // The speaker's own words begin right where the name ends ("زينب عدم اتفاقها", "… نتمنى أن").
    const opensWords = !!tokens[b] && (AR_BREAKERS.has((tokens[b] as Token).key) || arFirstPersonVerb(tokens[b] as Token, tokens[b + 1]));
    if (compAt >= 0) a = compAt;
    const limit = opensWords || compAt >= 0 ? b : Math.min(s.last, from + 14);
    for (let k = from; k < limit; k++) {
      const u = tokens[k] as Token;
      if (u.raw === ':' || isOpenQuote(u.raw)) {
        a = isOpenQuote(u.raw) ? k : k + 1;
        break;
      }
      if (u.arabic && AR_COMPLEMENTISERS.has(u.key) && !(u.key === 'من' && lemma !== 'حذر') && !(['الي', 'علي'].includes(u.key) && !['دعا', 'طالب', 'شدد', 'اكد'].includes(lemma))) {
        a = k + 1;
        if (u.key === 'من' && /^ان/.test((tokens[k + 1] as Token | undefined)?.key ?? '')) a = k + 2;
        if (u.key === 'الي' || u.key === 'علي') a = k;
        break;
      }
    }
    // The reporter's own remark after "، لكن…" is not part of what was said, nor is the next report.
    let stop = s.last;
    for (let k = a + 1; k < s.last - 1; k++) {
      if (((tokens[k] as Token).raw === '،' || (tokens[k] as Token).raw === ',') && /^(لكن|ولكن)/.test((tokens[k + 1] as Token).key) && !ctx.inQuote?.[k]) {
        stop = k;
        break;
      }
      if (arNewReport(ctx, k)) {
        stop = reportOpening(ctx, k);
        break;
      }
    }
    const sp = span(tokens, a, stop);
    if (!sp || !speaker || words(tokens, a, stop) < 2) continue;
    let end = sp.end;
    const q = ctx.quoteByStart?.get(sp.start);
    if (q && q.end <= sp.end && words(tokens, tokenAt(tokens, q.end), s.last) <= 1) end = q.end;
    const conf = speaker.via === 'name' ? 0.85 : speaker.via === 'pronoun' ? 0.75 : 0.65;
    const relay = heard ? span(tokens, heard.a, heard.b) : null;
    const claim = newClaim({ start: sp.start, end }, { start: t.start, end: t.end }, speaker, false, conf, rule, s.first);
    if (relay) claim.relay = relay;
    out.push(claim);
    c = b - 1;
  }
  if (hasPhrase(tokens, s, AR_HEDGE_PHRASES)) for (const cl of inSentenceOf(out, s.first)) cl.hedged = true;
}

const EN_NOUN_CUE: ReadonlySet<string> = new Set(EN_NOUN_CUES);
const FR_NOUN_CUE: ReadonlySet<string> = new Set(FR_NOUN_CUES.map(tokenKey));
const AR_NOUN_STEMS: readonly string[] = AR_NOUN_CUE_STEMS.map(tokenKey);
const AR_NOUN_PARTICLES: ReadonlySet<string> = new Set(AR_NOUN_CUE_PARTICLES.map(tokenKey));
const AR_PASSIVE_NOUNS: ReadonlySet<string> = new Set(AR_PASSIVE_REPORT_NOUNS.map(tokenKey));
const AR_PASSIVE_AUX: ReadonlySet<string> = new Set(AR_PASSIVE_AUXILIARIES.map(tokenKey));
const AR_PUBLISH: ReadonlySet<string> = new Set(AR_PUBLISH_VERBS.map(tokenKey));
const AR_SUFFIX_WANT: readonly [string, Want][] = [['هما', 'p'], ['هم', 'p'], ['هن', 'p'], ['ها', 'f'], ['ه', 'm']];

/** The Arabic noun cue a token holds: its stem, the possessive suffix's gender and number, or null. */
function arNounCue(t: Token): { want: Want | null } | null {
  const key = t.key.replace(/^(?:و|ف)?(?:ب|ل|ك)?/, '');
  for (const stem of AR_NOUN_STEMS) {
    const at = key.indexOf(stem);
    if (at < 0 || at > 2 || (at > 0 && key.slice(0, at) !== 'ال')) continue;
    const rest = key.slice(at + stem.length);
    if (rest === '' || (at > 0 && rest === '')) return { want: null };
    const suffix = AR_SUFFIX_WANT.find(([sfx]) => rest === sfx);
    if (suffix && at === 0) return { want: suffix[1] };
  }
  return null;
}

/** Where content opens after an Arabic noun cue: after a particle word, or at a word with the clitic ب. */
function arContentOpening(tokens: readonly Token[], k: number, limit: number): number {
  for (let j = k; j < limit; j++) {
    const u = tokens[j] as Token;
    if (!u.word) return -1;
    if (AR_NOUN_PARTICLES.has(u.key)) return j + 1;
    if (u.arabic && u.key.length >= 3 && u.key.startsWith('ب') && j <= k + 2) return j;
  }
  return -1;
}

/**
 * Noun cues, one family per language, and the Arabic passive report: "Mr Joseph's insistence that …",
 * "sa promesse de …", "la promesse du maire de …", "مناداته بحذف …", "اتهام الوزير للمعارضة بأنها …",
 * "وتم التأكيد على …". The possessor speaks (a pronoun suffix or possessive is resolved later); the
 * Arabic passive names no speaker.
 */
function nounCueClaims(ctx: Ctx, s: Sentence, out: RawClaim[], arabic: boolean): void {
  const { tokens } = ctx;
  const push = (k: number, a: number, speaker: RawSpeaker | null, rule: string): void => {
    let stop = s.last;
    for (let j = a + 1; j < s.last; j++) {
      // The next report ends it: an Arabic cue, or a participle clause after a comma (", agreeing with X that").
      const participle = !arabic && (tokens[j] as Token).raw === ',' && /ing$|ant$/.test(tokens[j + 1]?.key ?? '');
      if (!ctx.inQuote?.[j] && ((tokens[j] as Token).raw === ';' || participle || (arabic && arCue(tokens[j] as Token)))) {
        stop = j;
        break;
      }
    }
    const sp = span(tokens, a, stop);
    if (!sp || words(tokens, a, stop) < 3) return;
    const t = tokens[k] as Token;
    out.push(newClaim(sp, { start: t.start, end: t.end }, speaker, false, speaker ? 0.6 : 0.5, rule, s.first));
  };
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k] as Token;
    if (!t.word || ctx.inQuote?.[k]) continue;
    if (arabic) {
      if (!t.arabic) continue;
      if (AR_PASSIVE_AUX.has(t.key) && AR_PASSIVE_NOUNS.has(tokens[k + 1]?.key ?? '')) {
        const a = arContentOpening(tokens, k + 2, Math.min(s.last, k + 4));
        // "في مقال نشرته جريدة النور تمت الإشادة …": the publisher named before speaks; else nobody.
        let speaker: RawSpeaker | null = null;
        for (let j = s.first; j < k; j++) {
          if (!AR_PUBLISH.has((tokens[j] as Token).key.replace(/^[وف]/, ''))) continue;
          let b = j + 1;
          while (b < k && words(tokens, j + 1, b) < 6 && ((tokens[b] as Token).word || /^[“”«»"]$/.test((tokens[b] as Token).raw))) b++;
          speaker = speakerFromPhrase(ctx, j + 1, b, 'ar-speaker') ?? speaker;
        }
        if (a >= 0) push(k + 1, a, speaker, 'ar-passive');
        continue;
      }
      const noun = arNounCue(t);
      if (!noun) continue;
      if (noun.want) {
        // "مناداته بحذف …": the suffix is the speaker, resolved like a pronoun.
        const a = arContentOpening(tokens, k + 1, Math.min(s.last, k + 5));
        if (a >= 0) push(k, a, { start: t.start, end: t.end, text: t.raw, via: 'pronoun', mention: null, want: noun.want }, 'ar-noun-cue');
      } else {
        // "اتهام الوزير للمعارضة بأنها …": the definite noun phrase after the noun is its possessor.
        const m = ctx.mentions.find((x) => x.first === k + 1);
        let b = m ? m.last : k + 1;
        while (!m && b < s.last && b - k <= 3 && (tokens[b] as Token).arabic && /^ال/.test((tokens[b] as Token).key)) b++;
        const a = b > k + 1 ? arContentOpening(tokens, b, Math.min(s.last, b + 4)) : -1;
        const speaker = a >= 0 ? speakerFromPhrase(ctx, k + 1, b, 'ar-speaker') : null;
        if (speaker) push(k, a, speaker, 'ar-noun-cue');
      }
      continue;
    }
    if (!t.latin) continue;
    if (ctx.lang === 'en' && EN_NOUN_CUE.has(t.key) && tokens[k + 1]?.key === 'that' && k > s.first) {
      const prev = tokens[k - 1] as Token;
      let speaker: RawSpeaker | null = null;
      if (prev.key === 'his' || prev.key === 'her' || prev.key === 'their') {
        speaker = { start: prev.start, end: prev.end, text: prev.raw, via: 'pronoun', mention: null, want: prev.key === 'his' ? 'm' : prev.key === 'her' ? 'f' : 'p' };
      } else if (/['’]s$|s['’]$/.test(prev.raw)) {
        // "Mr Joseph's insistence", "the ministry's warning": the possessor's phrase, back to its head.
        let a = k - 1;
        while (a > s.first && k - a < 5 && (tokens[a - 1] as Token).word && ((tokens[a - 1] as Token).cap || DETERMINERS.has((tokens[a - 1] as Token).key)) && !EN_NP_STOP.has((tokens[a - 1] as Token).key)) a--;
        // "the central bank's warning": back to a determiner over lower-case modifiers.
        for (let d = k - 2; d >= Math.max(s.first, k - 4) && a === k - 1; d--) {
          const u = tokens[d] as Token;
          if (!u.word || EN_NP_STOP.has(u.key)) break;
          if (u.key === 'the') a = d;
        }
        const sp = speakerFromPhrase(ctx, a, k, 'speaker-name');
        if (sp) speaker = { ...sp, end: sp.end - (/['’]s$/.test(prev.raw) && sp.end === prev.end ? 2 : 0), text: sp.end === prev.end ? sp.text.replace(/['’]s$/, '') : sp.text };
      }
      if (speaker) push(k, k + 2, speaker, 'en-noun-cue');
      continue;
    }
    if (ctx.lang === 'fr' && FR_NOUN_CUE.has(t.key.startsWith("l'") ? t.key.slice(2) : t.key) && (k > s.first || /^l['’]/i.test(t.raw))) {
      const det = k > s.first ? (tokens[k - 1] as Token).key : '';
      let speaker: RawSpeaker | null = null;
      let j = k + 1;
      if (det === 'sa' || det === 'son' || det === 'leur' || det === 'leurs' || det === 'ses') {
        const p = tokens[k - 1] as Token;
        speaker = { start: p.start, end: p.end, text: p.raw, via: 'pronoun', mention: null, want: det.startsWith('leur') ? 'p' : 'any' };
      } else if (['la', 'le', 'les', 'cette'].includes(det) || /^l['’]/i.test(t.raw)) {
        // "la promesse du maire de …", "l'intention de ce dernier de …": the possessor after "de".
        const de = tokens[j] as Token | undefined;
        if (!de || !['de', 'du', 'des', "d'"].some((x) => de.key === x || de.key.startsWith("d'"))) continue;
        const a = de.key.startsWith("d'") && de.key.length > 2 ? j : j + 1;
        let b = de.key.startsWith("d'") && de.key.length > 2 ? j + 1 : j + 1;
        while (b < s.last && b - a < 6 && (tokens[b] as Token).word && !['de', 'que', "qu'", 'à', 'a', 'et'].includes((tokens[b] as Token).key) && !(tokens[b] as Token).key.startsWith("d'") && !(tokens[b] as Token).key.startsWith("qu'")) b++;
        const head = tokens[a] as Token | undefined;
        if (!head || !(head.cap || DETERMINERS.has(head.key) || ELIDED_NAME.test(head.raw) || ['ce', 'cet', 'cette'].includes(head.key) || de.key === 'du' || de.key === 'des')) continue;
        speaker = speakerFromPhrase(ctx, de.key.startsWith("d'") && de.key.length > 2 ? j : a, b, 'speaker-name');
        j = b;
      }
      const after = tokens[j] as Token | undefined;
      if (!speaker || !after) continue;
      const opensContent = after.key === 'que' || after.key === 'de' ? j + 1 : after.key.startsWith("qu'") || after.key.startsWith("d'") ? j : -1;
      if (opensContent >= 0) push(k, opensContent, speaker, 'fr-noun-cue');
    }
  }
}

const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Whether a quotation has fewer than four words, a contraction counted once ("didn’t", "l'État",
 * "c'est"). Stops at the fourth word: a long quotation is not read to its end.
 */
function fewQuoteWords(inner: string): boolean {
  QUOTE_WORD.lastIndex = 0;
  let n = 0;
  while (QUOTE_WORD.exec(inner)) if (++n >= 4) return false;
  return true;
}

/** All claims of a text, in text order, overlapping duplicates resolved in favour of the surer rule. */
export function findClaims(ctx: Ctx): RawClaim[] {
  ctx.quoteByStart = new Map(ctx.quotes.map((q) => [q.start, q] as const));
  ctx.quoteByEnd = new Map(ctx.quotes.map((q) => [q.end, q] as const));
  const inQuote = new Uint8Array(ctx.tokens.length);
  for (const q of ctx.quotes) {
    for (let i = tokenAt(ctx.tokens, q.start + 1); i < ctx.tokens.length && (ctx.tokens[i] as Token).end < q.end; i++) inQuote[i] = 1;
  }
  ctx.inQuote = inQuote;
  const raw: RawClaim[] = [];
  for (const s of ctx.sentences) {
    const first = ctx.tokens[s.first];
    if (!first) continue;
    let arabicSentence = false;
    for (let i = s.first; i < Math.min(s.last, s.first + 6) && !arabicSentence; i++) arabicSentence = (ctx.tokens[i] as Token).arabic;
    if (arabicSentence) arabicClaims(ctx, s, raw);
    else latinClaims(ctx, s, raw);
    nounCueClaims(ctx, s, raw, arabicSentence);
  }
  // Cue, content and speaker phrase are found; now who the pronouns and implied subjects are.
  resolveSpeakers(ctx, raw);
  // Quotations no cue accounted for: a claim of their own, speaker carried over from the last claim nearby.
  const byStart = raw.slice().sort((a, b) => a.start - b.start);
  let k = 0;
  let lastBefore: RawClaim | null = null;
  const covering: RawClaim[] = [];
  for (const q of ctx.quotes) {
    while (k < byStart.length && (byStart[k] as RawClaim).start <= q.start + 1) covering.push(byStart[k++] as RawClaim);
    let covered = false;
    for (const c of covering) {
      if (c.end >= q.end - 1) covered = true;
      if (c.end <= q.start && (!lastBefore || c.end > lastBefore.end)) lastBefore = c;
    }
    // Claims that end before this quote cannot cover a later one.
    for (let i = covering.length - 1; i >= 0; i--) if ((covering[i] as RawClaim).end < q.start) covering.splice(i, 1);
    if (covered) continue;
    const inner = ctx.text.slice(q.start + 1, q.end - 1);
    if (fewQuoteWords(inner)) continue;
    // A quoted line alone in its paragraph with no closing punctuation is a heading, not speech.
    const alone = (q.start === 0 || ctx.text[q.start - 1] === '\n') && (q.end === ctx.text.length || ctx.text[q.end] === '\n');
    if (alone && !/[.!?؟…]\s*$/.test(inner)) continue;
    const prevClaim = lastBefore && q.start - lastBefore.end < 400 ? lastBefore : null;
    // “A,” he said. “B.” — the second quotation continues the same claim.
    if (prevClaim && prevClaim.speaker && /^[“«"]/.test(ctx.text.slice(prevClaim.start, prevClaim.start + 1))) {
      // A short quoted title in the gap ('said Thursday on Fox News's “Fox and Friends.”') is no speech.
      const gap = ctx.text.slice(prevClaim.end, q.start).replace(/[“"][^“”"\n]{1,40}[”"]/g, (m) => (fewQuoteWords(m.slice(1, -1)) ? 'x'.repeat(m.length) : m));
      // The gap may hold the attribution and an apposition: "…," said X, a professor at Y. "B."
      const cueInGap = !!prevClaim.cue && prevClaim.cue.start >= prevClaim.end && prevClaim.cue.end <= q.start;
      if (!gap.includes('\n') && !/[“”«»"]/.test(gap) && ((gap.length < 100 && (gap.match(/[\p{L}]+/gu)?.length ?? 0) <= 12) || (cueInGap && gap.length < 320))) {
        prevClaim.end = q.end;
        continue;
      }
    }
    const ti = tokenAt(ctx.tokens, q.start);
    // A quotation inside a running sentence ("a call for “providing lethal weapons” to …") is a scare quote.
    const before = ctx.tokens[ti - 1];
    if (before && before.word && before.sent === ctx.tokens[ti]?.sent) continue;
    raw.push({ start: q.start, end: q.end, cue: null, speaker: prevClaim?.speaker ? { ...prevClaim.speaker, via: 'implicit', resolution: { rule: 'quote-after-claim', from: prevClaim.speaker.mention ? { start: prevClaim.speaker.mention.start, end: prevClaim.speaker.mention.end, text: prevClaim.speaker.mention.text } : null } } : null, hedged: false, confidence: 0.45, rule: 'quote', sent: ctx.tokens[ti]?.sent ?? 0 });
  }
  raw.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  const out: RawClaim[] = [];
  for (const c of raw) {
    // The first of the last six kept claims that overlaps this one by 80 % (a loop: no slice per claim).
    let dup: RawClaim | undefined;
    for (let i = Math.max(0, out.length - 6); i < out.length && !dup; i++) {
      const o = out[i] as RawClaim;
      const ov = Math.min(o.end, c.end) - Math.max(o.start, c.start);
      if (ov > 0 && ov >= 0.8 * Math.max(o.end - o.start, c.end - c.start)) dup = o;
    }
    if (!dup) out.push(c);
    else if (c.confidence > dup.confidence) out.splice(out.indexOf(dup), 1, { ...c, hedged: c.hedged || dup.hedged });
    else dup.hedged ||= c.hedged;
  }
  return out;
}
