/**
 * Issue 14, item 11: direction controls in titles and names are shown as visible tags in the
 * briefing's Markdown and HTML (and so its PDF), never raw; the stored case keeps them.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../shared/briefing/model';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { renderHtml } from '../../../shared/briefing/html';
import { neutraliseDirectionControls, neutraliseNames } from '../../../shared/direction-controls';
import { fixtureCase } from '../../fixtures/briefing/cases';

// The Markdown renderer isolates paragraphs and Latin runs itself (balanced LRI/RLI/FSI … PDI);
// embeddings and overrides it never writes.
const RAW = /[\u202A-\u202E]/;
const balanced = (line: string): boolean => (line.match(/[\u2066-\u2068]/g) ?? []).length === (line.match(/\u2069/g) ?? []).length;

function hostileCase() {
  const data = fixtureCase();
  data.articles = data.articles.map((a, i) => (i === 0 ? { ...a, title: '\u202Egnp.exe', publisher: 'Outlet \u2067RLI' } : a));
  data.actors = data.actors.map((a, i) => (i === 0 ? { ...a, name: 'Khalifa \u202Bembedded\u202C Haftar', role: '\u2066role\u2069' } : a));
  data.sources = data.sources.map((s, i) => (i === 0 ? { ...s, name: '\u202Dforced LTR' } : s));
  data.briefing = { ...data.briefing, title: 'Brief \u202E', author: '\u2068me', groupBy: 'article' };
  return data;
}

describe('direction controls in titles and names', () => {
  it('neutraliseDirectionControls tags each of the nine controls and leaves other text alone', () => {
    expect(neutraliseDirectionControls('\u202Egnp.exe')).toBe('‹RLO›gnp.exe');
    expect(neutraliseDirectionControls('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe('‹LRE›‹RLE›‹PDF›‹LRO›‹RLO›‹LRI›‹RLI›‹FSI›‹PDI›');
    const plain = 'بوتين \u200F Putin \u200E';
    expect(neutraliseDirectionControls(plain)).toBe(plain);
  });

  it('are shown as tags in the Markdown and the HTML, never raw, and the case keeps them', () => {
    const data = hostileCase();
    const stored = JSON.stringify(data);
    const briefing = buildBriefing(data);
    const md = renderMarkdown(briefing);
    const html = renderHtml(briefing, { fontCss: '', pageSize: 'A4' });
    for (const out of [md, html]) {
      expect(out).not.toMatch(RAW);
      expect(out).toContain('‹RLO›gnp.exe');
      expect(out).toContain('Khalifa ‹RLE›embedded‹PDF› Haftar');
      expect(out).toContain('‹LRO›forced LTR');
      for (const raw of ['\u2066role\u2069', '\u2068me', 'Outlet \u2067RLI']) expect(out).not.toContain(raw);
    }
    // A Markdown table row stays one row: no control reaches the next one.
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line).not.toMatch(RAW);
      expect(balanced(line)).toBe(true);
    }
    expect(JSON.stringify(data)).toBe(stored);
  });

  it('neutraliseNames keeps entities without a control as the same objects', () => {
    const data = fixtureCase();
    const shown = neutraliseNames(data);
    expect(shown.articles.every((a, i) => a === data.articles[i])).toBe(true);
    expect(shown.actors.every((a, i) => a === data.actors[i])).toBe(true);
  });
});
