/**
 * Cheap estimate of an HTML document's element nesting depth, from a scan of its tags (no DOM).
 * jsdom builds deeply nested trees in quadratic time (10,000 nested divs take tens of seconds), so
 * deep documents are detected first and read with the bare parser instead. The estimate ignores
 * void elements and elements whose end tags are optional (p, li, td...), and closes an element at
 * its end tag even when inner ones were left open, which is how real pages are usually broken.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex']);
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Estimated maximum nesting depth; stops early and returns a value above `limit` once it is exceeded. */
export function estimateDepth(html: string, limit = Infinity): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;
  const lower = html.toLowerCase();
  const stack: string[] = [];
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[1] === '/') {
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3] === '/') continue;
    stack.push(name);
    if (stack.length > max) {
      max = stack.length;
      if (max > limit) return max;
    }
  }
  return max;
}
