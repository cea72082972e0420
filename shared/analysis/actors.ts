/**
 * Actor mentions: the case's known actors through all their aliases (clitic-aware, spelling-tolerant),
 * and candidates from titles, organisation heads, state names and capitalised or Latin-script names.
 */
import type { Actor, ActorType } from '../domain';
import { AR_AMBIGUOUS_GIVEN, AR_DEMONYMS, AR_FAMOUS_SURNAMES, AR_GIVEN_NAME_KEYS, AR_NEVER_NAME } from './lexicon-names';
import { AR_CLUBS_IN_SPORT, AR_CUE_FORMS, AR_DESCRIPTION_NOUNS, AR_FIXED_ORGS, AR_FUNCTION, AR_ORG_HEADS, AR_ORG_SINGLE, AR_PERSON_TITLES, AR_SPORT_WORDS, AR_STOP, AR_TEAM_HEADS } from './lexicon-ar';
import { EN_NOT_NAME, LATIN_ORG_WORDS, LATIN_PERSON_TITLES } from './lexicon-en';
import { STATE_MAX_TOKENS, STATE_NAMES } from './lexicon-places';
import { OUTLET_NAMES } from './lexicon-sources';
import { nameSkeleton, normaliseKey, skeletonOfKey } from './normalise';
import { arabicVariants, tokenKey, type Token } from './tokens';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: ActorType;
  rule: string;
  role: string;
  /** Known actor this mention matched, if any. */
  knownId: string | null;
  /** False when a preposition governs the mention ("مع موسكو", "with Moscow"): not a likely subject. */
  subject: boolean;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Another mention of the same actor (an acronym given in parentheses after the full name). */
  sameAs?: Mention;
  /** Memo of mentionKey(). */
  key?: string;
}

const AR_PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'حول', 'ضد', 'نحو', 'لدي', 'بين', 'عبر', 'امام', 'لصالح', 'تجاه', 'بشان']);
const EN_PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'to', 'from', 'of', 'for', 'by', 'about', 'against', 'toward', 'towards', 'into', 'over', 'than', 'between', 'à', 'de', 'avec', 'pour', 'contre', 'en', 'sur', 'par', 'chez', 'vers']);
const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'des', 'al', 'el', 'bin', 'ben', 'van', 'von', 'der', 'la', 'le', 'da', 'di', 'ibn', 'abu', "d'"]);
const ARABIC_PROCLITIC_PREP = /^(ب|ل|ك|وب|ول|فب|فل)/;

/** Removes a possessive "'s" so "Warren's" matches "Warren". */
function latinBase(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** Arabic key without long-vowel letters, for tolerant matching of transliterated names. */
export function devowel(key: string): string {
  if (key.length <= 2) return key;
  let out = key[0] as string;
  for (let i = 1; i < key.length; i++) {
    const ch = key[i] as string;
    if (ch !== 'ا' && ch !== 'و' && ch !== 'ي') out += ch;
  }
  return out;
}

interface AliasEntry {
  actorId: string;
  type: ActorType;
  keys: readonly string[];
}

/** Splits an alias into token keys the same way the text is tokenised. */
export function aliasKeys(alias: string): readonly string[] {
  let keys = ALIAS_KEYS.get(alias);
  if (!keys) {
    // Bounded memo: the same names are indexed for every article and every propagation pass.
    if (ALIAS_KEYS.size > 20000) ALIAS_KEYS.clear();
    keys = (alias.match(/[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu) ?? []).map(tokenKey);
    ALIAS_KEYS.set(alias, keys);
  }
  return keys;
}

const ALIAS_KEYS = new Map<string, readonly string[]>();

function isNameWord(key: string): boolean {
  return key.length >= 3 && !AR_FUNCTION.has(key) && !EN_NOT_NAME.has(key);
}

const SKELETONS = new Map<string, string>();

function skeletonMemo(key: string): string {
  let sk = SKELETONS.get(key);
  if (sk === undefined) {
    if (SKELETONS.size > 20000) SKELETONS.clear();
    sk = skeletonOfKey(key);
    SKELETONS.set(key, sk);
  }
  return sk;
}

/** Index of every alias of the known actors, by first token key and by tolerant skeleton. */
export class AliasIndex {
  private byFirst = new Map<string, AliasEntry[]>();
  private byDevowel = new Map<string, AliasEntry>();
  private bySkeleton = new Map<string, AliasEntry>();
  /** Whether any Latin alias can be reached from an Arabic token through its skeleton. */
  private latinSkeletons = false;

  /** With `latinNeedsCap`, a Latin-script alias matches only capitalised words (candidate names). */
  constructor(
    actors: readonly Pick<Actor, 'id' | 'name' | 'type' | 'aliases'>[],
    private readonly latinNeedsCap = false,
  ) {
    for (const a of actors) {
      const forms = new Set([a.name, ...a.aliases]);
      for (const form of [...forms]) {
        const keys = aliasKeys(form);
        if (a.type === 'person' && keys.length > 1) {
          const lastKey = keys[keys.length - 1] ?? '';
          if (isNameWord(lastKey)) forms.add(lastKey);
        }
      }
      for (const form of forms) {
        const keys = aliasKeys(form);
        const head = keys[0];
        if (!head) continue;
        const entry = { actorId: a.id, type: a.type, keys };
        const list = this.byFirst.get(head) ?? [];
        list.push(entry);
        this.byFirst.set(head, list);
        if (keys.length === 1 && head.length >= 4) {
          if (/[\u0600-\u06FF]/.test(head) && !this.byDevowel.has(devowel(head))) this.byDevowel.set(devowel(head), entry);
          const sk = nameSkeleton(head);
          if (sk.length >= 3 && !this.bySkeleton.has(sk)) this.bySkeleton.set(sk, entry);
          if (sk.length >= 4 && !/[\u0600-\u06FF]/.test(head)) this.latinSkeletons = true;
        }
      }
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Longest alias starting at token i; returns the entry, the token count and the clitic cut. */
  match(tokens: readonly Token[], i: number): { entry: AliasEntry; count: number; variant: string } | null {
    const t = tokens[i];
    if (!t || !t.word || (this.latinNeedsCap && t.latin && !t.cap)) return null;
    const variants = arabicVariants(t);
    let best: { entry: AliasEntry; count: number; variant: string } | null = null;
    for (const v of variants) {
      for (const entry of this.byFirst.get(v) ?? []) {
        let ok = true;
        for (let k = 1; k < entry.keys.length && ok; k++) {
          const u = tokens[i + k];
          ok = !!u && (u.key === entry.keys[k] || latinBase(u.key) === entry.keys[k]);
        }
        if (ok && (!best || entry.keys.length > best.count)) best = { entry, count: entry.keys.length, variant: v };
      }
    }
    if (best) return best;
    for (const v of variants) {
      if (v.length < 4) continue;
      if (t.arabic) {
        const dv = devowel(v);
        const hit = this.byDevowel.size > 0 && dv.length >= 3 ? this.byDevowel.get(dv) : undefined;
        // Short skeletons and spellings that add or drop several vowels are other words: روسيا is
        // not رئيس, ألمانيا is not الأمن; هفتار and هافتار differ by one letter.
        if (hit && Math.abs((hit.keys[0] ?? '').length - v.length) <= 1) return { entry: hit, count: 1, variant: v };
        if (!this.latinSkeletons) continue;
      }
      if (!t.arabic && !t.cap) continue;
      const sk = skeletonMemo(v);
      const entry = this.bySkeleton.get(sk);
      if (!entry) continue;
      const entryArabic = /[\u0600-\u06FF]/.test(entry.keys[0] ?? '');
      // Arabic tokens reach Latin aliases only through long skeletons: short ones collide with roots.
      if (t.arabic && (entryArabic || sk.length < 4)) continue;
      return { entry, count: 1, variant: v };
    }
    return null;
  }
}

/** Offset inside a raw token where the clitic-stripped variant starts. */
export function cliticCut(raw: string, key: string, variant: string): number {
  if (variant === key || !key.endsWith(variant)) return 0;
  const prefix = key.slice(0, key.length - variant.length);
  for (let k = 1; k <= raw.length; k++) {
    if (tokenKey(raw.slice(0, k)) === prefix) {
      // Keep tatweel after "لـ" with the clitic, not with the name.
      let cut = k;
      while (raw[cut] === '\u0640') cut++;
      return cut;
    }
  }
  return 0;
}

function isSubject(tokens: readonly Token[], first: number, cut: number, arabicPrefixKey: string): boolean {
  if (cut > 0 && ARABIC_PROCLITIC_PREP.test(arabicPrefixKey)) return false;
  const prev = tokens[first - 1];
  if (!prev || !prev.word) return true;
  if (prev.arabic) return !AR_PREPOSITIONS.has(prev.key) && prev.key !== 'لـ' && prev.key !== 'ل';
  return !EN_PREPOSITIONS.has(prev.key);
}

/**
 * Builds a mention over tokens [first, last). `variant` is the clitic-stripped key the first token
 * matched with ("هفتار" for "لهفتار"): the proclitic is cut off the span. Without it, only a
 * conjunction before the article is cut ("والجيش" → "الجيش").
 */
export function makeMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: ActorType,
  rule: string,
  role = '',
  knownId: string | null = null,
  variant: string | null = null,
): Mention | null {
  const a = tokens[first];
  const b = tokens[last - 1];
  if (!a || !b) return null;
  let cut = 0;
  let prefixKey = '';
  if (a.arabic) {
    let v = variant;
    if (v === null && /^[وف]ال/.test(a.key)) v = a.key.slice(1);
    if (v !== null && v !== a.key) {
      const c = cliticCut(a.raw, a.key, v);
      if (c > 0 && c < a.raw.length) {
        cut = c;
        prefixKey = a.key.slice(0, a.key.length - v.length);
      }
    }
  }
  const start = a.start + cut;
  let end = b.end;
  if (b.latin && /['’]s$/.test(b.raw) && end - start > 2) end -= 2;
  return { start, end, text: text.slice(start, end), type, rule, role, knownId, subject: isSubject(tokens, first, cut, prefixKey), first, last };
}

/** Words with the article that end an organisation's name rather than continue it. */
const ORG_CHAIN_STOP: ReadonlySet<string> = new Set([
  'الاسبوع', 'المقبل', 'الماضي', 'اللذين', 'اللتين', 'الذي', 'التي', 'الذين', 'اليوم', 'الجاري', 'الحالي', 'السابق', 'الاول', 'الثاني', 'الاخير', 'الان',
  // Ordinals and time words name a position, not a body ("المجموعة الثانية").
  'الاولي', 'الثانيه', 'الثالث', 'الثالثه', 'الرابع', 'الرابعه', 'الخامس', 'الخامسه', 'السادس', 'السادسه', 'السابع', 'السابعه',
  'الثامن', 'الثامنه', 'التاسع', 'التاسعه', 'العاشر', 'العاشره', 'الحاليه', 'السابقه', 'المقبله', 'الماضيه', 'الاخيره', 'نفسه', 'نفسها',
]);

/** Adjectives that describe rather than name a body after a head ("شركة صينية", "فريق كبير"). */
const ORG_DESCRIBING: ReadonlySet<string> = new Set(['كبير', 'كبيره', 'صغير', 'صغيره', 'جديد', 'جديده', 'واحد', 'واحده', 'اخري', 'اخر', 'عملاقه', 'ضخمه', 'محليه', 'دوليه', 'عربيه', 'اجنبيه', 'خاصه', 'عامه', 'كبري', 'عالميه', 'وطنيه']);

const STATE_FIRST: ReadonlySet<string> = new Set([...STATE_NAMES.keys()].map((k) => k.split(' ')[0] ?? ''));

function stateAt(tokens: readonly Token[], i: number): { name: string; count: number; variant: string } | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  // Hot path (every word of every article): most words open no state name.
  if (!t.arabic && !STATE_FIRST.has(t.key) && !t.key.endsWith("'s")) return null;
  const firsts = arabicVariants(t);
  if (!firsts.some((v) => STATE_FIRST.has(v))) return null;
  for (let n = STATE_MAX_TOKENS; n >= 1; n--) {
    const rest: string[] = [];
    for (let k = 1; k < n; k++) {
      const u = tokens[i + k];
      if (!u || !u.word) break;
      rest.push(u.key);
    }
    if (rest.length !== n - 1) continue;
    for (const v of firsts) {
      // "الروسية" is an adjective, not "روسية": never strip the article to reach a state name.
      if (v !== t.key && t.key.slice(0, t.key.length - v.length).endsWith('ال')) continue;
      const key = [v, ...rest].join(' ');
      const name = STATE_NAMES.get(key);
      // Latin state names must be capitalised ("US" not "us").
      if (name && (!t.latin || t.cap)) return { name, count: n, variant: v };
    }
  }
  return null;
}

const NAMED_ORG_HEADS = new Set(['حركه', 'حزب', 'شركه', 'منظمه', 'نادي', 'جماعه', 'مجموعه', 'صحيفه', 'وكاله', 'قناه', 'فريق', 'منتخب', 'تنظيم', 'جبهه', 'بنك', 'مصرف', 'جريده', 'مجله', 'نشره', 'اذاعه', 'جامعه', 'بلديه', 'مستشفي', 'مركز', 'معهد']);

/** A participle that opens a description after a name ("المتفرعة من", "التابعة لـ"), not part of it; "المتحدة" is. */
function opensRelative(key: string): boolean {
  return (/^ال(مت|مست)/.test(key) && key !== 'المتحده') || /^ال(تابع|واقع|معترف|مكلف|مسوول)/.test(key);
}

/** Forms of address that only ever precede a person's name. */
const HONORIFICS: ReadonlySet<string> = new Set(['السيد', 'السيده', 'الحاج', 'الحاجه', 'الشيخ', 'الشيخه', 'الدكتور', 'الدكتوره', 'د', 'الاستاذ', 'الاستاذه', 'المهندس', 'السفير']);

/** Ministry portfolios that follow "وزير" without "وزارة". */
const PORTFOLIOS: ReadonlySet<string> = new Set(['الخارجيه', 'الداخليه', 'الدفاع', 'الماليه', 'العدل', 'الصحه', 'التربيه', 'الاعلام', 'الاقتصاد', 'الزراعه', 'النقل', 'الطاقه', 'الثقافه', 'السياحه', 'العمل', 'التجاره', 'الصناعه', 'النفط', 'الاسكان', 'البيئه']);

/** Organisation heads that are also everyday nouns ("organising", "group", "movement", "service"). */
const COMMON_NOUN_HEADS: ReadonlySet<string> = new Set(['تنظيم', 'مجموعه', 'حركه', 'اداره', 'خدمه', 'مركز', 'قياده', 'مكتب', 'سلطه', 'جماعه', 'فريق']);

/** Heads named after a place ("جامعة بيرزيت", "بلدية نابلس", "جريدة فلسطين"). */
const PLACE_NAMED_ORG_HEADS = new Set(['جامعه', 'بلديه', 'جريده', 'مجله', 'اذاعه', 'بنك', 'مستشفي']);

/** Bodies whose names can hold a coordinated remit ("لجنة الأمن والإصلاح"). */
const COMPOUND_ORG_HEADS = new Set(['وزاره', 'الوزاره', 'لجنه', 'اللجنه', 'هييه', 'الهييه', 'اتحاد', 'الاتحاد', 'موسسه', 'الموسسه', 'جمعيه', 'الجمعيه', 'نقابه', 'النقابه', 'مجلس', 'المجلس', 'مركز', 'المركز', 'معهد', 'المعهد', 'مديريه', 'المديريه', 'دايره', 'الدايره']);

/** An indefinite noun inside a construct chain: an Arabic content word, not a name, verb, function word or clitic-led word. */
function isConstructNoun(t: Token): boolean {
  return t.arabic && t.word && t.key.length >= 3 && !/^(ال|لل|و|ف|ب|ل|ك)/.test(t.key) && !AR_FUNCTION.has(t.key) && !AR_STOP.has(t.key) && !verbLike(t.key) && !AR_CUE_FORMS.has(t.key) && !AR_PERSON_TITLES.has(t.key) && !STATE_NAMES.has(t.key) && !/^\d/.test(t.key);
}

/** Whether what follows a named organisation lets its name end there (punctuation, a function word, a date, a place). */
function endsOrgName(t: Token | undefined): boolean {
  return !t || !t.word || t.latin || /^\d/.test(t.key) || AR_FUNCTION.has(t.key) || AR_STOP.has(t.key) || AR_CUE_FORMS.has(t.key) || /^(ال|لل|وال|و)/.test(t.key) || STATE_NAMES.has(t.key);
}

/** Regnal numbers (masculine and feminine): "الثاني" after a king's or pope's name is part of it. */
const REGNAL: ReadonlySet<string> = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الاولي', 'الثانيه', 'الثالثه']);

const AR_NAME_LINKS = new Set(['ابو', 'بن', 'ابن', 'عبد', 'بنت', 'ام', 'ال']);

/** Extends a name over a trailing link word ("محمد أحمد أبو" + "بها"): links never end a name. */
function extendNameLinks(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k < tokens.length && AR_NAME_LINKS.has((tokens[k - 1] as Token).key) && tokens[k]?.arabic && !AR_FUNCTION.has((tokens[k] as Token).key)) {
    k++;
    // "عطا الله", "أبو الهيجا": the linked word may itself be followed by the article-word of the name.
    if (k < tokens.length && (tokens[k] as Token).key === 'الله') k++;
  }
  return k;
}

/** Words naming a place or an institution after which a given name is that place's name ("خان يونس", "جامعة فؤاد الأول"). */
const FACILITY_HEADS: ReadonlySet<string> = new Set(['جامعه', 'مدرسه', 'شارع', 'مسجد', 'مستشفي', 'مطار', 'ميدان', 'قاعه', 'جايزه', 'مخيم', 'قريه', 'حي', 'خان', 'ساو', 'سان', 'ضريح', 'مركز', 'موسسه', 'مدينه', 'بوابه', 'كنيسه', 'جسر', 'ملعب', 'سد', 'قصر', 'برج', 'فندق', 'دار', 'بلده', 'منطقه', 'جامع']);

/** Whether `u`, right after a given name `prev`, is clearly a further name word: a known name, a name link, a nisba surname or a plain word that is no function word, clitic-led word or verb. */
function clearNameWord(u: Token | undefined, prev: Token): boolean {
  if (!u || !u.word || !u.arabic || u.sent !== prev.sent) return false;
  // "أمين سر", "أمين عام": a title, not a name.
  if (isMaqsuraPreposition(u) || TITLE_LINKS.has(u.key)) return false;
  if (AR_GIVEN_NAME_KEYS.has(u.key) || AR_FAMOUS_SURNAMES.has(u.key) || (AR_NAME_LINKS.has(u.key) && u.key !== 'ال') || u.key === 'الله') return true;
  // "علي" is also how some newsrooms spell the preposition "على": only a name may follow it.
  if (prev.key === 'علي' || prev.key === 'وعلي') return /^ال.{3,}ي$/.test(u.key);
  if (/^ال/.test(u.key)) return /ي$/.test(u.key) && u.key.length >= 5;
  return isArabicNameToken(u, false) && !/^(ب|ل|ك|و|ف)/.test(u.key) && !verbLike(u.key) && !AR_DESCRIPTION_NOUNS.has(u.key) && !STATE_NAMES.has(u.key);
}

/** Whether a name may end before token k of sentence `sent`: the sentence ends, or what follows ends a speaker's name, opens with "و", or is "من أن". */
function nameEndsAt(tokens: readonly Token[], k: number, sent: number): boolean {
  const t = tokens[k];
  if (!t || t.sent !== sent) return true;
  // "من أن", and "من قرية/مخيم/مدينة ..." or "من <state>": where the person is from.
  if (t.key === 'من') return /^ان/.test(tokens[k + 1]?.key ?? '') || FACILITY_HEADS.has(tokens[k + 1]?.key ?? '') || stateAt(tokens, k + 1) !== null;
  // A score or a ranking number after a name ("فلوريان ماير 6 - 1"), or whom it was told to ("للصحفيين").
  if (/^\d/.test(t.key) || /^لل/.test(t.key)) return true;
  return endsSpeakerName(t) || /^و/.test(t.key);
}

/**
 * End (exclusive) of the name after a nationality word at `from`, or `from` when none follows: a
 * known opener runs as a name; otherwise one to three plain words that the sentence visibly ends
 * after (punctuation, a conjunction, a title, a complementiser).
 */
function demonymNameEnd(tokens: readonly Token[], from: number): number {
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
 * "على" and "إلى" fold to the keys of names (علي): spelled with alef maqsura, a function word is the
 * preposition. Names that end in ى (مصطفى، ليلى، موسى) are not function words and stay names.
 */
function isMaqsuraPreposition(t: Token): boolean {
  return /ى$/.test(t.raw) && AR_FUNCTION.has(t.key);
}

/**
 * A word shaped like a verbal noun rather than a name: تفعيل (ترسيم، تشكيل), إفعال (إجراء، إعلان),
 * افتعال (انتخاب، اجتماع), استفعال (استقبال), مفاعلة (مناظرة). Not انفعال: foreign names share it (أنيبال).
 */
function verbalNounLike(key: string): boolean {
  return /^ت..ي.$/.test(key) || /^ا..ا.$/.test(key) || /^ا.ت.ا.$/.test(key) || /^است..ا.$/.test(key) || /^م.ا..ه$/.test(key);
}

/** A preposition glued to a verbal noun or participle ("بتوقيت", "لتدريبات", "كمقدم"): no name word. */
function prepositionOnVerbalNoun(key: string): boolean {
  return key.length >= 5 && /^(بت|لت|كت|بم|لم|كم)/.test(key);
}

/** A word shaped like a verb rather than a surname: imperfect (يعطي، يرتبك) or plural past (استنكروا). */
function verbLike(key: string): boolean {
  // Imperfect verbs are short or end in a plural or dual suffix; a long ي-word is a foreign name (يانكوفيتش).
  return (key.length >= 4 && /^ي/.test(key) && (key.length <= 6 || /(ون|ان|ين)$/.test(key))) || (key.length >= 5 && /وا$/.test(key));
}

/**
 * Where a person's name opens at token i: a known given name (with or without a leading "و"), or
 * a name link with its linked word ("عبد الرازق", "أبو عمار", "أم كريم"). Returns the tokens the
 * opener covers, the given name's key when there is one, and the clitic-free variant.
 */
function personNameOpener(tokens: readonly Token[], i: number, variants: readonly string[]): { count: number; given: string | null; variant: string } | null {
  // Everyday-word names (أمين، جمال) open one too; callers ask for a clear name word after them.
  const given = isMaqsuraPreposition(tokens[i] as Token) ? undefined : variants.find((v) => (AR_GIVEN_NAME_KEYS.has(v) || AR_AMBIGUOUS_GIVEN.has(v)) && (v === (tokens[i] as Token).key || (tokens[i] as Token).key === `و${v}`));
  if (given) return { count: 1, given, variant: given };
  const t = tokens[i] as Token;
  const link = t.key.replace(/^و(?=(عبد|ابو|ام)$)/, '');
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
function arabicNameEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  let unknown = 0;
  const start = from - 1;
  while (k < tokens.length && k - start < 6) {
    const u = tokens[k] as Token;
    if (!u.word || !u.arabic || u.sent !== (tokens[start] as Token).sent) break;
    const key = u.key;
    if (AR_NAME_LINKS.has(key) && key !== 'ال') {
      const v = tokens[k + 1];
      if (!v?.arabic || !v.word || AR_FUNCTION.has(v.key) || STATE_NAMES.has(v.key)) break;
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
    if (AR_GIVEN_NAME_KEYS.has(key) || AR_FAMOUS_SURNAMES.has(key) || key === 'الله' || key === 'الدين') {
      k++;
      continue;
    }
    // A regnal number after a given name ("عبد الله الثاني", "محمد السادس", "بنديكت السادس عشر").
    if (REGNAL.has(key) && (AR_GIVEN_NAME_KEYS.has((tokens[k - 1] as Token).key) || (tokens[k - 1] as Token).key === 'الله')) {
      k += tokens[k + 1]?.key === 'عشر' ? 2 : 1;
      break;
    }
    if (!isArabicNameToken(u, false) || /^(بال|لل|وال|فال|كال|و)/.test(key) || AR_DESCRIPTION_NOUNS.has(key) || STATE_NAMES.has(key) || ORG_CHAIN_STOP.has(key)) break;
    if (/^ال/.test(key)) {
      // An article word is a surname as a nisba ("الشرقاوي"), or right after a given name ("عمر حسن
      // البشير", "بشار الأسد").
      const prevGiven = AR_GIVEN_NAME_KEYS.has((tokens[k - 1] as Token).key);
      if (!/ي$/.test(key) && k !== from && !prevGiven) break;
      k++;
      unknown++;
      if (unknown > 2) break;
      continue;
    }
    if (verbLike(key) || unknown >= 2) break;
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
function neverName(t: Token): boolean {
  return AR_NEVER_NAME.has(t.key) || AR_NEVER_NAME.has(t.key.replace(/^[وف]/, '')) || AR_CUE_FORMS.has(t.key.replace(/^ف/, ''));
}

/** Words right after a speaker's name that end it: complementisers, time words, "عضو", relative pronouns. */
const AR_SPEAKER_END: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'ل', 'لـ', 'في', 'خلال', 'امس', 'اليوم', 'يوم', 'صباح', 'مساء', 'عقب', 'عبر', 'ايضا', 'عضو', 'رئيسا', 'الذي', 'التي', 'و']);

/** Whether a token is a known given name or a famous surname (not an everyday word). */
export function isKnownArabicName(t: Token): boolean {
  return arabicVariants(t).some((v) => (AR_GIVEN_NAME_KEYS.has(v) && !AR_AMBIGUOUS_GIVEN.has(v)) || AR_FAMOUS_SURNAMES.has(v));
}

/**
 * Whether a token right after a speaker's name can end it ("قال فوزي صلوخ وزير الخارجية إن"):
 * punctuation, Latin script, a complementiser, a time or place word, a title, an organisation head,
 * a description, a state or a cue. An ordinary word there means the phrase was no name.
 */
export function endsSpeakerName(t: Token): boolean {
  if (!t.word || t.latin) return true;
  if (t.arabic && neverName(t)) return true;
  const variants = arabicVariants(t);
  return (
    AR_SPEAKER_END.has(t.key) || variants.some((v) => AR_PERSON_TITLES.has(v) || AR_ORG_HEADS.has(v) || AR_DESCRIPTION_NOUNS.has(v)) || STATE_NAMES.has(t.key) || AR_CUE_FORMS.has(t.key)
  );
}

/** True for a token that can continue a title or an organisation name (genitive or adjective). */
function isComplement(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  if (t.latin) return true;
  if (!t.arabic) return false;
  if (AR_FUNCTION.has(t.key) || AR_CUE_FORMS.has(t.key)) return false;
  return /^(ال|لل|وال)/.test(t.key) || AR_PERSON_TITLES.has(t.key) || AR_ORG_HEADS.has(t.key) || STATE_NAMES.has(t.key) || TITLE_LINKS.has(t.key);
}

/** Words inside a title that are not names: "المتحدث باسم الوزارة", "رئيس وزراء بريطانيا". */
const TITLE_LINKS: ReadonlySet<string> = new Set(['لـ', 'ل', 'باسم', 'وزراء', 'عام', 'اركان', 'شوون', 'دوله', 'سر']);

function latinRunEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  const sent = (tokens[i] as Token).sent;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    // A name never runs over a sentence end, nor on into a sentence-initial word ("Talks\nThe").
    if (t.sent !== sent || (j > i && EN_NOT_NAME.has(t.key) && !NAME_CONNECTORS.has(t.key))) break;
    if (t.latin && (t.cap || /^[A-Z0-9]/.test(t.raw))) {
      j++;
      continue;
    }
    const next = tokens[j + 1];
    if (t.latin && NAME_CONNECTORS.has(t.key) && next?.latin && next.cap && j > i) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function latinType(tokens: readonly Token[], i: number, j: number): ActorType | null {
  const keys = tokens.slice(i, j).map((t) => latinBase(t.key));
  const joined = keys.join(' ');
  if (OUTLET_NAMES.has(joined)) return null;
  if (keys.some((k) => LATIN_ORG_WORDS.has(k))) return 'organisation';
  if (j - i === 1 && /^[A-Z]{2,6}$/.test((tokens[i] as Token).raw)) return 'organisation';
  return 'person';
}

/**
 * Every actor mention in the text: known aliases first (they win overlaps), then candidates.
 * Tokens must come from tokenise() over the same text.
 */
export function findActorMentions(text: string, tokens: readonly Token[], known: AliasIndex, knownTypes: ReadonlyMap<string, ActorType>): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(tokens.length);
  const take = (m: Mention | null): void => {
    if (!m) return;
    for (let k = m.first; k < m.last; k++) if (taken[k]) return;
    for (let k = m.first; k < m.last; k++) taken[k] = 1;
    out.push(m);
  };
  if (known.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const hit = known.match(tokens, i);
      if (!hit) continue;
      take(makeMention(text, tokens, i, i + hit.count, knownTypes.get(hit.entry.actorId) ?? hit.entry.type, 'known-alias', '', hit.entry.actorId, hit.variant));
      i += hit.count - 1;
    }
  }
  // The organisation inside a title ("قائد الجيش الوطني الليبي (LNA)") is an actor too; an acronym in
  // parentheses right after it is its alias.
  const orgInsideTitle = (from: number, to: number): void => {
    let h = from;
    while (h < to && !arabicVariants(tokens[h] as Token).some((v) => AR_ORG_HEADS.has(v))) h++;
    // "وزير الخارجية الإيطالي": a bare portfolio belongs to the role; the ministry is not named.
    if (h >= to || PORTFOLIOS.has((tokens[h] as Token).key)) return;
    let e = to;
    let acronym: number | null = null;
    if ((tokens[e - 1] as Token).raw === ')' && (tokens[e - 3] as Token | undefined)?.raw === '(' && /^[A-Z]{2,6}$/.test((tokens[e - 2] as Token).raw)) {
      acronym = e - 2;
      e -= 3;
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
      for (const t of tokens) if (t.arabic && t.word && !sportSentences.has(t.sent) && arabicVariants(t).some((v) => AR_SPORT_WORDS.has(v))) sportSentences.add(t.sent);
    }
    return sportSentences.has(sent);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || taken[i]) continue;
    if (t.arabic) {
      const variants = arabicVariants(t);
      // In a sports report "الفريق" is the team, not a lieutenant general.
      if (variants.some((v) => AR_PERSON_TITLES.has(v)) && !(variants.includes('فريق') && reportsSport(t.sent))) {
        const role0 = i;
        let j = i + 1;
        let steps = 0;
        while (j < tokens.length && steps < 7) {
          const u = tokens[j] as Token;
          if (u.raw === '(' ) {
            let close = -1;
            for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) if ((tokens[k] as Token).raw === ')') close = close === -1 ? k : close;
            if (close !== -1) {
              j = close + 1;
              continue;
            }
          }
          const st = stateAt(tokens, j);
          if (st) {
            j += st.count;
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
          while (k < tokens.length && k - nameStart < 3 && isArabicNameToken(tokens[k], k === nameStart) && !(k - nameStart === 2 && /^ال/.test((tokens[k] as Token).key)) && !verbLike((tokens[k] as Token).key) && !(k > nameStart && (endsSpeakerName(tokens[k] as Token) || /^(بال|لل|وال|فال|كال)/.test((tokens[k] as Token).key)))) k++;
          if (k > nameStart) k = extendNameLinks(tokens, k);
          // Unknown words after a title are a name only when the sentence visibly ends it there; a
          // title that is itself the subject is followed by its verb's object ("قرر الوزير تشكيل فرق").
          const firstKey = (tokens[nameStart] as Token | undefined)?.key ?? '';
          const unknown = k > nameStart && !isKnownArabicName(tokens[nameStart] as Token);
          // An honorific ("السيدة", "الحاج") is followed by a name, never a verb's object: a preposition
          // after the words ends the name too ("مع السيدة زهية أبو الهيجا من قرية").
          if (unknown) {
            const honorific = (tokens[j - 1] as Token).key === t.key && HONORIFICS.has(t.key.replace(/^[وف]/, ''));
            // A lone unknown word needs more than a following "و" ("رئيس وزراء مؤقت وحكومة").
            const weakEnd = k === nameStart + 1 && /^و/.test(tokens[k]?.key ?? '');
            const ends = (nameEndsAt(tokens, k, (tokens[nameStart] as Token).sent) && !weakEnd) || (honorific && AR_PREPOSITIONS.has(tokens[k]?.key ?? ''));
            if (/^(بال|لل|كال|بت|بم)/.test(firstKey) || !ends) k = nameStart;
          }
        }
        if (k > nameStart) {
          const role = text.slice((tokens[role0] as Token).start, (tokens[j - 1] as Token).end);
          orgInsideTitle(role0 + 1, j);
          take(makeMention(text, tokens, nameStart, k, 'person', 'ar-title-name', role));
          i = k - 1;
          continue;
        }
      }
      // A nationality right before a name introduces a person ("خرجت السويسرية مارتينا هينغيس"),
      // unless it agrees with a noun before it ("الجيش الروسي").
      const prevKey = tokens[i - 1]?.key ?? '';
      if (variants.some((v) => AR_DEMONYMS.has(v)) && !(tokens[i - 1]?.arabic && /^(ال|لل)/.test(prevKey)) && !AR_ORG_HEADS.has(prevKey)) {
        const k = demonymNameEnd(tokens, i + 1);
        if (k > i + 1) {
          take(makeMention(text, tokens, i + 1, k, 'person', 'ar-demonym-name', t.raw));
          i = k - 1;
          continue;
        }
      }
      // "للأمم المتحدة" is ل + الأمم: restore the article the spelling swallowed.
      const withArticle = t.key.startsWith('لل') ? [...variants, `ا${t.key.slice(1)}`] : variants;
      const fixed = AR_FIXED_ORGS.find((n) => withArticle.includes(n[0] ?? '') && n.every((w, k) => k === 0 || tokens[i + k]?.key === w));
      if (fixed) {
        take(makeMention(text, tokens, i, i + fixed.length, 'organisation', 'ar-org-name', '', null, variants.includes(fixed[0] ?? '') ? (fixed[0] ?? null) : null));
        i += fixed.length - 1;
        continue;
      }
      // A known given name, or a name link ("عبد الرازق", "أبو عمار"), opens a person's name.
      let opener = FACILITY_HEADS.has(tokens[i - 1]?.key ?? '') ? null : personNameOpener(tokens, i, variants);
      // An everyday word that is also a name ("علي الحدود", "جميلة التكوين") opens a name only when a
      // name word clearly follows.
      if (opener?.given && AR_AMBIGUOUS_GIVEN.has(opener.given) && !clearNameWord(tokens[i + 1], t)) opener = null;
      if (opener) {
        const k = arabicNameEnd(tokens, i + opener.count);
        const alone = k === i + 1;
        if (!alone || (opener.given && !AR_AMBIGUOUS_GIVEN.has(opener.given))) {
          take(makeMention(text, tokens, i, k, 'person', alone ? 'ar-given-name-alone' : 'ar-given-name', '', null, opener.variant));
          i = k - 1;
          continue;
        }
      }
      // A surname without the article is no match for a word with it ("الظريف" is "the witty", not Zarif).
      const famous = variants.find((v) => AR_FAMOUS_SURNAMES.has(v) && (v.startsWith('ال') || !/^([وفبلك])?(ال|لل)/.test(t.key)));
      if (famous) {
        take(makeMention(text, tokens, i, i + 1, 'person', 'ar-famous-surname', '', null, famous));
        continue;
      }
      if (variants.some((v) => AR_ORG_SINGLE.has(v))) {
        take(makeMention(text, tokens, i, i + 1, 'organisation', 'ar-org-name'));
        continue;
      }
      // "تغلب الأهلي على الزمالك": a club, when the sentence reports sport and no name word follows
      // ("الاتحاد الدولي" is another body; a nationality after the club is no part of its name).
      if (variants.some((v) => AR_CLUBS_IN_SPORT.has(v)) && !STATE_NAMES.has(t.key) && reportsSport(t.sent)) {
        const next = tokens[i + 1];
        const nextIsName = !!next && next.sent === t.sent && next.arabic && /^ال/.test(next.key) && !arabicVariants(next).some((v) => AR_DEMONYMS.has(v));
        if (!nextIsName) {
          take(makeMention(text, tokens, i, i + 1, 'organisation', 'ar-club-in-sport'));
          continue;
        }
      }
      if (variants.some((v) => AR_ORG_HEADS.has(v) || AR_TEAM_HEADS.has(v))) {
        let j = i + 1;
        // Heads that take a proper name: "حركة حماس", "شركة أميركان إيرلاينز", "جامعة بيرزيت". A head
        // with the article ("المنظمة") refers back to an organisation named before: no name follows.
        const definiteHead = /^(ال|لل|وال|فال|بال)/.test(t.key);
        // "قام بتنظيم الري", "بمجموعة كبيرة": after a preposition these heads are ordinary nouns.
        if (/^(ب|وب|فب)/.test(t.key) && variants.some((v) => COMMON_NOUN_HEADS.has(v))) continue;
        if (!definiteHead && variants.some((v) => NAMED_ORG_HEADS.has(v))) {
          const placeNamed = variants.some((v) => PLACE_NAMED_ORG_HEADS.has(v));
          while (j < tokens.length && j - i <= 3) {
            const u = tokens[j] as Token;
            const st = placeNamed ? stateAt(tokens, j) : null;
            if (st) {
              j += st.count;
              break;
            }
            if (!isArabicNameToken(u, true) || STATE_NAMES.has(u.key) || verbLike(u.key) || ORG_DESCRIBING.has(u.key) || /[^ا]يه$/.test(u.key) || (/^(ب|ل|ك)/.test(u.key) && !isKnownArabicName(u) && j > i + 1)) break;
            if (/^(ب|ل)/.test(u.key) && AR_FUNCTION.has(u.key.slice(1))) break;
            j++;
            // A proper name is one or two words; a third only when it is clearly part of it.
            if (j - i >= 3 && !(tokens[j]?.latin ?? false)) break;
          }
          if (j > i + 1 && !endsOrgName(tokens[j])) j = i + 2;
          if (j > i + 1) {
            take(makeMention(text, tokens, i, j, 'organisation', 'ar-org-head'));
            i = j - 1;
            continue;
          }
        }
        const compound = variants.some((v) => COMPOUND_ORG_HEADS.has(v));
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
          if (st) {
            j += st.count;
            continue;
          }
          if (u.arabic && /^(ال|لل)/.test(u.key) && !AR_FUNCTION.has(u.key) && !AR_PERSON_TITLES.has(u.key) && !ORG_CHAIN_STOP.has(u.key) && !opensRelative(u.key)) {
            j++;
            continue;
          }
          // "لجنة الأمن والإصلاح", "وزارة التربية والتعليم": a coordinated remit inside a body's name.
          if (compound && j > i + 1 && u.arabic && /^وال/.test(u.key) && !ORG_CHAIN_STOP.has(u.key.slice(1)) && !arabicVariants(u).some((v) => AR_ORG_HEADS.has(v))) {
            j++;
            continue;
          }
          // A construct chain may pass through indefinite nouns before its definite end: "هيئة سوق رأس
          // المال", "وكالة أبحاث الكونغرس".
          if (u.arabic && isConstructNoun(u)) {
            let e = j + 1;
            if (e < tokens.length && isConstructNoun(tokens[e] as Token)) e++;
            const end = tokens[e];
            if (end?.arabic && /^ال/.test(end.key) && !AR_FUNCTION.has(end.key) && !ORG_CHAIN_STOP.has(end.key)) {
              j = e + 1;
              continue;
            }
          }
          break;
        }
        if (j > i + 1) {
          take(makeMention(text, tokens, i, j, 'organisation', 'ar-org-head'));
          i = j - 1;
          continue;
        }
      }
    }
    const st = stateAt(tokens, i);
    if (st) {
      take(makeMention(text, tokens, i, i + st.count, 'state', 'state-name', '', null, st.variant));
      i += st.count - 1;
      continue;
    }
    if (t.latin && t.cap) {
      let i0 = i;
      const sentStart = i === 0 || (tokens[i - 1] as Token).sent !== t.sent || /^[“"«(—:-]$/.test((tokens[i - 1] as Token).raw);
      if (EN_NOT_NAME.has(t.key) || LATIN_PERSON_TITLES.has(t.key)) {
        if (!LATIN_PERSON_TITLES.has(t.key)) continue;
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
        i = Math.max(i, j - 1);
        continue;
      }
      let type = latinType(tokens, i0, j);
      if (!type) {
        i = j - 1;
        continue;
      }
      const single = j - i0 === 1;
      if (single && !role && type === 'person') {
        // A lone capitalised word is a name only inside Arabic text or when it is not sentence-initial.
        const inArabic = (tokens[i - 1]?.arabic ?? false) || (tokens[j]?.arabic ?? false);
        if (!inArabic && sentStart) {
          i = j - 1;
          continue;
        }
        type = 'person';
      }
      if (role && type !== 'person' && !LATIN_ORG_WORDS.has((tokens[j - 1] as Token).key)) type = 'person';
      take(makeMention(text, tokens, i0, j, type, role ? 'title-name' : tokens[i0 - 1]?.arabic || tokens[j]?.arabic ? 'latin-in-arabic' : 'capitalised', role));
      i = j - 1;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Matching key of a mention: normalised, article and possessive dropped. */
export function mentionKey(m: Pick<Mention, 'text' | 'key'>): string {
  return (m.key ??= normaliseKey(m.text).replace(/'s$/, '').replace(/^the /, '').replace(/^لل(?=\S{2})/, 'ال'));
}
