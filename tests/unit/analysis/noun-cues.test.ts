import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';
import { checkClaims } from './claim-table';

/** Noun cues (the possessor speaks) and the Arabic passive report (no speaker, or its publisher). */

describe('English: "X’s insistence that …" — the possessor speaks the that-clause', () => {
  checkClaims([
    { lang: 'en', text: 'In April she gave way to Mr Joseph’s insistence that the Government should hold its course.', claim: 'the Government should hold its course', speaker: 'Mr Joseph', without: 'insistence' },
    { lang: 'en', text: 'Senator Maria Lopez was in the chamber. The opposition mocked her claim that the vote had been fair and open.', claim: 'the vote had been fair and open', speaker: 'Maria Lopez', without: 'claim' },
    { lang: 'en', text: 'Markets fell after the central bank’s warning that inflation would stay high through next year.', claim: 'inflation would stay high', speaker: 'the central bank', without: 'warning' },
  ]);
});

describe('French: "sa promesse de …", "la promesse du maire de …" — the possessor speaks', () => {
  checkClaims([
    { lang: 'fr', text: "Le maire Jean Dupuis a tenu sa promesse de rouvrir la piscine municipale avant l'été.", claim: 'rouvrir la piscine municipale', speaker: 'Jean Dupuis', without: 'promesse' },
    { lang: 'fr', text: "La promesse du maire de rouvrir la piscine municipale avant l'été n'a pas été tenue.", claim: 'rouvrir la piscine municipale', speaker: 'maire', without: 'promesse' },
    { lang: 'fr', text: "L'intention de Paul Morel de porter plainte pour dénonciation calomnieuse ne fait plus de doute.", claim: 'porter plainte pour dénonciation', speaker: 'Paul Morel', without: "L'intention" },
  ]);
});

describe('Arabic noun cues: "مناداته بـ …", "اتهام X لـ Y بأن …" — the possessor speaks', () => {
  checkClaims([
    { lang: 'ar', text: 'أما موريس لوكلاي فبالإضافة إلى مناداته بحذف تعليم اللغة العربية في المدارس دعا إلى كتابة اللهجات بحروف لاتينية.', claim: 'بحذف تعليم اللغة العربية', without: 'دعا' },
    { lang: 'ar', text: 'ورفضت الحكومة اتهام المعارضة لها بأنها زورت نتائج الانتخابات الأخيرة.', claim: 'زورت نتائج الانتخابات', speaker: 'المعارضة', without: 'اتهام' },
    { lang: 'ar', text: 'وجدد وزير الداخلية خالد سالم مطالبته بالإفراج عن المعتقلين في السجون العسكرية.', claim: 'بالإفراج عن المعتقلين', speaker: 'خالد سالم', without: 'مطالبته' },
  ]);
});

describe('Arabic passive report: "تم التأكيد على …", "تمت الإشادة بـ …"', () => {
  checkClaims([
    { lang: 'ar', text: 'وفي بيان أصدرته وزارة الخارجية المصرية تم التأكيد على ضرورة وقف إطلاق النار فورا.', claim: 'ضرورة وقف إطلاق النار', speaker: 'وزارة الخارجية المصرية', without: 'التأكيد' },
    { lang: 'ar', text: 'ففي إحدى المقالات التي نشرتها جريدة النور الإسبانية تمت الإشادة بما قامت به فرنسا في المغرب.', claim: 'بما قامت به فرنسا', speaker: 'جريدة النور الإسبانية', without: 'الإشادة' },
  ]);
  // With no publisher named, the passive names no speaker: the claim is the analyst's to attribute.
  it.each([
    'وخلال الندوة تم التأكيد على الحاجة الماسة لإصدار قوانين جديدة وتعديل القائم منها.',
    'وفي ختام الاجتماع تمت الإشادة بالجهود التي بذلتها اللجنة المنظمة طوال العام.',
  ])('ar: agentless %s', (text) => {
    const r = analyzeText(text, { lang: 'ar' as Lang });
    const c = r.claims.find((x) => x.rule === 'ar-passive');
    expect(c).toBeDefined();
    expect(c?.speaker).toBeNull();
    expect(c?.cue?.text).toMatch(/^ال/);
  });
});
