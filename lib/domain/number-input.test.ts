import { describe, expect, it } from "vitest";
import { hasPercentSign, parseNumberInput } from "@/lib/domain/number-input";

describe("parseNumberInput", () => {
  it.each([
    ["1234.5", 1234.5],
    ["  42  ", 42],
    ["1,234.5", 1234.5],
    ["12,345,678", 12345678],
    ["-0.8", -0.8],
    ["+3", 3],
    ["\u22120.8", -0.8], // Unicode minus sign
    ["\uFF0D0.8", -0.8], // full-width hyphen-minus
    ["１２３．４", 123.4],
    ["１，２３４", 1234],
    ["\u3000７\u3000", 7], // ideographic spaces around a full-width digit
    [".5", 0.5],
    ["5.", 5],
    ["0", 0],
    [".25", 0.25], // several decimals after a bare point
    ["+1,234", 1234], // a sign before grouped digits
    ["-1,234.5", -1234.5],
    ["1,234.56", 1234.56], // several decimals after grouped digits
    ["1,234.", 1234],
    ["12.5%", 12.5], // a spreadsheet's percentage format, copied as shown
    ["12.5 %", 12.5],
    ["１２．５％", 12.5], // full-width digits and percent sign
    ["\u22123.2%", -3.2],
    ["1,234.5%", 1234.5],
    ["0%", 0],
  ])("reads %j as %d", (raw, expected) => {
    expect(parseNumberInput(raw)).toEqual({ ok: true, value: expected });
  });

  it("reads -0 as 0, not −0", () => {
    const result = parseNumberInput("-0");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it.each(["", "   ", "\u3000"])("reads blank %j as not reported", (raw) => {
    expect(parseNumberInput(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    "abc",
    "1.2.3",
    "1e400",
    "1e5",
    "Infinity",
    "-Infinity",
    "NaN",
    "%",
    " ％ ",
    "12%%",
    "%12",
    "12%5",
    "12‰",
    "1 234",
    "1,5", // a decimal comma is not a thousands separator
    "1,2345",
    "1111,234", // the first group has at most three digits
    "--1",
    "-",
    ".",
    "0x10",
    "1".repeat(41),
  ])("rejects %j", (raw) => {
    expect(parseNumberInput(raw)).toEqual({ ok: false });
  });

  it("tells a trailing percent sign", () => {
    expect(hasPercentSign("12.5%")).toBe(true);
    expect(hasPercentSign(" 12.5 ％ ")).toBe(true);
    expect(hasPercentSign("12.5")).toBe(false);
    expect(hasPercentSign("%12.5")).toBe(false);
  });

  it("accepts exactly 40 characters", () => {
    expect(parseNumberInput("1".repeat(40)).ok).toBe(true);
  });
});
