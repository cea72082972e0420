import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { canonicalText } from '../../../shared/text';
import { treeText, type TreeAccess } from './html-text';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

const isElement = (n: P5Node): n is P5Element => 'tagName' in n;

const p5Access: TreeAccess<P5Node> = {
  kind: (n) => (n.nodeName === '#text' ? 'text' : isElement(n) ? 'element' : 'other'),
  tag: (n) => (isElement(n) ? n.tagName.toUpperCase() : ''),
  text: (n) => ('value' in n && typeof n.value === 'string' ? n.value : ''),
  children: (n) => ('childNodes' in n ? n.childNodes : []),
  hidden: (n) => isElement(n) && n.attrs.some((a) => a.name === 'hidden'),
};

const childElements = (n: P5Node | undefined, tag: string): P5Element[] =>
  n && 'childNodes' in n ? n.childNodes.filter((c): c is P5Element => isElement(c) && c.tagName === tag) : [];

/**
 * Visible text and <title> of a page too deeply nested for jsdom, read with the HTML parser jsdom
 * itself uses (parse5, linear time) and walked without recursion. No scripts exist at this level:
 * parse5 only builds a tree of plain objects.
 */
export function deepPageText(html: string): { title: string | null; lang: string | null; dir: string | null; text: string } {
  const doc = parse(html);
  const root = childElements(doc, 'html')[0];
  const head = childElements(root, 'head')[0];
  const body = childElements(root, 'body')[0];
  const titleEl = childElements(head, 'title')[0];
  const title = titleEl ? canonicalText(treeText<P5Node>(titleEl, { ...p5Access, tag: () => 'SPAN' })).replace(/\n/g, ' ') : '';
  const attr = (name: string): string | null => root?.attrs.find((a) => a.name === name)?.value.trim() || null;
  return { title: title || null, lang: attr('lang'), dir: attr('dir'), text: canonicalText(treeText<P5Node>(body ?? doc, p5Access)) };
}
