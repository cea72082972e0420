import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';

const ar = (text: string) => analyzeText(text, { lang: 'ar' });

describe('Arabic claims and speakers', () => {
  it('takes the speaker after a verb-first cue and the claim after إن', () => {
    const r = ar('وقال تراور إن بلاده لن تطلب المساعدة العسكرية.');
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.cue?.text).toBe('وقال');
    expect(c.speaker?.text).toBe('تراور');
    expect(c.text).toBe('بلاده لن تطلب المساعدة العسكرية');
    expect(c.hedged).toBe(false);
    expect(r.actors.find((a) => a.id === c.speaker?.actorId)?.type).toBe('person');
  });

  it('finds "قال بوتين إن" and ties the surname to the full name given earlier', () => {
    const r = ar('استقبل الرئيس الروسي فلاديمير بوتين في الكرملين وفدا أفريقيا. قال بوتين إن روسيا ستواصل دعمها.');
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('بوتين');
    expect(c.speaker?.name).toBe('فلاديمير بوتين');
    expect(c.text).toBe('روسيا ستواصل دعمها');
    const putin = r.actors.find((a) => a.name === 'فلاديمير بوتين')!;
    expect(putin.mentions.map((m) => m.text)).toEqual(['فلاديمير بوتين', 'بوتين']);
    expect(putin.role).toBe('الرئيس الروسي');
  });

  it('lets a state speak: "قالت الجزائر"', () => {
    const r = ar('قالت الجزائر إنها تشعر بالقلق إزاء الوضع في ليبيا.');
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('الجزائر');
    expect(r.actors.find((a) => a.id === c.speaker?.actorId)?.type).toBe('state');
  });

  it('resolves "لكنه قال" to the last person named', () => {
    const r = ar('وقال تراور إن بلاده تريد السلام. لكنه قال إن روسيا يمكن أن تساعد.');
    const second = r.claims[1]!;
    expect(second.speaker?.text).toBe('لكنه');
    expect(second.speaker?.via).toBe('pronoun');
    expect(second.speaker?.name).toBe('تراور');
    expect(second.text).toBe('روسيا يمكن أن تساعد');
  });

  it('flags "قيل إن" as hedged with nobody named', () => {
    const r = ar('قيل إن روسيا تنقل الأصول العسكرية إلى شرق ليبيا.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.hedged).toBe(true);
    expect(r.claims[0]!.speaker).toBeNull();
    expect(r.claims[0]!.text).toBe('روسيا تنقل الأصول العسكرية إلى شرق ليبيا');
  });

  it('keeps the whole title phrase as the speaker text and the name as the actor', () => {
    const r = ar('حذر وزير الدفاع الإيطالي جويدو كروستو من أن روسيا تقترب من أوروبا.');
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('وزير الدفاع الإيطالي جويدو كروستو');
    expect(c.speaker?.name).toBe('جويدو كروستو');
    expect(c.text).toBe('روسيا تقترب من أوروبا');
  });

  it('does not take a noun like تأكيد for the cue أكد', () => {
    expect(ar('تقدم ليبيا منصة لإعادة تأكيد تأثيرها في سوريا.').claims).toHaveLength(0);
  });
});
