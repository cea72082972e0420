/**
 * The actor engine's word lists, loaded from the JSON files beside this module. Each file is
 * `{ description, words }`: the description says what the words have in common and why the engine
 * needs them; the words are normalised keys (normaliseKey/tokenKey form).
 */
import arCommonNounHeads from './ar-common-noun-heads.json';
import arCompoundOrgHeads from './ar-compound-org-heads.json';
import arFacilityHeads from './ar-facility-heads.json';
import arHonorifics from './ar-honorifics.json';
import arNameLinks from './ar-name-links.json';
import arMunicipalHeads from './ar-municipal-heads.json';
import arNamedOrgHeads from './ar-named-org-heads.json';
import arOrgChainStop from './ar-org-chain-stop.json';
import arOrgDescribing from './ar-org-describing.json';
import arPlaceNamedOrgHeads from './ar-place-named-org-heads.json';
import arPlaceHeads from './ar-place-heads.json';
import arPlaceNameOpeners from './ar-place-name-openers.json';
import arPortfolios from './ar-portfolios.json';
import arPrepositions from './ar-prepositions.json';
import arRegnal from './ar-regnal.json';
import arShortFormHeads from './ar-short-form-heads.json';
import arSpeakerEnd from './ar-speaker-end.json';
import arTitleLinks from './ar-title-links.json';
import descriptionOpeners from './description-openers.json';
import frNameAdjectives from './fr-name-adjectives.json';
import latinNameConnectors from './latin-name-connectors.json';
import latinNeverActors from './latin-never-actors.json';
import latinTitleAbbreviations from './latin-title-abbreviations.json';
import outletKindNouns from './outlet-kind-nouns.json';
import listenerMediaNouns from './listener-media-nouns.json';
import listenerBareNouns from './listener-bare-nouns.json';
import roleConnectors from './role-connectors.json';
import roleFormsOfAddress from './role-forms-of-address.json';
import latinPrepositions from './latin-prepositions.json';
import arGroupNouns from './ar-group-nouns.json';
import latinGroupNouns from './latin-group-nouns.json';
import latinPeopleNouns from './latin-people-nouns.json';
import groupQuantifiers from './group-quantifiers.json';
import latinPlaceBodyHeads from './latin-place-body-heads.json';
import arTitleOpeners from './ar-title-openers.json';
import metonyms from './metonyms.json';
import frDeterminers from './fr-determiners.json';

/** A lexicon file as stored. */
export interface WordList {
  description: string;
  words: string[];
}

function words(list: WordList): ReadonlySet<string> {
  return new Set(list.words);
}

export const AR_PREPOSITIONS = words(arPrepositions);
export const LATIN_PREPOSITIONS = words(latinPrepositions);
export const LATIN_NAME_CONNECTORS = words(latinNameConnectors);
export const AR_ORG_CHAIN_STOP = words(arOrgChainStop);
export const AR_ORG_DESCRIBING = words(arOrgDescribing);
export const AR_NAMED_ORG_HEADS = words(arNamedOrgHeads);
export const AR_HONORIFICS = words(arHonorifics);
export const AR_PORTFOLIOS = words(arPortfolios);
export const AR_COMMON_NOUN_HEADS = words(arCommonNounHeads);
export const AR_PLACE_NAMED_ORG_HEADS = words(arPlaceNamedOrgHeads);
export const AR_COMPOUND_ORG_HEADS = words(arCompoundOrgHeads);
export const AR_REGNAL = words(arRegnal);
export const AR_NAME_LINKS = words(arNameLinks);
export const AR_FACILITY_HEADS = words(arFacilityHeads);
export const AR_SPEAKER_END = words(arSpeakerEnd);
export const AR_TITLE_LINKS = words(arTitleLinks);
export const AR_PLACE_HEADS = words(arPlaceHeads);
/** Heads of bodies named after the town they govern, each as its token keys ("مجلس محلي" → ["مجلس", "محلي"]). */
export const AR_MUNICIPAL_HEADS: readonly string[][] = arMunicipalHeads.words.map((w) => w.split(' '));
export const AR_PLACE_NAME_OPENERS = words(arPlaceNameOpeners);
export const AR_SHORT_FORM_HEADS = words(arShortFormHeads);
export const LATIN_NEVER_ACTORS = words(latinNeverActors);
export const FR_NAME_ADJECTIVES = words(frNameAdjectives);
export const DESCRIPTION_OPENERS = words(descriptionOpeners);
export const OUTLET_KIND_NOUNS = words(outletKindNouns);
export const LISTENER_MEDIA_NOUNS = words(listenerMediaNouns);
export const LISTENER_BARE_NOUNS = words(listenerBareNouns);
export const ROLE_CONNECTORS = words(roleConnectors);
export const ROLE_FORMS_OF_ADDRESS = words(roleFormsOfAddress);
export const AR_GROUP_NOUNS = words(arGroupNouns);
export const LATIN_GROUP_NOUNS = words(latinGroupNouns);
export const LATIN_PEOPLE_NOUNS = words(latinPeopleNouns);
export const GROUP_QUANTIFIERS = words(groupQuantifiers);
export const LATIN_PLACE_BODY_HEADS = words(latinPlaceBodyHeads);
export const AR_TITLE_OPENERS = words(arTitleOpeners);
export const FR_DETERMINERS = words(frDeterminers);
/** Each institution's names and metonyms, one line per institution, "|" between forms (see metonyms.json). */
export const METONYM_LINES: readonly string[][] = metonyms.words.map((w) => w.split('|'));
/** Title abbreviation → the title word it stands for ("gov" → "governor"); stored as "abbr=word". */
export const LATIN_TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  latinTitleAbbreviations.words.map((w) => w.split('=') as [string, string]),
);
