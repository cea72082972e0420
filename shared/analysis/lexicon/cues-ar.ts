/**
 * Arabic reporting-cue families added to the core verbs in ../lexicon-ar.ts, written as normalised keys
 * (normaliseKey: no hamza on alef, ي for final ى, ه for ة, ؤ as و, ئ as ي, no harakat).
 */

/** Verbs by family: lemma → the past (m, f, pl) and present forms newswire uses. */
export const AR_CUE_FAMILIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  /** Describing: "ووصف رحيله بأنه خسارة", "وصفت الخطوة بأنها خطأ". */
  describing: {
    وصف: ['وصف', 'وصفت', 'وصفوا', 'يصف', 'تصف', 'وصفه', 'وصفها'],
    نعت: ['نعت', 'نعتت', 'ينعت'],
  },
  /** Expressing a feeling or stance: "عبر عن قلقه", "أبدى استياءه". */
  stance: {
    عبر: ['عبر', 'عبرت', 'عبروا', 'يعبر', 'تعبر'],
    ابدي: ['ابدي', 'ابدت', 'ابدوا', 'يبدي', 'تبدي'],
    رحب: ['رحب', 'رحبت', 'رحبوا', 'يرحب', 'ترحب'],
    انتقد: ['انتقد', 'انتقدت', 'انتقدوا', 'ينتقد', 'تنتقد'],
    اشاد: ['اشاد', 'اشادت', 'اشادوا', 'يشيد', 'تشيد'],
  },
  /**
   * Appealing: "ناشد المجتمع الدولي", "حث الأطراف على". (طلب is left out: as often the noun "request"
   * or an act, "لن يطلب المساعدة", as a report.)
   */
  request: {
    ناشد: ['ناشد', 'ناشدت', 'ناشدوا', 'يناشد', 'تناشد'],
    حث: ['حث', 'حثت', 'حثوا', 'يحث', 'تحث'],
  },
  /**
   * Presenting an account, with its subject in a ل-complement: "عرضت لتجربة الاستفتاء", "كما عرضوا
   * للتعديلات الكبيرة", "عرض المتحدثون … لمسار الاتحاد". Only with that complement (see below): bare
   * عرض is also "to show" or "to offer".
   */
  presenting: {
    عرض: ['عرض', 'عرضت', 'عرضوا', 'يعرض', 'تعرض'],
  },
  /** Praying for someone or something: "وتضرع إلى الله أن يعوض", "ابتهل إلى الله أن". */
  prayer: {
    تضرع: ['تضرع', 'تضرعت', 'تضرعوا', 'يتضرع', 'تتضرع'],
    ابتهل: ['ابتهل', 'ابتهلت', 'ابتهلوا', 'يبتهل', 'تبتهل'],
  },
  /** Expecting and judging likely: "توقع أن يتم الطعن", "استبعد أن", "رجح أن", "نبه إلى". */
  expectation: {
    توقع: ['توقع', 'توقعت', 'توقعوا', 'يتوقع', 'تتوقع'],
    استبعد: ['استبعد', 'استبعدت', 'استبعدوا', 'يستبعد', 'تستبعد'],
    رجح: ['رجح', 'رجحت', 'رجحوا', 'يرجح', 'ترجح'],
    نبه: ['نبه', 'نبهت', 'نبهوا', 'ينبه', 'تنبه'],
    اقترح: ['اقترح', 'اقترحت', 'اقترحوا', 'يقترح', 'تقترح'],
    اجمع: ['اجمع', 'اجمعت', 'اجمعوا'],
  },
};

/**
 * Verbs that report only with their particle, since the bare form is also another word: "عبر عن"
 * (عبر alone is the preposition "via"). The particle must follow within a few words.
 */
export const AR_CUE_PARTICLE: Readonly<Record<string, string>> = { عبر: 'عن', ابدي: '', نعت: '' };

/**
 * Verbs that report only when a later word carries this proclitic: "عرض لتجربة" (presented an account
 * of), not "عرض فيلما" (showed a film). The content starts at that word.
 */
export const AR_CUE_PREFIXED_COMPLEMENT: Readonly<Record<string, string>> = { عرض: 'ل' };

/**
 * Circumstantial participles that add a statement to the sentence's speaker ("…، معرباً عن أمله",
 * "…، داعياً إلى", "…، مشيرةً إلى أن"): masculine and feminine (ه) forms.
 */
export const AR_PARTICIPLE_CUES: readonly string[] = [
  'معربا', 'معربه', 'داعيا', 'داعيه', 'مبينا', 'مبينه', 'مشيرا', 'مشيره', 'معتبرا', 'معتبره', 'موكدا', 'موكده', 'مضيفا',
  'مضيفه', 'موضحا', 'موضحه', 'لافتا', 'لافته', 'محذرا', 'محذره', 'مشددا', 'مشدده', 'قايلا', 'قايله', 'منوها', 'منوهه',
  'مطالبا', 'مطالبه', 'رافضا', 'رافضه', 'متسايلا', 'متسايله', 'مستبعدا', 'مستبعده', 'متوقعا', 'متوقعه', 'واصفا', 'واصفه',
  'متهما', 'متهمه', 'نافيا', 'نافيه', 'معلنا', 'معلنه', 'مستدركا', 'مردفا', 'متابعا',
];

/** Particles a participle or verb takes before its content ("معرباً عن", "مشيراً إلى", "داعياً إلى"). */
export const AR_CUE_PARTICLES_BEFORE_CONTENT: readonly string[] = ['عن', 'الي', 'علي', 'ب'];

/**
 * Conjunctions that open a new clause inside a sentence, so a reporting verb right after them starts
 * another report, with its own speaker ("…، بينما يرى الدكتور X أن …", "فيما قال المتحدث إن …",
 * "في حين أكدت الوزارة أن …"): the claim before ends there.
 */
export const AR_CLAUSE_OPENERS: readonly string[] = ['بينما', 'فيما', 'وفيما', 'حين'];

/**
 * Adverbs (of time, and "also") that may stand between a reporting verb and its subject ("أعلن أمس
 * وزير الخارجية …", "وقال اليوم رئيس الوزراء …", "وأكد مساء الأحد المتحدث …", "وقال أيضا الوزير …"):
 * read past, the subject follows them.
 */
export const AR_TIME_ADVERBS: readonly string[] = [
  'أمس', 'اليوم', 'مساء', 'صباح', 'ظهر', 'الليلة', 'غدا', 'أيضا', 'كذلك',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
];

/**
 * Nouns that report what their possessor said or asked for, with the possessor as a pronoun suffix
 * ("مناداته بحذف …", "اتهامها للحكومة بأنها …", "مطالبتهم بالإفراج عن …", "دعوته إلى الحوار") or as the
 * name after them ("اتهام الوزير للمعارضة بـ …"). Stem as the suffix forms write it (ة becomes ت): a
 * suffix ه / ها / هم makes the speaker a pronoun of that gender and number.
 */
export const AR_NOUN_CUE_STEMS: readonly string[] = ['اتهام', 'منادات', 'مطالبت', 'دعوت', 'تحذير', 'تاكيد', 'ادعاءات', 'تشديد'];

/** Words that open the content after an Arabic noun cue, or the clitic ب on its first word ("بحذف"). */
export const AR_NOUN_CUE_PARTICLES: readonly string[] = ['بان', 'بانه', 'بانها', 'ان', 'الي', 'علي', 'ب'];

/**
 * Verbal nouns after the passive auxiliary تم / تمت / يتم that report with no speaker: "وتم التأكيد على
 * الحاجة …", "تمت الإشادة بما قامت به …", "كما تم الإعلان عن …", "يتم التشديد على …".
 */
export const AR_PASSIVE_REPORT_NOUNS: readonly string[] = ['التاكيد', 'الاشاده', 'الاعلان', 'التشديد', 'الاشاره', 'التنويه', 'التحذير', 'الكشف', 'الاعراب', 'المطالبه', 'الدعوه', 'التوصيه'];

/** The passive auxiliary, with the conjunctions that often carry it. */
export const AR_PASSIVE_AUXILIARIES: readonly string[] = ['تم', 'تمت', 'وتم', 'وتمت', 'فتم', 'يتم', 'ويتم'];

/**
 * Verbs of publishing whose subject, named in the sentence before an Arabic passive report, is who
 * reported it: "مقال نشرته الجريدة … تمت الإشادة بـ …", "بيان أصدرته الوزارة … تم التأكيد على …".
 */
export const AR_PUBLISH_VERBS: readonly string[] = ['نشرت', 'نشرته', 'نشرتها', 'نشره', 'نشرها', 'اصدرت', 'اصدرته', 'اصدرتها', 'اصدره', 'اصدرها', 'وزعته', 'وزعتها'];
