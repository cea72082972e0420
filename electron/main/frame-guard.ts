/**
 * Which IPC calls the Electron host answers: only those from the main window's own page. Pure (no
 * electron import), so that it is unit-tested without the Electron binary.
 */

export interface FrameFacts {
  /** Whether the sending webContents is the main window's. */
  fromMainWindow: boolean;
  /** The sending frame's URL, or null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
}

/**
 * True when the call comes from the main window and its frame shows the app's own page
 * (`rendererUrl`, a file: URL); a fragment is allowed (the page uses none, a reload may keep one),
 * a different query, path or scheme is not.
 */
export function isOurFrame(facts: FrameFacts, rendererUrl: string): boolean {
  if (!facts.fromMainWindow || !facts.frameUrl) return false;
  const hash = facts.frameUrl.indexOf('#');
  return (hash === -1 ? facts.frameUrl : facts.frameUrl.slice(0, hash)) === rendererUrl;
}
