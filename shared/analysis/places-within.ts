/**
 * Places named inside a longer actor name: "نابلس" in "بلدية نابلس", "فلسطين" in "جريدة فلسطين",
 * "بيرزيت" in "جامعة بيرزيت", "Paris" in "Université de Paris". The body is the actor the text
 * highlights; the place is named all the same, so the analysis lists it on the place's actor as a
 * mention `within` the longer name (never suggested as a highlight of its own: it would overlap the
 * body's). Nested named-entity corpora (Wojood) annotate these places the same way.
 */
import type { ActorType } from '../domain';
import { PLACE_INFO } from './lexicon-places';
import { makeMention, type Mention } from './mention';
import { stateAt } from './name-spans';
import type { Token } from './tokens';

/**
 * The state and place names (from the gazetteer) inside the organisation mentions of `mentions`,
 * after the name's first word (the head: "بلدية", "جامعة"; a name that is a place as a whole is
 * the place itself). Each comes as a mention of type 'state' or 'place' with rule 'place-within-name'.
 */
export function placesWithinNames(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organisation' || m.last - m.first < 2) continue;
    for (let k = m.first + 1; k < m.last; k++) {
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
