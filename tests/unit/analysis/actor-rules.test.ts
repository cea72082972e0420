import { describe, expect, it } from 'vitest';
import { ACTOR_RULES } from '../../../shared/analysis/actor-rules';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

/** One case: in `text`, the mention `mention` is found with `type` (and `role`, when given). */
interface Case {
  text: string;
  lang: Lang;
  mention: string;
  type: string;
  role?: string;
}

function check(c: Case): void {
  const r = analyzeText(c.text, { lang: c.lang });
  const hit = r.actors.flatMap((a) => a.mentions.map((m) => ({ a, m }))).find(({ m }) => m.text === c.mention);
  expect(hit, `no mention "${c.mention}" among ${r.actors.map((a) => a.mentions.map((m) => m.text).join('/')).join(', ')}`).toBeDefined();
  expect(hit?.a.type).toBe(c.type);
  if (c.role !== undefined) expect(hit?.a.role).toBe(c.role);
}

/** Cases per rule id: each rule rests on two or more independent examples. */
const CASES: Record<string, Case[]> = {
  'state-name': [
    // States come from the world-countries package: these are in no hand list.
    { text: 'وقالت غانا إن الانتخابات ستجري في موعدها.', lang: 'ar', mention: 'غانا', type: 'state' },
    { text: 'Kazakhstan said the pipeline would reopen next week.', lang: 'en', mention: 'Kazakhstan', type: 'state' },
    { text: "Le Paraguay a annoncé la fermeture de sa frontière.", lang: 'fr', mention: 'Paraguay', type: 'state' },
  ],
  'place-name': [
    // Cities are places; a capital says whose capital it is.
    { text: 'وصل الوفد الليبي إلى موسكو مساء أمس.', lang: 'ar', mention: 'موسكو', type: 'place', role: 'capital of Russia' },
    { text: 'وقال مسؤول محلي في بنغازي إن الطريق أغلق.', lang: 'ar', mention: 'بنغازي', type: 'place', role: '' },
    { text: 'The delegation flew on to Cairo on Monday.', lang: 'en', mention: 'Cairo', type: 'place', role: 'capital of Egypt' },
    { text: 'Officials in Nairobi declined to comment on the talks.', lang: 'en', mention: 'Nairobi', type: 'place', role: 'capital of Kenya' },
    { text: 'أعرب المشاركون عن قلقهم من الهجرة نحو أوروبا.', lang: 'ar', mention: 'أوروبا', type: 'place' },
  ],
  'ar-place-head': [
    { text: 'واعتقلت القوات ثلاثة شبان من مدينة نابلس فجر اليوم.', lang: 'ar', mention: 'مدينة نابلس', type: 'place' },
    { text: 'وهدمت الجرافات منزلا في قرية اليامون غرب جنين.', lang: 'ar', mention: 'قرية اليامون', type: 'place' },
    { text: 'وشارك المئات من سكان مخيم جنين في التشييع.', lang: 'ar', mention: 'مخيم جنين', type: 'place' },
    { text: 'وعاد اللاجئون إلى مدينة بيت لحم بعد الحرب.', lang: 'ar', mention: 'مدينة بيت لحم', type: 'place' },
  ],
  'ar-title-name': [
    // A transliterated given name written with its long vowels (يونوس for يونس, يوسوف for يوسف) is
    // no imperfect verb, though it has the shape of one.
    { text: 'وقال نائب وزير الدفاع، يونوس بيك ييفكوروفو الذي زار بنغازي، إن التعاون مستمر.', lang: 'ar', mention: 'يونوس بيك ييفكوروفو', type: 'person' },
    { text: 'وقال رئيس الوفد، يوسوف إسماعيلوف، إن المحادثات كانت صريحة.', lang: 'ar', mention: 'يوسوف إسماعيلوف', type: 'person' },
  ],
};

describe('actor rules: one ordered table', () => {
  it('gives every rule an id, what it matches and why, with no id twice', () => {
    const ids = ACTOR_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ACTOR_RULES) {
      expect(r.matches.length).toBeGreaterThan(10);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      it('rests on at least two examples', () => expect(cases.length).toBeGreaterThanOrEqual(2));
      for (const c of cases) it(`${c.mention} in "${c.text.slice(0, 40)}"`, () => check(c));
    });
  }
});
