import { describe } from 'vitest';
import { checkClaims } from './claim-table';

describe('Arabic: the name inside a title phrase speaks, without the apposition after it', () => {
  checkClaims([
    { lang: 'ar', text: 'وقال الدكتور أحمد كمال أبوالمجد الفقيه الدستوري إن القانون لابد أن يعتمد على الإنصاف.', claim: 'القانون لابد أن يعتمد', speaker: 'الدكتور أحمد كمال أبوالمجد' },
    { lang: 'ar', text: 'وقال زكي محي الدين موظف بالمعاش إن الزيارة لا علاقة لها بالانتخابات المقبلة.', claim: 'الزيارة لا علاقة لها', speaker: 'زكي محي الدين' },
    { lang: 'ar', text: 'وقال رئيس حزب الأمة القومي بولاية النيل الأبيض خالد عمر يوسف إن الزيارة جاءت في وقتها.', claim: 'الزيارة جاءت في وقتها', speaker: 'خالد عمر يوسف' },
    { lang: 'ar', text: 'وقالت مديرة إعلام وزارة المالية زينب محمد الحسن إن الحوار هو الطريق الوحيد للسلام.', claim: 'الحوار هو الطريق الوحيد', speaker: 'زينب محمد الحسن' },
  ]);
});

describe('Arabic: the speaker’s own words can follow the name with no "أن"', () => {
  checkClaims([
    { lang: 'ar', text: 'وقالت الناشطة سعاد عمر نتمنى أن تنتهي الحرب قبل حلول الشتاء المقبل.', claim: 'تنتهي الحرب قبل', speaker: 'سعاد عمر', without: 'سعاد' },
    { lang: 'ar', text: 'وأضافت فاطمة حسن نخشى على أطفالنا من انقطاع الدواء في المستشفيات.', claim: 'على أطفالنا من انقطاع', speaker: 'فاطمة حسن', without: 'فاطمة' },
    { lang: 'ar', text: 'وأكدت زينب عدم موافقتها على الاتفاق الذي وقعته الحكومة مع المعارضة.', claim: 'عدم موافقتها على الاتفاق', speaker: 'زينب', without: 'زينب' },
  ]);
});

describe('Arabic: right after the verb, first-person words open the content and the subject is implied', () => {
  checkClaims([
    { lang: 'ar', text: 'التقت الصحيفة بالمواطنة سلمى أحمد. وقالت نتمنى أن تعود الكهرباء إلى الحي قريبا.', claim: 'تعود الكهرباء إلى', speaker: 'سلمى أحمد' },
    { lang: 'ar', text: 'وتحدث الوزير خالد يوسف إلى الصحفيين. وقال برغم الصعوبات نحن ماضون في تنفيذ الخطة كاملة.', claim: 'ماضون في تنفيذ الخطة', speaker: 'خالد يوسف' },
  ]);
});

describe('Arabic: "علي" after a connector or a title is the given name, not the preposition', () => {
  checkClaims([
    { lang: 'ar', text: 'من جهته قال السفير السعودي أحمد بن علي القحطاني: إن الفقيد كان رجل دولة من الطراز الرفيع.', claim: 'الفقيد كان رجل دولة', speaker: 'السفير السعودي أحمد بن علي القحطاني' },
    { lang: 'ar', text: 'وقال الشيخ علي جمعة إن الفتوى لا تصدر إلا عن أهل الاختصاص.', claim: 'الفتوى لا تصدر', speaker: 'الشيخ علي جمعة' },
    { lang: 'ar', text: 'وأكد المهندس علي الشامي أن المشروع سيكتمل في نهاية العام الحالي.', claim: 'المشروع سيكتمل', speaker: 'المهندس علي الشامي' },
  ]);
});

describe('Arabic: a style of address opens a long name; with a pronoun it stands for the person named', () => {
  checkClaims([
    { lang: 'ar', text: 'ووصف سعادة الشيخ أحمد بن محمد بن جبر آل ثاني مساعد وزير الخارجية الزيارة بأنها ناجحة جدا.', claim: 'ناجحة جدا', speaker: 'أحمد بن محمد بن جبر آل ثاني' },
    { lang: 'ar', text: 'استقبل الأمير سلمان بن عبد العزيز الوفد الزائر. وأكد سموه أن العلاقات بين البلدين متينة.', claim: 'العلاقات بين البلدين متينة', speaker: 'سلمان بن عبد العزيز' },
    { lang: 'ar', text: 'وتفقد الرئيس محمود عباس، أمس، المنطقة المنكوبة. وقال فخامته إن الدولة لن تتخلى عن المتضررين.', claim: 'الدولة لن تتخلى', speaker: 'محمود عباس' },
  ]);
});

describe('Arabic: whom one prays to is not the speaker', () => {
  checkClaims([
    { lang: 'ar', text: 'وتحدث الشيخ يوسف القرضاوي في حفل التأبين. ودعا الله سبحانه وتعالى أن يتغمد الفقيد بواسع رحمته.', claim: 'يتغمد الفقيد بواسع رحمته', speaker: 'يوسف القرضاوي' },
    { lang: 'ar', text: 'وتضرع الأمين العام للرابطة إلى الله أن يحفظ البلاد من كل سوء ومكروه.', claim: 'يحفظ البلاد من كل سوء', speaker: 'الأمين العام للرابطة' },
  ]);
});

describe('Arabic: a participle after an ellipsis goes on with the sentence before', () => {
  checkClaims([
    { lang: 'ar', text: 'وقال وزير الصحة خالد عبد الغفار إن الوضع تحت السيطرة .. مشيرا إلى أن عدد الإصابات انخفض خلال الأسبوع.', claim: 'عدد الإصابات انخفض', speaker: 'خالد عبد الغفار' },
    { lang: 'ar', text: 'وأكدت الوزيرة هالة السعيد أن النمو سيرتفع هذا العام .. معربة عن أملها في أن تتحسن الصادرات.', claim: 'تتحسن الصادرات', speaker: 'هالة السعيد' },
  ]);
});
