/**
 * Plain paragraph text from a DOM subtree, walked without recursion so that pathologically deep
 * documents (10,000 nested elements) cannot overflow the stack. Block elements end a paragraph;
 * inline elements join their text; nothing that is not visible text (scripts, styles, templates,
 * frames, form controls, SVG) contributes.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'SVG', 'MATH',
  'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
]);

/** How the walker reads a tree: a DOM (jsdom) or the bare parser's tree (parse5) for very deep pages. */
export interface TreeAccess<N> {
  kind(node: N): 'text' | 'element' | 'other';
  /** Upper-case tag name of an element. */
  tag(node: N): string;
  text(node: N): string;
  children(node: N): ArrayLike<N>;
  hidden(node: N): boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** TreeAccess over DOM nodes. */
export const domAccess: TreeAccess<Node> = {
  kind: (n) => (n.nodeType === TEXT_NODE ? 'text' : n.nodeType === ELEMENT_NODE ? 'element' : 'other'),
  tag: (n) => (n as Element).tagName.toUpperCase(),
  text: (n) => n.nodeValue ?? '',
  children: (n) => n.childNodes,
  hidden: (n) => (n as Element).hasAttribute('hidden'),
};

/**
 * Text of `root` with one paragraph per line (not yet canonical: callers pass it through
 * canonicalText). Whitespace inside a paragraph collapses to single spaces except inside <pre>.
 */
export function blockText(root: Node): string {
  return treeText(root, domAccess);
}

/** blockText over any tree shape; `root` itself may be a document or fragment (not an element). */
export function treeText<N>(root: N, access: TreeAccess<N>): string {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[ \t\n\r\f\u00A0]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  // Explicit stack of [node, leaving]: leaving=true marks the end of an element's children.
  const stack: [N, boolean][] = [[root, false]];
  let preDepth = 0;
  while (stack.length > 0) {
    const [node, leaving] = stack.pop() as [N, boolean];
    const kind = access.kind(node);
    if (kind === 'text') {
      const value = access.text(node);
      if (preDepth > 0) {
        const parts = value.split(/\r\n?|\n/);
        parts.forEach((part, i) => {
          if (i > 0) flush();
          line += part;
        });
      } else {
        line += value;
      }
      continue;
    }
    if (kind !== 'element' && node !== root) continue;
    const tag = kind === 'element' ? access.tag(node) : '';
    if (leaving) {
      if (tag === 'PRE') preDepth--;
      if (BLOCK.has(tag)) flush();
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (kind === 'element' && access.hidden(node)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (BLOCK.has(tag)) flush();
    if (tag === 'PRE') preDepth++;
    stack.push([node, true]);
    const children = access.children(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push([child, false]);
    }
  }
  flush();
  return out.join('\n');
}
