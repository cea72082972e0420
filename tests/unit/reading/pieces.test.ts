import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PIECE_CHARS, splitParagraph, type Piece } from '../../../renderer/src/reading/pieces';

const ARABIC_LETTER = /[\u0620-\u064A]/;
const graphemeStarts = (text: string): Set<number> =>
  new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index).concat(text.length));

/** The pieces cover the text exactly, in order, each at its own offset. */
function expectCovers(pieces: readonly Piece[], text: string, start: number): void {
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  let at = start;
  for (const p of pieces) {
    expect(p.start).toBe(at);
    expect(p.text.length).toBeGreaterThan(0);
    at += p.text.length;
  }
}

describe('splitParagraph', () => {
  it('keeps a paragraph of at most PIECE_CHARS characters whole', () => {
    const text = 'word '.repeat(PIECE_CHARS / 5);
    expect(splitParagraph(text, 42)).toEqual([{ start: 42, text }]);
  });

  it('cuts a long English paragraph just after a space, near the size, at the right offsets', () => {
    const text = Array.from({ length: 9000 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitParagraph(text, 1000);
    expect(pieces.length).toBeGreaterThan(5);
    expectCovers(pieces, text, 1000);
    for (const p of pieces.slice(0, -1)) {
      expect(p.text.endsWith(' ')).toBe(true);
      expect(p.text.length).toBeLessThanOrEqual(PIECE_CHARS);
      expect(p.text.length).toBeGreaterThan(PIECE_CHARS - 20);
    }
  });

  it('never cuts an Arabic word (letters stay joined) and starts no piece with a combining mark', () => {
    // Words with harakat and shadda; after some spaces comes a mark that belongs to the space.
    const words = ['قالَ', 'المتحدثُ', 'باسمِ', 'الحكومةِ', 'إنَّ', 'الميناءَ', 'سيُعاد', 'فتحُه'];
    const text = Array.from({ length: 6000 }, (_, i) => words[i % words.length]! + (i % 97 === 0 ? ' \u0651' : ' ')).join('');
    const pieces = splitParagraph(text, 0, 1000);
    expectCovers(pieces, text, 0);
    for (let k = 1; k < pieces.length; k++) {
      const before = pieces[k - 1]!.text;
      const after = pieces[k]!.text;
      expect(before.at(-1)).toBe(' ');
      expect(/^\p{M}/u.test(after)).toBe(false);
      expect(ARABIC_LETTER.test(before.at(-1)!) && ARABIC_LETTER.test(after[0]!)).toBe(false);
    }
  });

  it('cuts text without white space at a grapheme boundary, not between Arabic letters where it can', () => {
    const family = '👨‍👩‍👧‍👦';
    const emoji = family.repeat(4000);
    const pieces = splitParagraph(emoji, 5, 1000);
    expectCovers(pieces, emoji, 5);
    for (const p of pieces) expect(p.text.length % family.length).toBe(0);

    // A long Arabic "word" run broken only by digits: cuts fall next to a digit, never between letters.
    const arabic = Array.from({ length: 3000 }, (_, i) => `كتب${i % 10}`).join('');
    const arPieces = splitParagraph(arabic, 0, 1000);
    expectCovers(arPieces, arabic, 0);
    for (let k = 1; k < arPieces.length; k++) {
      expect(ARABIC_LETTER.test(arPieces[k - 1]!.text.at(-1)!) && ARABIC_LETTER.test(arPieces[k]!.text[0]!)).toBe(false);
    }
  });

  it('covers any text exactly, cutting only at grapheme boundaries', () => {
    const alphabet = ['a', 'b', ' ', 'ك', 'ت', '\u0651', 'é', 'e\u0301', '😀', '👍🏽', '\u200D', '\n', '  '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }), fc.integer({ min: 4, max: 40 }), fc.nat(1000), (parts, max, start) => {
        const text = parts.join('');
        const pieces = splitParagraph(text, start, max);
        if (text.length === 0) return;
        expectCovers(pieces, text, start);
        const boundaries = graphemeStarts(text);
        for (const p of pieces) expect(boundaries.has(p.start - start)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
