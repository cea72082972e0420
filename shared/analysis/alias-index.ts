/**
 * Index of the known actors' aliases: matched at every token, clitic-aware and tolerant of the
 * spelling variants of transliterated names (vowel letters, Latin skeletons).
 */
import { boundedMemo } from './bounded-memo';
import type { Actor, ActorType } from '../domain';
import { AR_FUNCTION } from './lexicon-ar';
import { EN_NOT_NAME } from './lexicon-en';
import { devowel, latinBase } from './morphology';
import { nameSkeleton, skeletonOfKey } from './normalise';
import { arabicVariants, tokenKey, type Token } from './tokens';

export interface AliasEntry {
  actorId: string;
  type: ActorType;
  keys: readonly string[];
}

const perList = new WeakMap<object, Map<string, { length: number; value: unknown }>>();

/**
 * `build()` made once per list object and `purpose` while the list keeps its length. Suggest over a
 * case hands every article the same actor and source lists, and building their indexes for each
 * article made Suggest-all cost articles × actors (5,000 articles: 457 s against 9.9 s for 1,000).
 * The length is part of the key because the command line's brief pushes onto its lists between
 * articles; the app's case lists are replaced, never changed in place.
 */
export function oncePerList<T>(list: readonly object[], purpose: string, build: () => T): T {
  let slots = perList.get(list);
  if (!slots) {
    slots = new Map();
    perList.set(list, slots);
  }
  const hit = slots.get(purpose);
  if (hit && hit.length === list.length) return hit.value as T;
  const value = build();
  slots.set(purpose, { length: list.length, value });
  return value;
}

/** Splits an alias into token keys the same way the text is tokenised. */
export function aliasKeys(alias: string): readonly string[] {
  // Memoised: the same names are indexed for every article and every propagation pass.
  return aliasKeysMemo(alias);
}

const aliasKeysMemo = boundedMemo<readonly string[]>(20000, (alias) =>
  (alias.match(/[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu) ?? []).map(tokenKey),
);

function isNameWord(key: string): boolean {
  return key.length >= 3 && !AR_FUNCTION.has(key) && !EN_NOT_NAME.has(key);
}

const skeletonMemo = boundedMemo(20000, skeletonOfKey);

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
    // Built for every propagation pass of every article: each form is keyed once, nothing spread.
    const forms = new Set<string>();
    const formKeys: (readonly string[])[] = [];
    for (const a of actors) {
      forms.clear();
      formKeys.length = 0;
      forms.add(a.name);
      for (const alias of a.aliases) forms.add(alias);
      for (const form of forms) formKeys.push(aliasKeys(form));
      // A person's surname alone (the last word of a longer form) is a form too.
      const named = formKeys.length;
      if (a.type === 'person') {
        for (let f = 0; f < named; f++) {
          const keys = formKeys[f] as readonly string[];
          if (keys.length < 2) continue;
          const lastKey = keys[keys.length - 1] ?? '';
          if (isNameWord(lastKey) && !forms.has(lastKey)) {
            forms.add(lastKey);
            formKeys.push(aliasKeys(lastKey));
          }
        }
      }
      for (const keys of formKeys) {
        const head = keys[0];
        if (!head) continue;
        const entry = { actorId: a.id, type: a.type, keys };
        const list = this.byFirst.get(head);
        if (list) list.push(entry);
        else this.byFirst.set(head, [entry]);
        if (keys.length === 1 && head.length >= 4) {
          const arabic = /[\u0600-\u06FF]/.test(head);
          if (arabic && !this.byDevowel.has(devowel(head))) this.byDevowel.set(devowel(head), entry);
          const sk = nameSkeleton(head);
          if (sk.length >= 3 && !this.bySkeleton.has(sk)) this.bySkeleton.set(sk, entry);
          if (sk.length >= 4 && !arabic) this.latinSkeletons = true;
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
      const entries = this.byFirst.get(v);
      if (!entries) continue;
      for (const entry of entries) {
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
        const dv = this.byDevowel.size > 0 ? devowel(v) : '';
        const hit = dv.length >= 3 ? this.byDevowel.get(dv) : undefined;
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
