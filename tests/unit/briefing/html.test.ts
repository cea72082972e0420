import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../shared/briefing/model';
import { escapeHtml, pdfHeaderFooter, renderHtml } from '../../../shared/briefing/html';
import { fixtureCase } from '../../fixtures/briefing/cases';

const data = fixtureCase();
const briefing = buildBriefing(data);
const html = renderHtml(briefing, { fontCss: '', pageSize: 'A4' });
const doc = new JSDOM(html).window.document;

describe('renderHtml', () => {
  it('escapes all user text: no script, no injected tags, no javascript: link', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b>|<internal>|<more>|<moves>/);
    expect(doc.querySelectorAll('script, b, internal, more, moves')).toHaveLength(0);
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#') && !h!.startsWith('https://'))).toEqual([]);
  });

  it('does not trust enum fields of a hand-edited case file', () => {
    const hostile = fixtureCase() as unknown as { articles: Record<string, unknown>[]; sources: Record<string, unknown>[]; actors: Record<string, unknown>[] };
    hostile.articles[0]!.lang = '"><script>alert(1)</script>';
    hostile.articles[0]!.dir = '"><script>alert(2)</script>';
    hostile.sources[0]!.reliability = '<script>alert(3)</script>';
    hostile.sources[0]!.kind = '<script>alert(4)</script>';
    hostile.actors[0]!.type = '<script>alert(5)</script>';
    const out = renderHtml(buildBriefing(hostile as unknown as typeof data), { fontCss: '', pageSize: 'A4' });
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('<td>Outlet</td><td>F</td>');
  });

  it('shows the hostile title exactly as typed', () => {
    expect(doc.querySelector('h1')!.textContent).toBe('<script>alert(1)</script> *bold*');
    expect(doc.title).toBe('<script>alert(1)</script> *bold*');
  });

  it('forbids every fetch and script with a Content-Security-Policy', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
  });

  it('prints each quote in its own direction, text unchanged, Latin runs isolated', () => {
    const quotes = [...doc.querySelectorAll('blockquote.quote')];
    expect(quotes.map((q) => [q.getAttribute('dir'), q.textContent])).toEqual(
      briefing.groups.flatMap((g) => g.claims.map((c) => [c.dir, c.quote])),
    );
    const first = quotes[0]!;
    expect(first.getAttribute('lang')).toBe('ar');
    expect([...first.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Haftar', 'Belousov']);
  });

  it('shows grade, hedge, speaker, source, channel, comment and numbered citation for a claim', () => {
    const claim = doc.querySelector('#claim-5')!;
    expect(claim.querySelector('.grade')!.textContent).toBe('B4');
    expect(claim.querySelector('.hedged')!.textContent).toBe('Hedged');
    const c1 = doc.querySelector('#claim-1')!.textContent!;
    expect(c1).toContain('LNA General Command, via its Facebook page');
    expect(c1).not.toContain('no source named');
    expect(doc.querySelector('#claim-2')!.textContent).toContain('Plea for <more> arms; see *para* 3.');
    expect(doc.querySelector('#claim-1 a.cite')!.getAttribute('href')).toBe('#cite-1');
    expect(doc.querySelector('#cite-1')!.textContent).toContain('¶ 2, 3, 4.');
  });

  it('has actor and source tables with roles, reliability and counts', () => {
    const rows = (sel: string): string[][] =>
      [...doc.querySelectorAll(`${sel} tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows('.actors')[0]).toEqual(['Khalifa Haftar', 'Person', 'Commander, LNA', '2', '0']);
    expect(rows('.sources')).toContainEqual(['LNA General Command', 'Official channel', 'D', '1']);
  });

  it('colours appendix highlights by kind, with a legend, without changing the article text', () => {
    expect([...doc.querySelectorAll('.legend mark')].map((m) => m.className)).toEqual(['hl hl-claim', 'hl hl-actor', 'hl hl-source', 'hl hl-note']);
    const paras = [...doc.querySelectorAll('#appendix-1 ol.paras > li')];
    expect(paras.map((li) => li.textContent).join('\n')).toBe(data.articles[0]!.text);
    expect(doc.querySelector('#appendix-1 ol.paras')!.getAttribute('dir')).toBe('rtl');
    expect([...doc.querySelectorAll('#appendix-2 mark')].map((m) => [m.className, m.textContent])).toEqual([
      ['hl hl-note', 'ROME'],
      ['hl hl-actor', 'Guido Crosetto'],
      ['hl hl-claim', 'Russia was moving naval assets "two steps away" from Italian waters'],
      ['hl hl-claim', 'the deployment <b>doubled</b> in *May* | June'],
    ]);
  });

  it('sets the page size for print', () => {
    expect(html).toContain('@page { size: A4;');
    expect(renderHtml(briefing, { fontCss: '', pageSize: 'Letter' })).toContain('@page { size: Letter;');
  });
});

describe('pdfHeaderFooter', () => {
  it('puts the escaped marking in header and footer and page numbers in the footer', () => {
    const t = pdfHeaderFooter('SECRET <b>x</b>', '');
    expect(t.headerTemplate).toContain(escapeHtml('SECRET <b>x</b>'));
    expect(t.footerTemplate).toContain(escapeHtml('SECRET <b>x</b>'));
    expect(t.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(t.headerTemplate).not.toContain('<b>');
  });
});
