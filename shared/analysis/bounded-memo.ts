/**
 * `fn` remembered per input string. The engine keys the same names and phrases many times per
 * article and across a case, so each is worked out once; the memo is emptied when it holds more
 * than `limit` entries, so a long-running back end never grows without end. For pure functions only.
 */
export function boundedMemo<T>(limit: number, fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let value = memo.get(s);
    if (value === undefined) {
      if (memo.size > limit) memo.clear();
      value = fn(s);
      memo.set(s, value);
    }
    return value;
  };
}
