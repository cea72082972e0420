/**
 * States, capitals, cities and continents that appear in the news, in Arabic, English and French.
 * States and their capitals come from the world-countries package (names in English, Arabic and
 * French, official names, other spellings, capitals); lexicon/places.json adds the spellings it
 * lacks (colloquial Arabic forms, French and Arabic names of cities) and the continents. The Arabic
 * names of the first-level divisions (governorates, provinces, wilayas) of Arabic-speaking states,
 * which mostly bear the name of their chief city (نابلس، حلب، مأرب), come from the
 * @countrystatecity/countries package through the generated lexicon/regions-ar.generated.json
 * (scripts/gen-regions.mjs), less the everyday words of lexicon/ar-region-not-names.json.
 */
import countries from 'world-countries';
import places from './lexicon/places.json';
import regions from './lexicon/regions-ar.generated.json';
import regionNotNames from './lexicon/ar-region-not-names.json';
import { tokenKey } from './tokens';

/** What a place name names: a state, or a place (city, continent) with the state it lies in. */
export interface PlaceInfo {
  type: 'state' | 'place';
  /** The state's display name, for a city; null for a state or a continent. */
  state: string | null;
  /** A capital stands for its state when it acts in the news ("قالت طهران", "Washington said"). */
  capital: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** A spelling as the tokeniser keys it: token keys joined by single spaces. */
function spellingKey(s: string): string {
  return (s.match(WORD) ?? []).map(tokenKey).join(' ');
}

/** Other spellings worth matching: Latin or Arabic script, and no bare two- or three-letter codes ("IT", "IN"). */
function usable(s: string): boolean {
  return /[A-Za-z\u00C0-\u024F\u0600-\u06FF]/.test(s) && !/[^\s\p{Script=Latin}\p{Script=Arabic}\p{P}\p{N}]/u.test(s) && !/^[A-Z.]{1,3}$/.test(s);
}

const names = new Map<string, string>();
const info = new Map<string, PlaceInfo>();
const byCode = new Map<string, string>();
const add = (spelling: string, name: string): void => {
  const k = spellingKey(spelling);
  // The first name a spelling was given wins: states come before cities ("Mexico", "Djibouti").
  if (k && !names.has(k)) names.set(k, name);
};
for (const c of countries) {
  const name = c.name.common;
  byCode.set(c.cca2, name);
  info.set(name, { type: 'state', state: null, capital: false });
  const forms = [name, c.name.official, c.translations.ara?.common, c.translations.ara?.official, c.translations.fra?.common, c.translations.fra?.official, ...c.altSpellings.filter(usable)];
  for (const f of forms) if (f) add(f, name);
}
for (const [code, spellings] of Object.entries(places.states)) {
  const name = byCode.get(code);
  if (name) for (const s of spellings) add(s, name);
}
const capitals = new Map(countries.flatMap((c) => c.capital.map((cap) => [cap, c.name.common] as const)));
for (const city of places.cities) {
  const state = byCode.get(city.state) ?? null;
  if (!info.has(city.name)) info.set(city.name, { type: 'place', state, capital: state !== null && capitals.get(city.name) === state });
  add(city.name, city.name);
  for (const s of city.spellings) add(s, city.name);
}
for (const [cap, state] of capitals) {
  if (info.has(cap)) continue;
  info.set(cap, { type: 'place', state, capital: true });
  add(cap, cap);
}
for (const c of places.continents) {
  info.set(c.name, { type: 'place', state: null, capital: false });
  add(c.name, c.name);
  for (const s of c.spellings) add(s, c.name);
}

// A division is a place in its state; a spelling a state, capital or city already has keeps that meaning.
const notNames = new Set(regionNotNames.words.map(spellingKey));
for (const [code, english, arabic] of regions.regions as [string, string, string][]) {
  const state = byCode.get(code);
  if (!state || notNames.has(spellingKey(arabic))) continue;
  const name = info.has(english) ? english : `${english} (${code})`;
  if (!info.has(name)) info.set(name, { type: 'place', state, capital: false });
  add(arabic, name);
}

/** Normalised spelling (token keys joined by single spaces) → display name of the state or place. */
export const STATE_NAMES: ReadonlyMap<string, string> = names;

/** Display name → what it names. */
export const PLACE_INFO: ReadonlyMap<string, PlaceInfo> = info;

/** Longest spelling in tokens that is looked up, bounding the lookup window. */
export const STATE_MAX_TOKENS = 4;

/**
 * Nationality adjectives in English and French, as token keys ("american", "espagnol", "espagnols"),
 * from the world-countries package's demonyms; French plurals add -s.
 */
export const LATIN_DEMONYMS: ReadonlySet<string> = new Set(
  countries.flatMap((c) => {
    const d = c.demonyms as Record<string, { f: string; m: string } | undefined> | undefined;
    return [d?.eng?.m, d?.eng?.f, d?.fra?.m, d?.fra?.f].filter((s): s is string => !!s && !s.includes(' ')).flatMap((s) => [tokenKey(s), `${tokenKey(s)}s`]);
  }),
);
