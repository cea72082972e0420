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

describe('a name set off by commas after its description speaks ("A lawyer for X, Jane Doe, said")', () => {
  checkClaims([
    { lang: 'en', text: 'A lawyer for the two newspapers, Robert Hale, said no decision had been made about an appeal.', claim: 'no decision had been made', speaker: 'Robert Hale' },
    { lang: 'en', text: 'The county’s election director, Maria Gomez, said the machines would be tested again on Friday.', claim: 'the machines would be tested', speaker: 'Maria Gomez' },
    { lang: 'fr', text: "L'avocate de la famille, Claire Martin, a déclaré que la plainte serait déposée lundi à Lyon.", claim: 'la plainte serait déposée', speaker: 'Claire Martin' },
  ]);
});

describe('a long apposition (up to two dozen words) is read past to the name', () => {
  checkClaims([
    { lang: 'en', text: 'Paul Ward, an economist who worked for two governors on budget issues and now teaches at a state university in the Midwest, said the plan would not close the gap.', claim: 'the plan would not close the gap', speaker: 'Paul Ward' },
    { lang: 'en', text: 'Anna Berg, a former prosecutor in the district attorney’s office and a member of the bar association’s ethics committee since 2010, said the rules were clear.', claim: 'the rules were clear', speaker: 'Anna Berg' },
  ]);
});

describe('two apostrophes typed for a double quotation mark open and close a quotation', () => {
  checkClaims([
    { lang: 'en', text: "The budget office was blunt. ''The lack of a plan for the debt is deplorable,'' said Tom Reyes, the director of the office.", claim: 'The lack of a plan for the debt', speaker: 'Tom Reyes' },
    { lang: 'en', text: "''We are doing business with people who value our work,'' Mr. Dickey told me after the show.", claim: "''We are doing business", speaker: 'Mr. Dickey' },
  ]);
});

describe('a second cue joined by "and"/"but" is a second claim by the same subject', () => {
  checkClaims([
    { lang: 'en', text: 'Trump said he would order a review of the nation’s computer defenses and warned that hackers from abroad were a threat.', claim: 'hackers from abroad were a threat', speaker: 'Trump', without: 'computer defenses' },
    { lang: 'en', text: 'Trump said he would order a review of the nation’s computer defenses and warned that hackers from abroad were a threat.', claim: 'he would order a review', speaker: 'Trump', without: 'hackers' },
    { lang: 'en', text: 'His aides say it is too early to discuss a Senate run but noted that Scott won competitive races before.', claim: 'Scott won competitive races', speaker: 'His aides', without: 'too early' },
    { lang: 'en', text: 'Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of environmental awareness.', claim: 'lack of environmental awareness', speaker: 'Graham', without: 'believers' },
  ]);
});

describe('a party-and-state abbreviation in brackets does not end the sentence ("(R-S.C.) told")', () => {
  checkClaims([
    { lang: 'en', text: 'Trump could embrace a clean energy policy as president, Sen. Lindsey Graham (R-S.C.) said on Thursday.', claim: 'could embrace a clean energy policy', speaker: 'Sen. Lindsey Graham' },
    { lang: 'en', text: 'Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus fund, said members will help him raise cash.', claim: 'members will help him raise cash', speaker: 'Meeks' },
  ]);
});

describe('a quotation that goes on after a long attribution is one claim', () => {
  checkClaims([
    { lang: 'en', text: '"He has not shown, until recently, an ambition for higher office," said Quentin Kidd, a political scientist at a college in the district of Scott. "There is doubt whether he can raise money."', claim: 'of Scott. "There is doubt', speaker: 'Quentin Kidd' },
    { lang: 'en', text: '"There is a deep disconnect between this White House and the military," Flynn said Thursday morning on Fox News’s “Fox and Friends.” "There is a lot of frustration within the ranks about what we are not able to do."', claim: 'Fox and Friends.” "There is a lot', speaker: 'Flynn' },
  ]);
});

describe('a contrasting clause with its own subject after ", but" is no part of the report', () => {
  checkClaims([
    { lang: 'en', text: 'Trump is promising lower taxes and more jobs, but he has also intensified the personal attacks of his campaign.', claim: 'lower taxes and more jobs', speaker: 'Trump', without: 'intensified' },
    { lang: 'en', text: 'McAuliffe has said about twenty people have shown an interest in the seat, but the governor refuses to discuss names.', claim: 'about twenty people have shown an interest', speaker: 'McAuliffe', without: 'refuses' },
  ]);
});

describe('a plural-noun look-alike before "that" is a reporting verb ("The Post reports that …")', () => {
  checkClaims([
    { lang: 'en', text: 'The New York Post reports that the campaign kept the details of the treatment under wraps.', claim: 'the campaign kept the details', speaker: 'The New York Post', without: 'reports' },
    { lang: 'en', text: 'Trump charges that countries which stand to benefit from the deal donated millions to the foundation.', claim: 'countries which stand to benefit', speaker: 'Trump', without: 'charges' },
  ]);
});

describe('a cue after "and" with no report before it shares the subject that opens the sentence', () => {
  checkClaims([
    { lang: 'en', text: 'Senator Ted Cruz exhorted Republicans to vote their conscience and said he was standing on truth and principle.', claim: 'he was standing on truth and principle', speaker: 'Ted Cruz', without: 'exhorted' },
    { lang: 'en', text: 'Donald Trump has used the phrase often in his campaign, and warned that Obama was not doing so in his speeches.', claim: 'Obama was not doing so', speaker: 'Donald Trump', without: 'phrase' },
  ]);
});

describe('a time phrase between the subject and the cue is no part of the speaker ("Clinton on Tuesday said")', () => {
  checkClaims([
    { lang: 'en', text: 'Along with the dispute, the Supreme Court this month rejected a request from Democrats in Ohio to restore an extra week of voting.', claim: 'a request from Democrats in Ohio', speaker: 'the Supreme Court' },
    { lang: 'en', text: 'Hillary Clinton on Tuesday said the bank should be broken up if it cannot be managed.', claim: 'the bank should be broken up', speaker: 'Hillary Clinton' },
  ]);
});
