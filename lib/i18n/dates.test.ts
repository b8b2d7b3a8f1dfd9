import { describe, expect, it } from "vitest";
import { formatDay } from "./dates";

describe("formatDay", () => {
  it("writes the day as given, in either language, whatever the server's time zone", () => {
    expect(formatDay("2026-03-31", "zh")).toBe("2026年3月31日");
    expect(formatDay("2026-03-31", "en")).toBe("31 March 2026");
    expect(formatDay("2026-01-01", "zh")).toBe("2026年1月1日");
  });
});
