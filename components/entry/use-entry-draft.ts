"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { getDraftText, newWriterId, readDraft, removeDraft, subscribeDrafts, writeDraft, type EntryDraft } from "./entry-draft";

/** How long typing pauses before the draft is written (and at once when the page is left). */
const WRITE_DELAY_MS = 400;

export type DraftChanges = Pick<EntryDraft, "source" | "values" | "notes">;

type Params = {
  key: string;
  /** The stored version the form shows. */
  version: number;
  /** What differs from what is stored, or null when nothing does (then no draft is kept). */
  changes: DraftChanges | null;
  /** A locked year keeps no draft and offers none. */
  enabled: boolean;
};

/**
 * Keeps the form's unsaved changes in the browser as the official types, and offers back a draft
 * this form did not write itself (left by a closed tab). While the offer is open the draft is not
 * overwritten: restoring or discarding it comes first.
 */
export function useEntryDraft({ key, version, changes, enabled }: Params) {
  // One form on one page: its own draft is not offered back to it.
  const [writer] = useState(newWriterId);
  const [answered, setAnswered] = useState(false);
  const raw = useSyncExternalStore(subscribeDrafts, () => getDraftText(key), () => null);
  const found = useMemo(() => readDraft(raw), [raw]);
  const offer = enabled && !answered && found !== null && found.writer !== writer ? found : null;
  const payload = enabled && changes ? JSON.stringify(changes) : null;
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (offer || !enabled) return;
    const write = () => {
      pending.current = null;
      if (payload === null) removeDraft(key);
      else writeDraft(key, { writer, savedAt: Date.now(), version, ...(JSON.parse(payload) as DraftChanges) });
    };
    pending.current = write;
    const timer = setTimeout(write, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [offer, enabled, payload, key, version, writer]);

  // Leaving the page (a closed tab, another page of the app) writes what is still waiting.
  useEffect(() => {
    const box = pending;
    const flush = () => box.current?.();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);

  const clear = useCallback(() => {
    pending.current = null;
    removeDraft(key);
  }, [key]);

  return {
    offer,
    /** The offered draft, now taken: the form applies it. */
    restore(): EntryDraft | null {
      setAnswered(true);
      return offer;
    },
    discard() {
      setAnswered(true);
      removeDraft(key);
    },
    /** After a successful save: nothing is unsaved any more. */
    clear,
  };
}
