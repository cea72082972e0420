/**
 * Story lines in the briefing model and its Markdown, on the Arabic and English story fixtures (five
 * reports of one event each, one a verbatim wire copy, one a denial), and the network picture.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../shared/briefing/model';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { networkSvg } from '../../../shared/briefing/network-picture';
import { STORY_LINK_LABEL } from '../../../shared/stories';
import { citeText, storyCredibilityLine, storyReportedLine, storyReportsLine, type StoryPart } from '../../../shared/briefing/stories-section';
import type { CaseData, Credibility } from '../../../shared/domain';
import { storiesCase } from '../../fixtures/stories/case';
import { fixtureCase } from '../../fixtures/briefing/cases';

const plain = (parts: readonly StoryPart[]): string => parts.map((p) => ('text' in p ? p.text : 'date' in p ? p.date : 'name' in p ? p.name : citeText(p.cite))).join('');
const RLI = '\u2067';
const PDI = '\u2069';

function grade(data: CaseData, speakerId: string, credibility: Credibility): void {
  for (const a of data.annotations) if (a.claim?.speakerId === speakerId) a.claim.credibility = credibility;
}

describe('story lines in the briefing model', () => {
  it('gives each story its independent origins, first report, contradictions and proposal (English)', () => {
    const b = buildBriefing(storiesCase('en'));
    expect(b.stories.map((s) => s.speaker)).toEqual(['Vladimir Putin', 'Guido Crosetto', 'Ibrahim Traore', 'LNA General Command']);
    const [putin, crosetto, traore] = b.stories;
    // The wire copy (Wire Digest) is one origin with the Libya Herald, not a fourth.
    expect(plain(storyReportedLine(putin!))).toBe(
      'Reported by 3 independent sources (Libya Herald, Africa Report, Sahel Monitor); first by Libya Herald on 2025-05-09 claim 1 [1].',
    );
    expect(plain(storyCredibilityLine(putin!))).toMatch(/^Credibility 1 \(confirmed\), proposed by Claimwork from corroboration; the analyst has not set a grade\. Confirmed: 3 independent origins/);
    expect(plain(storyReportsLine(putin!))).toBe(
      'Reports: Libya Herald, 2025-05-09: claim 1 [1]; Africa Report, 2025-05-09: claim 2 [2]; Wire Digest, 2025-05-09: claim 3 [3]; Sahel Monitor, 2025-05-10: claim 4 [4].',
    );
    expect(plain(storyReportedLine(crosetto!))).toBe(
      'Reported by 1 independent source (Libya Herald); first by Libya Herald on 2025-05-09 claim 5 [1]; rebutted by Russian Defence Ministry (The Eastern Post) on 2025-05-10 claim 12 [5].',
    );
    expect(crosetto!.credibility).toMatchObject({ grade: 5, setBy: 'proposal', proposed: 5 });
    expect(plain(storyReportedLine(traore!))).toContain('; a different figure from Ibrahim Traore (Sahel Monitor) on 2025-05-10 claim 8 [4].');
  });

  it('counts the analyst’s grade over the proposal, and says when it agrees with a proposal from corroboration', () => {
    const data = storiesCase('en');
    grade(data, 'crosetto', 3);
    grade(data, 'putin', 1);
    const b = buildBriefing(data);
    const crosetto = b.stories.find((s) => s.speaker === 'Guido Crosetto')!;
    expect(crosetto.credibility).toMatchObject({ grade: 3, setBy: 'analyst', proposed: 5 });
    expect(plain(storyCredibilityLine(crosetto))).toMatch(/^Credibility 3 \(possibly true\), set by the analyst; Claimwork proposed 5 \(improbable\)\. Improbable: contradicted by The Eastern Post/);
    const putin = b.stories.find((s) => s.speaker === 'Vladimir Putin')!;
    expect(plain(storyCredibilityLine(putin))).toMatch(/^Credibility 1 \(confirmed\), set by the analyst as Claimwork proposed from corroboration\. /);
    // Grades that differ between the story's claims are no single analyst's grade: the proposal stands.
    data.annotations.find((a) => a.claim?.speakerId === 'putin')!.claim!.credibility = 2;
    expect(buildBriefing(data).stories.find((s) => s.speaker === 'Vladimir Putin')!.credibility).toMatchObject({ grade: 1, setBy: 'proposal' });
  });

  it('cites reports left out of a picked briefing by article and paragraph, adding their articles to the references', () => {
    const data = storiesCase('en');
    const first = data.annotations.find((a) => a.claim?.speakerId === 'crosetto')!;
    data.briefing.selection = 'picked';
    data.briefing.pickedClaimIds = [first.id];
    const b = buildBriefing(data);
    expect(b.claimCount).toBe(1);
    expect(b.stories).toHaveLength(1);
    // The denial stays although the analyst did not pick it: the story is grouped over the whole case.
    expect(plain(storyReportedLine(b.stories[0]!))).toBe(
      'Reported by 1 independent source (Libya Herald); first by Libya Herald on 2025-05-09 claim 1 [1]; rebutted by Russian Defence Ministry (The Eastern Post) on 2025-05-10 [3] ¶ 2.',
    );
    expect(plain(storyReportsLine(b.stories[0]!))).toBe('Reports: Libya Herald, 2025-05-09: claim 1 [1]; Wire Digest, 2025-05-09: [2] ¶ 5.');
    expect(b.citations.map((c) => [c.n, c.publisher, c.paragraphs])).toEqual([
      [1, 'Libya Herald', [5]],
      [2, 'Wire Digest', [5]],
      [3, 'The Eastern Post', [2]],
    ]);
    expect(b.appendix.map((a) => a.publisher)).toEqual(['Libya Herald', 'Wire Digest', 'The Eastern Post']);
  });

  it('has no story section when every claim is in one article', () => {
    const data = storiesCase('en');
    data.annotations = data.annotations.filter((a) => a.articleId === 'a1');
    const b = buildBriefing(data);
    expect(b.claimCount).toBe(3);
    expect(b.stories).toEqual([]);
    expect(renderMarkdown(b)).not.toContain('## Stories across articles');
  });

  it('names Arabic origins and speakers as they are written (Arabic reports)', () => {
    const b = buildBriefing(storiesCase('ar'));
    expect(b.stories.map((s) => s.speaker)).toEqual(['فلاديمير بوتين', 'إبراهيم تراوري', 'القيادة العامة للجيش الوطني الليبي', 'جويدو كروسيتو']);
    expect(plain(storyReportedLine(b.stories[0]!))).toBe('Reported by 3 independent sources (الوسط, ليبيا اليوم, بوابة أفريقيا); first by الوسط on 2025-05-09 claim 1 [1].');
    expect(b.stories[0]!.dir).toBe('rtl');
    expect(plain(storyReportedLine(b.stories[3]!))).toBe(
      'Reported by 1 independent source (الوسط); first by الوسط on 2025-05-09 claim 9 [1]; rebutted by وزارة الدفاع الروسية (الشرق) on 2025-05-10 claim 12 [5].',
    );
  });
});

describe('story lines in the Markdown briefing', () => {
  it('prints each story with footnote citations (English)', () => {
    const md = renderMarkdown(buildBriefing(storiesCase('en')));
    expect(md).toContain('## Stories across articles\n\n4 statements of this briefing reported across articles');
    expect(md).toContain(
      '### Story 2: Guido Crosetto\n\n> Russia\'s move from Syria to Libya puts hostile naval capabilities two steps from Italian waters\n\n- Reported by 1 independent source (Libya Herald); first by Libya Herald on 2025-05-09 claim 5[^1]; rebutted by Russian Defence Ministry (The Eastern Post) on 2025-05-10 claim 12[^5].\n- Credibility 5 (improbable), proposed by Claimwork from the reports;',
    );
    // The section sits after the key claims and before the actors table.
    expect(md.indexOf('## Key claims')).toBeLessThan(md.indexOf('## Stories across articles'));
    expect(md.indexOf('## Stories across articles')).toBeLessThan(md.indexOf('## Actors'));
  });

  it('isolates Arabic names inside the left-to-right story lines, and lays the quote out right to left (Arabic)', () => {
    const md = renderMarkdown(buildBriefing(storiesCase('ar')));
    expect(md).toContain(`### Story 1: فلاديمير بوتين\n\n> روسيا ستستمر في مساعدة بوركينا فاسو`);
    expect(md).toContain(`- Reported by 3 independent sources (${RLI}الوسط${PDI}, ${RLI}ليبيا اليوم${PDI}, ${RLI}بوابة أفريقيا${PDI}); first by ${RLI}الوسط${PDI} on 2025-05-09 claim 1[^1].`);
  });

  it('links the network picture written beside the file, or says where it is', () => {
    const b = buildBriefing(storiesCase('en'));
    expect(renderMarkdown(b, { networkImage: 'brief.network.svg' })).toContain('## Who speaks about whom\n\n![Actor network: who speaks about whom](<brief.network.svg>)');
    expect(renderMarkdown(b)).toContain('## Who speaks about whom\n\nThe actor network picture is in the PDF export');
  });
});

describe('the actor network picture', () => {
  it('draws every actor of the briefing’s claims and every edge in its stance colour, with a legend, the same each time', () => {
    const b = buildBriefing(storiesCase('ar'));
    const svg = networkSvg(b.network!);
    expect(svg).toBe(networkSvg(buildBriefing(storiesCase('ar')).network!));
    expect(svg.match(/<circle class="node"/g)).toHaveLength(b.network!.nodes.length);
    expect(svg.match(/<line class="edge/g)).toHaveLength(b.network!.edges.length);
    expect(svg.match(/class="edge stance-deny"/g)).toHaveLength(3);
    expect(svg.match(/class="edge stance-support"/g)).toHaveLength(2);
    expect(svg).toContain('direction="rtl" unicode-bidi="embed">فلاديمير بوتين</text>');
    for (const label of ['backs or helps', 'denies or rebuts', 'stance not shown in the words']) expect(svg).toContain(label);
    // Every node lies inside the picture.
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    for (const m of svg.matchAll(/<circle class="node" cx="([\d.-]+)" cy="([\d.-]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThan(0);
      expect(Number(m[1])).toBeLessThan(w!);
      expect(Number(m[2])).toBeGreaterThan(0);
      expect(Number(m[2])).toBeLessThan(h!);
    }
  });

  it('draws the links between actors of one story dashed, with a legend row, among the briefing’s claims only', () => {
    for (const lang of ['en', 'ar'] as const) {
      const b = buildBriefing(storiesCase(lang));
      expect(b.network!.edges.filter((e) => e.kind === 'story').map((e) => [e.source, e.target, e.stance])).toEqual([
        ['lna-gc', 'mismari', null],
        ['ru-mod', 'crosetto', 'deny'],
      ]);
      const svg = networkSvg(b.network!);
      expect(svg.match(/<line class="edge story [^>]*stroke-dasharray="5 3"/g), lang).toHaveLength(2);
      expect(svg.match(/<line class="edge stance-[^>]*stroke-dasharray/g), lang).toBeNull();
      expect(svg).toContain(STORY_LINK_LABEL);
    }
    // A briefing without Crosetto's warning draws no link against it, and no legend row without a dashed link.
    const data = storiesCase('en');
    const claimIds = data.annotations.filter((a) => a.kind === 'claim' && !['crosetto', 'mismari'].includes(a.claim!.speakerId!)).map((a) => a.id);
    const b = buildBriefing(data, { claimIds });
    expect(b.network!.edges.filter((e) => e.kind === 'story')).toEqual([]);
    expect(networkSvg(b.network!)).not.toContain(STORY_LINK_LABEL);
  });

  it('escapes names and keeps the most involved actors of a large network', () => {
    const data = fixtureCase();
    const b = buildBriefing(data);
    expect(b.network).not.toBeNull();
    const svg = networkSvg({ ...b.network!, nodes: b.network!.nodes.map((n, i) => (i === 0 ? { ...n, name: '<script>&' } : n)) });
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).not.toContain('<script>');
  });
});
