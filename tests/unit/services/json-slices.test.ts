import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyInSlices } from '../../../electron/services/json-slices';

describe('stringifyInSlices', () => {
  it('writes what JSON.stringify writes, for any JSON value, yielding at every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(await stringifyInSlices(value, 0)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('writes what JSON.stringify writes for case-shaped data, with members it leaves out or nulls', async () => {
    const shape = fc.record({
      schema: fc.constant('claimwork/case'),
      articles: fc.array(fc.record({ id: fc.uuid(), text: fc.string({ unit: 'grapheme' }), url: fc.option(fc.webUrl()) })),
      annotations: fc.array(fc.record({ id: fc.uuid(), start: fc.integer(), note: fc.constantFrom('', 'يقال إن', undefined) })),
      history: fc.record({ undo: fc.array(fc.array(fc.jsonValue(), { maxLength: 3 })), redo: fc.constant([undefined, () => 1]) }),
      gone: fc.constant(undefined),
    });
    await fc.assert(
      fc.asyncProperty(shape, async (value) => {
        expect(await stringifyInSlices(value, 0)).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the event loop back while it works, so a request arriving meanwhile is answered first', async () => {
    const big = { annotations: Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, quote: 'x'.repeat(200) })) };
    const order: string[] = [];
    const done = stringifyInSlices(big, 0).then((json) => {
      order.push('serialised');
      return json;
    });
    setImmediate(() => order.push('other work'));
    expect(JSON.parse(await done)).toEqual(big);
    expect(order).toEqual(['other work', 'serialised']);
  });
});
