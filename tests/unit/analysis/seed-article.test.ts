import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import { normaliseKey } from '../../../shared/analysis/normalise';
import type { Actor } from '../../../shared/domain';
import { canonicalText } from '../../../shared/text';
import { seedArticleText, seedMissing } from '../../support/paths';

// The product owner's seed article lives beside the repo in shared/fixtures (not copied in).
const text = canonicalText(seedArticleText());
const paragraphs = text.split('\n');

const haftar: Actor = { id: 'actor-haftar', name: 'خليفة هافتار', type: 'person', aliases: ['Haftar'], role: 'LNA commander' };

function claimIn(r: ReturnType<typeof analyzeText>, paragraphPrefix: string) {
  const start = text.indexOf(paragraphPrefix);
  const end = text.indexOf('\n', start);
  return r.claims.filter((c) => c.start >= start && c.end <= (end === -1 ? text.length : end));
}

describe.skipIf(seedMissing !== null)('seed article (Moscow, Haftar, Burkina Faso)', () => {
  it('matches the three Haftar spellings to the known actor', () => {
    const r = analyzeText(text, { lang: 'ar', knownActors: [haftar] });
    const a = r.actors.find((x) => x.id === 'actor-haftar');
    expect(a?.known).toBe(true);
    const forms = new Set(a?.mentions.map((m) => m.text));
    expect(forms).toEqual(new Set(['خليفة هافتار', 'Haftar', 'هفتار', 'هافتار']));
    // "لهفتار": the mention starts after the clitic.
    const inside = a?.mentions.find((m) => m.text === 'هفتار');
    expect(text.slice((inside?.start ?? 0) - 1, inside?.end)).toBe('لهفتار');
    expect(r.actors.filter((x) => x.mentions.some((m) => /هافتار|هفتار|Haftar/.test(m.text)))).toHaveLength(1);
  });

  it('groups the three Haftar spellings into one candidate when no actor is known', () => {
    const r = analyzeText(text, { lang: 'ar' });
    const withHaftar = r.actors.filter((x) => x.mentions.some((m) => /هافتار|هفتار|Haftar/.test(m.text)));
    expect(withHaftar).toHaveLength(1);
    expect(withHaftar[0]?.name).toBe('خليفة هافتار');
    expect(withHaftar[0]?.known).toBe(false);
    expect(new Set(withHaftar[0]?.aliases)).toEqual(new Set(['Haftar', 'هفتار', 'هافتار']));
  });

  it('finds خدمة Kremlin Press and Facebook as sources, and the Facebook page as the channel', () => {
    const r = analyzeText(text, { lang: 'ar' });
    expect(r.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Kremlin Press', 'Facebook']));
    expect(r.sources.find((s) => s.name === 'Kremlin Press')?.mentions[0]?.text).toBe('خدمة Kremlin Press');
    const [lna] = claimIn(r, 'قال القيادة العامة');
    expect(lna?.speaker?.text).toBe('القيادة العامة لـ LNA');
    expect(lna?.channel?.text).toBe('على صفحتها على Facebook');
    expect(lna?.text.startsWith('Haftar و Belousov')).toBe(true);
  });

  it('attributes the Kremlin announcement to Kremlin Press', () => {
    const r = analyzeText(text, { lang: 'ar' });
    const [c] = claimIn(r, 'أعلنت خدمة Kremlin Press');
    expect(c?.cue?.text).toBe('أعلنت');
    expect(c?.speaker?.text).toBe('خدمة Kremlin Press');
    expect(c?.source?.text).toBe('خدمة Kremlin Press');
    expect(c?.text).toBe('“التقى الرئيس القائد الأعلى للجيش الوطني الليبي ، خليفة هافتار”');
  });

  it('finds every reported statement with the right speaker', () => {
    const r = analyzeText(text, { lang: 'ar', knownActors: [haftar] });
    const speakerOf = (prefix: string): (string | null)[] => claimIn(r, prefix).map((c) => c.speaker?.name ?? null);
    expect(speakerOf('يقال إن بيلوسوف')).toEqual([null]);
    expect(claimIn(r, 'يقال إن بيلوسوف')[0]?.hedged).toBe(true);
    expect(speakerOf('شكر هافتار')).toEqual(['خليفة هافتار']);
    expect(speakerOf('منذ خريف')).toEqual([null]);
    expect(claimIn(r, 'منذ خريف')[0]?.hedged).toBe(true);
    expect(speakerOf('حذر وزير الدفاع')).toEqual(['جويدو كروستو']);
    expect(speakerOf('دعا رئيس بوركينا')).toEqual(['إبراهيم تراور']);
    expect(speakerOf('وقال تراور: ')).toEqual(['إبراهيم تراور']);
    expect(speakerOf('وقال تراور إن بلاده')).toEqual(['إبراهيم تراور']);
    // The reporter's remark after "، لكنها" is left out of the claim.
    expect(claimIn(r, 'وقال تراور إن بلاده')[0]?.text).toBe('بلاده “لديها العديد من المشاريع مع وزارة الدفاع الروسية”');
    expect(speakerOf('وقال تراور إنه')).toEqual(['إبراهيم تراور']);
    expect(speakerOf('لكنه قال')).toEqual(['إبراهيم تراور']);
    expect(speakerOf('وقال بوتين إن')).toEqual(['فلاديمير بوتين']);
    expect(speakerOf('وقال بوتين: ')).toEqual(['فلاديمير بوتين']);
    expect(speakerOf('يؤثر تحول روسيا')).toEqual(['الجزائر']);
    // Analysis paragraphs carry no reported statement.
    for (const p of paragraphs.filter((x) => /^(تأتي|بالنسبة|ومع ذلك|تسعى|تعتبر|يعزز|حتى|وصل|تم استقباله|في 8 مايو|كما أجرى|حصل)/.test(x))) {
      expect(claimIn(r, p.slice(0, 20))).toEqual([]);
    }
  });
});

describe.skipIf(seedMissing !== null)('the case learns', () => {
  it('does not suggest a rejected claim, actor or source again', () => {
    const first = analyzeText(text, { lang: 'ar' });
    const claim = first.claims[0]!;
    const again = analyzeText(text, {
      lang: 'ar',
      rejected: [
        { kind: 'claim', key: normaliseKey(claim.text) },
        { kind: 'actor', key: normaliseKey('الكرملين') },
        { kind: 'source', key: normaliseKey('Facebook') },
      ],
    });
    expect(again.claims.map((c) => c.text)).not.toContain(claim.text);
    expect(again.claims).toHaveLength(first.claims.length - 1);
    expect(again.actors.some((a) => a.name === 'الكرملين')).toBe(false);
    expect(again.sources.some((s) => s.name === 'Facebook')).toBe(false);
  });

  it('finds a new alias everywhere once the analyst adds it', () => {
    const before = analyzeText('التقى الوفد بالمشير في بنغازي. وقال المشير إن الجيش مستعد.', { lang: 'ar' });
    expect(before.actors.some((a) => a.id === 'x')).toBe(false);
    const after = analyzeText('التقى الوفد بالمشير في بنغازي. وقال المشير إن الجيش مستعد.', {
      lang: 'ar',
      knownActors: [{ id: 'x', name: 'خليفة هافتار', type: 'person', aliases: ['المشير'], role: '' }],
    });
    const a = after.actors.find((x) => x.id === 'x');
    expect(a?.mentions.map((m) => m.text)).toEqual(['المشير', 'المشير']);
    expect(after.claims[0]?.speaker?.actorId).toBe('x');
  });

  it('gives the same result for the same input', () => {
    expect(JSON.stringify(analyzeText(text, { knownActors: [haftar] }))).toBe(JSON.stringify(analyzeText(text, { knownActors: [haftar] })));
  });
});
