import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorTarget, fuzzyBound } from '../../../shared/anchoring/anchor';
import { boundedLevenshtein } from '../../../shared/anchoring/approx';
import { describeRange, splitsSurrogate } from '../../../shared/anchoring/describe';
import { fold } from '../../../shared/anchoring/fold';
import { SEED_ARTICLE, SEED_MISSING } from './seed';

/**
 * Random edits around (and sometimes inside) an anchored quote. Whatever happens, re-anchoring must give
 * either an orphan or a range whose text is the quote, or for a fuzzy match, within the documented
 * edit bound of it (after folding) and overlapping the place the quote's text went to.
 */

const PIECES = ['ا', 'ل', 'م', 'ة', 'ي', 'َ', 'ُ', 'ّ', 'ـ', ' ', '\n', 'K', 'r', 'é', '👍🏽', '𝒜', '،', 'LNA', 'هافتار', 'ستستمر'];
const insertion = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).map((p) => p.join(''));

interface Edit {
  /** Where the edit lands: relative to the quote (before / inside / after) and a fraction of that zone. */
  zone: 'before' | 'inside' | 'after' | 'near';
  at: number;
  remove: number;
  insert: string;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  zone: fc.constantFrom('before', 'inside', 'after', 'near', 'near'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: insertion,
});

const BASES = [
  SEED_ARTICLE.slice(0, 2500),
  'رائع👍🏽قال بوتين𝒜 نعم 🇱🇾 وفي النهاية قال بوتين كلاما آخر عن خدمة Kremlin Press و LNA.\nقَالَ الرَّئِيسُ إِنَّ الْجَيْشَ سَيَبْقَى.',
];

/** Moves an offset away from the middle of a surrogate pair so edits never corrupt characters. */
const safe = (text: string, at: number): number => (splitsSurrogate(text, at) ? at + 1 : at);

function applyEdit(text: string, qs: number, qe: number, e: Edit): { text: string; qs: number; qe: number; touched: boolean } {
  const span =
    e.zone === 'before' ? [0, qs] : e.zone === 'after' ? [qe, text.length] : e.zone === 'inside' ? [qs, qe] : [Math.max(0, qs - 40), Math.min(text.length, qe + 40)];
  const [lo = 0, hi = 0] = span;
  const at = safe(text, Math.min(hi, Math.floor(lo + e.at * (hi - lo))));
  const end = safe(text, Math.min(text.length, at + e.remove));
  const next = text.slice(0, at) + e.insert + text.slice(end);
  const delta = e.insert.length - (end - at);
  if (end <= qs) {
    // Entirely before the quote (an insertion exactly at its start counts as before).
    return { text: next, qs: qs + delta, qe: qe + delta, touched: false };
  }
  if (at >= qe) return { text: next, qs, qe, touched: false };
  return { text: next, qs: Math.min(qs, at), qe: Math.max(at + e.insert.length, qe + delta), touched: true };
}

describe.skipIf(SEED_MISSING !== null)('re-anchoring under random edits', () => {
  it('never points at the wrong text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (base, where, length, edits) => {
          const start = safe(base, Math.floor(where * (base.length - length)));
          const end = safe(base, Math.min(base.length, start + length));
          fc.pre(end > start);
          const target = describeRange(base, start, end);
          const exact = target.quote.exact;
          let state = { text: base, qs: start, qe: end, touched: false };
          for (const e of edits) {
            const next = applyEdit(state.text, state.qs, state.qe, e);
            state = { ...next, touched: state.touched || next.touched };
          }
          const { text } = state;
          const r = anchorTarget(text, target);
          if (r.status === 'orphan') {
            // Only short quotes may be lost while intact and unique (they need context to be trusted).
            const intactAndUnique = !state.touched && text.indexOf(exact) === text.lastIndexOf(exact);
            if (intactAndUnique) expect(exact.length).toBeLessThan(8);
            return;
          }
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(splitsSurrogate(text, r.start) || splitsSurrogate(text, r.end)).toBe(false);
          const found = text.slice(r.start, r.end);
          if (r.status === 'fuzzy') {
            const bound = fuzzyBound(exact);
            expect(boundedLevenshtein(fold(found), fold(exact), bound)).toBeLessThanOrEqual(bound);
            // ...and it is where the quote's text went, unless a copy (up to folding) stood elsewhere already.
            const foldedCopies = fold(base).split(fold(exact)).length - 1;
            if (foldedCopies <= 1) {
              expect(r.start).toBeLessThan(state.qe);
              expect(r.end).toBeGreaterThan(state.qs);
            }
          } else {
            expect(found).toBe(exact);
          }
          // An intact quote that is the only copy is found exactly where it went.
          if (!state.touched && text.indexOf(exact) === text.lastIndexOf(exact) && r.status !== 'fuzzy') {
            expect(r.start).toBe(state.qs);
          }
        },
      ),
      { numRuns: 3000, seed: 20260101 },
    );
  });
});
