import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';

const ar = (text: string) => analyzeText(text, { lang: 'ar' });
/** The text of every suggested mention of actors of `type`. */
const mentions = (text: string, type: string) =>
  ar(text)
    .actors.filter((a) => a.type === type)
    .flatMap((a) => a.mentions.map((m) => m.text));

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

describe('Arabic actor candidates without a title', () => {

  it('opens a name at a known given name and runs over links and nisba surnames', () => {
    expect(mentions('وصلت رسالة من عبد الرازق الشرقاوي إلى اللجنة.', 'person')).toEqual(['عبد الرازق الشرقاوي']);
    expect(mentions('وزار شريف أبو شمط القرية أمس.', 'person')).toEqual(['شريف أبو شمط']);
    expect(mentions('التقى الوفد حسن مصطفى عبد العزيز الترتوري في رام الله.', 'person')).toEqual(['حسن مصطفى عبد العزيز الترتوري']);
  });

  it('ends a name at a conjunction: "نجيب جرجورة وسليمان أبو العز" are two people', () => {
    expect(mentions('طلب تأمين سفر نجيب جرجورة وسليمان أبو العز إلى دمشق.', 'person')).toEqual(['نجيب جرجورة', 'سليمان أبو العز']);
  });

  it('keeps given names that end in ى (مصطفى، ليلى) while على stays a preposition', () => {
    expect(mentions('وصل مصطفى محمود إلى القاهرة.', 'person')).toEqual(['مصطفى محمود']);
    expect(mentions('التقت ليلى خالد بالوفد.', 'person')).toEqual(['ليلى خالد']);
  });

  it('does not read the preposition على or everyday words as names', () => {
    expect(mentions('أصر الوفد على الحدود مع سوريا وعلى الرغم من ذلك كان اللقاء جميلة التكوين.', 'person')).toEqual([]);
    expect(mentions('وقعت الحادثة في خان يونس قرب جامعة فؤاد الأول.', 'person')).toEqual([]);
  });

  it('knows widely reported surnames on their own, and foreign given names in Arabic spelling', () => {
    expect(mentions('ورد أردوغان على الانتقادات.', 'person')).toEqual(['أردوغان']);
    expect(mentions('وصل دانييل بيمان إلى القاهرة.', 'person')).toEqual(['دانييل بيمان']);
  });

  it('does not take an ordinary phrase after a cue for a speaker\'s name', () => {
    const r = ar('وقال توصيل المساعدات بنجاح يحتاج إلى وقت.');
    expect(r.actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('names organisations after a place or proper name, and through construct chains', () => {
    expect(mentions('نشرت جريدة فلسطين الخبر في عددها الأول.', 'organisation')).toEqual(['جريدة فلسطين']);
    expect(mentions('أعلنت هيئة سوق رأس المال الفلسطينية عن قرار جديد.', 'organisation')).toEqual(['هيئة سوق رأس المال الفلسطينية']);
    expect(mentions('وصلت رسالة من لجنة الأمن والإصلاح المتفرعة من المجلس.', 'organisation')).toEqual(['لجنة الأمن والإصلاح']);
  });

  it('takes the name after a nationality or a profession, but not after an adjective agreeing with a noun', () => {
    expect(mentions('وخرجت السويسرية مارتينا هينغيس من البطولة.', 'person')).toEqual(['مارتينا هينغيس']);
    expect(mentions('وقال الفنان طلعت زكريا إن الفيلم جاهز.', 'person')).toEqual(['طلعت زكريا']);
    expect(mentions('وقصف الجيش الروسي مواقع في المدينة.', 'person')).toEqual([]);
    expect(mentions('وتغلب على الألماني فلوريان ماير 6 - 1.', 'person')).toEqual(['فلوريان ماير']);
    expect(mentions('وفاز على نظيره الفرنسي بفارق 17 نقطة.', 'person')).toEqual([]);
    expect(mentions('في منطقة عرب العراقي صرخ في سائق القطار.', 'person')).toEqual([]);
  });

  it('does not spread a speaker guess over the article: "قال متمردو دارفور" names nobody in "دارفور"', () => {
    const r = ar('قال متمردو دارفور إن الطائرات قصفت القرى. وتشهد دارفور نزاعا منذ سنوات. وزار الوفد دارفور أمس.');
    const persons = r.actors.filter((a) => a.type === 'person').flatMap((a) => a.mentions.map((m) => m.text));
    expect(persons.filter((t) => t === 'دارفور')).toEqual([]);
  });

  it('keeps a bare ministry portfolio inside the minister\'s title', () => {
    const r = ar('وقال وزير الخارجية الإيطالي أنطونيو تاياني إن الوضع خطير.');
    expect(r.actors.filter((a) => a.type === 'organisation')).toEqual([]);
    expect(r.claims[0]?.speaker?.name).toBe('أنطونيو تاياني');
  });

  it('makes the man before his title the speaker, not the ministry in the title', () => {
    const r = ar('وقال فوزي صلوخ وزير الخارجية اللبنانية إن الحكومة ستجتمع غدا.');
    const c = r.claims[0]!;
    expect(c.speaker?.name).toBe('فوزي صلوخ');
    expect(r.actors.find((a) => a.id === c.speaker?.actorId)?.type).toBe('person');
  });

  it('takes a family name in the nisba form as a speaker, but not a nationality', () => {
    expect(ar('وقال البدري مدير الكرة إن الفريق جاهز.').claims[0]?.speaker?.name).toBe('البدري');
    expect(ar('وقال الإسرائيلي إن الحدود مغلقة.').actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('ends a name before a verb, an adverb or a noun in apposition, and after a famous surname', () => {
    expect(mentions('أما وزير الداخلية نيكولا ساركوزي فصرح في واشنطن بأن الوضع هادئ.', 'person')).toEqual(['نيكولا ساركوزي']);
    expect(mentions('ويستعد المطرب مدحت صالح حاليا لأداء أغنية جديدة.', 'person')).toEqual(['مدحت صالح']);
    expect(mentions('والتقى الإيطالي فابيو كابيلو مدرب روما بالصحفيين.', 'person')).toEqual(['فابيو كابيلو']);
    expect(mentions('بعد الانسحاب من مالي وبوركينا فاسو والنيجر وتشاد والسنغال.', 'state')).toContain('تشاد');
    expect(mentions('ولم تغير أنجيلا ميركل قرار الحكومة.', 'person')).toEqual(['أنجيلا ميركل']);
    expect(mentions('وسجل كارلوس تيفيز هدفا في المباراة.', 'person')).toEqual(['كارلوس تيفيز']);
    expect(mentions('وتغلبت الصربية يلينا يانكوفيتش على منافستها.', 'person')).toEqual(['يلينا يانكوفيتش']);
    expect(mentions('مثل ستيف جوبس علي سبيل المثال.', 'person')).toEqual(['ستيف جوبس']);
    expect(mentions('وحل العداء الهولندي سوم برام ثانيا بتوقيت جيد.', 'person')).toEqual(['سوم برام']);
    expect(mentions('وقال وزير الدفاع جوونو سودارسونو للصحفيين إن الوضع هادئ.', 'person')).toEqual(['جوونو سودارسونو']);
    expect(mentions('وقال رئيس الجمهورية البرتغالية أنيبال كافاكو سيلفا في تصريحات.', 'person')).toEqual(['أنيبال كافاكو سيلفا']);
    expect(mentions('وقال الملك عبد الله الثاني إن الأردن يدعم الحل.', 'person')).toEqual(['عبد الله الثاني']);
    expect(mentions('ولولا تدخل الجيش لانهار كل شيء.', 'person')).toEqual([]);
    expect(mentions('ارتفع مؤشر سوق أبو ظبي للأوراق المالية.', 'person')).toEqual([]);
    expect(mentions('منذ ما يزيد على تسعة أشهر.', 'person')).toEqual([]);
    expect(ar('بينما رأى آخرون أن الاتفاق مهم.').actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('opens a name at an everyday-word given name when a name word follows, not at a title', () => {
    expect(mentions('رسالة الحاج أمين الحسيني إلى المندوب السامي.', 'person')).toEqual(['أمين الحسيني']);
    expect(mentions('وقال أمين سر اللجنة إن الاجتماع مهم.', 'person')).toEqual([]);
    expect(mentions('وكان جمال المكان لافتا.', 'person')).toEqual([]);
  });

  it('does not take "الآن" (now), an accusative noun or a verbal noun after a title for a name', () => {
    expect(mentions('والآن يتزايد الطلب على الكهرباء في المدينة.', 'person')).toEqual([]);
    expect(mentions('يقدم المشهد المضطرب في ليبيا الآن ملعبًا للقوى الأجنبية.', 'person')).toEqual([]);
    expect(mentions('لقب الشاب الظريف لم يفارقه.', 'person')).toEqual([]);
    expect(mentions('لاختيار رئيس وزراء مؤقت وحكومة تتولى الأمور.', 'person')).toEqual([]);
    expect(mentions('وجاء أداء الفريق متوازنا وقويا في المباراة.', 'person')).toEqual([]);
    expect(mentions('واقترح الرئيس الإيراني إجراء مناظرة تلفزيونية مباشرة.', 'person')).toEqual([]);
  });
});

describe('Arabic clubs and outlets', () => {
  const orgs = (text: string) => mentions(text, 'organisation');
  const outlets = (text: string) => ar(text).sources.map((s) => s.name);

  it('reads a club named with an everyday word or its city as a club only in a sports report', () => {
    expect(orgs('وتغلب الأهلي على الزمالك في مباراة الدوري أمس.')).toEqual(['الأهلي', 'الزمالك']);
    expect(orgs('وفاز ليفربول على برشلونة بهدفين في الشوط الثاني.')).toEqual(['ليفربول', 'برشلونة']);
    expect(orgs('وزار الوزير ليفربول والتقى المجلس الأهلي للمدينة.')).not.toContain('ليفربول');
    // A famous club with a name of its own is one anywhere.
    expect(orgs('واشترى صندوق الاستثمارات نادي نيوكاسل يونايتد ثم مانشستر يونايتد.')).toContain('مانشستر يونايتد');
  });

  it('does not take the adjective "العربية" for Al Arabiya, but does where an outlet is named', () => {
    expect(outlets('وتدرس اللغة العربية في المدارس الحكومية.')).toEqual([]);
    expect(outlets('وذكرت العربية أن الاجتماع تأجل.')).toEqual(['Al Arabiya']);
    expect(outlets('وقال الوزير للجزيرة إن الحدود مفتوحة.')).toEqual(['Al Jazeera']);
    expect(outlets('وتقع شبه الجزيرة جنوب البلاد.')).toEqual([]);
  });

  it('knows the agencies by their Arabic abbreviations and credits', () => {
    expect(outlets('كاتمندو (أ ف ب) - عانت العاصمة من انقطاع الكهرباء.')).toEqual(['AFP']);
    expect(outlets('برلين (د ب أ) - أعلنت الحكومة خطة جديدة.')).toEqual(['dpa']);
    expect(outlets('وارتفع عدد القتلى بنيران القناصة (الفرنسية) إلى عشرة.')).toEqual(['AFP']);
    expect(outlets('وقالت الحكومة الفرنسية إن الوضع هادئ.')).toEqual([]);
  });
});
