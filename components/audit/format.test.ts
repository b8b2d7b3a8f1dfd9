import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime } from "./format";

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

describe("formatTime", () => {
  it("writes the time of day of a moment in Beijing, the same in both languages", () => {
    // 02:42 UTC is 10:42 in Beijing.
    expect(formatTime(Date.UTC(2026, 11, 6, 2, 42), "zh")).toBe("10:42");
    expect(formatTime(Date.UTC(2026, 11, 6, 2, 42), "en")).toBe("10:42");
  });

  it("writes the first minutes after midnight as 00, not 24, and on a 24-hour clock after noon", () => {
    expect(formatTime(Date.UTC(2026, 11, 6, 16, 5), "zh")).toBe("00:05");
    expect(formatTime(Date.UTC(2026, 11, 6, 16, 5), "en")).toBe("00:05");
    expect(formatTime(Date.UTC(2026, 11, 6, 7, 9), "en")).toBe("15:09");
  });
});
