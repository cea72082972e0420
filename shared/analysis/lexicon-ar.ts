/**
 * Arabic lexicon for suggestions. All entries are written in normalised form (see normaliseArabic):
 * no hamza on alef, ي for final ى, ه for ة. Clitics و/ف/ل are stripped before lookup.
 */
import { AR_CUE_FAMILIES, AR_CUE_PARTICLE, AR_CUE_PARTICLES_BEFORE_CONTENT, AR_PARTICIPLE_CUES } from './lexicon/cues-ar';
import { AR_PROFESSIONS } from './lexicon-names';
import arDescriptionNouns from './lexicon/ar-description-nouns.json';
import arClubsInSport from './lexicon/ar-clubs-in-sport.json';
import arSportWords from './lexicon/ar-sport-words.json';

/** Reporting verbs: past 3rd person m/f/pl and the present forms newswire uses. */
const CUE_STEMS: Record<string, string[]> = {
  قال: ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'قالا', 'قالتا'],
  اعلن: ['اعلن', 'اعلنت', 'اعلنوا', 'يعلن', 'تعلن'],
  اكد: ['اكد', 'اكدت', 'اكدوا', 'يؤكد', 'يوكد', 'تؤكد', 'توكد'],
  صرح: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح'],
  حذر: ['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر'],
  دعا: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو'],
  اشار: ['اشار', 'اشارت', 'اشاروا', 'يشير', 'تشير'],
  اضاف: ['اضاف', 'اضافت', 'اضافوا', 'يضيف', 'تضيف'],
  نفي: ['نفي', 'نفت', 'نفوا', 'ينفي', 'تنفي'],
  زعم: ['زعم', 'زعمت', 'زعموا', 'يزعم', 'تزعم'],
  اتهم: ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم'],
  افاد: ['افاد', 'افادت', 'افادوا', 'يفيد', 'تفيد'],
  اوضح: ['اوضح', 'اوضحت', 'اوضحوا', 'يوضح', 'توضح'],
  ذكر: ['ذكر', 'ذكرت', 'ذكروا'],
  كشف: ['كشف', 'كشفت', 'كشفوا'],
  شدد: ['شدد', 'شددت', 'شددوا', 'يشدد', 'تشدد'],
  اعتبر: ['اعتبر', 'اعتبرت', 'اعتبروا'],
  اعرب: ['اعرب', 'اعربت', 'اعربوا'],
  طالب: ['طالب', 'طالبت', 'طالبوا', 'يطالب', 'تطالب'],
  تعهد: ['تعهد', 'تعهدت', 'تعهدوا'],
  هدد: ['هدد', 'هددت', 'هددوا'],
  ادعي: ['ادعي', 'ادعت', 'ادعوا'],
  نقل: ['نقلت'],
  اقر: ['اقر', 'اقرت'],
  اعترف: ['اعترف', 'اعترفت'],
  ابلغ: ['ابلغ', 'ابلغت'],
  راي: ['راي', 'رات', 'يري', 'تري'],
};

/** Normalised reporting-verb form → its lemma (used as the cue's rule detail). */
export const AR_CUE_FORMS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(CUE_STEMS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
  ...Object.values(AR_CUE_FAMILIES).flatMap((family) => Object.entries(family).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const))),
]);

/** Circumstantial participles that continue the sentence's speaker ("معرباً عن"). */
export const AR_PARTICIPLES: ReadonlySet<string> = new Set(AR_PARTICIPLE_CUES);
export { AR_CUE_PARTICLE, AR_CUE_PARTICLES_BEFORE_CONTENT };

/** Feminine verb forms: their implied subject is a woman, a state or an organisation. */
export const AR_FEMININE_CUE = /^(ت|.*ت$|.*تا$)/;

/** Passive or impersonal reporting forms: the claim is hedged and nobody is named. */
export const AR_HEDGE_FORMS: ReadonlySet<string> = new Set(['يقال', 'قيل', 'يشاع', 'يعتقد']);

/** Multi-word "according to" cues (normalised tokens); the speaker or source follows. */
export const AR_ACCORDING: readonly string[][] = [
  ['وفقا', 'ل'], ['وفقا', 'لـ'], ['وفقا'], ['بحسب'], ['حسب'], ['نقلا', 'عن'], ['طبقا', 'ل'], ['طبقا'], ['استنادا', 'الي'],
];

/** Words that open reported content after the cue and speaker. */
export const AR_COMPLEMENTISERS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'انهما', 'انني', 'اننا', 'من', 'الي', 'علي']);

/** Tokens that end a speaker phrase after the cue. */
export const AR_STOP: ReadonlySet<string> = new Set([
  'ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'في', 'من', 'الي', 'علي', 'عن', 'يوم', 'امس', 'اليوم', 'خلال',
  'ايضا', 'قد', 'مع', 'حيث', 'الذي', 'التي', 'الذين', 'بعد', 'قبل', 'عبر', 'اثناء', 'عندما', 'لكن', 'لكنه', 'لكنها',
  'هذا', 'هذه', 'ذلك', 'تلك', 'كما', 'او', 'ثم', 'حتي', 'لدي', 'امام', 'ان', 'لم', 'لن', 'لا', 'ما', 'هو', 'هي',
  'هم', 'نحن', 'انا', 'كان', 'كانت', 'قبيل', 'صباح', 'مساء', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس',
  'الجمعه', 'السبت', 'لدي', 'ببساطه', 'مجددا', 'سابقا', 'لاحقا', 'اول', 'بيان', 'تصريح', 'تصريحات', 'مؤتمر', 'موتمر',
  'مقابله', 'حديث', 'كلمه', 'وقت', 'الجمعة', 'بدوره', 'بدورها', 'بينما', 'اذ', 'إذ', 'الا', 'غير', 'دون', 'منذ',
]);

/** Function words that are never part of a name. */
export const AR_FUNCTION: ReadonlySet<string> = new Set([
  ...AR_STOP, 'و', 'ف', 'ب', 'ل', 'ك', 'لـ', 'هل', 'قد', 'كل', 'بين', 'عند', 'تحت', 'فوق', 'نحو', 'ضد', 'لدى', 'اي',
  'اذا', 'لو', 'لان', 'لذلك', 'كذلك', 'فقط', 'جدا', 'الان', 'هناك', 'هنا', 'حول', 'وسط', 'خارج', 'داخل', 'بسبب',
  'يكون', 'تكون', 'ليس', 'ليست', 'له', 'لها', 'لهم', 'به', 'بها', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'عليها',
  'تم', 'يتم', 'مما', 'فان', 'بل', 'ام', 'اما', 'اكثر', 'اقل', 'احد', 'احدي', 'بعض', 'جميع', 'عدد', 'عده', 'سنه',
  'عام', 'العام', 'شهر', 'مايو', 'يونيو', 'يناير', 'فبراير', 'مارس', 'ابريل', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر',
  'نوفمبر', 'ديسمبر', 'وكانت', 'وكان', 'يمكن', 'الي', 'انه', 'اخر', 'اخري', 'الف', 'مليون', 'مليار', 'نسبه',
  // Prepositions with a pronoun, and the circumstantial participles that follow a cue ("قال لنا", "أضاف قائلا").
  'لي', 'لنا', 'لك', 'لكم', 'لهما', 'علينا', 'عنه', 'عنها', 'منا', 'معه', 'معها', 'معنا', 'معهم', 'قايلا', 'قايله', 'مضيفا',
  'مضيفه', 'مشيرا', 'مشيره', 'موضحا', 'موضحه', 'موكدا', 'موكده', 'معتبرا', 'لافتا', 'منوها', 'مشددا', 'محذرا', 'داعيا',
  'معربا', 'متابعا', 'مستدركا', 'مردفا', 'مبينا', 'مبينه', 'منبها', 'معلنا', 'ردا', 'حسب', 'بحسب', 'وفق', 'وفقا',
  // Pronoun suffixes written apart (some corpora split clitics: "علي ها", "ابو ها").
  'ه', 'ها', 'هما', 'هن', 'نا', 'كم', 'كما',
  'فقد', 'وقد', 'عقب', 'اثر', 'لدي', 'ازاء', 'بشان', 'حوالي', 'نحو',
]);
/** Person titles: a name usually follows, possibly after a governed complement ("وزير الدفاع الروسي"). */
export const AR_PERSON_TITLES: ReadonlySet<string> = new Set([
  'الرئيس', 'رئيس', 'الرييس', 'رييس', 'وزير', 'الوزير', 'نايب', 'النايب', 'سكرتير', 'السكرتير', 'المارشال', 'المشير',
  'الجنرال', 'الفريق', 'اللواء', 'العقيد', 'العميد', 'الملك', 'الامير', 'الشيخ', 'السفير', 'سفير', 'المتحدث', 'الناطق',
  'قايد', 'القايد', 'زعيم', 'الزعيم', 'مدير', 'المدير', 'امين', 'الامين', 'مستشار', 'المستشار', 'السيد', 'السيده',
  'الدكتور', 'د', 'النايبه', 'رييسه', 'الرييسه', 'وزيره', 'الوزيره', 'المبعوث', 'مبعوث', 'حاكم', 'الحاكم', 'رئيسه',
  'الرئيسه', 'قائد', 'القائد', 'نائب', 'النائب', 'المرشح', 'مرشح', 'الجنرال', 'البابا', 'الامام', 'المفتي', 'القاضي',
  'الحاج', 'الحاجه', 'الشيخه', 'الميجور', 'الكابتن', 'النقيب', 'الرائد', 'المقدم', 'الملازم', 'العريف', 'الرقيب',
  'السلطان', 'الامبراطور', 'الامبراطوره', 'الملكه', 'الاميره', 'المطران',
  // Two people named after one title ("الرئيسين نبيه بري وفؤاد السنيورة").
  'الرئيسين', 'الوزيرين', 'الزعيمين',
  ...AR_PROFESSIONS,
]);

/** Organisation heads: the organisation's name runs on with its governed nouns and adjectives. */
export const AR_ORG_HEADS: ReadonlySet<string> = new Set([
  'وزاره', 'الوزاره', 'حكومه', 'الحكومه', 'الجيش', 'جيش', 'حزب', 'الحزب', 'حركه', 'الحركه', 'منظمه', 'المنظمه', 'مجلس',
  'المجلس', 'الامم', 'الاتحاد', 'اتحاد', 'وكاله', 'الوكاله', 'شركه', 'الشركه', 'جامعه', 'الجامعه', 'جبهه', 'الجبهه',
  'القياده', 'قياده', 'البرلمان', 'برلمان', 'الكرملين', 'البيت', 'الخارجيه', 'الداخليه', 'محكمه', 'المحكمه', 'هييه',
  'الهييه', 'لجنه', 'اللجنه', 'مكتب', 'المكتب', 'صندوق', 'الصندوق', 'بنك', 'البنك', 'مصرف', 'المصرف', 'قوات', 'القوات',
  'حلف', 'الحلف', 'رابطه', 'الرابطه', 'جمعيه', 'الجمعيه', 'نادي', 'النادي', 'مؤسسه', 'المؤسسه', 'موسسه', 'الموسسه',
  'خدمه', 'الخدمه', 'صحيفه', 'الصحيفه', 'قناه', 'القناه', 'اداره', 'الاداره', 'الشرطه', 'شرطه', 'البنتاغون', 'تنظيم',
  'مجموعه', 'المجموعه', 'ميليشيا', 'كتايب', 'بلديه', 'البلديه', 'الكونغرس', 'الكونجرس', 'مفوضيه', 'المفوضيه', 'السلطه', 'سلطه',
  'جريده', 'الجريده', 'مجله', 'المجله', 'نشره', 'اذاعه', 'الاذاعه', 'نقابه', 'النقابه', 'كتله', 'الكتله', 'دايره', 'الدايره',
  'مديريه', 'المديريه', 'معهد', 'المعهد', 'مركز', 'بورصه', 'البورصه', 'اكاديميه', 'الاكاديميه', 'مستشفي', 'جامعه',
  'مرصد', 'المرصد', 'ايتلاف', 'الايتلاف', 'تحالف', 'التحالف',
]);

/** Org names that are complete on their own. */
export const AR_ORG_SINGLE: ReadonlySet<string> = new Set([
  'الكرملين', 'البنتاغون', 'الكونغرس', 'الكونجرس', 'الناتو', 'حماس', 'حزب الله', 'داعش', 'فاغنر', 'طالبان', 'اليونسكو', 'اليونيسف',
  // International bodies, intelligence services and companies that analysts meet in the news.
  'اوبك', 'الاوبك', 'يونيفيل', 'اليونيفيل', 'الويبو', 'ايساف', 'الفاو', 'الاونروا', 'الانتربول', 'الفيفا', 'فيفا', 'ايكواس',
  'الايكواس', 'الاسيان', 'اسيان', 'بريكس', 'الموساد', 'الشاباك', 'الحوثيون', 'الحوثيين', 'هواوي', 'غوغل', 'جوجل', 'مايكروسوفت',
  'فيسبوك', 'تويتر', 'نوكيا', 'سامسونج', 'سامسونغ', 'تويوتا', 'فولكسفاغن', 'ارامكو', 'غازبروم', 'روسنفت', 'بوينغ', 'بوينج',
  'ايرباص', 'تسلا', 'سيمنس', 'توتال', 'اينوك', 'سوناطراك', 'ميتا', 'يوتيوب', 'انستغرام', 'الاونكتاد', 'اليوروبول',
  // Football clubs whose name is no city or everyday word (club ownership and sponsorship are news too).
  'ارسنال', 'الارسنال', 'تشلسي', 'تشيلسي', 'يوفنتوس', 'اليوفنتوس', 'بنفيكا', 'سلتيك', 'الزمالك', 'اياكس', 'توتنهام', 'لاتسيو',
  'فيورنتينا', 'فنربخشه', 'بشكتاش', 'الترجي', 'الوداد', 'شالكه',
  // Parties, blocs and companies with a name of their own.
  'الليكود', 'ليكود', 'كاديما', 'الكوميسا', 'كوميسا', 'يونيفل', 'اليونيفل', 'انرون', 'سيتروين', 'بيجو', 'فيات', 'هوندا', 'فولفو',
]);

/** Words that continue a title or organisation name (genitives, adjectives) without being a name. */
export const AR_TITLE_COMPLEMENT = /^(ال|لل|ل|ب)?/;

/** Hedging adverbs/phrases that mark a report as unverified. */
export const AR_HEDGE_PHRASES: readonly string[][] = [
  ['يقال'], ['قيل'], ['يشاع'], ['افادت', 'تقارير'], ['تفيد', 'تقارير'], ['ذكرت', 'تقارير'], ['حسب', 'مصادر'], ['وفق', 'مصادر'], ['مصادر', 'مطلعه'],
];

/** Masculine pronoun endings on a particle before the cue ("لكنه قال"). */
export const AR_PRONOUN_PARTICLE: ReadonlyMap<string, 'm' | 'f' | 'p'> = new Map([
  ['لكنه', 'm'], ['لكنها', 'f'], ['انه', 'm'], ['انها', 'f'], ['فانه', 'm'], ['فانها', 'f'], ['هو', 'm'], ['هي', 'f'], ['لكنهم', 'p'], ['انهم', 'p'], ['هم', 'p'],
]);

/** Team and sports-body heads, frequent in newswire. */
export const AR_TEAM_HEADS: ReadonlySet<string> = new Set(['منتخب', 'المنتخب', 'فريق', 'الفريق', 'نادي', 'النادي']);

/** Organisations whose full name is fixed: matched as a whole and never extended. */
export const AR_FIXED_ORGS: readonly string[][] = [
  'الامم المتحده', 'مجلس الامن الدولي', 'مجلس الامن', 'الاتحاد الاوروبي', 'الاتحاد الافريقي', 'حلف الناتو', 'حلف شمال الاطلسي',
  'جامعه الدول العربيه', 'الجامعه العربيه', 'منظمه التحرير الفلسطينيه', 'البنك الدولي', 'صندوق النقد الدولي', 'الصليب الاحمر',
  'حزب الله', 'مجلس التعاون الخليجي', 'منظمه الصحه العالميه', 'الوكاله الدوليه للطاقه الذريه', 'محكمه العدل الدوليه',
  'المحكمه الجنائيه الدوليه', 'منظمه العفو الدوليه', 'هيومن رايتس ووتش', 'اطباء بلا حدود', 'الجيش الوطني الليبي',
  // Football clubs named after their city plus a word of their own.
  'مانشستر يونايتد', 'مانشستر سيتي', 'ريال مدريد', 'اتلتيكو مدريد', 'بايرن ميونيخ', 'بايرن ميونخ', 'بوروسيا دورتموند', 'انتر ميلان',
  'اي سي ميلان', 'باريس سان جيرمان', 'باريس سان جرمان', 'نيوكاسل يونايتد', 'وست هام', 'استون فيلا', 'ليدز يونايتد', 'شيفيلد يونايتد',
  'فيردر بريمن', 'باير ليفركوزن', 'ريال سوسيداد', 'ريال بيتيس', 'اتلتيك بلباو', 'سبورتينغ لشبونه', 'غلطه سراي',
  'بوكا جونيورز', 'ريفر بليت',
].map((n) => n.split(' '));

/** Nouns that describe an unnamed speaker ("مصدر أمني", "شهود عيان"): never the start of a name. */
export const AR_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(arDescriptionNouns.words);

/**
 * Football clubs named with everyday words (الأهلي "national", النصر "victory", الوحدة "unity") or
 * after their city (ليفربول، برشلونة): read as clubs only in a sentence that reports sport.
 */
export const AR_CLUBS_IN_SPORT: ReadonlySet<string> = new Set(
  arClubsInSport.words,
);

/** Words that make a sentence a sports report. */
export const AR_SPORT_WORDS: ReadonlySet<string> = new Set(
  arSportWords.words,
);
