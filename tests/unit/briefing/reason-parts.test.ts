/**
 * The credibility reason of a story names outlets and actors inside an English sentence: each name
 * must be isolated on its own, in the Markdown, HTML (preview and PDF) and Word briefings, or two
 * Arabic outlets side by side read as one right-to-left run with their comma in the wrong place.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderBriefing } from '../../../electron/services/export/briefing';
import { renderHtml } from '../../../shared/briefing/html';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { buildBriefing } from '../../../shared/briefing/model';
import { storyCredibilityLine } from '../../../shared/briefing/stories-section';
import { storiesCase } from '../../fixtures/stories/case';
import { readDocxBack } from '../../support/docx-read';

const RLI = '\u2067';
const PDI = '\u2069';
const OUTLETS = ['الوسط', 'ليبيا اليوم', 'بوابة أفريقيا'];

describe('a story’s credibility reason with Arabic names in an English line', () => {
  it('is worded as parts, each outlet a name of its own', () => {
    const [first] = buildBriefing(storiesCase('ar')).stories;
    const names = storyCredibilityLine(first!).flatMap((p) => ('name' in p ? [p.name] : []));
    expect(names).toEqual(OUTLETS);
    expect(first!.credibility.reason).toBe('Confirmed: 3 independent origins carry it (الوسط, ليبيا اليوم, بوابة أفريقيا), i.e. 2 others besides the first, and nothing contradicts it.');
  });

  it('isolates each outlet, and the cue word of a rebuttal, in the Markdown', () => {
    const lines = renderMarkdown(buildBriefing(storiesCase('ar'))).split('\n').filter((l) => l.includes('Credibility'));
    expect(lines[0]).toContain(`(${OUTLETS.map((o) => `${RLI}${o}${PDI}`).join(', ')}), i.e. 2 others`);
    expect(lines.find((l) => l.includes('Improbable'))).toContain(`contradicted by ${RLI}الشرق${PDI}, more reliable than its own source (C); rebuttal by ${RLI}وزارة الدفاع الروسية${PDI} of ${RLI}جويدو كروسيتو${PDI} (“${RLI}نفت${PDI}”).`);
  });

  it('puts each outlet in its own bdi in the HTML of the preview and the PDF', () => {
    const doc = new JSDOM(renderHtml(buildBriefing(storiesCase('ar')), { fontCss: '', pageSize: 'A4' })).window.document;
    const line = [...doc.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Credibility 1'))!;
    expect([...line.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(OUTLETS);
    expect(line.textContent).toContain('(الوسط, ليبيا اليوم, بوابة أفريقيا), i.e. 2 others');
  });

  it('gives each outlet its own right-to-left run in the Word file', async () => {
    const doc = await readDocxBack((await renderBriefing(storiesCase('ar'), { format: 'docx' })).bytes);
    const line = doc.paragraphs.find((p) => p.text.startsWith('Credibility 1'))!;
    expect(line.bidi).toBe(false);
    expect(line.rtlRuns).toEqual(OUTLETS);
  });
});
