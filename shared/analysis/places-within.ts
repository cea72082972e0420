/**
 * Places named inside a longer actor name: "نابلس" in "بلدية نابلس", "فلسطين" in "جريدة فلسطين",
 * "دمشق" in "جامعة دمشق", "عرابة" in "بلدية عرابة". The body is the actor the text
 * highlights; the place is named all the same, so the analysis lists it on the place's actor as a
 * mention `within` the longer name (never suggested as a highlight of its own: it would overlap the
 * body's). Nested named-entity corpora (Wojood) annotate these places the same way.
 */
import type { ActorType } from '../domain';
import { municipalHeadEnd, placeHeadEnd, townAfter } from './actor-rules';
import { PLACE_INFO } from './lexicon-places';
import { makeMention, type Mention } from './mention';
import { stateAt } from './name-spans';
import type { Token } from './tokens';

/**
 * The state and place names (from the gazetteer) inside the organisation mentions of `mentions`,
 * after the name's first word (the head: "بلدية", "جامعة"; a name that is a place as a whole is
 * the place itself), a place head with its name there ("شرطة مدينة نابلس"), and the town a
 * municipal body is named after. Each comes as a mention of type 'state' or 'place' with rule
 * 'place-within-name'.
 */
export function placesWithinNames(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organisation' || m.last - m.first < 2) continue;
    // A municipal body's town is a place even when the gazetteer does not know it.
    const h = municipalHeadEnd(tokens, m.first);
    const town = h !== -1 && h < m.last && !stateAt(tokens, h) ? townAfter(tokens, h, m.last) : null;
    if (town) {
      const p = makeMention(text, tokens, town[0], town[1], 'place', 'place-within-name');
      if (p) out.push(p);
    }
    // The town's own words are not looked up again ("رام الله" in "بلدية مدينة رام الله").
    for (let k = town ? town[1] : m.first + 1; k < m.last; k++) {
      // A place head with its name ("شرطة مدينة نابلس") is the place, head and all.
      const headed = placeHeadEnd(tokens, k);
      if (headed !== -1 && headed <= m.last) {
        const p = makeMention(text, tokens, k, headed, 'place', 'place-within-name');
        if (p) out.push(p);
        k = headed - 1;
        continue;
      }
      const st = stateAt(tokens, k);
      if (!st || k + st.count > m.last) continue;
      const type: ActorType = PLACE_INFO.get(st.name)?.type ?? 'state';
      const p = makeMention(text, tokens, k, k + st.count, type, 'place-within-name', '', null, st.variant);
      if (p) out.push(p);
      k += st.count - 1;
    }
  }
  return out;
}
