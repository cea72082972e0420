import { useCallback, useEffect, useState } from 'react';

/** Which of the workbench's side columns are open; remembered between sessions. */
export interface Layout {
  articles: boolean;
  side: boolean;
}

const KEY = 'claimwork.layout';
const OPEN: Layout = { articles: true, side: true };

/** The remembered layout, or both columns open when none is stored or it cannot be read. */
function load(): Layout {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Layout> | null;
    return { articles: raw?.articles !== false, side: raw?.side !== false };
  } catch {
    return OPEN;
  }
}

/** Keyboard shortcuts (aria-keyshortcuts form): Alt+1 the article list, Alt+2 the side panel. */
export const LAYOUT_KEYS = { articles: 'Alt+1', side: 'Alt+2' } as const;

/**
 * The article list and the side panel, each open or collapsed to a strip with a button, toggled by
 * the buttons or Alt+1 / Alt+2 anywhere, and remembered in localStorage (a browser without storage
 * still toggles, it only forgets).
 */
export function useLayout(): { layout: Layout; toggle: (which: keyof Layout) => void } {
  const [layout, setLayout] = useState<Layout>(load);
  const toggle = useCallback((which: keyof Layout) => setLayout((l) => ({ ...l, [which]: !l[which] })), []);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(layout));
    } catch {
      // Storage refused (private mode, quota): the layout holds for this session only.
    }
  }, [layout]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const which = e.code === 'Digit1' ? 'articles' : e.code === 'Digit2' ? 'side' : null;
      if (!which) return;
      e.preventDefault();
      toggle(which);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggle]);
  return { layout, toggle };
}
