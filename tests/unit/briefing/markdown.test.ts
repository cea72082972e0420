import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../shared/briefing/model';
import { mdText, renderMarkdown } from '../../../shared/briefing/markdown';
import { paragraphStarts } from '../../../shared/text';
import { fixtureCase } from '../../fixtures/briefing/cases';

const RLI = '\u2067';
const PDI = '\u2069';

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildBriefing(fixtureCase()));

  it('keeps a hostile title literal: no raw HTML, no emphasis', () => {
    expect(md).toContain('# &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\*\n');
    expect(md).not.toMatch(/<script|<b>|<internal>|<more>|<moves>/);
  });

  it('never lets user text open a block: list, heading or ordered list stay text', () => {
    expect(md).toContain('\n\\- Russia will keep assets in eastern Libya.\n');
    expect(md).toContain('\n\\#\\# Italy sees a direct threat.\n');
    expect(md).toContain('\n1\\. This line starts like a list.\n');
    expect(md).toContain('**Analyst comment:** \\# Not a heading - not a list \\[x\\](http://evil)');
  });

  it('escapes table pipes so user text cannot add columns', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Guido Crosetto'))!;
    expect(row).toBe('| Guido Crosetto | Person | Defence Minister \\| Italy | 1 | 0 |');
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
  });

  it('leaves Arabic quotes without direction controls where the bidi algorithm already lays them out right', () => {
    expect(md).toContain(`> أن Haftar و Belousov ناقشوا “أحدث التطورات الإقليمية”[^1]`);
    expect(md).toContain(`> ستستمر في مساعدة[^1]`);
    // English quotes are left alone.
    expect(md).toContain('> Russia was moving naval assets "two steps away" from Italian waters[^2]');
  });

  it('cites each article once with a GFM footnote naming title, publisher, date and the cited paragraphs; only http(s) URLs become links', () => {
    expect(md).toContain(`[^1]: ${RLI}بوتين يستقبل حفتر في موسكو${PDI}, ${RLI}ليبيا ريفيو${PDI}, 2025-05-10, ¶ 2, 3, 4. <https://example.org/ar/haftar?x=1&y=2>`);
    expect(md).toContain('[^2]: Italy warns on \\*Russian\\* \\[navy\\] &lt;moves&gt;, Agence &amp; Co, 2025-05-11, ¶ 2, 3. javascript:alert(1)');
    expect(md).not.toContain('[^3]');
    expect(md).not.toContain('<javascript:');
  });

  it('prints the handling marking at the top and the bottom', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('**RESTRICTED \\| &lt;internal&gt; use**');
    expect(lines.filter((l) => l === lines[0])).toHaveLength(2);
  });

  it('has an appendix with marked highlights and a legend', () => {
    expect(md).toContain('Legend: ⟦claim⟧ · ⟨actor⟩ · ⟪source⟫ · ⦃note⦄');
    expect(md).toContain('2. Italian Defence Minister ⟨Guido Crosetto⟩ warned that ⟦Russia was moving');
  });

  it('keeps an article paragraph that looks like a list item as text in the appendix', () => {
    const data = fixtureCase();
    const en = data.articles[1]!;
    en.text = en.text.replace('ROME — Italy is worried.', '2. ROME — Italy is worried.').replace('Officials', '- Officials');
    en.paragraphStarts = paragraphStarts(en.text);
    const out = renderMarkdown(buildBriefing(data));
    expect(out).toContain('\n1. 2\\. ⦃ROME⦄ — Italy is worried.\n');
    expect(out).toContain('\n3. \\- Officials reportedly said ⟦the deployment');
  });

  it('says so when no claim was accepted', () => {
    const data = fixtureCase();
    data.annotations = [];
    const empty = renderMarkdown(buildBriefing(data));
    expect(empty).toContain('No claims were accepted for this briefing.');
    expect(empty).not.toContain('[^');
  });
});

describe('mdText', () => {
  it('escapes every inline-syntax character and folds newlines', () => {
    expect(mdText('a*b_c`d[e]f<g>h&i|j~k\\l#m\nn')).toBe('a\\*b\\_c\\`d\\[e\\]f&lt;g&gt;h&amp;i\\|j\\~k\\\\l\\#m n');
  });
});
