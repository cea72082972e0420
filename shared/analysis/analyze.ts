/**
 * The suggestion engine: claims with cue, speaker, source and channel; actors; sources — from one
 * canonical article text. Pure, deterministic and explainable (every suggestion names its rule).
 */
import type { Actor, ActorType, Lang, RejectedSuggestion, Source } from '../domain';
import { detectLang, directionOf } from '../text';
import { actorConfidence } from './actor-confidence';
import { articleForm, titledForm, unionByEvidence } from './alias-merge';
import { stateActorFor } from './capital-speaker';
import { AliasIndex, devowel, findActorMentions, makeMention, mentionKey, type Mention } from './actors';
import { SPEAKER_RULES } from './mention';
import { oncePerList } from './alias-index';
import { foldUmlautSpelling } from './morphology';
import { findClaims, type RawClaim } from './claims';
import { hasArabic, nameSkeleton, normaliseKey } from './normalise';
import { outletDescriptions, withOutletActors } from './outlet-actors';
import { placesWithinNames } from './places-within';
import { headingAliases, roleAliases } from './role-aliases';
import { findSourceMentions, type SourceMention } from './sources';
import { findQuotes, tokenise, type Token } from './tokens';
import { asciiDoubleQuotes } from './ascii-quotes';
import { listenerSource } from './listener-source';
import type { Analysis, Span, SuggestedActor, SuggestedClaim, SuggestedSource } from './types';

export type { Analysis, Span, SuggestedActor, SuggestedClaim, SuggestedSource, SuggestedSpeaker, SuggestedClaimSource } from './types';

export interface AnalyzeOptions {
  /** Language of the text; detected from its letters when absent. */
  lang?: Lang;
  /** The case's actors: every alias is matched everywhere, and matched mentions carry the actor's id. */
  knownActors?: readonly Actor[];
  /** The case's sources, matched through their names and aliases. */
  knownSources?: readonly Source[];
  /** Suggestions the analyst rejected (kind + normaliseKey(text)): they are not suggested again. */
  rejected?: readonly RejectedSuggestion[];
}

/** Actor types from the highest rank down: a tie in groupType goes to the higher one. */
const TYPES_BY_RANK: readonly ActorType[] = ['person', 'organisation', 'state', 'place', 'group', 'other'];

/** Id of a candidate actor or source: stable across runs for the same name. */
export function candidateId(name: string): string {
  return `new:${normaliseKey(name)}`;
}

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups candidate mentions into actors: same name; a lone surname with the full name; spellings that
 * differ only in long vowels (هافتار/هفتار); a Latin name whose consonants match an Arabic one (Haftar).
 */
function groupCandidates(mentions: readonly Mention[], memo?: GroupingMemo): Mention[][] {
  if (memo && memo.input === mentions && memo.seen.length === mentions.length && memo.seen.every((x, i) => sameAsGrouped(x, mentions[i]))) return memo.groups;
  const seen = mentions.map(asGrouped);
  const groups = groupMentions(mentions);
  // Grouping may retype a mention (a metonym guessed as a person): a second grouping of the same
  // list would then read other types, and is not skipped.
  if (memo) {
    memo.input = seen.every((x, i) => sameAsGrouped(x, mentions[i])) ? mentions : null;
    memo.seen = seen;
    memo.groups = groups;
  }
  return groups;
}

/** What grouping reads of a mention (speaker resolution may refit a mention's text in place). */
interface Grouped {
  m: Mention;
  type: ActorType;
  text: string;
  start: number;
  sameAs: Mention | undefined;
  knownId: string | null;
}

function asGrouped(m: Mention): Grouped {
  return { m, type: m.type, text: m.text, start: m.start, sameAs: m.sameAs, knownId: m.knownId };
}

function sameAsGrouped(x: Grouped, m: Mention | undefined): boolean {
  return x.m === m && x.type === m.type && x.text === m.text && x.start === m.start && x.sameAs === m.sameAs && x.knownId === m.knownId;
}

/**
 * The last grouping of one analysis: the mention list as grouped, and its groups. The list is often
 * grouped again unchanged (a second propagation that found nothing new, then the actors), and
 * grouping is a tenth of the analysis.
 */
interface GroupingMemo {
  input: readonly Mention[] | null;
  seen: readonly Grouped[];
  groups: Mention[][];
}

function groupMentions(mentions: readonly Mention[]): Mention[][] {
  const cands = mentions.filter((m) => !m.knownId);
  const uf = new UnionFind(cands.length);
  const keys = cands.map((m) => mentionKey(m));
  // First mention of each key, per type (persons under "p"): maps by type, so that the keys (memoised
  // strings, hashed once) need no joining to the type.
  const byKey = new Map<string, Map<string, number>>();
  cands.forEach((m, i) => {
    const tag = m.type === 'person' ? 'p' : m.type;
    let ofType = byKey.get(tag);
    if (!ofType) {
      ofType = new Map();
      byKey.set(tag, ofType);
    }
    const key = keys[i] as string;
    const seen = ofType.get(key);
    if (seen === undefined) ofType.set(key, i);
    else uf.union(seen, i);
  });
  cands.forEach((m, i) => {
    if (!m.sameAs) return;
    const j = cands.indexOf(m.sameAs);
    if (j !== -1) uf.union(i, j);
    // An acronym seen alone elsewhere joins the group it was introduced with (looked up under its
    // type's own name: a person, kept under "p", is not found).
    const k = byKey.get(m.type)?.get(keys[i] as string);
    if (k !== undefined) uf.union(i, k);
  });
  unionByEvidence(cands, keys, (i, j) => uf.union(i, j));
  // Full names (several words) indexed by their last word: exact, vowel-tolerant (Arabic) and by
  // consonant skeleton (for Latin spellings inside Arabic text).
  const byLast = new Map<string, number>();
  const byLastDevowel = new Map<string, number>();
  const byLastSkeleton = new Map<string, number>();
  // Lone names by vowel-less spelling and by skeleton, three letters or more (kept apart: a
  // devowelled form and a skeleton may spell alike).
  const singlesByDevowel = new Map<string, number>();
  const singlesBySkeleton = new Map<string, number>();
  const single = (by: Map<string, number>, sk: string, i: number): void => {
    if (sk.length < 3) return;
    const other = by.get(sk);
    if (other !== undefined) uf.union(i, other);
    else by.set(sk, i);
  };
  cands.forEach((m, i) => {
    if (m.type !== 'person') return;
    const key = keys[i] as string;
    const sp = key.lastIndexOf(' ');
    if (sp === -1) return;
    const lk = key.slice(sp + 1);
    if (lk.length < 3) return;
    if (!byLast.has(lk)) byLast.set(lk, i);
    const arabic = hasArabic(lk);
    // Transliterated umlauts: a lone "Mueller" is the "Gerhard Müller" named before.
    if (!arabic) {
      const folded = umlautFolded(lk);
      if (folded !== lk && !byLast.has(folded)) byLast.set(folded, i);
    }
    if (arabic) {
      if (lk.length >= 4 && !byLastDevowel.has(devowel(lk))) byLastDevowel.set(devowel(lk), i);
      const sk = nameSkeleton(lk);
      if (sk.length >= 3 && !byLastSkeleton.has(sk)) byLastSkeleton.set(sk, i);
    }
  });
  cands.forEach((m, i) => {
    if (m.type !== 'person') return;
    const key = keys[i] as string;
    if (key.includes(' ') || key.length < 3) return;
    const arabic = hasArabic(key);
    const folded = arabic ? key : umlautFolded(key);
    const j = byLast.get(key) ?? (folded === key ? undefined : byLast.get(folded)) ?? (arabic ? (key.length >= 4 ? byLastDevowel.get(devowel(key)) : undefined) : byLastSkeleton.get(nameSkeleton(key)));
    if (j !== undefined) {
      uf.union(i, j);
      return;
    }
    // Lone spellings with no full name: vowel-tolerant and cross-script merging among themselves.
    if (key.length < 4) return;
    if (arabic) single(singlesByDevowel, devowel(key), i);
    single(singlesBySkeleton, nameSkeleton(key), i);
  });
  // Groups in the order of their first mention (as a map by root gave them).
  const groupAt: (Mention[] | undefined)[] = new Array(cands.length);
  const groups: Mention[][] = [];
  cands.forEach((m, i) => {
    const r = uf.find(i);
    const g = groupAt[r];
    if (g) g.push(m);
    else groups.push((groupAt[r] = [m]));
  });
  return groups;
}

/** foldUmlautSpelling(key), or `key` itself when it has no "ae", "oe" or "ue" to fold (most names: no new string). */
function umlautFolded(key: string): string {
  for (let i = key.indexOf('e', 1); i !== -1; i = key.indexOf('e', i + 1)) {
    const c = key.charCodeAt(i - 1);
    if (c === 97 || c === 111 || c === 117) return foldUmlautSpelling(key);
  }
  return key;
}

/** The display name of a candidate group: the longest full form, in the text's script when possible. */
function groupName(group: readonly Mention[], lang: Lang): string {
  // The first form in this order (a total order on distinct forms, so one pass finds it): the
  // text's script first, then not opening with "لل", more words, longer, then by code units.
  let best: NameForm | null = null;
  for (const m of group) {
    if (best && m.text === best.text) continue;
    const f = nameForm(m.text, lang);
    if (!best || nameFormBefore(f, best)) best = f;
  }
  return best?.text ?? '';
}

interface NameForm {
  text: string;
  /** 0 in the text's script, 1 in the other. */
  script: number;
  /** 1 when it opens with "لل". */
  lil: number;
  words: number;
}

function nameForm(text: string, lang: Lang): NameForm {
  const arabic = hasArabic(text);
  let words = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) words++;
  return { text, script: (lang === 'ar') === arabic ? 0 : 1, lil: text.startsWith('لل') ? 1 : 0, words };
}

function nameFormBefore(a: NameForm, b: NameForm): boolean {
  if (a.script !== b.script) return a.script < b.script;
  if (a.lil !== b.lil) return a.lil < b.lil;
  if (a.words !== b.words) return a.words > b.words;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length;
  return a.text < b.text;
}

/** Whether every item starts at or after the one before it. */
function startsInOrder(items: readonly { start: number }[]): boolean {
  for (let i = 1; i < items.length; i++) if ((items[i] as { start: number }).start < (items[i - 1] as { start: number }).start) return false;
  return true;
}

/** The mention that starts first, the first of equals (what a stable sort by start puts first). */
function earliest(group: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  for (const m of group) if (!best || m.start < best.start) best = m;
  return best;
}

function groupType(group: readonly Mention[]): ActorType {
  // The type most mentions have (a speaker-name counts half), ties to the higher rank. Sums of
  // halves and ones are exact, so counting in slots reads the same as the counts map it replaces.
  const counts = [0, 0, 0, 0, 0, 0];
  for (const m of group) counts[TYPES_BY_RANK.indexOf(m.type)]! += m.rule === 'speaker-name' || m.rule === 'ar-speaker' ? 0.5 : 1;
  let best = -1;
  for (let k = 0; k < counts.length; k++) if (counts[k]! > 0 && (best === -1 || counts[k]! > counts[best]!)) best = k;
  return best === -1 ? 'other' : (TYPES_BY_RANK[best] as ActorType);
}

/** Finds further mentions of candidate names anywhere in the text (surnames, other spellings, clitics). */
function propagate(text: string, tokens: readonly Token[], mentions: Mention[], lang: Lang, memo: GroupingMemo): Mention[] {
  // A name found only where a speaker was expected ("قال متمردو دارفور"), or a lone word where a
  // title was, is too weak to look for elsewhere: propagating it would repeat the guess (and its
  // last word, "دارفور") all over the article.
  const weak = (m: Mention): boolean => SPEAKER_RULES.has(m.rule) || (m.rule === 'ar-title-name' && !m.text.trim().includes(' '));
  const groups = groupCandidates(mentions, memo).filter((g) => g.some((m) => m.type === 'person' || m.type === 'organisation') && !g.every(weak));
  if (groups.length === 0) return mentions;
  const pseudo = groups.map((g, i) => ({
    id: `g${i}`,
    name: groupName(g, lang),
    type: groupType(g),
    aliases: [...new Set(g.map((m) => m.text))].filter((a) => a.length >= 3),
  }));
  const index = new AliasIndex(pseudo, true);
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.first; k < m.last; k++) taken[k] = 1;
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !(tokens[i] as Token).word) continue;
    const hit = index.match(tokens, i);
    if (!hit) continue;
    let free = true;
    for (let k = i; k < i + hit.count; k++) if (taken[k]) free = false;
    if (!free) continue;
    const m = makeMention(text, tokens, i, i + hit.count, hit.entry.type, 'candidate-alias', '', null, hit.variant);
    if (m) {
      added.push(m);
      for (let k = i; k < i + hit.count; k++) taken[k] = 1;
    }
    i += hit.count - 1;
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

function sentenceBounds(tokens: readonly Token[], sentences: ReturnType<typeof tokenise>['sentences'], firstToken: number): { start: number; end: number } {
  const s = sentences[(tokens[firstToken] as Token | undefined)?.sent ?? 0];
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}

/**
 * Analyses one canonical article text (see shared/text.ts canonicalText). Offsets are UTF-16 code
 * units into `text`. Deterministic: the same input gives the same output. Never throws on odd input;
 * an empty text gives empty lists.
 */
export function analyzeText(original: string, opts: AnalyzeOptions = {}): Analysis {
  const text = asciiDoubleQuotes(original);
  const lang = opts.lang ?? detectLang(text);
  const dir = directionOf(lang, text);
  const quotes = findQuotes(text);
  const { tokens, sentences } = tokenise(text, quotes);
  const known = opts.knownActors ?? [];
  const { knownById, index, knownTypes } = oncePerList(known, 'known-actors', () => ({
    knownById: new Map(known.map((a) => [a.id, a] as const)),
    index: new AliasIndex(known),
    knownTypes: new Map(known.map((a) => [a.id, a.type] as const)),
  }));
  let mentions = findActorMentions(text, tokens, index, knownTypes);
  const grouping: GroupingMemo = { input: null, seen: [], groups: [] };
  mentions = propagate(text, tokens, mentions, lang, grouping);
  const sourceMentions = findSourceMentions(text, tokens, opts.knownSources ?? []);
  mentions = withOutletActors(text, tokens, mentions, sourceMentions);
  const ctx = { text, tokens, sentences, quotes, mentions, lang };
  const before = mentions.length;
  const rawClaims = findClaims(ctx);
  // "according to the ministry", "بحسب وزارة الدفاع": the named body is the claim's source as well.
  for (const c of rawClaims) {
    const sp = c.speaker;
    if (!sp || !(c.rule.includes('according') || c.rule.includes('selon')) || sp.via === 'pronoun') continue;
    if (sourceMentions.some((sm) => sm.start < sp.end && sm.end > sp.start)) continue;
    const name = sp.text.replace(/^(the|le|la|les|l')\s*/i, '');
    sourceMentions.push({ start: sp.start, end: sp.end, text: sp.text, name, kind: 'official', knownId: null, rule: 'according-to', channel: null });
  }
  // "X told Reuters", "a déclaré à l'AFP", "قال لوكالة الأنباء", "X said officials had told him": the
  // other party of the nested report is the claim's source, beside its speaker.
  const listenerSources = new Map<RawClaim, SourceMention>();
  for (const c of rawClaims) {
    const l = c.relay;
    if (!l) continue;
    // A source named inside a longer listener is that source only when the listener is the name with a
    // medium noun before it ("لقناة الجزيرة"), not a longer name ("وكالة أنباء الشرق الأوسط").
    const within = sourceMentions.find((m) => m.start < l.end && m.end > l.start && m.end >= l.end && !/\s\S+\s/.test(text.slice(l.start, Math.max(l.start, m.start))));
    const sm = within ?? listenerSource(text, l, ctx.mentions, l.informant === true);
    if (!sm) continue;
    if (!sourceMentions.includes(sm)) sourceMentions.push(sm);
    listenerSources.set(c, sm);
  }
  sourceMentions.sort((a, b) => a.start - b.start);
  // A description made a body only while no named body of its kind stood before it ("the company"
  // that speaker resolution sent to "Apple Inc." is no actor of its own).
  const spoken = new Set<Mention | null | undefined>();
  for (const c of rawClaims) spoken.add(c.speaker?.mention);
  for (let i = ctx.mentions.length - 1; i >= 0; i--) if ((ctx.mentions[i] as Mention).rule === 'description-org' && !spoken.has(ctx.mentions[i])) ctx.mentions.splice(i, 1);
  // Speakers the claims named are candidates too; look for them elsewhere only when there are new
  // ones (counted after the unspoken descriptions are gone: propagating costs a pass over the text).
  if (ctx.mentions.length !== before) mentions = propagate(text, tokens, ctx.mentions, lang, grouping);

  const rejected = new Set((opts.rejected ?? []).map((r) => `${r.kind}\u0000${r.key}`));
  const isRejected = (kind: string, s: string): boolean => rejected.size > 0 && rejected.has(`${kind}\u0000${normaliseKey(s)}`);

  // Actors: known ones by id, candidates by group.
  const actorOf = new Map<Mention, string>();
  const actors = new Map<string, SuggestedActor>();
  const addMention = (id: string, m: Mention): void => {
    const a = actors.get(id);
    if (!a) return;
    if (!a.mentions.some((x) => x.start === m.start && x.end === m.end)) a.mentions.push({ start: m.start, end: m.end, text: m.text });
    const titled = titledForm(text, m);
    if (titled && !a.aliases.includes(titled)) a.aliases.push(titled);
    const withArticle = articleForm(text, m);
    if (withArticle && !a.aliases.includes(withArticle)) a.aliases.push(withArticle);
    actorOf.set(m, id);
  };
  for (const m of mentions) {
    if (!m.knownId || isRejected('actor', m.text)) continue;
    const k = knownById.get(m.knownId);
    if (!k) continue;
    if (!actors.has(k.id)) actors.set(k.id, { id: k.id, name: k.name, type: k.type, aliases: [...k.aliases], mentions: [], known: true, role: k.role, rule: 'known-alias', confidence: 0.9 });
    addMention(k.id, m);
  }
  for (const group of groupCandidates(mentions, grouping)) {
    const kept = rejected.size === 0 ? group : group.filter((m) => !isRejected('actor', m.text));
    if (kept.length === 0) continue;
    const name = groupName(kept, lang);
    if (isRejected('actor', name)) continue;
    const id = candidateId(name);
    const existing = actors.get(id);
    if (!existing) {
      actors.set(id, {
        id,
        name,
        type: groupType(kept),
        aliases: [],
        mentions: [],
        known: false,
        role: kept.find((m) => m.role)?.role ?? '',
        rule: earliest(kept)?.rule ?? 'candidate',
        confidence: 0,
      });
    }
    for (const m of kept) addMention(id, m);
  }
  // A title alone ("the governor", "للرئيس السوداني") names the person the article gave that title.
  const persons: { mention: Mention; actorId: string }[] = [];
  for (const [mention, actorId] of actorOf) if (mention.type === 'person' && actors.get(actorId)?.type === 'person') persons.push({ mention, actorId });
  for (const found of [roleAliases(text, tokens, persons), headingAliases(text, tokens, persons)]) {
    for (const [id, forms] of found) {
      const a = actors.get(id);
      if (a) for (const f of forms) if (!a.aliases.includes(f)) a.aliases.push(f);
    }
  }
  // "Le journal satirique", "the newspaper": the outlet named last.
  for (const [m, forms] of outletDescriptions(text, tokens, mentions)) {
    const a = actors.get(actorOf.get(m) ?? '');
    if (a) for (const f of forms) if (!a.aliases.includes(f)) a.aliases.push(f);
  }
  for (const a of actors.values()) {
    // Mostly in order already: sorted (stable, so the same result) only when not.
    if (!startsInOrder(a.mentions)) a.mentions.sort((x, y) => x.start - y.start);
    const forms = new Set(a.aliases);
    // Forms that differ from the name only by a clitic ("للجيش …" for "الجيش …") are not new aliases.
    const nameKey = mentionKey({ text: a.name });
    // A text already kept needs no key (most mentions repeat one).
    for (const m of a.mentions) if (m.text !== a.name && !forms.has(m.text) && mentionKey({ text: m.text }) !== nameKey) forms.add(m.text);
    a.aliases = [...forms];
    a.confidence = actorConfidence(a);
  }

  // Places inside a body's name ("بلدية نابلس"): on the place's actor, found by its name's key.
  for (const p of placesWithinNames(text, tokens, [...actorOf.keys()])) {
    if (isRejected('actor', p.text)) continue;
    const key = mentionKey(p);
    const a = [...actors.values()].find((x) => (x.type === 'state' || x.type === 'place') && [x.name, ...x.mentions.map((y) => y.text)].some((f) => mentionKey({ text: f }) === key));
    const id = a?.id ?? candidateId(p.text);
    const actor = a ?? actors.get(id) ?? { id, name: p.text, type: p.type, aliases: [], mentions: [], known: false, role: '', rule: p.rule, confidence: 0 };
    actors.set(id, actor);
    (actor.within ??= []).push({ start: p.start, end: p.end, text: p.text });
    if (!actor.mentions.length) actor.confidence = actorConfidence(actor);
  }

  // Sources.
  const sources = new Map<string, SuggestedSource>();
  const sourceOf = new Map<SourceMention, string>();
  const knownSources = new Map((opts.knownSources ?? []).map((s) => [s.id, s] as const));
  for (const sm of sourceMentions) {
    if (isRejected('source', sm.text) || isRejected('source', sm.name)) continue;
    const ks = sm.knownId ? knownSources.get(sm.knownId) : undefined;
    const id = ks ? ks.id : candidateId(sm.name);
    let s = sources.get(id);
    if (!s) {
      s = { id, name: ks?.name ?? sm.name, kind: ks?.kind ?? sm.kind, mentions: [], known: !!ks, rule: sm.rule };
      sources.set(id, s);
    }
    s.mentions.push({ start: sm.start, end: sm.end, text: sm.text });
    sourceOf.set(sm, id);
  }

  const claims: SuggestedClaim[] = [];
  for (const c of rawClaims) {
    // The article's own characters (the '' rewrite is for reading only).
    const claimText = original.slice(c.start, c.end);
    if (isRejected('claim', claimText)) continue;
    claims.push(toClaim(c, claimText));
  }

  function toClaim(c: RawClaim, claimText: string): SuggestedClaim {
    // Written out, not spread: a spread is a runtime call per claim (every cue is { start, end }).
    const cue: Span | null = c.cue ? { start: c.cue.start, end: c.cue.end, text: original.slice(c.cue.start, c.cue.end) } : null;
    let speaker: SuggestedClaim['speaker'] = null;
    if (c.speaker) {
      const m = c.speaker.mention;
      let actorId = m ? (actorOf.get(m) ?? findActorAt(m)) : null;
      let actor = actorId ? actors.get(actorId) : undefined;
      let why = c.speaker.resolution ?? { rule: c.speaker.via === 'name' ? 'named' : c.speaker.via, from: m ? { start: m.start, end: m.end, text: m.text } : null };
      // "قالت طهران", "Washington said": the capital speaks for its state.
      const state = actor ? stateActorFor(actor, actors.values()) : null;
      if (state && m) {
        actorId = state.id;
        actor = state;
        why = { rule: 'capital-for-state', from: { start: m.start, end: m.end, text: m.text } };
      }
      const from = why.from ? { start: why.from.start, end: why.from.end, text: why.from.text } : null;
      if (c.speaker.via === 'implicit') {
        if (m) speaker = { actorId: actorId ?? null, text: m.text, start: m.start, end: m.end, name: actor?.name ?? m.text, via: 'implicit', rule: why.rule, from };
      } else {
        speaker = { actorId: actorId ?? null, text: c.speaker.text, start: c.speaker.start, end: c.speaker.end, name: actor?.name ?? (m ? m.text : null), via: c.speaker.via, rule: why.rule, from };
      }
    }
    const bounds = sentenceBounds(tokens, sentences, c.sent);
    const from = Math.min(bounds.start, c.start);
    const to = Math.max(bounds.end, c.end);
    const inSentence: SourceMention[] = [];
    for (let i = firstSourceAt(from); i < sourceMentions.length && (sourceMentions[i] as SourceMention).start < to; i++) {
      const sm = sourceMentions[i] as SourceMention;
      if (sm.end <= to && sourceOf.has(sm)) inSentence.push(sm);
    }
    const pivot = c.cue?.start ?? c.start;
    const spoken = speaker ? inSentence.find((s) => s.start < (speaker?.end ?? 0) && s.end > (speaker?.start ?? 0)) : undefined;
    const real = inSentence.filter((s) => s.rule !== 'channel-phrase');
    // The first of the closest (what a stable sort by distance puts first).
    const nearest = (list: SourceMention[]): SourceMention | undefined => {
      let best: SourceMention | undefined;
      for (const x of list) if (!best || Math.abs(x.start - pivot) < Math.abs(best.start - pivot)) best = x;
      return best;
    };
    const told = listenerSources.get(c);
    const src = (told && sourceOf.has(told) ? told : undefined) ?? spoken ?? nearest(real.filter((s) => s.end <= c.start || s.start >= c.end)) ?? nearest(real);
    const channelMention = (src?.channel ? src : undefined) ?? inSentence.find((s) => s.channel && (s.end <= c.start || s.start >= c.end));
    const ch = channelMention?.channel ?? null;
    return {
      start: c.start,
      end: c.end,
      text: claimText,
      cue,
      speaker,
      source: src ? { sourceId: sourceOf.get(src) ?? null, text: src.text, start: src.start, end: src.end } : null,
      channel: ch ? { start: ch.start, end: ch.end, text: ch.text } : null,
      hedged: c.hedged,
      confidence: c.confidence,
      rule: c.rule,
    };
  }

  function firstSourceAt(offset: number): number {
    let lo = 0;
    let hi = sourceMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sourceMentions[mid] as SourceMention).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function findActorAt(m: Mention): string | undefined {
    for (const [mm, id] of actorOf) if (mm.start === m.start && mm.end === m.end) return id;
    return undefined;
  }

  const firstAt = (a: SuggestedActor): number => a.mentions[0]?.start ?? a.within?.[0]?.start ?? 0;
  const actorList = [...actors.values()].filter((a) => a.mentions.length > 0 || !!a.within?.length);
  actorList.sort((a, b) => firstAt(a) - firstAt(b) || (a.id < b.id ? -1 : 1));
  const sourceList = [...sources.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { lang, dir, claims, actors: actorList, sources: sourceList };
}
