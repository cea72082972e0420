/**
 * The briefing exported as a Word document (.docx) and read back: by mammoth (what an editor shows)
 * and from its XML (which paragraphs and runs are marked right-to-left).
 */
import { describe, expect, it } from 'vitest';
import { renderBriefing } from '../../../electron/services/export/briefing';
import { fixtureCase, seedCase } from '../../fixtures/briefing/cases';
import { readDocxBack } from '../../support/docx-read';
import { words } from '../../support/pdf-read';

describe('the briefing as a Word document', async () => {
  const { data, quotes } = seedCase();
  const seed = await readDocxBack((await renderBriefing(data, { format: 'docx' })).bytes);
  const fixture = fixtureCase();
  const built = await renderBriefing(fixture, { format: 'docx' });
  const doc = await readDocxBack(built.bytes);

  it('is a .docx that mammoth reads, with every quote word for word', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(words(seed.text)).toContain(words(q));
    for (const c of built.briefing.groups.flatMap((g) => g.claims)) expect(doc.text).toContain(c.quote);
  });

  it('marks right-to-left paragraphs (w:bidi) and their Arabic runs (w:rtl), and leaves Latin runs and English paragraphs alone', () => {
    const quote = doc.paragraphs.find((p) => p.text.startsWith('أن Haftar و Belousov'))!;
    expect(quote.bidi).toBe(true);
    expect(quote.rtlRuns).toContain('أن ');
    expect(quote.rtlRuns).not.toContain('Haftar');
    const english = doc.paragraphs.find((p) => p.text.startsWith('Russia was moving naval assets'))!;
    expect(english).toMatchObject({ bidi: false, rtlRuns: [] });
    for (const q of quotes) {
      const p = seed.paragraphs.find((x) => words(x.text).includes(words(q)) && !/^\d+\. /.test(x.text))!;
      expect(p.bidi, q).toBe(true);
    }
  });

  it('sets a mixed title in its first strong direction', async () => {
    const mixed = fixtureCase();
    mixed.briefing.title = 'Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر';
    const ltr = await readDocxBack((await renderBriefing(mixed, { format: 'docx' })).bytes);
    expect(ltr.paragraphs[0]).toMatchObject({ text: mixed.briefing.title, bidi: false, rtlRuns: ['روسيا وحفتر'] });
    mixed.briefing.title = 'روسيا وحفتر / Russia–LNA ties after Haftar visit to Moscow';
    const rtl = await readDocxBack((await renderBriefing(mixed, { format: 'docx' })).bytes);
    expect(rtl.paragraphs[0]).toMatchObject({ text: mixed.briefing.title, bidi: true });
  });

  it('prints the handling marking in the header and the footer, with page numbers in the footer', () => {
    expect(doc.headers.join('\n')).toContain('RESTRICTED | <internal> use');
    expect(doc.footers.join('\n')).toContain('RESTRICTED | <internal> use');
    expect(doc.footers.join('\n')).toMatch(/Page .* of /);
  });

  it('cites each claim in a footnote naming its article and paragraph, and lists one reference per article', () => {
    expect(doc.footnotes).toHaveLength(5);
    expect(doc.footnotes[0]).toBe('[1] بوتين يستقبل حفتر في موسكو, ليبيا ريفيو, 2025-05-10, ¶ 2. https://example.org/ar/haftar?x=1&y=2');
    expect(doc.text).toContain('[1] بوتين يستقبل حفتر في موسكو, ليبيا ريفيو, 2025-05-10, ¶ 2, 3, 4.');
    expect(doc.text).toContain('[2] Italy warns on *Russian* [navy] <moves>, Agence & Co, 2025-05-11, ¶ 2, 3.');
  });

  it('says "the publisher; no source named" where no source was named, and has the appendix', () => {
    expect(doc.text).toContain('Source: ليبيا ريفيو (the publisher; no source named)');
    expect(doc.text).toContain('Appendix: cited articles');
    const appendix = doc.paragraphs.find((p) => p.text.startsWith('4. وقال بوتين'))!;
    expect(appendix.bidi).toBe(true);
    expect(words(doc.text)).toContain(words(fixture.articles[1]!.text.split('\n')[1]!));
  });
});
