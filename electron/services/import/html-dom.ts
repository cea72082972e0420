import { parseHTML } from 'linkedom';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { P5Document } from './html-deep';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

const isElement = (n: P5Node): n is P5Element => 'tagName' in n;

/**
 * A light DOM (linkedom) holding exactly the tree parse5 built for the page, for Readability and the
 * metadata queries. Readability over jsdom took some 6× longer on the dev pages: jsdom keeps live
 * collections and spec-complete nodes up to date on every change Readability makes; linkedom keeps
 * linked lists. The tree is copied from parse5's, not re-parsed by linkedom's own (non-spec) parser,
 * so broken markup, tables and misnested tags come out as a browser (and jsdom) would build them,
 * and the nesting bound measured on parse5's tree holds for this one.
 *
 * Nothing runs and nothing loads: linkedom has no script engine and fetches nothing, and template
 * contents stay out of the tree as they do in a browser. Walked without recursion (deep pages).
 */
export function linkedDocument(p5: P5Document): Document {
  const { document } = parseHTML('<!doctype html><html></html>');
  const root = document.documentElement;
  const p5Html = p5.childNodes.find((n): n is P5Element => isElement(n) && n.tagName === 'html');
  if (!p5Html) return document;
  for (const a of p5Html.attrs) setAttr(root, a);
  const stack: [P5Node, Node][] = [];
  for (let i = p5Html.childNodes.length - 1; i >= 0; i--) stack.push([p5Html.childNodes[i]!, root]);
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (isElement(node)) {
      const el = node.namespaceURI === HTML_NS ? document.createElement(node.tagName) : document.createElementNS(node.namespaceURI, node.tagName);
      for (const a of node.attrs) setAttr(el, a);
      parent.appendChild(el);
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i]!, el]);
    } else if (node.nodeName === '#text' && 'value' in node) {
      parent.appendChild(document.createTextNode(node.value));
    } else if (node.nodeName === '#comment' && 'data' in node) {
      parent.appendChild(document.createComment(node.data));
    }
  }
  return document;
}

function setAttr(el: Element, a: { name: string; value: string; prefix?: string }): void {
  el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
}
