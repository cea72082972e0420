/**
 * Words around a speaker phrase. After an inverted cue ("…, said the minister on Tuesday"), the
 * speaker's noun phrase ends the clause: what follows it is punctuation, a time or place phrase, or
 * nothing. When a verb follows ("said Christie has…", "says his main frustration is…"), the noun
 * phrase was the start of the reported clause, not the speaker.
 */
export const CLAUSE_VERBS_AFTER_NP: readonly string[] = [
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'did', 'does', 'do',
  'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'ont', 'avait', 'avaient', 'aura', 'pourrait', 'doit', 'va', 'vont',
];

/**
 * Arabic role nouns that open an apposition after a name and so end it ("أحمد كمال أبوالمجد الفقيه
 * الدستوري", "زكي محي الدين موظف بالمعاش", "الحارث … القيادي بالمؤتمر الوطني"). Keys (normaliseKey),
 * with and without the article where both occur.
 */
export const AR_APPOSITION_HEADS: readonly string[] = [
  'الفقيه', 'فقيه', 'القيادي', 'قيادي', 'موظف', 'الموظف', 'الخبير', 'خبير', 'المحامي', 'محامي', 'الكاتب', 'كاتب',
  'الباحث', 'باحث', 'الناشط', 'ناشط', 'الاستاذ', 'استاذ', 'الاستاذه', 'استاذه', 'المحلل', 'محلل', 'الاكاديمي',
  'اكاديمي', 'المفكر', 'مفكر', 'الصحفي', 'صحفي', 'الاعلامي', 'اعلامي', 'المواطن', 'مواطن', 'المواطنه', 'مواطنه',
  'الطالب', 'طالب', 'الطالبه', 'طالبه', 'التاجر', 'تاجر', 'المهندس', 'مهندس', 'الطبيب', 'طبيب', 'عضو', 'العضو',
  'القاضي', 'قاضي', 'المرشح', 'مرشح', 'السياسي', 'سياسي', 'الامين', 'امين', 'رئيس', 'مدير', 'مديره', 'نائب', 'وزير',
  'المستشار', 'مستشار', 'سفير', 'السفير', 'المتحدث', 'متحدث', 'الناطق', 'ناطق', 'زعيم', 'مؤسس', 'موسس',
];

/** Words inside an Arabic name that join its parts ("أحمد بن علي", "عبد الرحمن", "أبو راية"). */
export const AR_NAME_CONNECTORS: readonly string[] = ['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام', 'عبد', 'ال', 'ولد', 'ود'];

/** Words that deny there is a speaker ("no confirmed signs", "nobody said", "aucun responsable"). */
export const NO_SPEAKER_WORDS: readonly string[] = ['no', 'none', 'nobody', 'neither', 'nor', 'aucun', 'aucune', 'personne', 'nul', 'nulle'];

/** Arabic "nobody" before a cue ("لا أحد ينفي"): a figure of speech, not a report. */
export const AR_NOBODY: readonly string[][] = [['لا', 'احد'], ['ما', 'من', 'احد']];

/**
 * Arabic styles of address that open a speaker phrase before a long name ("سعادة الشيخ أحمد بن محمد
 * بن جبر آل ثاني", "معالي الوزير", "فخامة الرئيس"): the phrase may run as long as a titled one.
 */
export const AR_STYLES_OF_ADDRESS: readonly string[] = ['سعادة', 'سمو', 'فخامة', 'معالي', 'صاحب'];

/**
 * A style of address with a pronoun suffix stands for the person named before ("وقال سعادته",
 * "وأضاف سموه", "وأكدت معاليها"): a pronoun of that gender.
 */
export const AR_STYLE_PRONOUNS: ReadonlyArray<readonly [string, 'm' | 'f']> = [
  ['سعادته', 'm'], ['سموه', 'm'], ['فخامته', 'm'], ['معاليه', 'm'],
  ['سعادتها', 'f'], ['سموها', 'f'], ['فخامتها', 'f'], ['معاليها', 'f'],
];

/**
 * Whom one prays to after a verb of calling ("ودعا الله أن يرحمه", "داعيا المولى عز وجل أن",
 * "وتضرع إلى الله"): the addressee of the prayer, never its speaker.
 */
export const AR_PRAYER_VERBS: readonly string[] = ['دعا', 'تضرع'];

/** Whom the verbs above address. */
export const AR_PRAYER_ADDRESSEES: readonly string[] = ['الله', 'المولى', 'ربه', 'الرب'];

/**
 * Words that open the speaker's own words and so end an Arabic name or stand where a speaker phrase
 * would: a negating noun ("زينب عدم اتفاقها"), a first-person pronoun, modal and concessive openers
 * ("وقالت برغم …", "وقال لابد من …").
 */
export const AR_NAME_BREAKERS: readonly string[] = ['عدم', 'نحن', 'لقد', 'إننا', 'إنه', 'ربما', 'لابد', 'يجب', 'رغم', 'برغم', 'لكن', 'ولكن'];

/**
 * Second words of compound given names, which carry the article but do not end the name as a family
 * name with the article does: "نور الدين", "محي الدين", "صلاح الدين", "سيف الإسلام", "نصر الله",
 * "جاد الله", "عبد الرحمن" (after the connector). The family name may follow ("علي محي الدين القرة داغي").
 */
export const AR_COMPOUND_NAME_SECONDS: readonly string[] = ['الدين', 'الاسلام', 'الله', 'الرحمن'];

/**
 * English relative pronouns: a speaker phrase that holds one is its head noun phrase and a relative
 * clause ("several sisters who wrote a book …", "the lawyer who represents the family"): the speaker is
 * the head, before the pronoun. (French "qui" already stops the walk back over the subject.)
 */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'whom', 'whose', 'which'];

/**
 * Arabic quantity nouns whose "من" phrase names who speaks ("واعتبر عدد من الحقوقيين أن", "ورأى كثير
 * من المراقبين أن", "وقالت مجموعة من الناشطين إن"): the speaker phrase runs on over "من" and its noun.
 */
export const AR_QUANTITY_NOUNS: readonly string[] = ['عدد', 'بعض', 'كثير', 'مجموعة', 'معظم', 'أغلب', 'غالبية', 'العديد', 'عشرات', 'مئات', 'آلاف'];
