/**
 * Speaker resolution: the step after cues and contents are found. A claim whose speaker is a pronoun
 * ("she said", "a-t-elle ajouté", "لكنه قال"), a verb's implied subject ("وقال" with no name) or a bare
 * description ("the minister", "الوزير", "le chancelier") is tied to the most recent compatible actor
 * mention of the article: a person or an organisation as the pronoun allows, of the gender the language
 * marks, in subject position, not inside another claim's reported words; a speaker who is still talking
 * (the previous claim's) wins over a name the narration only passed by. Every speaker records the rule
 * that chose it and the mention it came from, so the review can say why.
 */
import type { Lang } from '../domain';
import type { Mention } from './actors';
import { AR_FEMALE_MARKERS, FR_FEMININE_DETERMINERS, FR_MASCULINE_DETERMINERS, LATIN_FEMALE_MARKERS, LATIN_MALE_MARKERS } from './lexicon/speaker-gender';
import { ORG_KINDS } from './lexicon/org-kinds';
import { AR_FEMALE_GIVEN_KEYS } from './lexicon-names';
import { AR_PERSON_TITLES } from './lexicon-ar';
import { givenNameGender } from './lexicon/given-name-gender';
import { tokenKey, type Sentence, type Token } from './tokens';

/** What a pronoun or verb form allows: a man, a woman, a plural, a thing, or anyone. */
export type Want = 'm' | 'f' | 'p' | 'n' | 'any';

/** How a speaker was chosen, and from which actor mention. */
export interface SpeakerResolution {
  /** e.g. "named", "pronoun-last-speaker", "pronoun-subject", "implicit-last-speaker", "description-title". */
  rule: string;
  from: { start: number; end: number; text: string } | null;
}

/** The part of a claim speaker resolution reads and fills. */
export interface ResolvableSpeaker {
  start: number;
  end: number;
  text: string;
  via: 'name' | 'pronoun' | 'implicit' | 'description';
  mention: Mention | null;
  /** What the pronoun or verb form allows; absent for names. */
  want?: Want;
  resolution?: SpeakerResolution;
}

export interface ResolvableClaim {
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  speaker: ResolvableSpeaker | null;
}

export interface SpeakerCtx {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  lang: Lang;
}

const LATIN_F = new Set(LATIN_FEMALE_MARKERS);
const LATIN_M = new Set(LATIN_MALE_MARKERS);
const FR_F_DET = new Set(FR_FEMININE_DETERMINERS);
const FR_M_DET = new Set(FR_MASCULINE_DETERMINERS);
const AR_F = new Set(AR_FEMALE_MARKERS);

/** Paragraphs back that a pronoun may reach; a speaker still talking may be a little further. */
const PARA_REACH = 2;
const LAST_SPEAKER_REACH = 3;

/** Gender a mention shows: from its title or role, a marker inside it, or an Arabic given name. */
export function mentionGender(ctx: SpeakerCtx, m: Mention): 'm' | 'f' | null {
  const { tokens } = ctx;
  if (m.type !== 'person') {
    // Arabic bodies and states agree in the feminine when their head noun is (حكومة، وزارة، منظمة).
    if (ctx.lang !== 'ar') return null;
    if (m.type === 'state') return 'f';
    const head = tokens[m.first]?.key.replace(/^(و|ف)?(ال)?/, '') ?? '';
    return head.endsWith('ه') || head.endsWith('ات') ? 'f' : 'm';
  }
  const look: Token[] = [];
  for (let i = Math.max(0, m.first - 3); i < m.last; i++) look.push(tokens[i] as Token);
  for (const t of look) {
    if (!t.word) continue;
    if (t.arabic) {
      if (AR_F.has(t.key) || AR_F.has(t.key.replace(/^[وف]/, ''))) return 'f';
    } else if (LATIN_F.has(t.key)) return 'f';
    else if (LATIN_M.has(t.key)) return 'm';
  }
  const role = m.role.split(/\s+/);
  if (role.some((w) => AR_F.has(w) || LATIN_F.has(w))) return 'f';
  // French: the determiner before a title gives its gender ("la ministre", "le commissaire").
  const before = tokens[m.first - 2];
  if (ctx.lang === 'fr' && before?.word && tokens[m.first - 1]?.word) {
    if (FR_F_DET.has(before.key)) return 'f';
    if (FR_M_DET.has(before.key)) return 'm';
  }
  const first = tokens[m.first];
  if (first?.arabic) return AR_FEMALE_GIVEN_KEYS.has(first.key) ? 'f' : 'm';
  // An English given name opening a name of two words or more ("Mark Addison", "Margaret Thatcher").
  if (first?.latin && first.cap && ctx.lang !== 'ar' && m.last - m.first >= 2) return givenNameGender(first.key);
  return null;
}

/** True when the mention can be what the pronoun or verb form refers to. */
export function fits(ctx: SpeakerCtx, m: Mention, want: Want): boolean {
  if (want === 'any' || want === 'p') return true;
  if (want === 'n') return m.type !== 'person';
  const g = mentionGender(ctx, m);
  if (ctx.lang === 'ar') return g === null || g === want;
  // "he", "she", "il", "elle": a person, never of the other gender.
  return m.type === 'person' && (g === null || g === want);
}

function sentenceOf(ctx: SpeakerCtx, tokenIndex: number): Sentence | undefined {
  return ctx.sentences[(ctx.tokens[tokenIndex] as Token | undefined)?.sent ?? -1];
}

/** A mention in subject position: among the first words of its sentence (after a verb, in Arabic). */
function inSubjectPosition(ctx: SpeakerCtx, m: Mention): boolean {
  if (!m.subject) return false;
  const s = sentenceOf(ctx, m.first);
  if (!s) return false;
  let words = 0;
  for (let i = s.first; i < m.first; i++) if ((ctx.tokens[i] as Token).word) words++;
  return words <= (ctx.lang === 'ar' ? 4 : 3);
}

function spanOf(m: Mention): SpeakerResolution['from'] {
  return { start: m.start, end: m.end, text: m.text };
}

/** Index of the first item (sorted by start) starting at or after `offset`: a binary search. */
export function firstStartingAt(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves the speakers of `claims` (text order) in place: names keep their mention; pronouns and
 * implied subjects go to the latest compatible subject the narration introduced since the last
 * speaker, else to that last speaker, else to the latest compatible mention; descriptions go to the
 * latest person whose title matches. Never throws; a speaker left unresolved keeps `mention: null`.
 */
export function resolveSpeakers(ctx: SpeakerCtx, claims: readonly ResolvableClaim[]): void {
  const { tokens, mentions } = ctx;
  const ordered = claims.slice().sort((a, b) => (a.cue?.start ?? a.start) - (b.cue?.start ?? b.start));
  // Reported words: a mention inside them is what the speaker talked about, not who speaks next.
  // Sorted by start, with the running maximum of ends, so a lookup is a binary search.
  const contents = claims.map((c) => ({ start: c.start, end: c.end })).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  contents.forEach((c, i) => maxEnd.push(Math.max(c.end, i ? (maxEnd[i - 1] as number) : 0)));
  const lastStartingBy = (offset: number): number => {
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((contents[mid] as { start: number }).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  /** True when [start, end) lies inside some claim's content other than `except`. */
  const covered = (start: number, end: number, except?: { start: number; end: number }, sharedBy = -1): boolean => {
    for (let i = lastStartingBy(start); i >= 0 && (maxEnd[i] as number) >= end; i--) {
      const c = contents[i] as { start: number; end: number };
      if (c.end >= end && !(except && c.start === except.start && c.end === except.end) && !(c.start <= sharedBy && sharedBy < c.end)) return true;
    }
    return false;
  };
  const inContent = (m: Mention): boolean => covered(m.start, m.end);
  // A pronoun inside reported words may name someone of the same report ("Thatcher tried to delay the
  // exams because she feared …, files show"): only other reports' words are out of its reach.
  const inOtherContent = (m: Mention, pos: number): boolean => covered(m.start, m.end, undefined, pos);
  let last: { mention: Mention; para: number; end: number } | null = null;
  for (const c of ordered) {
    const sp = c.speaker;
    if (!sp) continue;
    const at = c.cue?.start ?? sp.start;
    const atToken = tokens[firstStartingAt(tokens, sp.start)] ?? tokens[firstStartingAt(tokens, at)];
    const para = atToken?.para ?? 0;
    const kindOf = sp.via === 'description' && !sp.resolution && (!sp.mention || sp.mention.rule === 'description-org') ? byKind(ctx, sp, para, inContent) : null;
    if (kindOf) {
      // "the airline", "الشركة": the body of that kind named before.
      sp.mention = kindOf;
      sp.resolution = { rule: 'description-kind', from: spanOf(kindOf) };
    } else if (!sp.resolution && sp.mention && sp.mention.type !== 'person' && titleHolder(ctx, sp, para, inContent)) {
      // "الأمين العام لرابطة الكتاب", "the spokesman for the ministry": the person given that title speaks, not the body.
    } else if (sp.resolution) {
      // Chosen upstream (a quotation carried over from the claim before it): keep.
    } else if (sp.via === 'name' || (sp.via === 'description' && sp.mention)) {
      sp.resolution ??= { rule: sp.via === 'name' ? 'named' : 'description-named', from: sp.mention ? spanOf(sp.mention) : null };
    } else if (sp.via === 'pronoun' || sp.via === 'implicit') {
      const want = sp.want ?? 'any';
      const kind = sp.via === 'pronoun' ? 'pronoun' : 'implicit';
      const pos = Math.min(sp.start, at);
      let chosen: Mention | null = null;
      let rule = '';
      // 1. A compatible subject the narration introduced after the last speaker.
      const lo = firstStartingAt(mentions, last ? last.end : 0);
      for (let i = firstStartingAt(mentions, pos) - 1; i >= lo; i--) {
        const m = mentions[i] as Mention;
        if (m.end > pos) continue;
        const mp = tokens[m.first]?.para ?? 0;
        if (para - mp > PARA_REACH) break;
        if (!inSubjectPosition(ctx, m) || inOtherContent(m, pos) || !fits(ctx, m, want)) continue;
        chosen = m;
        rule = `${kind}-subject`;
        break;
      }
      // 2. The speaker who is still talking.
      if (!chosen && last && para - last.para <= LAST_SPEAKER_REACH && fits(ctx, last.mention, want)) {
        chosen = last.mention;
        rule = `${kind}-last-speaker`;
      }
      // 3. The latest compatible mention nearby, wherever it stands.
      if (!chosen) {
        for (let i = firstStartingAt(mentions, pos) - 1; i >= 0; i--) {
          const m = mentions[i] as Mention;
          if (m.end > pos) continue;
          const mp = tokens[m.first]?.para ?? 0;
          if (para - mp > PARA_REACH + 1) break;
          if (!m.subject || inOtherContent(m, pos) || !fits(ctx, m, want)) continue;
          chosen = m;
          rule = `${kind}-last-named`;
          break;
        }
      }
      sp.mention = chosen;
      sp.resolution = { rule: chosen ? rule : `${kind}-unresolved`, from: chosen ? spanOf(chosen) : null };
    }
    // A speaker reported inside another claim's words ("Baker said Thatcher had opposed…") is a
    // nested source: the outer speaker is the one still talking.
    const nested = !!c.cue && covered(c.cue.start, c.cue.end, c);
    if (sp.via === 'description' && !sp.mention && !sp.resolution) {
      // A family name alone, then the title the article wrote beside a name, then a title's head noun.
      let m: Mention | null = null;
      let rule = '';
      for (const [find, id] of DESCRIPTION_RULES) {
        m = find(ctx, sp, para, inContent);
        rule = id;
        if (m) break;
      }
      if (m) {
        sp.mention = m;
        sp.resolution = { rule, from: spanOf(m) };
      }
    }
    if (sp.mention && !nested) last = { mention: sp.mention, para, end: Math.max(c.end, sp.end) };
  }
}

const KINDS = ORG_KINDS.map((k) => ({ heads: new Set(k.heads.map(tokenKey)), nameWords: new Set(k.nameWords.map(tokenKey)) }));

/** The word tokens of a speaker phrase. */
function wordsOf(tokens: readonly Token[], sp: ResolvableSpeaker): Token[] {
  const words: Token[] = [];
  for (let i = firstStartingAt(tokens, sp.start); i < tokens.length && (tokens[i] as Token).end <= sp.end; i++) if ((tokens[i] as Token).word) words.push(tokens[i] as Token);
  return words;
}

/**
 * "the airline", "the company", "الشركة", "la compagnie": the latest organisation named nearby (not
 * inside reported words) whose name shows that kind, or any organisation for a generic kind. Null
 * when the description names no kind of body or none fits.
 */
function byKind(ctx: SpeakerCtx, sp: ResolvableSpeaker, para: number, inContent: (m: Mention) => boolean): Mention | null {
  const { tokens, mentions } = ctx;
  const words = wordsOf(tokens, sp);
  if (words.length === 0 || words.length > 3) return null;
  const last = words[words.length - 1] as Token;
  const kind = KINDS.find((k) => k.heads.has(last.key) || k.heads.has(last.key.replace(/^[وف]/, '')));
  if (!kind) return null;
  for (let i = firstStartingAt(mentions, sp.start) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if ((tokens[m.first]?.para ?? 0) < para - PARA_REACH - 1) break;
    if (m.end > sp.start || m.rule === 'description-org' || inContent(m)) continue;
    if (kind.nameWords.size === 0) {
      if (m.type === 'organisation') return m;
      continue;
    }
    // A name that says its kind ("Malaysia Airlines") is that body, whatever type its capitals suggested.
    if (m.type === 'state' || m.type === 'place') continue;
    for (let k = m.first; k < m.last; k++) if (kind.nameWords.has((tokens[k] as Token).key)) return m;
  }
  return null;
}

/** Determiners and the Arabic article, stripped to get a description's head noun. */
const HEAD_STRIP = /^(the|a|an|le|la|les|l'|un|une|ال)/;

/**
 * "the minister", "le chancelier", "الوزير": the latest person or body named nearby whose title or role
 * (the words just before the name, or its role) holds the description's head noun. Null when none.
 */
function byTitle(ctx: SpeakerCtx, sp: ResolvableSpeaker, para: number, inContent: (m: Mention) => boolean): Mention | null {
  const { tokens, mentions } = ctx;
  const words = wordsOf(tokens, sp);
  if (words.length === 0 || words.length > 4) return null;
  const head = (words[words.length - 1] as Token).key.replace(HEAD_STRIP, '');
  if (head.length < 3) return null;
  const has = (k: string): boolean => k.replace(/^[وفبل]?ال/, '').replace(HEAD_STRIP, '') === head;
  for (let i = firstStartingAt(mentions, sp.start) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if ((tokens[m.first]?.para ?? 0) < para - PARA_REACH - 1) break;
    if (inContent(m)) continue;
    // The title may stand before the name or inside the mention ("Finance Minister Jim Chalmers").
    const before = tokens.slice(Math.max(0, m.first - 3), m.last - 1).map((t) => t.key);
    if (before.some(has) || m.role.split(/\s+/).some(has)) return m;
  }
  return null;
}

/** Titles and styles that may stand before a family name ("الدكتور القرة داغي", "Mr Addison"). */
function isTitleWord(t: Token): boolean {
  if (t.arabic) return AR_PERSON_TITLES.has(t.key) || AR_PERSON_TITLES.has(t.key.replace(/^[وف]/, ''));
  return LATIN_F.has(t.key) || LATIN_M.has(t.key);
}

/** Persons named before the speaker, latest first, within reach and outside reported words. */
function* personsBefore(ctx: SpeakerCtx, sp: ResolvableSpeaker, para: number, inContent: (m: Mention) => boolean): Generator<Mention> {
  const { tokens, mentions } = ctx;
  for (let i = firstStartingAt(mentions, sp.start) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if ((tokens[m.first]?.para ?? 0) < para - LAST_SPEAKER_REACH * 2) return;
    if (m.end > sp.start || m.type !== 'person' || inContent(m)) continue;
    yield m;
  }
}

/**
 * "وأضاف القرة داغي", "وقال الدكتور أبوبركة", "Mr Addison added": a phrase that, past its titles, is
 * the last words of a person's name given before (a family name, one or two words) is that person.
 * Null when no earlier name ends in those words.
 */
function bySurname(ctx: SpeakerCtx, sp: ResolvableSpeaker, para: number, inContent: (m: Mention) => boolean): Mention | null {
  const { tokens } = ctx;
  const all = wordsOf(tokens, sp);
  let i = 0;
  while (i < all.length - 1 && isTitleWord(all[i] as Token)) i++;
  const words = all.slice(i).map((t) => t.key);
  if (words.length === 0 || words.length > 2 || (words[0] as string).length < 3) return null;
  for (const m of personsBefore(ctx, sp, para, inContent)) {
    const n = m.last - m.first;
    if (n <= words.length) continue;
    if (words.every((w, k) => (tokens[m.last - words.length + k] as Token).key === w)) return m;
  }
  return null;
}

/** Words skipped when comparing a title with the words beside a name: determiners and the article alone. */
const APPOSITION_SKIP = new Set(['the', 'a', 'an', 'le', 'la', 'les', "l'", 'then', 'alors']);

/**
 * "… القرة داغي الأمين العام للاتحاد …" then "وتضرع الأمين العام للاتحاد": a description whose first
 * words are the apposition the article wrote right after (or the title right before) a person's name
 * is that person ("Jane Roe, the chief executive of Acme, … The chief executive said"). Compares up
 * to three words; null when no earlier person carries them.
 */
function byApposition(ctx: SpeakerCtx, sp: ResolvableSpeaker, para: number, inContent: (m: Mention) => boolean): Mention | null {
  const { tokens } = ctx;
  const keys = wordsOf(tokens, sp).map((t) => t.key).filter((k) => !APPOSITION_SKIP.has(k));
  if (keys.length < 2) return null;
  const want = keys.slice(0, 3);
  const matches = (from: number, step: 1 | -1): boolean => {
    const seen: string[] = [];
    for (let k = from; k >= 0 && k < tokens.length && seen.length < want.length + 2; k += step) {
      const t = tokens[k] as Token;
      if (!t.word) {
        if (/^[,،(]$/.test(t.raw) && seen.length === 0) continue;
        break;
      }
      if (!APPOSITION_SKIP.has(t.key)) seen.push(t.key);
    }
    if (step === -1) seen.reverse();
    const at = step === 1 ? 0 : seen.length - want.length;
    return at >= 0 && want.every((w, i) => seen[at + i] === w);
  };
  for (const m of personsBefore(ctx, sp, para, inContent)) if (matches(m.last, 1) || matches(m.first - 1, -1)) return m;
  return null;
}

/**
 * A speaker phrase that opens with a person's title and holds a body's name ("وأضاف الأمين العام
 * لرابطة الكتاب", "said the spokesman for the ministry"): when the article gave that title beside a
 * person's name, that person speaks. Sets the speaker and returns true; false leaves the body.
 */
function titleHolder(ctx: SpeakerCtx, sp: ResolvableSpeaker, para: number, inContent: (m: Mention) => boolean): boolean {
  const words = wordsOf(ctx.tokens, sp).filter((t) => !APPOSITION_SKIP.has(t.key));
  if (words.length < 2 || !isTitleWord(words[0] as Token)) return false;
  const m = byApposition(ctx, sp, para, inContent);
  if (!m) return false;
  sp.mention = m;
  sp.resolution = { rule: 'description-apposition', from: spanOf(m) };
  return true;
}

/** How a description with no mention of its own is tied to an actor, tried in this order. */
const DESCRIPTION_RULES: readonly (readonly [typeof byTitle, string])[] = [
  [bySurname, 'description-surname'],
  [byApposition, 'description-apposition'],
  [byTitle, 'description-title'],
];
