import { describe, expect, it } from 'vitest';
import { distinctLabels } from '../../../renderer/src/import/labels';

describe('import result labels', () => {
  it('shows the folder only when two files share a name', () => {
    expect(distinctLabels(['/data/eval/bbc-1/source.html', '/data/eval/bbc-2/source.html', '/data/notes.txt'])).toEqual([
      'bbc-1/source.html',
      'bbc-2/source.html',
      'notes.txt',
    ]);
  });

  it('goes up as many folders as it takes, with either slash', () => {
    expect(distinctLabels(['C:\\a\\x\\page.html', 'C:\\b\\x\\page.html'])).toEqual(['a/x/page.html', 'b/x/page.html']);
  });

  it('a plain name stays as it is; the same path twice is not told apart', () => {
    expect(distinctLabels(['one.txt', 'two.txt', 'one.txt'])).toEqual(['one.txt', 'two.txt', 'one.txt']);
  });
});
