/**
 * Two apostrophes typed for a double quotation mark (''…'': the New York Times archive, wiki and TeX
 * habits) read as one straight quote. Same-length rewrite, so every offset still points into the
 * original text: an opening pair becomes `" ` and a closing pair ` "`, which keeps the quotation's
 * span over both apostrophes. Texts without a pair are returned as they are (no copy).
 */
export function asciiDoubleQuotes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/(?<!')''(?!')/g, (_m, at: number) => {
    const before = at > 0 ? text[at - 1] ?? ' ' : ' ';
    const after = text[at + 2] ?? ' ';
    const opens = /[\s([{—–-]/.test(before) && !/\s/.test(after);
    return opens ? '" ' : ' "';
  });
}
