import type { Annotation, AnnotationTarget } from '../domain';
import { approxSearch, boundedLevenshtein } from './approx';
import { describeRange } from './describe';
import { fold, foldedIndexAt, foldWithMap, originalRange, type FoldedText } from './fold';

/**
 * Where an annotation sits in the current text.
 * - exact-position: the stored offsets still hold the exact quote.
 * - moved: the exact quote was found elsewhere (text was edited before it, or the best context is elsewhere).
 * - fuzzy: text equal to the quote up to folding (diacritics, tatweel, letter forms, case, spacing) and at
 *   most {@link fuzzyBound} edits of the folded quote, with agreeing context.
 * - orphan: not found with confidence; start/end are -1. The analyst re-attaches it; it is never dropped.
 * `score` is 0..1 (1 = position and context intact).
 */
export interface AnchorResult {
  status: 'exact-position' | 'moved' | 'fuzzy' | 'orphan';
  start: number;
  end: number;
  score: number;
}

/** Quotes shorter than this (code units) need some agreeing context before they are re-attached elsewhere. */
const SHORT_QUOTE = 8;
/** Exact occurrences examined per quote: bounds the cost of very common short quotes. */
const MAX_OCCURRENCES = 2000;
/** Occurrences of a context fragment used to seed fuzzy search windows. */
const MAX_CONTEXT_SEEDS = 16;
/** How far beyond the quote's length the approximate search looks around the old place, in folded units. */
const NEAR_REACH = 64;
/** Context fragment length used to seed fuzzy windows. */
const SEED_LENGTH = 12;

/**
 * Edits allowed between the folded quote and the folded text of a fuzzy match: one per eight folded
 * units (none for quotes under 8 units), at most 64. Above this the annotation is an orphan.
 */
export function fuzzyBound(exact: string): number {
  return Math.min(64, Math.floor(fold(exact).length / 8));
}

const ORPHAN: AnchorResult = { status: 'orphan', start: -1, end: -1, score: 0 };

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

interface Context {
  prefix: string;
  suffix: string;
}

/** How much of the stored context surrounds hay[start, end): 0..1, plus the raw agreeing unit count. */
function contextAgreement(hay: string, start: number, end: number, ctx: Context): { ratio: number; units: number } {
  const before = hay.slice(Math.max(0, start - ctx.prefix.length), start);
  const after = hay.slice(end, end + ctx.suffix.length);
  // An empty stored prefix means "at the start of the text": it agrees only if that is still so.
  const pre = ctx.prefix.length === 0 ? (start === 0 ? 1 : 0) : commonSuffixLength(before, ctx.prefix) / ctx.prefix.length;
  const suf = ctx.suffix.length === 0 ? (end === hay.length ? 1 : 0) : commonPrefixLength(after, ctx.suffix) / ctx.suffix.length;
  const units = commonSuffixLength(before, ctx.prefix) + commonPrefixLength(after, ctx.suffix);
  return { ratio: Math.max(pre, suf) * 0.5 + Math.min(pre, suf) * 0.5, units };
}

function proximity(candidate: number, old: number, length: number): number {
  return 1 - Math.min(1, Math.abs(candidate - old) / Math.max(1, length));
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** Context agreement alone, 0..1. */
  context: number;
}

/** Below this context agreement an exact copy elsewhere is checked against a folded match nearer the old context. */
const WEAK_CONTEXT = 0.75;

/**
 * Best of all exact occurrences of `needle` in `hay` by context (80 %) and nearness to the old place (20 %).
 * Short needles away from the old place need at least a few units of agreeing context.
 */
function bestOccurrence(hay: string, needle: string, ctx: Context, oldStart: number): Candidate | null {
  let best: Candidate | null = null;
  let seen = 0;
  const minUnits = Math.min(4, ctx.prefix.length + ctx.suffix.length);
  for (let at = hay.indexOf(needle); at !== -1 && seen < MAX_OCCURRENCES; at = hay.indexOf(needle, at + 1)) {
    seen += 1;
    const end = at + needle.length;
    const agreement = contextAgreement(hay, at, end, ctx);
    if (needle.length < SHORT_QUOTE && at !== oldStart && agreement.units < minUnits) continue;
    const score = 0.8 * agreement.ratio + 0.2 * proximity(at, oldStart, hay.length);
    if (!best || score > best.score) best = { start: at, end, score, context: agreement.ratio };
  }
  return best;
}

/**
 * Re-anchors annotations on one text. Folding the text is done once, and only if some annotation
 * needs the fuzzy steps; an annotation whose position still holds its quote costs O(quote length).
 */
export class Anchorer {
  private foldedText: FoldedText | null = null;

  constructor(readonly text: string) {}

  private get folded(): FoldedText {
    return (this.foldedText ??= foldWithMap(this.text));
  }

  /** See {@link anchorTarget}. */
  anchor(target: AnnotationTarget): AnchorResult {
    const { text } = this;
    const { exact, prefix, suffix } = target.quote;
    if (exact.length === 0) return ORPHAN;
    const ctx = { prefix, suffix };
    const { start, end } = target.position;
    const positionHolds = start >= 0 && end <= text.length && end - start === exact.length && text.startsWith(exact, start);

    // 1. Position, with the context intact: the common case on every load.
    if (positionHolds && text.endsWith(prefix, start) && text.startsWith(suffix, end)) {
      return { status: 'exact-position', start, end, score: 1 };
    }
    // 2. Every exact occurrence (the old position among them), best context and nearness.
    const exactHit = bestOccurrence(text, exact, ctx, start);
    if (exactHit) {
      if (positionHolds && exactHit.start === start) return { status: 'exact-position', start, end, score: 0.5 + 0.5 * exactHit.score };
      const moved: AnchorResult = { status: 'moved', start: exactHit.start, end: exactHit.end, score: 0.5 + 0.5 * exactHit.score };
      if (exactHit.context >= WEAK_CONTEXT) return moved;
      // An exact copy in foreign context: the annotated words may have been lightly edited in place.
      const near = this.fuzzy(target);
      return near && near.context > exactHit.context ? near.result : moved;
    }
    return this.fuzzy(target)?.result ?? ORPHAN;
  }

  /** 3. Folded search (null when nothing qualifies): first exact on the folded text, then bounded approximate search near likely places. */
  private fuzzy(target: AnnotationTarget): { result: AnchorResult; context: number } | null {
    const f = this.folded;
    const hay = f.folded;
    const needle = fold(target.quote.exact);
    if (needle.length === 0) return null;
    const ctx = { prefix: fold(target.quote.prefix), suffix: fold(target.quote.suffix) };
    const oldStart = foldedIndexAt(f, target.position.start);

    const foldedHit = bestOccurrence(hay, needle, ctx, oldStart);
    if (foldedHit) {
      const range = originalRange(this.text, f, foldedHit.start, foldedHit.end);
      return { result: { status: 'fuzzy', ...range, score: 0.4 + 0.4 * foldedHit.score }, context: foldedHit.context };
    }

    const k = Math.min(64, Math.floor(needle.length / 8));
    if (k === 0) return null;
    const m = needle.length;
    // Windows in order of trust: right after the stored prefix, right before the stored suffix, then
    // around the old place. The search stops at the first window that gives a match with good context.
    const windows: [number, number][] = [];
    const prefixSeed = ctx.prefix.slice(-SEED_LENGTH);
    if (prefixSeed.length > 0) {
      let seeds = 0;
      for (let at = hay.indexOf(prefixSeed); at !== -1 && seeds < MAX_CONTEXT_SEEDS; at = hay.indexOf(prefixSeed, at + 1), seeds += 1) {
        const from = at + prefixSeed.length;
        windows.push([from - k, from + m + 2 * k]);
      }
    }
    const suffixSeed = ctx.suffix.slice(0, SEED_LENGTH);
    if (suffixSeed.length > 0) {
      let seeds = 0;
      for (let at = hay.indexOf(suffixSeed); at !== -1 && seeds < MAX_CONTEXT_SEEDS; at = hay.indexOf(suffixSeed, at + 1), seeds += 1) {
        windows.push([at - m - 2 * k, at + k]);
      }
    }
    const reach = m + 2 * k + NEAR_REACH;
    windows.push([oldStart - reach, oldStart + m + reach]);
    let best: Candidate | null = null;
    const searched: [number, number][] = [];
    for (const [a, b] of windows) {
      const from = Math.max(0, a);
      const to = Math.min(hay.length, b);
      if (to <= from || searched.some(([x, y]) => x <= from && to <= y)) continue;
      searched.push([from, to]);
      for (const match of approxSearch(hay, from, to, needle, k)) {
        const agreement = contextAgreement(hay, match.start, match.end, ctx);
        // Context must agree on at least one side: a near-miss quote with foreign surroundings is someone else's text.
        if (agreement.ratio < 0.25) continue;
        const score = 0.5 * (1 - match.distance / (k + 1)) + 0.4 * agreement.ratio + 0.1 * proximity(match.start, oldStart, hay.length);
        if (!best || score > best.score) best = { start: match.start, end: match.end, score, context: agreement.ratio };
      }
      if (best && best.context >= WEAK_CONTEXT) break;
    }
    if (!best) return null;
    // An alignment may begin or end between the halves of an astral character: drop the half.
    let fStart = best.start;
    let fEnd = best.end;
    if (fStart > 0 && fStart < hay.length && f.startOf[fStart] === f.startOf[fStart - 1]) fStart += 1;
    if (fEnd > 0 && fEnd < hay.length && f.startOf[fEnd] === f.startOf[fEnd - 1]) fEnd -= 1;
    if (fEnd <= fStart) return null;
    const range = originalRange(this.text, f, fStart, fEnd);
    // Recheck on exactly the text returned: the guarantee callers rely on (see fuzzyBound).
    if (boundedLevenshtein(fold(this.text.slice(range.start, range.end)), needle, k) > k) return null;
    return { result: { status: 'fuzzy', ...range, score: 0.8 * best.score }, context: best.context };
  }
}

/**
 * Finds where an annotation's target is in `text` now. Order: (1) the stored position, accepted only
 * when the text there equals the quote; (2) exact occurrences of the quote, best by prefix/suffix
 * agreement and nearness; (3) folded and bounded approximate search, accepted only within
 * {@link fuzzyBound} and with agreeing context; else orphan. Never throws; never returns a range
 * whose text is unrelated to the quote.
 */
export function anchorTarget(text: string, target: AnnotationTarget): AnchorResult {
  return new Anchorer(text).anchor(target);
}

/** Re-anchors every annotation against one article's text; keyed by annotation id. */
export function anchorAll(text: string, annotations: readonly Annotation[]): Map<string, AnchorResult> {
  const anchorer = new Anchorer(text);
  const out = new Map<string, AnchorResult>();
  for (const a of annotations) out.set(a.id, anchorer.anchor(a.target));
  return out;
}

/**
 * Fresh selectors for an annotation that was re-anchored somewhere else ('moved' or 'fuzzy'), so the
 * case can store where it is now; null when the stored target is still right or the annotation is an
 * orphan (an orphan keeps its old selectors until the analyst re-attaches it).
 */
export function refreshedTarget(text: string, result: AnchorResult): AnnotationTarget | null {
  if (result.status !== 'moved' && result.status !== 'fuzzy') return null;
  return describeRange(text, result.start, result.end);
}
