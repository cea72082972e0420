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
