import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import { PLACE_INFO } from '../../../shared/analysis/lexicon-places';
import { stateAt } from '../../../shared/analysis/name-spans';
import { tokenise } from '../../../shared/analysis/tokens';
import type { SuggestedActor } from '../../../shared/analysis/types';

const ar = (text: string): SuggestedActor[] => analyzeText(text, { lang: 'ar' }).actors;
const byMention = (actors: SuggestedActor[], form: string): SuggestedActor | undefined => actors.find((a) => a.mentions.some((m) => m.text === form));
const byWithin = (actors: SuggestedActor[], form: string): SuggestedActor | undefined => actors.find((a) => a.within?.some((m) => m.text === form));

describe('regions of Arabic-speaking states come from maintained data', () => {
  // Governorates and provinces named after their chief city: in no hand list, from the
  // @countrystatecity/countries package through lexicon/regions-ar.generated.json.
  const CASES: { text: string; form: string; state: string }[] = [
    { text: 'وقصفت الطائرات مواقع في إدلب فجر اليوم.', form: 'إدلب', state: 'Syria' },
    { text: 'واعتقلت القوات شابين من طولكرم بعد منتصف الليل.', form: 'طولكرم', state: 'Palestine' },
    { text: 'ووصلت قافلة المساعدات إلى مأرب أمس.', form: 'مأرب', state: 'Yemen' },
    { text: 'وشهدت سيدي بوزيد احتجاجات واسعة.', form: 'سيدي بوزيد', state: 'Tunisia' },
  ];
  for (const c of CASES)
    it(`${c.form} is a place in ${c.state}`, () => {
      const a = byMention(ar(c.text), c.form);
      expect(a?.type, `no place "${c.form}"`).toBe('place');
      const { tokens } = tokenise(c.form, []);
      expect(PLACE_INFO.get(stateAt(tokens, 0)?.name ?? '')?.state).toBe(c.state);
    });

  // Divisions the data also calls by everyday words stay words (lexicon/ar-region-not-names.json).
  const WORDS: { text: string; form: string }[] = [
    { text: 'وتنتشر الظاهرة في المدن الكبرى منذ سنوات.', form: 'الظاهرة' },
    { text: 'ورفع المحاصرون الراية البيضاء مساء الجمعة.', form: 'البيضاء' },
    { text: 'وأعلنت الداخلية أن التحقيق مستمر.', form: 'الداخلية' },
    { text: 'وافتتح المعرض في القاهرة الجديدة أمس.', form: 'الجديدة' },
    { text: 'وتبقى العقبة الكبرى أمام الاتفاق هي التمويل.', form: 'العقبة' },
    // Months and weekdays are never actors: "إب" (Yemen) is spelled like the month آب once normalised.
    { text: 'ونشرت الصحيفة الخبر في 22 آب 1931.', form: 'آب' },
    { text: 'وبدأ الإضراب يوم الجمعة في الأول من تموز.', form: 'تموز' },
  ];
  for (const c of WORDS)
    it(`"${c.form}" is no place`, () => {
      const a = byMention(ar(c.text), c.form);
      expect(a?.type === 'place' || a?.type === 'state').toBe(false);
    });

  it('the generated file is what the installed packages give', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-regions.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('a place head before a name', () => {
  // A word ending in ا, ى or ة after a place head is the place's name, though its ي gives it the
  // shape of an imperfect verb (no verb ends in ة, and a dual's ا needs a subject, not a head).
  const CASES: { text: string; form: string }[] = [
    { text: 'ووصلت الصور من مدينة يافا قبل الحرب.', form: 'مدينة يافا' },
    { text: 'وهدم الجيش منزلين في بلدة يطا جنوب الخليل.', form: 'بلدة يطا' },
    { text: 'وولد الشاعر في مخيم يبنا في رفح.', form: 'مخيم يبنا' },
  ];
  for (const c of CASES) it(c.form, () => expect(byMention(ar(c.text), c.form)?.type).toBe('place'));
});

describe('a place named inside a body\'s name is listed on the place, not highlighted', () => {
  const CASES: { text: string; body: string; place: string; type: string }[] = [
    { text: 'وقرر مجلس بلدية نابلس إغلاق السوق.', body: 'بلدية نابلس', place: 'نابلس', type: 'place' },
    { text: 'ونشرت جريدة فلسطين الخبر في صفحتها الأولى.', body: 'جريدة فلسطين', place: 'فلسطين', type: 'state' },
    { text: 'وأعلنت جامعة دمشق تأجيل الامتحانات.', body: 'جامعة دمشق', place: 'دمشق', type: 'place' },
  ];
  for (const c of CASES)
    it(`${c.place} in ${c.body}`, () => {
      const actors = ar(c.text);
      expect(byMention(actors, c.body)?.type).toBe('organisation');
      const place = byWithin(actors, c.place);
      expect(place?.type).toBe(c.type);
      // Never a highlight of its own: it would overlap the body's.
      expect(place?.mentions.some((m) => m.text === c.place)).toBe(false);
    });

  it('a place named alone as well keeps its own mention and gains the one inside', () => {
    const actors = ar('وقال رئيس بلدية الخليل إن الخليل تعاني من الحصار.');
    const place = byMention(actors, 'الخليل');
    expect(place?.type).toBe('place');
    expect(place?.within?.map((m) => m.text)).toEqual(['الخليل']);
  });
});

describe('a municipal body is named after its town, a place even when no list knows it', () => {
  // lexicon/ar-municipal-heads.json: بلدية، مجلس محلي، مجلس قروي، مجلس بلدي.
  const CASES: { text: string; body: string; town: string }[] = [
    { text: 'وافتتحت بلدية عرابة حديقة جديدة.', body: 'بلدية عرابة', town: 'عرابة' },
    { text: 'وطالب مجلس محلي عنبتا بتعويض المزارعين.', body: 'مجلس محلي عنبتا', town: 'عنبتا' },
    { text: 'وقال مجلس قروي عقربا إن الجيش صادر الأرض.', body: 'مجلس قروي عقربا', town: 'عقربا' },
    { text: 'وأكد رئيس بلدية قرية كفر قاسم عادل بدير أن العمل مستمر.', body: 'بلدية قرية كفر قاسم', town: 'قرية كفر قاسم' },
  ];
  for (const c of CASES)
    it(`${c.town} in ${c.body}`, () => {
      const actors = ar(c.text);
      expect(byMention(actors, c.body)?.type).toBe('organisation');
      expect(byWithin(actors, c.town)?.type).toBe('place');
    });
});

describe('a place head among a title\'s complements is where the role is held, not the name', () => {
  const CASES: { text: string; place: string; person: string }[] = [
    { text: 'وقال محافظ مدينة الخليل كامل حميد إن الوضع هادئ.', place: 'مدينة الخليل', person: 'كامل حميد' },
    { text: 'وقال رئيس بلدية مدينة البيرة عوني شخشير إن المشروع سينجز.', place: 'مدينة البيرة', person: 'عوني شخشير' },
    // A rank after the body opens the holder's name: it is no part of the body's ("شرطة مدينة نابلس").
    { text: 'وقال مدير شرطة مدينة نابلس العقيد سامي جرار إن الطرق مفتوحة.', place: 'مدينة نابلس', person: 'سامي جرار' },
  ];
  it('the rank after the body stays out of its name', () => {
    const forms = ar('وقال مدير شرطة مدينة نابلس العقيد سامي جرار إن الطرق مفتوحة.').flatMap((a) => a.mentions.map((m) => m.text));
    expect(forms).toContain('شرطة مدينة نابلس');
  });
  it('a title inside a body\'s name, with no place before it, stays in the name', () => {
    const forms = ar('وقال مدير مكتب رئيس الوزراء أحمد علي إن الاجتماع تأجل.').flatMap((a) => a.mentions.map((m) => m.text));
    expect(forms).toContain('مكتب رئيس الوزراء');
  });
  for (const c of CASES)
    it(c.person, () => {
      const actors = ar(c.text);
      expect(actors.find((a) => a.name === c.place || a.mentions.some((m) => m.text === c.place) || a.within?.some((m) => m.text === c.place))?.type).toBe('place');
      expect(byMention(actors, c.person)?.type).toBe('person');
      expect(actors.some((a) => a.type === 'person' && a.mentions.some((m) => m.text === c.place))).toBe(false);
    });
});

describe('a place after the preposition ب is where a body is, not part of its name', () => {
  const CASES: { text: string; body: string }[] = [
    { text: 'وقال رئيس حزب الأمة القومي بالنيل الأبيض محمد علي إن الحزب يرفض القرار.', body: 'حزب الأمة القومي' },
    { text: 'وقالت نقابة المحامين بحلب إن الإضراب مستمر.', body: 'نقابة المحامين' },
    { text: 'وأعلن اتحاد الكتاب بدمشق رفضه للقرار.', body: 'اتحاد الكتاب' },
  ];
  for (const c of CASES)
    it(c.body, () => {
      const actors = ar(c.text);
      const forms = actors.flatMap((a) => a.mentions.map((m) => m.text));
      expect(forms).toContain(c.body);
      expect(forms.some((f) => f.startsWith(c.body) && f !== c.body)).toBe(false);
    });
});
