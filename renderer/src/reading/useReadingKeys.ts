import { useEffect } from 'react';

/**
 * Keyboard selection in the reading view without making the text editable: arrows move a caret,
 * Shift+arrows extend the selection (Ctrl/Alt for whole words), Home/End to the line ends.
 * Selection.modify works on non-editable text and follows visual order in right-to-left lines.
 */
export function useReadingKeys(body: HTMLElement | null): void {
  useEffect(() => {
    if (!body) return;
    const onFocus = () => {
      const sel = window.getSelection();
      if (!sel) return;
      if (sel.rangeCount && body.contains(sel.anchorNode)) return;
      const first = body.querySelector('[data-o]')?.firstChild;
      if (first) sel.collapse(first, 0);
    };
    const onKey = (e: KeyboardEvent) => {
      const sel = window.getSelection() as (Selection & { modify?: (alter: string, dir: string, gran: string) => void }) | null;
      if (!sel?.modify || !sel.anchorNode || !body.contains(sel.anchorNode)) return;
      const alter = e.shiftKey ? 'extend' : 'move';
      const word = e.ctrlKey || e.altKey;
      const moves: Record<string, [string, string]> = {
        ArrowLeft: ['left', word ? 'word' : 'character'],
        ArrowRight: ['right', word ? 'word' : 'character'],
        ArrowUp: ['backward', 'line'],
        ArrowDown: ['forward', 'line'],
        Home: ['backward', 'lineboundary'],
        End: ['forward', 'lineboundary'],
      };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      sel.modify(alter, move[0], move[1]);
    };
    body.addEventListener('focus', onFocus);
    body.addEventListener('keydown', onKey);
    return () => {
      body.removeEventListener('focus', onFocus);
      body.removeEventListener('keydown', onKey);
    };
  }, [body]);
}
