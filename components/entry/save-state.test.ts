import { describe, expect, it } from "vitest";
import { saveStateOf } from "./save-state";

const AT = Date.UTC(2026, 11, 6, 2, 42);

describe("saveStateOf", () => {
  it("says nothing before anything is typed or saved", () => {
    expect(saveStateOf({ dirty: false, touched: false, savedAt: null })).toBeNull();
  });

  it("says unsaved changes once the fields differ from what is stored, a refused save included", () => {
    expect(saveStateOf({ dirty: true, touched: true, savedAt: null })).toEqual({ state: "unsaved" });
    // A refused save resets `touched`: what was typed is still not stored.
    expect(saveStateOf({ dirty: true, touched: false, savedAt: null })).toEqual({ state: "unsaved" });
  });

  it("shows the time of a save, also before the page has been refreshed with the stored values", () => {
    expect(saveStateOf({ dirty: true, touched: false, savedAt: AT })).toEqual({ state: "saved", at: AT });
    expect(saveStateOf({ dirty: false, touched: false, savedAt: AT })).toEqual({ state: "saved", at: AT });
  });

  it("goes back to unsaved changes when a field is edited after the save, and to saved when the edit is undone", () => {
    expect(saveStateOf({ dirty: true, touched: true, savedAt: AT })).toEqual({ state: "unsaved" });
    expect(saveStateOf({ dirty: false, touched: true, savedAt: AT })).toEqual({ state: "saved", at: AT });
  });
});
