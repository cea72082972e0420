import { describe } from 'vitest';
import { checkClaims, checkNoClaims } from './claim-table';

/**
 * Where reported content ends before the writer's own words, and verbs of intention spelt like nouns.
 * Examples written in the style of US political wire copy (the PolNeAR genre).
 */

describe('English: ", although …", ", when …" after the report are the writer\'s', () => {
  checkClaims([
    { lang: 'en', text: 'Senator Mark Ellis claimed that the new tariffs had saved thousands of jobs, although he again refused to release the figures.', claim: 'the new tariffs had saved thousands of jobs', speaker: 'Mark Ellis', without: 'although' },
    { lang: 'en', text: 'The governor keeps saying she opposed the pipeline from the start, when there are recordings of her praising it.', claim: 'she opposed the pipeline from the start', without: 'recordings' },
    { lang: 'en', text: 'Mayor Anne Cole said the budget would be balanced by June, though council members doubt it.', claim: 'the budget would be balanced by June', speaker: 'Anne Cole', without: 'council members' },
  ]);
});

describe('English: ", he …" with no fronted clause starts the writer\'s next clause', () => {
  checkClaims([
    { lang: 'en', text: 'Representative Tom Hale has admitted using the loophole for years, he does not defend it.', claim: 'using the loophole for years', speaker: 'Tom Hale', without: 'defend' },
    { lang: 'en', text: 'Governor Linda Park has said she regrets the delay in the payments, she is ready to move on.', claim: 'she regrets the delay', speaker: 'Linda Park', without: 'ready to move on' },
    // A fronted clause or phrase closed by the comma keeps ", he …" inside the report.
    { lang: 'en', text: 'Senator John Reed said that if the bill fails in the House, he will resign his seat.', claim: 'he will resign his seat', speaker: 'John Reed' },
    { lang: 'en', text: 'Democrats say that, in addition to Scott, he would have to consider two other members.', claim: 'he would have to consider', speaker: 'Democrats' },
  ]);
});

describe('English: "plans to", "hopes to", "vows to" after a subject report an intention', () => {
  checkClaims([
    { lang: 'en', text: 'Hillary Clinton plans to call on young people to serve in the national service corps.', claim: 'to call on young people', speaker: 'Hillary Clinton', without: 'plans' },
    { lang: 'en', text: 'Mr. Clarke hopes to offset all of the emissions from the coal he produces with pollution credits.', claim: 'to offset all of the emissions', speaker: 'Mr. Clarke', without: 'hopes' },
    { lang: 'en', text: 'The bloc aims to rely less on American support for its defence in the coming decade.', claim: 'to rely less on American support', without: 'aims' },
  ]);
  // After a possessive, a number word or as a capitalised name, they are nouns.
  checkNoClaims([
    { lang: 'en', text: 'The administration’s plans to expand drilling on federal land drew protests in three states.', words: 'to expand drilling' },
    { lang: 'en', text: 'The Clean Power Plan to cut emissions is before a federal court this week.', words: 'to cut emissions' },
  ]);
});
