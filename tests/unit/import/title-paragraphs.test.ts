import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../electron/services/import/extract';
import { joinWrappedLines } from '../../../electron/services/import/paragraphs';
import { isDateline, titleFromText } from '../../../electron/services/import/title';
import { articleFromDraft } from '../../../electron/services/import/article';
import { canonicalText } from '../../../shared/text';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SEED = canonicalText(readFileSync(new URL('../../../../shared/fixtures/seed-article-ar.txt', import.meta.url), 'utf8'));

describe('title from the text', () => {
  it('a dateline alone is not a title, in Arabic, English and French', () => {
    for (const d of ['موسكو', 'MOSCOW, Dec 7 (Reuters) -', 'PARIS (AFP) —', 'Tripoli —', 'Abou Dhabi (AFP) -']) expect(isDateline(d), d).toBe(true);
    for (const h of ['Moscow hosts Haftar', 'بيان الجيش الوطني الليبي', 'Putin meets Haftar in Moscow', 'قال بوتين.']) expect(isDateline(h), h).toBe(false);
  });

  it('the seed article is not titled “موسكو”: its first sentence is, and the body keeps all 30 paragraphs', () => {
    const { title, body } = titleFromText(SEED);
    expect(title).not.toBe('موسكو');
    expect(title).toMatch(/^حصل الرئيس الروسي فلاديمير بوتين/);
    expect(body).toBe(SEED);
  });

  it('a headline line is the title and not the first paragraph; a dateline after it stays in the body', () => {
    expect(titleFromText('Moscow hosts Haftar\nMOSCOW (Reuters) -\nThe Libyan commander arrived.')).toEqual({
      title: 'Moscow hosts Haftar',
      body: 'MOSCOW (Reuters) -\nThe Libyan commander arrived.',
    });
    expect(titleFromText('موسكو\nبوتين يستقبل حفتر\nقال الكرملين إن اللقاء تم.')).toEqual({ title: 'بوتين يستقبل حفتر', body: 'موسكو\nقال الكرملين إن اللقاء تم.' });
  });

  it('a pasted article without a title: not the dateline, and the headline is not repeated', () => {
    const origin = { fileName: null, format: 'paste' as const, encoding: null };
    const seed = articleFromDraft({ title: '', text: SEED, origin });
    expect(seed.title).not.toBe('موسكو');
    expect(seed.text.split('\n')).toHaveLength(30);
    const headed = articleFromDraft({ title: '', text: 'Haftar in Moscow\nThe Libyan commander arrived on Tuesday.', origin });
    expect(headed).toMatchObject({ title: 'Haftar in Moscow', text: 'The Libyan commander arrived on Tuesday.' });
    // A title typed in the dialog leaves the text whole.
    expect(articleFromDraft({ title: 'Mine', text: 'Haftar in Moscow\nBody.', origin }).text).toBe('Haftar in Moscow\nBody.');
  });
});

describe('hard-wrapped lines', () => {
  const wrapped = 'The Libyan commander arrived in\nMoscow on Tuesday for talks with\nthe president.\n\nThe Kremlin said the talks\nwere constructive.\n';

  it('a text file joins the lines of each paragraph; a blank line ends one', async () => {
    const article = await extractFile('wire.txt', utf8(wrapped));
    expect(article.text).toBe('The Libyan commander arrived in Moscow on Tuesday for talks with the president.\nThe Kremlin said the talks were constructive.');
  });

  it('Arabic too, with Windows line endings', async () => {
    const article = await extractFile('khabar.txt', utf8('قال المتحدث باسم الحكومة إن المحادثات\r\nستستأنف في موسكو.\r\n\r\nوأضاف أن الوفد\r\nسيضم ممثلين.\r\n'));
    expect(article.text).toBe('قال المتحدث باسم الحكومة إن المحادثات ستستأنف في موسكو.\nوأضاف أن الوفد سيضم ممثلين.');
  });

  it('a text without blank lines keeps one paragraph per line (the seed article)', () => {
    expect(joinWrappedLines(SEED, false)).toBe(SEED);
    expect(joinWrappedLines(SEED, true)).toBe(SEED);
  });

  it('Markdown keeps headings, list items, tables, code and hard breaks apart', async () => {
    const md = [
      '# Talks in Moscow',
      '',
      'The commander arrived',
      'on Tuesday.',
      '',
      'Background',
      '----------',
      '',
      '- first point that',
      '  wraps here',
      '- second point',
      '',
      '> a quoted line',
      '> that wraps',
      '',
      '| a | b |',
      '| 1 | 2 |',
      '',
      '```',
      'code line one',
      'code line two',
      '```',
      '',
      'Line with a break  ',
      'after it.',
    ].join('\n');
    const article = await extractFile('talks.md', utf8(md));
    expect(article.title).toBe('Talks in Moscow');
    expect(article.text.split('\n')).toEqual([
      'The commander arrived on Tuesday.',
      'Background',
      '- first point that wraps here',
      '- second point',
      'a quoted line that wraps',
      '| a | b |',
      '| 1 | 2 |',
      '```',
      'code line one',
      'code line two',
      '```',
      'Line with a break',
      'after it.',
    ]);
  });

  it('a pasted hard-wrapped text is joined the same way, a list item starting its own paragraph', () => {
    expect(joinWrappedLines('One line\nwrapped.\n\n1. item\n2. next item\n', false).replace(/\n+$/, '')).toBe('One line wrapped.\n\n1. item\n2. next item');
  });
});
