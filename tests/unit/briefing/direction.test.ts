import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dirOf, firstStrongDir, ltrRuns } from '../../../shared/briefing/direction';
import { buildBriefing } from '../../../shared/briefing/model';
import { breakableUrl, renderHtml } from '../../../shared/briefing/html';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { fixtureCase } from '../../fixtures/briefing/cases';

const CONTROLS = /[\u2066-\u2069]/;
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

describe('first-strong direction', () => {
  it('takes the direction of the first letter, skipping numbers and punctuation', () => {
    expect(firstStrongDir('Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر')).toBe('ltr');
    expect(firstStrongDir('روسيا وحفتر / Russia–LNA ties')).toBe('rtl');
    expect(firstStrongDir('2025: «حفتر» in Moscow')).toBe('rtl');
    expect(firstStrongDir('١٥ — Haftar')).toBe('ltr');
    expect(firstStrongDir('2025 — (…)')).toBeNull();
    expect(dirOf('2025', 'rtl')).toBe('rtl');
  });

  it('keeps a Latin run inside Arabic whole, with its dash and closing bracket, and says when it needs isolating', () => {
    expect(ltrRuns('روسيا وحفتر / Russia–LNA ties after Haftar visit to Moscow')).toEqual([
      { text: 'روسيا وحفتر / ', ltr: false, needsIsolate: false },
      { text: 'Russia–LNA ties after Haftar visit to Moscow', ltr: true, needsIsolate: false },
    ]);
    expect(ltrRuns('قال حفتر (LNA) إن F-16 وصلت.').filter((r) => r.ltr)).toEqual([
      { text: '(LNA)', ltr: true, needsIsolate: true },
      { text: 'F-16', ltr: true, needsIsolate: true },
    ]);
    const text = 'قال Haftar (LNA) و Belousov 2025.';
    expect(ltrRuns(text).map((r) => r.text).join('')).toBe(text);
  });
});

describe('briefing titles and names of every direction mix', () => {
  const titles = [
    ['Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر', 'ltr'],
    ['روسيا وحفتر / Russia–LNA ties after Haftar visit to Moscow', 'rtl'],
    ['2025: Haftar in Moscow, حفتر في موسكو', 'ltr'],
    ['«حفتر» في موسكو — Haftar visits Moscow (2025)!', 'rtl'],
  ] as const;

  it.each(titles)('HTML (the PDF) sets "%s" in its first-strong direction, text unchanged', (title, dir) => {
    const data = fixtureCase();
    data.briefing.title = title;
    data.actors.find((a) => a.name === 'Khalifa Haftar')!.name = 'القيادة العامة لـ LNA';
    const doc = new JSDOM(renderHtml(buildBriefing(data), { fontCss: '', pageSize: 'A4' })).window.document;
    const h1 = doc.querySelector('h1')!;
    expect(h1.getAttribute('dir')).toBe(dir);
    expect(h1.textContent).toBe(title);
    const group = doc.querySelector('.group h3')!;
    expect(group.getAttribute('dir')).toBe('rtl');
    expect(group.textContent).toBe('القيادة العامة لـ LNA (2)');
    expect(doc.querySelector('#claim-1 dd bdi')!.getAttribute('dir')).toBe('rtl');
  });

  it.each(titles)('Markdown writes "%s" as a heading, isolating only a bracketed Latin run in Arabic', (title, dir) => {
    const data = fixtureCase();
    data.briefing.title = title;
    const heading = renderMarkdown(buildBriefing(data)).split('\n').find((l) => l.startsWith('# '))!;
    expect(heading.replace(/\\!/g, '!')).toBe(dir === 'rtl' && title.includes('(2025)') ? `# «حفتر» في موسكو — ${LRI}Haftar visits Moscow (2025)${PDI}!` : `# ${title}`);
  });

  it('puts the appendix heading label first, its full stop outside the isolated title', () => {
    const doc = new JSDOM(renderHtml(buildBriefing(fixtureCase()), { fontCss: '', pageSize: 'A4' })).window.document;
    const h3 = doc.querySelector('#appendix-1 h3')!;
    expect(h3.getAttribute('dir')).toBe('ltr');
    expect(h3.innerHTML).toBe('A1. <bdi dir="rtl" lang="ar">بوتين يستقبل حفتر في موسكو</bdi>');
  });
});

describe('Markdown direction controls', () => {
  const md = renderMarkdown(buildBriefing(fixtureCase()));
  const lines = md.split('\n');

  it('never puts a control into Latin text in a Latin paragraph', () => {
    for (const line of lines.filter((l) => !/[\u0600-\u06FF]/.test(l))) expect(line).not.toMatch(CONTROLS);
  });

  it('never puts a control inside a word', () => {
    expect(md).not.toMatch(/[\p{L}\p{M}][\u2066-\u2069]+[\p{L}\p{M}]/u);
  });

  it('isolates only what would display wrong: a bracketed Latin run in Arabic, right-to-left names in a reference or a table row', () => {
    expect(md).toContain(`روسيا تعزز نفوذها في ليبيا ${LRI}(LNA)${PDI}.`);
    expect(md).toContain('> أن Haftar و Belousov ناقشوا “أحدث التطورات الإقليمية”[^1]');
    expect(md).toContain(`[^1]: ${RLI}بوتين يستقبل حفتر في موسكو${PDI}, ${RLI}ليبيا ريفيو${PDI}, 2025-05-10`);
    expect(md).toContain(`| ${RLI}فلاديمير بوتين${PDI} | Person |`);
    expect(md).toContain('- **Speaker:** فلاديمير بوتين\n');
    // A number in brackets is laid out right by the bidi algorithm alone.
    expect(md).toContain('4. وقال بوتين إن روسيا “⟦ستستمر في مساعدة⟧” بوركينا فاسو (2022).');
  });

  it('does not cut a word with an isolate where a highlight starts inside it', () => {
    const data = fixtureCase();
    const ar = data.articles[0]!;
    const at = ar.text.indexOf('Facebook');
    data.annotations.push({ ...data.annotations.find((a) => a.kind === 'note')!, id: 'n-mid', articleId: ar.id, review: 'accepted', target: { position: { type: 'TextPositionSelector', start: at + 4, end: at + 8 }, quote: { type: 'TextQuoteSelector', exact: 'book', prefix: '', suffix: '' } } });
    expect(renderMarkdown(buildBriefing(data))).toContain('على Face⦃book⦄ ⟦');
  });
});

describe('citations', () => {
  it('lets a URL break after / . ? & = and nowhere inside a word', () => {
    expect(breakableUrl('https://example.org/ar/haftar?x=1&y=2')).toBe('https://<wbr>example.<wbr>org/<wbr>ar/<wbr>haftar?<wbr>x=<wbr>1&amp;<wbr>y=<wbr>2');
  });

  it('says "the publisher; no source named" for a claim without a source, in the HTML and the Markdown', () => {
    const b = buildBriefing(fixtureCase());
    const c2 = b.groups.flatMap((g) => g.claims).find((c) => c.id === 'c2')!;
    expect(c2).toMatchObject({ source: 'ليبيا ريفيو', sourceIsPublisher: true });
    const c1 = b.groups.flatMap((g) => g.claims).find((c) => c.id === 'c1')!;
    expect(c1).toMatchObject({ source: 'LNA General Command', sourceIsPublisher: false });
    const doc = new JSDOM(renderHtml(b, { fontCss: '', pageSize: 'A4' })).window.document;
    expect(doc.querySelector(`#claim-${c2.n}`)!.textContent).toContain('ليبيا ريفيو (the publisher; no source named)');
    expect(renderMarkdown(b)).toContain('- **Source:** ليبيا ريفيو (the publisher; no source named)\n');
  });
});
