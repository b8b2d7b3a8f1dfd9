import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format";

// 2026-11-28 10:27 UTC is 18:27 in Beijing (UTC+8, no daylight saving).
const at = Date.UTC(2026, 10, 28, 10, 27);

describe("formatDateTime", () => {
  it("writes a moment as Beijing time in each language, whichever was asked first", () => {
    expect(formatDateTime(at, "zh")).toBe("2026/11/28 18:27");
    expect(formatDateTime(at, "en")).toBe("28/11/2026, 18:27");
    expect(formatDateTime(new Date(at), "zh")).toBe("2026/11/28 18:27");
  });

  it("crosses the date line of Beijing, not of UTC", () => {
    // 16:30 UTC on 31 December is already 00:30 on 1 January in Beijing.
    expect(formatDateTime(Date.UTC(2026, 11, 31, 16, 30), "zh")).toBe("2027/01/01 00:30");
  });
});
