// @vitest-environment jsdom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimsTable } from '../../../renderer/src/claims/ClaimsTable';
import type { ClaimsTableProps } from '../../../renderer/src/claims/ClaimsTable';
import type { ClaimRow } from '../../../renderer/src/claims/rows';
import { CLAIM_TYPES } from '../../../shared/domain';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no layout, so the scroll viewport would measure 0×0 and show no rows: give it the
// size a small window would have (the virtualiser reads clientWidth/clientHeight).
const VIEWPORT = { width: 1200, height: 440 };
for (const [prop, size] of [['clientWidth', VIEWPORT.width], ['clientHeight', VIEWPORT.height]] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('claims-scroll') ? size : 0;
    },
  });
}

const SPEAKERS = ['خليفة حفتر', 'Vladimir Putin', 'إبراهيم تراوري', 'Emmanuel Macron'];

function row(i: number, over: Partial<ClaimRow> = {}): ClaimRow {
  return {
    id: `c${i}`,
    articleId: `art${i % 7}`,
    text: `Claim number ${i}`,
    speaker: SPEAKERS[i % SPEAKERS.length] ?? '',
    subjects: 'Burkina Faso, روسيا',
    source: i % 2 ? 'Reuters' : 'وكالة سبوتنيك',
    channel: 'wire',
    grade: `${'ABCDEF'[i % 6]}${(i % 6) + 1}`,
    claimType: CLAIM_TYPES[i % CLAIM_TYPES.length] ?? 'statement',
    article: `Article ${i % 7}`,
    status: i % 3 === 0 ? 'pending' : 'accepted',
    hedged: false,
    ...over,
  };
}

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

function render(props: Partial<ClaimsTableProps> & { rows: ClaimRow[] }) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const full: ClaimsTableProps = { onOpen: () => undefined, ...props };
  act(() => root?.render(createElement(ClaimsTable, full)));
  return host;
}

const bodyRows = (el: HTMLElement) => [...el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-claim-id]')];
const ids = (el: HTMLElement) => bodyRows(el).map((r) => r.dataset.claimId);
const countLine = (el: HTMLElement) => el.querySelector('[role="status"]')?.textContent;
const byLabel = <T extends HTMLElement>(el: HTMLElement, label: string) => {
  const found = el.querySelector<T>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no element labelled ${label}`);
  return found;
};
const headerButton = (el: HTMLElement, name: string) => {
  const b = [...el.querySelectorAll<HTMLButtonElement>('th button')].find((x) => x.textContent?.startsWith(name));
  if (!b) throw new Error(`no header ${name}`);
  return b;
};

/** Types into a React-controlled field the way a user does: native value setter, then an input event. */
function type(field: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const click = (node: HTMLElement) => act(() => node.click());

describe('ClaimsTable', () => {
  it('renders only a window of 20,000 claims and counts them all', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i));
    const el = render({ rows });
    const shown = bodyRows(el).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);
    expect(countLine(el)).toBe('20000 of 20000 claims');
    const first = bodyRows(el)[0];
    expect(first?.getAttribute('role')).toBe('row');
    expect(first?.querySelectorAll('[role="cell"]').length).toBe(9);
    expect(first?.querySelector('.claims-text')?.getAttribute('dir')).toBe('auto');
  });

  it('sorts by a header click: ascending, descending, then back to case order, with aria-sort', () => {
    const rows = [
      row(1, { speaker: 'Macron' }),
      row(2, { speaker: '' }),
      row(3, { speaker: 'Abbas' }),
      row(4, { speaker: 'حفتر' }),
      row(5, { speaker: 'haftar' }),
    ];
    const el = render({ rows });
    const th = () => headerButton(el, 'Speaker').closest('th');
    expect(th()?.getAttribute('aria-sort')).toBe('none');
    click(headerButton(el, 'Speaker'));
    expect(th()?.getAttribute('aria-sort')).toBe('ascending');
    // Case-insensitive; a claim without a speaker goes last either way.
    expect(ids(el)).toEqual(['c3', 'c5', 'c1', 'c4', 'c2']);
    click(headerButton(el, 'Speaker'));
    expect(th()?.getAttribute('aria-sort')).toBe('descending');
    expect(ids(el)).toEqual(['c4', 'c1', 'c5', 'c3', 'c2']);
    click(headerButton(el, 'Speaker'));
    expect(th()?.getAttribute('aria-sort')).toBe('none');
    expect(ids(el)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('filters a column tolerantly: hamza, diacritics and tatweel do not hide a match', () => {
    const rows = [row(1, { speaker: 'إبراهيم تراوري' }), row(2, { speaker: 'خليفة حفتر' }), row(3, { speaker: 'Putin' })];
    const el = render({ rows });
    type(byLabel(el, 'Filter Speaker'), 'ابراهيـم');
    expect(ids(el)).toEqual(['c1']);
    expect(countLine(el)).toBe('1 of 3 claims');
    type(byLabel(el, 'Filter Speaker'), 'خَليفة');
    expect(ids(el)).toEqual(['c2']);
    type(byLabel(el, 'Filter Speaker'), 'PUT');
    expect(ids(el)).toEqual(['c3']);
    type(byLabel(el, 'Filter Speaker'), '');
    expect(ids(el)).toEqual(['c1', 'c2', 'c3']);
  });

  it('narrows by type and status choices and by the global search', () => {
    const rows = [
      row(1, { claimType: 'denial', status: 'pending' }),
      row(2, { claimType: 'denial', status: 'accepted', source: 'الجزيرة' }),
      row(3, { claimType: 'warning', status: 'accepted' }),
    ];
    const el = render({ rows });
    type(byLabel(el, 'Filter Type'), 'denial');
    expect(ids(el)).toEqual(['c1', 'c2']);
    type(byLabel(el, 'Filter Status'), 'accepted');
    expect(ids(el)).toEqual(['c2']);
    type(byLabel(el, 'Filter Type'), '');
    type(byLabel(el, 'Filter Status'), '');
    type(byLabel(el, 'Search claims'), 'الجزيره');
    expect(ids(el)).toEqual(['c2']);
    click(byLabel(el, 'Show column Claim'));
    type(byLabel(el, 'Search claims'), 'warning');
    expect(ids(el)).toEqual(['c3']);
  });

  it('hides and shows a column from the Columns menu', () => {
    const el = render({ rows: [row(1)] });
    const headers = () => [...el.querySelectorAll('thead tr:first-child th')].map((h) => h.textContent?.trim());
    expect(headers()).toContain('Speaker');
    click(byLabel(el, 'Show column Speaker'));
    expect(headers()).not.toContain('Speaker');
    expect(bodyRows(el)[0]?.querySelectorAll('[role="cell"]').length).toBe(8);
    click(byLabel(el, 'Show column Speaker'));
    expect(headers()).toContain('Speaker');
  });

  it('opens a row on click and on Enter, but not when its checkbox is ticked', () => {
    const opened: string[] = [];
    const picked: string[][] = [];
    const el = render({
      rows: [row(1), row(2)],
      onOpen: (r) => opened.push(r.id),
      onSelectionChange: (s) => picked.push(s),
    });
    click(bodyRows(el)[1] as HTMLElement);
    act(() => {
      bodyRows(el)[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(opened).toEqual(['c2', 'c1']);
    click(bodyRows(el)[1]?.querySelector('input[type="checkbox"]') as HTMLElement);
    expect(opened).toEqual(['c2', 'c1']);
    expect(picked).toEqual([['c2']]);
    expect(countLine(el)).toBe('2 of 2 claims · 1 picked');
  });

  it('"pick all shown" picks only the filtered claims, keeping earlier picks', () => {
    const picked: string[][] = [];
    const rows = [row(1, { grade: 'A1' }), row(2, { grade: 'B2' }), row(3, { grade: 'B3' }), row(4, { grade: 'E5' })];
    const el = render({ rows, selectedIds: ['c4'], onSelectionChange: (s) => picked.push(s) });
    expect(bodyRows(el).find((r) => r.dataset.claimId === 'c4')?.hasAttribute('data-picked')).toBe(true);
    type(byLabel(el, 'Filter Grade'), 'b');
    click(byLabel(el, 'Pick all shown claims'));
    expect(picked.at(-1)?.sort()).toEqual(['c2', 'c3', 'c4']);
  });
});
