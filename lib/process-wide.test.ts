import { describe, expect, it, vi } from "vitest";
import { processWide } from "./process-wide";

describe("processWide", () => {
  it("makes a value once per name and gives every caller the same one", () => {
    const create = vi.fn(() => new Map<string, number>());
    const a = processWide("test-once", create);
    expect(processWide("test-once", create)).toBe(a);
    expect(create).toHaveBeenCalledTimes(1);
    expect(processWide("test-other", () => new Map())).not.toBe(a);
  });

  it("gives a separately loaded copy of a module the same value", async () => {
    const value = processWide("test-copies", () => ({ kept: true }));
    vi.resetModules();
    const copy = await import("./process-wide");
    expect(copy.processWide).not.toBe(processWide);
    expect(copy.processWide("test-copies", () => ({ kept: false }))).toBe(value);
  });
});
