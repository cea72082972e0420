import { describe } from 'vitest';
import { checkClaims, checkNoClaims } from './claim-table';

describe('what is not a claim', () => {
  checkNoClaims([
    // A denied speaker.
    { lang: 'en', text: 'At the meeting nobody said the strike would end before Christmas.', words: 'the strike would end' },
    { lang: 'en', text: 'No government has said the crash of the airliner was deliberate.', words: 'the crash of the airliner' },
    // Everyday senses of a cue.
    { lang: 'en', text: 'China maintains tight control over its internet and its media outlets.', words: 'tight control over its internet' },
    { lang: 'en', text: 'The government holds regular meetings with the unions in the capital.', words: 'regular meetings with the unions' },
    // "Nobody denies" is a figure of speech.
    { lang: 'ar', text: 'لا أحد ينفي أن الوضع الاقتصادي في البلاد صعب للغاية هذا العام.', words: 'الوضع الاقتصادي' },
    { lang: 'ar', text: 'ولا أحد يقول إن الحل سيكون سهلا في المستقبل القريب.', words: 'الحل سيكون سهلا' },
    // A quoted heading alone on its line.
    { lang: 'en', text: 'The minister spoke on Monday.\n“A new deal for the coal regions of the north”\nThe plan was approved.', words: 'A new deal for the coal regions' },
    { lang: 'fr', text: 'Le ministre a parlé lundi.\n« Un nouveau pacte pour les régions minières du nord »\nLe plan a été adopté.', words: 'Un nouveau pacte pour les régions' },
  ]);
});

describe('English: declining, refusing or agreeing to do something is an act, not a report', () => {
  checkNoClaims([
    { lang: 'en', text: 'A spokeswoman for the mayor declined to comment on the lawsuit.', words: 'comment on the lawsuit' },
    { lang: 'en', text: 'The minister refused to answer questions about the contract on Tuesday.', words: 'answer questions about the contract' },
    { lang: 'en', text: 'Senator Lee is the only Democrat who has agreed to vote against the bill next week.', words: 'vote against the bill' },
  ]);
  checkClaims([{ lang: 'en', text: 'Senator Lee agreed that the bill would hurt small farmers in the state.', claim: 'the bill would hurt small farmers', speaker: 'Senator Lee' }]);
});

describe('A quotation under four words is no claim, a contraction counted once', () => {
  checkNoClaims([
    { lang: 'en', text: 'The senator promised to fight the plan. “And she didn’t,” Walsh said in an interview.', words: 'And she didn' },
    { lang: 'en', text: 'Asked whether the deal was dead, the minister shrugged. “It isn’t over,” he said.', words: 'It isn' },
  ]);
  checkClaims([{ lang: 'en', text: '“It isn’t over for the workers,” he said.', claim: 'over for the workers' }]);
});
