/** What the bar beside the save button says: the time of the last save, unsaved changes, or nothing. */
export type SaveState = { state: "saved"; at: number } | { state: "unsaved" } | null;

/**
 * The save state from the form's situation: `dirty` when the fields differ from the stored values
 * the page was loaded with, `touched` when something was typed since the server last answered, and
 * `savedAt` the moment of this visit's last successful save (null before one). Right after a save the
 * fields still differ from the page's stored values until it has been refreshed with them: that is
 * not an unsaved change.
 */
export function saveStateOf({ dirty, touched, savedAt }: { dirty: boolean; touched: boolean; savedAt: number | null }): SaveState {
  if (dirty && (touched || savedAt === null)) return { state: "unsaved" };
  return savedAt === null ? null : { state: "saved", at: savedAt };
}
