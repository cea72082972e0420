/**
 * English lexicon for suggestions. The reporting-verb forms are derived from the GenderGapTracker
 * quote-verb list (nlp/english/rules/quote_verb_list.txt, MIT licence, (c) 2018-2023 Maite Taboada),
 * trimmed of forms that are rarely reporting ("present", "release", "continue", "finding") and extended
 * with common newswire cues.
 */

const GGT_FORMS = `accept accepted acknowledge acknowledged acknowledges add added adds admit admits admitted
advise advised advises announce announced announces argue argued argues assert asserted asserts assure assured assures
claim claimed claims clarified clarifies clarify comment commented comments conclude concluded concludes confirm
confirmed confirms declare declared declares decried decries decry denounce denounced denounces describe described
describes dispute disputed disputes estimated estimates exclaim exclaimed exclaims explain explained explains
indicate indicated indicates inform informed informs insist insisted insists mention mentioned mentions note noted
notes predict predicted predicts proclaim proclaimed proclaims reassure reassured reassures reckon reckoned reckons
remind reminded reminds replied replies reply report reported reports respond responded responds restate restated
said say says state stated states suggest suggested suggests tell tells told testified testifies testify think
thinks thought tweet tweeted tweets warn warned warns write writes wrote`;

const EXTRA_FORMS = `saying telling warning claiming adding noting arguing insisting explaining asking asked asks
urged urges accused accuses alleged alleges charged charges contended contends countered counters denied denies deny
emphasized emphasises emphasized stressed stresses believe believes believed predicted vowed vows pledged pledges
promised promises conceded concedes acknowledged maintained maintains wrote recalled recalls questioned observed
announced blasted slammed criticized criticised praised lamented complained complains boasted boasts joked quipped
revealed reveals disclosed hinted hints signaled signalled cautioned predicted speculated agreed disagreed feared fears
hoped hopes wants wanted called calls demanded demands told`;

import { normaliseKey } from './normalise';

/** Lexicon entries are matched against token keys, which carry no accents. */
const keys = (list: string[]): Set<string> => new Set(list.map(normaliseKey));

/** Stance verbs PolNeAR-style attribution also covers (beliefs, positions, criticism), past and 3rd person. */
const STANCE_FORMS = `cited cites citing found shows showed shown attacked attacks endorsed endorses expected expects decided
promised argued supported supports plans planned declined ruled questioned questioning defended defends defending
criticized criticised criticizes criticizing discussed proposed proposes believes believed echoed likened offers offered
knows considers considered worries worried blocked suggested accused urged praised blamed blames condemned condemns vowed
rejected rejects dismissed dismissed mocked mocks touted hailed slammed pushed refused refuses approved opposed opposes
backed backs favored favors favours admires admired conceded predicted hoped wants encouraged encourages encouraging
pressed blasted lambasted accusing blaming calling demanding promising stressing emphasizing emphasising arguing citing
insisting suggesting describing warning vowing pledging urging claiming noting adding saying telling asking explaining
referenced references mentioned pointed characterized labeled labelled branded dubbed`;

/** Plural-noun look-alikes ("two states", "his comments"): too often not a verb to count as a cue. */
const NOUN_LIKE = new Set(['attacks', 'plans', 'backs', 'offers', 'worries', 'references', 'state', 'states', 'comments', 'comment', 'tweets', 'tweet', 'reports', 'report', 'claims', 'calls', 'notes', 'note', 'estimates', 'points', 'point', 'releases', 'demands', 'fears', 'hopes', 'charges', 'counters', 'hints', 'promises', 'vows', 'pledges', 'reply', 'replies', 'finds', 'present', 'presents', 'thought', 'write', 'dispute', 'disputes', 'states']);

/**
 * The plural-noun look-alikes that are verbs before "that" ("The Post reports that …", "Trump charges
 * that …", "she notes that …"): cues there only.
 */
export const EN_CUES_BEFORE_THAT: ReadonlySet<string> = new Set([...NOUN_LIKE].filter((w) => /s$/.test(w) && `${GGT_FORMS} ${EXTRA_FORMS} ${STANCE_FORMS}`.split(/\s+/).includes(w)));

/** Reporting-verb forms (lower case). */
export const EN_CUES: ReadonlySet<string> = new Set(`${GGT_FORMS} ${EXTRA_FORMS} ${STANCE_FORMS}`.split(/\s+/).filter((w) => w && !NOUN_LIKE.has(w)));

/** Participles that continue the main clause's subject: "…, saying that …". */
export const EN_PARTICIPLE_CUES: ReadonlySet<string> = new Set(['referencing', 'referring', 'saying', 'adding', 'arguing', 'noting', 'citing', 'calling', 'warning', 'insisting', 'claiming', 'accusing', 'describing', 'suggesting', 'stressing', 'emphasizing', 'emphasising', 'promising', 'telling', 'asking', 'explaining', 'blaming', 'urging', 'vowing', 'pledging', 'demanding', 'questioning', 'defending', 'encouraging']);

/** The strongest cues: almost always introduce speech. */
export const EN_STRONG_CUES: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'stated', 'added', 'warned', 'claimed', 'announced', 'declared', 'insisted', 'argued', 'wrote', 'tweeted', 'asked', 'explained', 'noted', 'denied', 'alleged', 'according']);

/** Verbs whose object is the listener ("told reporters that"). */
export const EN_TELL: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'informs', 'reminded', 'reminds', 'assured', 'assures', 'reassured', 'warned', 'warns', 'urged', 'urges', 'asked', 'asks', 'advised', 'advises']);

/** Words between subject and cue that do not end the subject ("has also said"). */
export const EN_AUX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'then', 'would', 'will', 'could', 'might', 'may', 'repeatedly',
  'again', 'once', 'often', 'recently', 'reportedly', 'publicly', 'privately', 'has', 'is', 'was', 'were', 'are',
  'not', "didn't", "hasn't", "haven't", 'did', 'does', 'do', 'never', 'even', 'just', 'already', 'quickly', 'flatly',
  'explicitly', 'famously', 'initially', 'first', 'last', 'still', 'frequently', 'ultimately', 'simply', 'has', 'being',
  'eventually', 'subsequently', 'finally', 'separately', 'apparently', 'allegedly', 'openly', 'angrily', 'immediately',
  'consistently', 'firmly', 'strongly', 'originally', 'earlier', 'now', 'briefly', 'bluntly',
]);

/** Personal pronouns that can be speakers; gender guides the antecedent search. */
export const EN_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p' | 'n'> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', 'p'], ['it', 'n'], ['we', 'p'], ['i', 'n'], ['you', 'n'], ['who', 'n'],
]);

/** Words that end a speaker phrase when walking away from the cue. */
export const EN_NP_STOP: ReadonlySet<string> = new Set([
  'that', 'which', 'and', 'but', 'or', 'because', 'when', 'while', 'if', 'as', 'so', 'than', 'after', 'before', 'since',
  'in', 'on', 'at', 'during', 'to', 'into', 'about', 'with', 'without', 'over', 'under', 'though', 'although', 'where',
  'what', 'how', 'why', 'whether', 'is', 'was', 'were', 'are', 'be', 'been', 'not', 'this', 'these', 'those', 'there',
  'then', 'also', 'yet', 'by', 'from', 'for', 'against', 'until', 'once', 'even', 'however', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'earlier',
]);

/** Function words that start a sentence without being a name ("The", "But"). */
export const EN_NOT_NAME: ReadonlySet<string> = keys([
  'the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'of', 'by', 'with', 'from', 'as', 'if', 'when',
  'while', 'after', 'before', 'since', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'its', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which',
  'so', 'yet', 'still', 'also', 'then', 'now', 'not', 'no', 'yes', 'some', 'many', 'most', 'all', 'one', 'two', 'more',
  'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'according', 'however', 'meanwhile', 'although', 'though', 'despite', 'during', 'because', 'said', 'says', 'just',
  'even', 'only', 'both', 'each', 'every', 'several', 'other', 'another', 'such', 'would', 'will', 'can', 'could',
  'should', 'do', 'does', 'did', 'is', 'was', 'are', 'were', 'be', 'has', 'have', 'had', 'let', 'like', 'people',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'mais', 'dans', 'pour', 'sur', 'selon', 'il', 'elle', 'ils',
  'elles', 'nous', 'vous', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'en', 'au', 'aux', 'lors', 'après',
  'avant', 'pendant', 'depuis', 'si', 'quand', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
]);

/** Titles before an English or French name; the name that follows is a person. */
export const LATIN_PERSON_TITLES: ReadonlySet<string> = keys([
  'president', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor', 'mr',
  'mrs', 'ms', 'dr', 'gen', 'general', 'marshal', 'field', 'colonel', 'col', 'lt', 'king', 'queen', 'prince', 'sheikh',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'premier', 'judge', 'justice', 'chairman',
  'chairwoman', 'director', 'commander', 'leader', 'candidate', 'nominee', 'speaker', 'pope', 'ceo', 'adviser',
  'advisor', 'envoy', 'sgt', 'm', 'mme', 'président', 'présidente', 'ministre', 'général', 'maréchal', 'porte-parole',
  'secrétaire', 'député', 'sénateur', 'maire', 'directeur', 'directrice', 'chef', 'roi', 'ambassadeur',
  // Peers' and knights' styles stand before the name as a title does ("Lord Baker", "Sir Keith").
  'lord', 'lady', 'sir', 'dame', 'baroness', 'baron',
  // Church offices ("Cardinal Gerhard Müller", "Archbishop Desmond Tutu").
  'cardinal', 'archbishop', 'bishop', 'cardinale', 'archevêque', 'évêque',
]);

/** Words that make a capitalised name an organisation. */
export const LATIN_ORG_WORDS: ReadonlySet<string> = keys([
  'ministry', 'department', 'party', 'council', 'committee', 'agency', 'army', 'forces', 'force', 'union', 'bank',
  'press', 'service', 'services', 'organization', 'organisation', 'commission', 'court', 'senate', 'congress',
  'university', 'institute', 'times', 'news', 'post', 'campaign', 'foundation', 'association', 'inc', 'corp', 'group',
  'company', 'office', 'house', 'kremlin', 'pentagon', 'government', 'administration', 'assembly', 'parliament',
  'command', 'fund', 'network', 'journal', 'tribune', 'reuters', 'cnn', 'bbc', 'fbi', 'cia', 'nato', 'un', 'eu',
  'club', 'center', 'centre', 'board', 'bureau', 'authority', 'police', 'guard', 'navy', 'corporation', 'media',
  'ministère', 'parti', 'conseil', 'sénat', 'cour', 'élysée', 'matignon', 'commission', 'armée', 'gouvernement', 'assemblée', 'agence', 'banque', 'union',
  'democrats', 'republicans', 'gop', 'coalition', 'federation', 'alliance', 'brigade', 'movement', 'front', 'cabinet',
]);

/** Description heads that make an un-named speaker an organisation ("the ministry said"). */
export const EN_ORG_DESCRIPTIONS: ReadonlySet<string> = keys([
  'ministry', 'government', 'army', 'military', 'police', 'campaign', 'committee', 'agency', 'department', 'company',
  'administration', 'council', 'embassy', 'kremlin', 'pentagon', 'court', 'party', 'office', 'spokesman',
  'spokeswoman', 'ministère', 'gouvernement', 'armée', 'parti', 'commission', 'white',
]);

/** Hedge markers: the report is flagged as hedged. */
export const EN_HEDGES: readonly string[][] = [
  ['reportedly'], ['allegedly'], ['is', 'said', 'to'], ['are', 'said', 'to'], ['was', 'said', 'to'], ['were', 'said', 'to'],
  ['it', 'is', 'said'], ['it', 'was', 'said'], ['rumored'], ['rumoured'], ['purportedly'], ['supposedly'],
  ['is', 'believed', 'to'], ['are', 'believed', 'to'], ['unconfirmed', 'reports'], ['sources', 'say'], ['sources', 'said'],
];
