import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { canonicalText } from '../../../shared/text';
import { treeText, type TreeAccess } from './html-text';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];
export type P5Document = DefaultTreeAdapterMap['document'];

/** Nesting every real page stays under; deeper elements are charged to the work budget below. */
const FREE_DEPTH = 256;
/**
 * Parser work allowed for nesting beyond FREE_DEPTH: the sum, over every element opened deeper than
 * that, of the depth at which it was opened. The HTML parser (and jsdom on top of it) scans its open
 * elements on most tags, so a page N levels deep costs about N²/2 of these steps: 60 million lets
 * through 10,000 nested elements (~1 s here) and stops 100,000 (which would take minutes) after ~1.5 s.
 */
export const MAX_NESTING_WORK = 60_000_000;

class TooDeep extends Error {}

/**
 * Parses a page with parse5 (the parser jsdom uses, so no markup trick can make it see a shallower
 * tree than jsdom would) while counting the depth of its open elements. Returns the tree and the
 * deepest nesting reached, or null as soon as the nesting work exceeds MAX_NESTING_WORK: such a page
 * would stall the import for minutes and is refused instead. Runs nothing, loads nothing.
 */
export function parseBounded(html: string): { doc: P5Document; maxDepth: number } | null {
  let depth = 0;
  let maxDepth = 0;
  let work = 0;
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    onItemPush: () => {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (depth > FREE_DEPTH) {
        work += depth;
        if (work > MAX_NESTING_WORK) throw new TooDeep();
      }
    },
    onItemPop: () => {
      depth--;
    },
  };
  try {
    // Scripting off, as in jsdom without runScripts: <noscript> content is then markup, not text,
    // and a pile of elements hidden in it is counted like any other.
    return { doc: parse(html, { treeAdapter, scriptingEnabled: false }), maxDepth };
  } catch (error) {
    if (error instanceof TooDeep) return null;
    throw error;
  }
}

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
 * Visible text and <title> of a page from the tree parseBounded built (parse5, the parser jsdom
 * itself uses), walked without recursion: for pages too deeply nested for jsdom, and the body text
 * of pages Readability does not take for articles. No scripts exist at this level: parse5 only
 * builds a tree of plain objects.
 */
export function deepPageText(doc: P5Document): { title: string | null; lang: string | null; dir: string | null; text: string } {
  const root = childElements(doc, 'html')[0];
  const head = childElements(root, 'head')[0];
  const body = childElements(root, 'body')[0];
  const titleEl = childElements(head, 'title')[0];
  const title = titleEl ? canonicalText(treeText<P5Node>(titleEl, { ...p5Access, tag: () => 'SPAN' })).replace(/\n/g, ' ') : '';
  const attr = (name: string): string | null => root?.attrs.find((a) => a.name === name)?.value.trim() || null;
  return { title: title || null, lang: attr('lang'), dir: attr('dir'), text: canonicalText(treeText<P5Node>(body ?? doc, p5Access)) };
}
