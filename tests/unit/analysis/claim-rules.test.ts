import { describe } from 'vitest';
import { checkClaims } from './claim-table';

describe('the name before appositions and relative clauses speaks ("X, title, said")', () => {
  checkClaims([
    { lang: 'en', text: 'At the time, Father James Martin, a Jesuit priest and author of several books, warned the Vatican not to interfere with the work of the sisters.', claim: 'not to interfere', speaker: 'Father James Martin' },
    { lang: 'en', text: 'Sister Sharon Holland, the head of the conference, who was the only sister on the stage without a habit, told reporters that there were still hard feelings.', claim: 'there were still hard feelings', speaker: 'Sister Sharon Holland' },
    { lang: 'en', text: 'Doherty, who represents a largely rural district, says his main frustration is that urban schools still get a larger share of state aid.', claim: 'urban schools still get', speaker: 'Doherty' },
    { lang: 'fr', text: "Éric Alan Caldwell, responsable de la mobilité au comité exécutif, a déclaré que les trottinettes ne reviendront pas en 2020.", claim: 'les trottinettes ne reviendront pas', speaker: 'Éric Alan Caldwell' },
  ]);
});

describe('a parenthesis after the name is read past ("Doherty (R-Warren) said")', () => {
  checkClaims([
    { lang: 'en', text: 'State Sen. Michael Doherty (R-Warren) said the governor had sold himself to the people of New Jersey as a reformer.', claim: 'had sold himself', speaker: 'Michael Doherty' },
    { lang: 'en', text: 'State Sen. Dawn Addiego (R-Burlington), for example, said the governor has dedicated his efforts to making the state affordable.', claim: 'has dedicated his efforts', speaker: 'Dawn Addiego' },
  ]);
});

describe('a quotation is the whole content only when it opens the sentence', () => {
  checkClaims([
    { lang: 'en', text: 'The standard of the new examinations was initially "high", Lord Baker added on Tuesday.', claim: 'The standard of the new examinations', speaker: 'Lord Baker' },
    { lang: 'en', text: 'The reform of the pension system is "unavoidable" this year, the finance minister said in Brussels.', claim: 'The reform of the pension system', speaker: 'the finance minister' },
  ]);
});
