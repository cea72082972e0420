/**
 * What the stories engine compares about one claim: its content tokens (actor mentions as actor ids),
 * whether it denies, and the figures it gives. Pure functions over an article's text and the case's
 * annotations.
 */
import { DENIAL_CUES, FUNCTION_WORDS, QUANTITY_SKIP } from './lexicon';
import { asciiDigits, isContent, tokenize, type Token } from './tokens';

/** An actor mention: the span of the article that names an actor. */
export interface MentionSpan {
  start: number;
  end: number;
  actorId: string;
}

/** A figure a claim gives: the number and the word that says what it counts ("30 قتيلا" → 30, قتيلا). */
export interface Figure {
  value: number;
  unit: string;
  text: string;
}

export interface ClaimFeatures {
  /** Content tokens: folded words and "@actorId" for every actor named inside or set as subject. */
  tokens: Set<string>;
  /** The denial cue (as written) when the claim denies, dismisses or rebuts; null otherwise. */
  denial: string | null;
  figures: Figure[];
}

/** Cue phrases indexed by their first word, for {@link findCue}. */
export type CueIndex = ReadonlyMap<string, readonly string[][]>;

/** Indexes cue phrases (each as its folded words) by their first word. */
export function cueIndex(cues: readonly string[][]): CueIndex {
  const out = new Map<string, string[][]>();
  for (const cue of cues) out.set(cue[0] as string, [...(out.get(cue[0] as string) ?? []), cue]);
  return out;
}

/** The first cue of `index` among `tokens` (phrases matched word by word), as its folded text; null when none. */
export function findCue(tokens: readonly Token[], index: CueIndex): string | null {
  for (let i = 0; i < tokens.length; i += 1) {
    for (const cue of index.get(tokens[i]?.key as string) ?? []) {
      if (i + cue.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < cue.length && ok; k += 1) ok = tokens[i + k]?.key === cue[k];
      if (ok) return cue.join(' ');
    }
  }
  return null;
}

const DENIALS = cueIndex(DENIAL_CUES);

/** The first denial cue among `tokens`, as its folded text; null when none. */
export function findDenialCue(tokens: readonly Token[]): string | null {
  return findCue(tokens, DENIALS);
}

const NUMBER = /\d+(?:[.,\u066B\u066C]\d+)*/g;

function parseFigure(s: string): number {
  if (/^\d{1,3}(?:[,\u066C]\d{3})+$/.test(s)) return Number(s.replace(/[,\u066C]/g, ''));
  return Number(s.replace(/[,\u066B]/, '.').replace(/[,\u066B\u066C]/g, ''));
}

/**
 * The figures of a text: each number with the next content word after it as its unit. A number
 * followed by a month or calendar word (a date) or a four-digit year is not a figure.
 */
export function figuresOf(text: string, tokens: readonly Token[]): Figure[] {
  const digits = asciiDigits(text);
  const out: Figure[] = [];
  for (const m of digits.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    const value = parseFigure(m[0]);
    if (!Number.isFinite(value) || (/^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100)) continue;
    const next = tokens.find((t) => t.start >= end && !/^\d/.test(t.key) && !FUNCTION_WORDS.has(t.key));
    if (!next || QUANTITY_SKIP.has(next.key)) continue;
    // The unit must follow closely ("30 قتيلا", "30 people"), not a sentence later.
    if (next.start - end > 20) continue;
    out.push({ value, unit: next.key, text: text.slice(m.index, next.end) });
  }
  return out;
}

/**
 * Features of the claim at [start, end) of `text`. `mentions` are the article's actor mentions (any
 * order); those inside the claim stand for their actor id instead of their words. `before` is the
 * text from the start of the claim's sentence to the claim, where reporting verbs (نفى، denied) stand.
 */
export function claimFeatures(text: string, start: number, end: number, mentions: readonly MentionSpan[], subjectIds: readonly string[], before: string, denialType: boolean): ClaimFeatures {
  const quote = text.slice(start, end);
  const all = tokenize(quote);
  const inside = mentions.filter((m) => m.start < end && m.end > start);
  const tokens = new Set<string>();
  for (const t of all) {
    const s = t.start + start;
    if (inside.some((m) => m.start < s + (t.end - t.start) && m.end > s)) continue;
    if (isContent(t.key)) tokens.add(t.key);
  }
  for (const m of inside) tokens.add(`@${m.actorId}`);
  for (const id of subjectIds) tokens.add(`@${id}`);
  const cue = findDenialCue(tokenize(before)) ?? findDenialCue(all);
  const denial = cue ?? (denialType ? 'denial' : null);
  if (cue) for (const w of cue.split(' ')) tokens.delete(w);
  return { tokens, denial, figures: figuresOf(quote, all) };
}

/** Start of the sentence that holds `offset`: just after the last . ! ? ؟ or line break before it. */
export function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0 && i >= offset - 300; i -= 1) {
    const c = text[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === '؟') return i + 1;
  }
  return Math.max(0, offset - 300);
}
