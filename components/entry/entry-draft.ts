// The entry form's unsaved draft, kept in the browser's localStorage so that a closed tab loses
// nothing. It never leaves the browser: the form offers it back, and only a save sends anything.
// Offices share computers, so every draft is cleared on sign-out (clearEntryDrafts).

const PREFIX = "tm.entry-draft.v1:";
/** Fired on this window when a draft is written or removed (the storage event reaches other windows only). */
const CHANGED = "tm:entry-draft";

// Set on sign-out, until the page is left: a form that writes what is still waiting as the page goes
// (pagehide) must not bring a draft back after it was cleared.
let signedOut = false;

/** What the official changed: only the fields that differ from what was stored when the form was opened. */
export type EntryDraft = {
  /** The form that wrote it (one page's form): a draft of another form is offered, one's own is not. */
  writer: string;
  savedAt: number;
  /** The area-year's stored version the draft started from. */
  version: number;
  source: string | null;
  values: Record<string, string>;
  notes: Record<string, string>;
};

/** A random id for one form on one page. randomUUID needs a secure context; an office server may be plain http. */
export function newWriterId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function draftKey(userId: number, areaCode: string, year: number): string {
  return `${PREFIX}${userId}:${areaCode}:${year}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage refused (privacy settings): the form works, without drafts.
    return null;
  }
}

function isTextRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}

/** The stored text as a draft, or null when it is absent or not one (written by something else, or damaged). */
export function readDraft(raw: string | null): EntryDraft | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.writer !== "string" || typeof d.savedAt !== "number" || typeof d.version !== "number") return null;
  if (!(d.source === null || typeof d.source === "string") || !isTextRecord(d.values) || !isTextRecord(d.notes)) return null;
  return { writer: d.writer, savedAt: d.savedAt, version: d.version, source: d.source, values: d.values, notes: d.notes };
}

export function getDraftText(key: string): string | null {
  return storage()?.getItem(key) ?? null;
}

export function writeDraft(key: string, draft: EntryDraft): void {
  const store = storage();
  if (!store || signedOut) return;
  try {
    store.setItem(key, JSON.stringify(draft));
  } catch {
    // Full: the form goes on without a draft rather than failing.
    return;
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function removeDraft(key: string): void {
  const store = storage();
  if (!store || store.getItem(key) === null) return;
  store.removeItem(key);
  window.dispatchEvent(new Event(CHANGED));
}

/** Every entry draft of this browser, whoever wrote it: on sign-out the next person at this computer sees none. */
export function clearEntryDrafts(): void {
  signedOut = true;
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
  if (keys.length > 0) window.dispatchEvent(new Event(CHANGED));
}

/** For useSyncExternalStore: a draft changed in this window or another. */
export function subscribeDrafts(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}
