import { describe, expect, it } from "vitest";
import { clampPage, pageContaining, pageCount, pageSlice, pageWindow, parsePage } from "./pagination";

describe("pageCount", () => {
  it("rounds up and never goes below one page", () => {
    expect(pageCount(40, 30)).toBe(2); // 30 + 10
    expect(pageCount(60, 30)).toBe(2); // exactly two full pages
    expect(pageCount(61, 30)).toBe(3);
    expect(pageCount(3000, 30)).toBe(100);
    expect(pageCount(1, 30)).toBe(1);
    expect(pageCount(0, 30)).toBe(1);
  });
});

describe("clampPage", () => {
  it("keeps a page inside the list", () => {
    expect(clampPage(2, 40, 30)).toBe(2);
    expect(clampPage(3, 40, 30)).toBe(2); // past the end: the last page
    expect(clampPage(99, 0, 30)).toBe(1); // nothing found: page 1
    expect(clampPage(0, 40, 30)).toBe(1);
    expect(clampPage(-5, 40, 30)).toBe(1);
    expect(clampPage(1.5, 40, 30)).toBe(1);
    expect(clampPage(NaN, 40, 30)).toBe(1);
  });
});

describe("pageWindow and pageSlice", () => {
  it("gives LIMIT / OFFSET of a page", () => {
    expect(pageWindow(1, 30)).toEqual({ limit: 30, offset: 0 });
    expect(pageWindow(2, 30)).toEqual({ limit: 30, offset: 30 });
    expect(pageWindow(100, 30)).toEqual({ limit: 30, offset: 2970 });
  });
  it("slices one page of a list", () => {
    const items = Array.from({ length: 40 }, (_, i) => i + 1); // 1..40
    expect(pageSlice(items, 1, 25)).toEqual(items.slice(0, 25));
    expect(pageSlice(items, 2, 25)).toEqual([26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]);
    expect(pageSlice(items, 3, 25)).toEqual([]);
  });
});

describe("parsePage", () => {
  it("reads ?page= and falls back to 1", () => {
    expect(parsePage("2")).toBe(2);
    expect(parsePage("100")).toBe(100);
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage("")).toBe(1);
    expect(parsePage("0")).toBe(1);
    expect(parsePage("-1")).toBe(1);
    expect(parsePage("2.5")).toBe(1);
    expect(parsePage("abc")).toBe(1);
    expect(parsePage(["2"])).toBe(1);
  });
});

describe("pageContaining", () => {
  it("finds the page of an item from its index", () => {
    // 50 a page: items 0–49 on page 1, 50–99 on page 2.
    expect(pageContaining(0, 50)).toBe(1);
    expect(pageContaining(49, 50)).toBe(1);
    expect(pageContaining(50, 50)).toBe(2);
    expect(pageContaining(1499, 50)).toBe(30);
  });
});
