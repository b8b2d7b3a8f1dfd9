import { describe, expect, it } from "vitest";
import { formatNumber, numberFormat, withUnit } from "./localized";

describe("numberFormat", () => {
  it("formats with the locale's grouping and the digits asked for", () => {
    expect(numberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1234.5)).toBe("1,234.50");
    expect(numberFormat("zh", { maximumFractionDigits: 1 }).format(1234.56)).toBe("1,234.6");
    expect(numberFormat("en", { maximumFractionDigits: 0 }).format(0.6)).toBe("1");
  });

  it("makes one formatter per locale and digits, and another for other digits", () => {
    const twoDigits = numberFormat("zh", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(numberFormat("zh", { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe(twoDigits);
    expect(numberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })).not.toBe(twoDigits);
    expect(numberFormat("zh", { maximumFractionDigits: 2 })).not.toBe(twoDigits);
    // No minimum: 1.5 keeps one digit, where the two-digit format above pads it.
    expect(numberFormat("zh", { maximumFractionDigits: 2 }).format(1.5)).toBe("1.5");
    expect(twoDigits.format(1.5)).toBe("1.50");
  });

  it("formats a fixed number of decimals through the same formatters", () => {
    expect(formatNumber(1234.5, 2, "en")).toBe("1,234.50");
    expect(formatNumber(0.125, 1, "zh")).toBe("0.1");
  });
});

describe("withUnit", () => {
  it("puts a per-cent or per-mille sign right after the number, any other unit after a space", () => {
    expect(withUnit("12.5", "%")).toBe("12.5%");
    expect(withUnit("3.1", "‰")).toBe("3.1‰");
    expect(withUnit("1,204", "万元")).toBe("1,204 万元");
    expect(withUnit("0.52", "%/yr")).toBe("0.52%/yr");
    expect(withUnit("40", "tce/10k yuan")).toBe("40 tce/10k yuan");
  });

  it("leaves a value without unit, and the dash of a missing value, bare", () => {
    expect(withUnit("7", "")).toBe("7");
    expect(withUnit("—", "万元")).toBe("—");
    expect(withUnit("—", "%")).toBe("—");
  });
});
