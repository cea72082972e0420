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
    { lang: 'en', text: 'Mayor Dan Whitfield has said his piece, he is ready to move on to the budget.', claim: 'his piece', speaker: 'Dan Whitfield', without: 'ready' },
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

describe('English: an object reported, then the occasion ("in an interview", "during the debate", "on Thursday")', () => {
  checkClaims([
    { lang: 'en', text: 'Donald Trump attacked Alicia Machado in early-morning tweets on Friday.', claim: 'Alicia Machado', speaker: 'Donald Trump', without: 'tweets' },
    { lang: 'en', text: 'Hillary Clinton aggressively attacked her opponent as a fraud during the first presidential debate Monday night.', claim: 'her opponent as a fraud', speaker: 'Hillary Clinton', without: 'debate' },
    { lang: 'en', text: 'The flight attendants union endorsed Hillary Clinton for president on Thursday, the latest union to do so.', claim: 'Hillary Clinton for president', without: 'Thursday' },
    { lang: 'en', text: 'Judge Colleen McMahon rejected the argument in a ruling released Thursday afternoon.', claim: 'the argument', speaker: 'Colleen McMahon', without: 'ruling' },
    // A reported clause keeps its own time phrase.
    { lang: 'en', text: 'Senator Ann Brooks said the bill would pass the Senate in an emergency session on Thursday.', claim: 'the bill would pass the Senate in an emergency session on Thursday', speaker: 'Ann Brooks' },
  ]);
});

describe('English: a manner adverb in -ly between the subject and its cue is read past', () => {
  checkClaims([
    { lang: 'en', text: 'Senator Maria Ortiz pointedly noted that the agency had missed every deadline since 2014.', claim: 'the agency had missed every deadline', speaker: 'Senator Maria Ortiz' },
    { lang: 'en', text: 'Governor Paul Reyes sharply criticized the new zoning rules as a gift to developers.', claim: 'the new zoning rules', speaker: 'Governor Paul Reyes' },
  ]);
});

describe('English: "is confirming", "are denouncing": a progressive reporting verb is a cue', () => {
  checkClaims([
    { lang: 'en', text: 'The state attorney general is confirming that the foundation is not registered as a charity.', claim: 'the foundation is not registered', speaker: 'The state attorney general', without: 'confirming' },
    { lang: 'en', text: 'Union leaders are denouncing the new contract as a betrayal of their members.', claim: 'the new contract as a betrayal', speaker: 'Union leaders', without: 'denouncing' },
  ]);
});

describe('English: ", <verb>-ing …" after a reported object is the writer\'s comment', () => {
  checkClaims([
    { lang: 'en', text: 'The Clinton campaign wants to sign up five million voters, focusing on people under 30.', claim: 'to sign up five million voters', without: 'focusing' },
    { lang: 'en', text: 'Senator Sherrod Walsh endorsed the new trade deal, angering union leaders across Ohio.', claim: 'the new trade deal', speaker: 'Sherrod Walsh', without: 'angering' },
    // "including …" stays in the object.
    { lang: 'en', text: 'Donald Trump responded with attacks on Alicia Machado, including three tweets on Friday.', claim: 'attacks on Alicia Machado, including three tweets' },
  ]);
});

describe('English: ", which …", ", who …" after a reported object is a remark on it', () => {
  checkClaims([
    { lang: 'en', text: 'Governor Tom Kessler has acknowledged the reality of climate change, which makes him an outlier in his party.', claim: 'the reality of climate change', speaker: 'Tom Kessler', without: 'outlier' },
    { lang: 'en', text: 'The Teamsters union endorsed Senator Ruth Adams, who says she is honored by the support.', claim: 'Senator Ruth Adams', without: 'honored' },
    // A reported clause keeps its relative; so does an object whose relative is closed before more of it.
    { lang: 'en', text: 'Mayor Lee Grant said she needs to raise revenue, which she plans to do through a new tax.', claim: 'she needs to raise revenue, which she plans' },
    { lang: 'en', text: 'Senator Ann Brooks vowed to form a task force, which would include the military, to crack down on hackers.', claim: 'to form a task force, which would include the military, to crack down' },
  ]);
});
