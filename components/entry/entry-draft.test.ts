// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { clearEntryDrafts, draftKey, getDraftText, readDraft, removeDraft, subscribeDrafts, writeDraft, type EntryDraft } from "./entry-draft";

const draft = (overrides: Partial<EntryDraft> = {}): EntryDraft => ({
  writer: "form-1",
  savedAt: 1_764_900_000_000,
  version: 3,
  source: null,
  values: { hte_count: "812" },
  notes: { hte_count: "新认定较多" },
  ...overrides,
});

describe("entry drafts in localStorage", () => {
  beforeEach(() => localStorage.clear());

  it("are kept per person, area and year", () => {
    expect(draftKey(7, "zigong", 2025)).not.toBe(draftKey(8, "zigong", 2025));
    expect(draftKey(7, "zigong", 2025)).not.toBe(draftKey(7, "zigong", 2024));
    expect(draftKey(7, "zigong", 2025)).not.toBe(draftKey(7, "tongling", 2025));
  });

  it("read back what was written, and announce writes and removals to this window", () => {
    const key = draftKey(7, "zigong", 2025);
    let changes = 0;
    const stop = subscribeDrafts(() => changes++);
    writeDraft(key, draft());
    expect(readDraft(getDraftText(key))).toEqual(draft());
    removeDraft(key);
    expect(getDraftText(key)).toBeNull();
    stop();
    writeDraft(key, draft());
    expect(changes).toBe(2);
  });

  it("refuse text that is not a draft, rather than filling the form with it", () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft("not json")).toBeNull();
    expect(readDraft(JSON.stringify({ ...draft(), values: { hte_count: 812 } }))).toBeNull();
    expect(readDraft(JSON.stringify({ ...draft(), writer: undefined }))).toBeNull();
    expect(readDraft(JSON.stringify({ ...draft(), source: 5 }))).toBeNull();
    expect(readDraft(JSON.stringify([1, 2]))).toBeNull();
  });

  it("are all cleared on sign-out, everyone's, and none is written after it on this page", () => {
    localStorage.setItem("unrelated", "kept");
    writeDraft(draftKey(7, "zigong", 2025), draft());
    writeDraft(draftKey(9, "tongling", 2024), draft());
    clearEntryDrafts();
    expect(Object.keys(localStorage)).toEqual(["unrelated"]);
    // A form flushing its last keystrokes as the page goes must not bring one back.
    writeDraft(draftKey(7, "zigong", 2025), draft());
    expect(getDraftText(draftKey(7, "zigong", 2025))).toBeNull();
  });
});
