/**
 * Outlets, platforms and channel phrases that name where a claim was published. Keys are normalised
 * (see normaliseKey); values are [display name, source kind].
 */
import type { SourceKind } from '../domain';
import arOutletContext from './lexicon/ar-outlet-context.json';

const OUTLETS: [string, SourceKind, ...string[]][] = [
  ['Reuters', 'outlet', 'reuters', 'رويترز'],
  ['AFP', 'outlet', 'afp', "l'afp", 'agence france-presse', "l'agence france-presse", 'فرانس برس', 'وكاله فرانس برس', 'ا ف ب', 'وكاله الصحافه الفرنسيه'],
  ['dpa', 'outlet', 'dpa', 'د ب ا', 'وكاله الانباء الالمانيه'],
  ['UPI', 'outlet', 'upi', 'يو بي اي'],
  ['Associated Press', 'outlet', 'associated press', 'ap', 'اسوشيتد برس'],
  ['TASS', 'outlet', 'tass', 'تاس', 'وكاله تاس'],
  ['RIA Novosti', 'outlet', 'ria novosti', 'ria', 'ريا نوفوستي'],
  ['Interfax', 'outlet', 'interfax', 'انترفاكس'],
  ['Sputnik', 'outlet', 'sputnik', 'سبوتنيك'],
  ['RT', 'outlet', 'rt', 'روسيا اليوم'],
  ['BBC', 'outlet', 'bbc', 'بي بي سي'],
  ['CNN', 'outlet', 'cnn', 'سي ان ان'],
  ['Al Jazeera', 'outlet', 'al jazeera', 'aljazeera', 'الجزيره'],
  ['Al Arabiya', 'outlet', 'al arabiya', 'العربيه'],
  ['Fox News', 'outlet', 'fox news', 'fox'],
  ['MSNBC', 'outlet', 'msnbc'],
  ['NBC', 'outlet', 'nbc', 'nbc news'],
  ['CBS', 'outlet', 'cbs', 'cbs news'],
  ['ABC', 'outlet', 'abc', 'abc news'],
  ['Bloomberg', 'outlet', 'bloomberg'],
  ['Politico', 'outlet', 'politico'],
  ['The New York Times', 'outlet', 'new york times', 'the new york times', 'nyt', 'نيويورك تايمز'],
  ['The Washington Post', 'outlet', 'washington post', 'the washington post', 'واشنطن بوست'],
  ['The Guardian', 'outlet', 'the guardian', 'الغارديان', 'الجارديان'],
  ['Haaretz', 'outlet', 'haaretz', 'هارتس'],
  ['Yedioth Ahronoth', 'outlet', 'yedioth ahronoth', 'يديعوت احرونوت'],
  ['The Wall Street Journal', 'outlet', 'wall street journal', 'the wall street journal'],
  ['Le Monde', 'outlet', 'le monde', 'لوموند'],
  ['Le Figaro', 'outlet', 'le figaro'],
  ['Libération', 'outlet', 'libération', 'liberation'],
  ['The Daily Telegraph', 'outlet', 'telegraph', 'daily telegraph', 'the telegraph', 'the daily telegraph', 'ديلي تلغراف'],
  ['The Times', 'outlet', 'the times', 'times of london'],
  ['The Independent', 'outlet', 'the independent', 'الاندبندنت'],
  ['Financial Times', 'outlet', 'financial times', 'the financial times', 'فايننشال تايمز'],
  ['The Economist', 'outlet', 'the economist', 'economist'],
  ['Daily Mail', 'outlet', 'daily mail', 'the daily mail'],
  ['Le Point', 'outlet', 'le point'],
  ['Les Échos', 'outlet', 'les echos'],
  ['Le Canard enchaîné', 'outlet', 'le canard enchaine', 'canard enchaine'],
  ['Le Parisien', 'outlet', 'le parisien'],
  ["L'Express", 'outlet', "l'express"],
  ['Mediapart', 'outlet', 'mediapart'],
  ['Al-Ahram', 'outlet', 'al-ahram', 'ahram', 'الاهرام'],
  ['Asharq Al-Awsat', 'outlet', 'asharq al-awsat', 'الشرق الاوسط'],
  ['Al-Quds Al-Arabi', 'outlet', 'al-quds al-arabi', 'القدس العربي'],
  ['France 24', 'outlet', 'france 24', 'فرانس 24'],
  ['Facebook', 'social', 'facebook', 'فيسبوك', 'فيس بوك'],
  ['Twitter', 'social', 'twitter', 'تويتر'],
  ['Telegram', 'social', 'telegram', 'تلغرام', 'تيليغرام'],
  ['Instagram', 'social', 'instagram', 'انستغرام'],
  ['YouTube', 'social', 'youtube', 'يوتيوب'],
  ['TikTok', 'social', 'tiktok', 'تيك توك'],
  ['Truth Social', 'social', 'truth social'],
];

/** Normalised outlet/platform spelling → [display name, kind]. */
export const OUTLET_NAMES: ReadonlyMap<string, readonly [string, SourceKind]> = new Map(
  OUTLETS.flatMap(([name, kind, ...keys]) => keys.map((k) => [k, [name, kind] as const] as const)),
);

/** Channel phrases (normalised token sequences) and the channel they name. */
export const CHANNEL_PHRASES: readonly { tokens: string[]; name: string; kind: SourceKind }[] = [
  { tokens: ['في', 'بيان'], name: 'statement', kind: 'document' },
  { tokens: ['ببيان'], name: 'statement', kind: 'document' },
  { tokens: ['في', 'مؤتمر', 'صحفي'], name: 'press conference', kind: 'official' },
  { tokens: ['في', 'موتمر', 'صحفي'], name: 'press conference', kind: 'official' },
  { tokens: ['وسايل', 'الاعلام', 'الرسميه'], name: 'state media', kind: 'outlet' },
  { tokens: ['الاعلام', 'الرسمي'], name: 'state media', kind: 'outlet' },
  { tokens: ['التلفزيون', 'الرسمي'], name: 'state television', kind: 'outlet' },
  { tokens: ['in', 'a', 'statement'], name: 'statement', kind: 'document' },
  { tokens: ['in', 'a', 'press', 'release'], name: 'press release', kind: 'document' },
  { tokens: ['at', 'a', 'press', 'conference'], name: 'press conference', kind: 'official' },
  { tokens: ['state', 'media'], name: 'state media', kind: 'outlet' },
  { tokens: ['state', 'television'], name: 'state television', kind: 'outlet' },
  { tokens: ['state', 'tv'], name: 'state television', kind: 'outlet' },
  { tokens: ['state-run', 'media'], name: 'state media', kind: 'outlet' },
  { tokens: ['dans', 'un', 'communiqué'], name: 'communiqué', kind: 'document' },
  { tokens: ['dans', 'un', 'communique'], name: 'communiqué', kind: 'document' },
  { tokens: ['médias', "d'état"], name: "médias d'État", kind: 'outlet' },
  { tokens: ['medias', "d'etat"], name: "médias d'État", kind: 'outlet' },
  { tokens: ['en', 'conférence', 'de', 'presse'], name: 'conférence de presse', kind: 'official' },
];

/** Arabic possessed nouns that introduce a platform: "على صفحتها على Facebook", "عبر حسابه على X". */
export const AR_CHANNEL_NOUNS = /^(صفحت|حساب|موقع|قنات)(ه|ها|هم)?$|^(صفحه|حساب|موقع|قناه)$/;

/** Arabic heads of an official source: "خدمة Kremlin Press", "وكالة الأنباء", "المكتب الإعلامي". */
export const AR_SOURCE_HEADS: ReadonlySet<string> = new Set(['خدمه', 'وكاله', 'صحيفه', 'قناه', 'اذاعه', 'موقع', 'جريده', 'تلفزيون']);

/**
 * Arabic outlet names that are everyday words too ("العربية" Arabic, "الجزيرة" island): an outlet only
 * where a source is expected (see AR_OUTLET_CONTEXT).
 */
export const AR_AMBIGUOUS_OUTLETS: ReadonlySet<string> = new Set(['العربيه', 'الجزيره']);

/** Words right before an outlet's name that show it is one: its head, a reporting verb, "according to". */
export const AR_OUTLET_CONTEXT: ReadonlySet<string> = new Set(
  arOutletContext.words,
);

/**
 * Agencies credited by their adjective alone in parentheses under a story or photo ("(الفرنسية)" is
 * AFP, "(الأوروبية)" EPA): the adjective's key → the agency's display name.
 */
export const AR_CREDIT_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['الفرنسيه', 'AFP'],
  ['الاوروبيه', 'EPA'],
  ['الالمانيه', 'dpa'],
]);
