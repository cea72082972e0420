/**
 * Words that mark a person's grammatical gender next to a name: titles, honorifics and role nouns
 * ("Mrs Thatcher", "la ministre", "السيدة", "المتحدثة"). Speaker resolution uses them to send "she",
 * "elle" or a feminine verb to a compatible person. Stored as token keys (normaliseKey: lower case,
 * no Latin accents, Arabic letter forms folded, ة as ه).
 */

/** Latin-script words before or inside a name that mark a woman. */
export const LATIN_FEMALE_MARKERS: readonly string[] = [
  'mrs', 'ms', 'miss', 'madam', 'lady', 'dame', 'baroness', 'queen', 'princess', 'duchess', 'countess', 'sister', 'mother',
  'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'stateswoman', 'actress', 'widow', 'wife',
  'daughter', 'grandmother', 'nun', 'woman', 'girl',
  'mme', 'madame', 'mlle', 'mademoiselle', 'presidente', 'directrice', 'senatrice', 'deputee', 'avocate', 'chanceliere',
  'ambassadrice', 'conseillere', 'elue', 'militante', 'fondatrice', 'autrice', 'auteure', 'soeur', 'reine', 'princesse',
  'femme',
];

/** Latin-script words before or inside a name that mark a man. */
export const LATIN_MALE_MARKERS: readonly string[] = [
  'mr', 'sir', 'lord', 'king', 'prince', 'duke', 'count', 'father', 'brother', 'pope', 'cardinal', 'bishop', 'archbishop',
  'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'statesman', 'actor', 'husband', 'man',
  'm', 'monsieur', 'directeur', 'senateur', 'depute', 'avocat', 'chancelier', 'ambassadeur', 'conseiller', 'elu',
  'militant', 'fondateur', 'pere', 'frere', 'roi', 'homme',
];

/** French determiners that give the gender of the title after them ("la ministre", "le ministre"). */
export const FR_FEMININE_DETERMINERS: readonly string[] = ['la', 'une', 'cette'];
export const FR_MASCULINE_DETERMINERS: readonly string[] = ['le', 'un', 'ce', 'cet'];

/** Arabic titles and role nouns in the feminine (normalised keys). */
export const AR_FEMALE_MARKERS: readonly string[] = [
  'السيده', 'سيده', 'الانسه', 'الوزيره', 'وزيره', 'الدكتوره', 'دكتوره', 'الرئيسه', 'رئيسه', 'الرييسه', 'رييسه', 'مديره',
  'المديره', 'الناطقه', 'ناطقه', 'المتحدثه', 'متحدثه', 'الاستاذه', 'استاذه', 'النايبه', 'نايبه', 'السفيره', 'سفيره', 'الملكه',
  'الاميره', 'الشيخه', 'الحاجه', 'الكاتبه', 'الصحفيه', 'الناشطه', 'المحاميه', 'الطالبه', 'المواطنه', 'امينه', 'الامينه',
  'عضوه', 'مستشاره', 'المستشاره', 'الباحثه', 'المسؤوله', 'المسووله', 'مسووله', 'الخبيره', 'خبيره',
];
