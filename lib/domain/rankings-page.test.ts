import { describe, expect, it } from "vitest";
import { RANKINGS_PAGE_SIZE, RANKINGS_SORT_PATTERN, rankingsPage, rankingsQueryFromUrl, type RankedRow, type RankingsPageRequest } from "./rankings-page";

function row(code: string, zh: string, en: string, composite: number | null, extra: Partial<RankedRow> = {}): RankedRow {
  return {
    code,
    names: { zh, en },
    composite,
    change: null,
    dimensions: { entity: null, factor: null, structure: null },
    indicators: {},
    ...extra,
  };
}

// In rank order, as the payload holds them.
const rows = [
  row("zigong", "自贡市", "Zigong", 71.5, { change: -1.2, dimensions: { entity: 60, factor: 80, structure: 74.5 }, indicators: { rd_intensity: 2.1 } }),
  row("tangshan", "唐山市", "Tangshan", 64, { change: 3.4, dimensions: { entity: 70, factor: 50, structure: 72 }, indicators: { rd_intensity: 1.4 } }),
  row("huangshi", "黄石市", "Huangshi", 64, { change: 0.5, dimensions: { entity: 55, factor: null, structure: 60 } }),
  row("baotou", "包头市", "Baotou", null, { change: 2 }),
];
const base: RankingsPageRequest = { sort: "composite", dir: "desc", page: 1, pageSize: 2 };
const codes = (r: { rows: RankedRow[] }) => r.rows.map((x) => x.code);

describe("rankingsPage", () => {
  it("pages the rows in composite order, ties in rank order, no score last", () => {
    const first = rankingsPage(rows, base);
    expect(codes(first)).toEqual(["zigong", "tangshan"]);
    expect(first).toMatchObject({ matched: 4, page: 1, pageSize: 2 });
    expect(codes(rankingsPage(rows, { ...base, page: 2 }))).toEqual(["huangshi", "baotou"]);
  });

  it("ascending keeps rows without a value last and ties in rank order", () => {
    expect(codes(rankingsPage(rows, { ...base, dir: "asc", pageSize: 4 }))).toEqual(["tangshan", "huangshi", "zigong", "baotou"]);
  });

  it("sorts by change, a dimension or an indicator's raw value", () => {
    expect(codes(rankingsPage(rows, { ...base, sort: "change", pageSize: 4 }))).toEqual(["tangshan", "baotou", "huangshi", "zigong"]);
    expect(codes(rankingsPage(rows, { ...base, sort: "factor", pageSize: 4 }))).toEqual(["zigong", "tangshan", "huangshi", "baotou"]);
    expect(codes(rankingsPage(rows, { ...base, sort: "ind:rd_intensity", dir: "asc", pageSize: 4 }))).toEqual(["tangshan", "zigong", "huangshi", "baotou"]);
  });

  it("searches the code and both names, case-insensitively, before paging", () => {
    expect(codes(rankingsPage(rows, { ...base, q: "黄石" }))).toEqual(["huangshi"]);
    expect(codes(rankingsPage(rows, { ...base, q: "  TANG " }))).toEqual(["tangshan"]);
    const shan = rankingsPage(rows, { ...base, q: "shan", pageSize: 1 });
    expect(shan.matched).toBe(1);
    const none = rankingsPage(rows, { ...base, q: "xyz" });
    expect(none).toMatchObject({ matched: 0, page: 1, rows: [] });
  });

  it("a page past the end shows the last page", () => {
    const past = rankingsPage(rows, { ...base, page: 9 });
    expect(past.page).toBe(2);
    expect(codes(past)).toEqual(["huangshi", "baotou"]);
  });
});

describe("rankingsPage: sorting details", () => {
  it("sorts by a dimension in either direction", () => {
    // structure: zigong 74.5, tangshan 72, huangshi 60, baotou none
    expect(codes(rankingsPage(rows, { ...base, sort: "structure", dir: "asc", pageSize: 4 }))).toEqual(["huangshi", "tangshan", "zigong", "baotou"]);
    expect(codes(rankingsPage(rows, { ...base, sort: "entity", pageSize: 4 }))).toEqual(["tangshan", "zigong", "huangshi", "baotou"]);
  });

  it("puts rows without a value last even when they come first, keeping their order", () => {
    // In the given order two rows without a composite lead; by value: 80 > 60 > 40, then the two empty ones.
    const mixed = [row("n1", "甲", "One", null), row("n2", "乙", "Two", null), row("v40", "丙", "Forty", 40), row("v80", "丁", "Eighty", 80), row("v60", "戊", "Sixty", 60)];
    expect(codes(rankingsPage(mixed, { ...base, pageSize: 5 }))).toEqual(["v80", "v60", "v40", "n1", "n2"]);
    expect(codes(rankingsPage(mixed, { ...base, dir: "asc", pageSize: 5 }))).toEqual(["v40", "v60", "v80", "n1", "n2"]);
  });

  it("matches the search against the code alone, or the English name alone, in any case", () => {
    const named = [...rows, row("a01", "萍乡市", "Pingxiang", 50)];
    expect(codes(rankingsPage(named, { ...base, q: "A01" }))).toEqual(["a01"]);
    expect(codes(rankingsPage(named, { ...base, q: "PINGX" }))).toEqual(["a01"]);
  });
});

describe("RANKINGS_SORT_PATTERN", () => {
  it("accepts the named sorts and ind: with a key of 1 to 64 lower-case letters, digits or underscores", () => {
    for (const ok of ["composite", "change", "entity", "factor", "structure", "ind:rd_intensity", "ind:g5_per_10k", "ind:x", `ind:${"a".repeat(64)}`]) {
      expect(RANKINGS_SORT_PATTERN.test(ok), ok).toBe(true);
    }
    for (const bad of ["", "rank", "xcomposite", "composite2", "ind:", "ind:RD", "ind:rd-intensity", `ind:${"a".repeat(65)}`]) {
      expect(RANKINGS_SORT_PATTERN.test(bad), bad).toBe(false);
    }
  });
});

describe("rankingsQueryFromUrl", () => {
  const defaults = { year: 2024, group: "level:city" };
  const from = (params: Record<string, string>) => rankingsQueryFromUrl((key) => params[key] ?? null, defaults);

  it("falls back to the defaults for an empty URL", () => {
    expect(from({})).toEqual({ year: 2024, group: "level:city", indicator: "", q: "", sort: "composite", dir: "desc", page: 1, pageSize: RANKINGS_PAGE_SIZE });
    expect(RANKINGS_PAGE_SIZE).toBe(25);
  });

  it("reads every parameter", () => {
    expect(from({ year: "2022", group: "wave:2", indicator: "rd_intensity", q: "  TangShan ", sort: "factor", dir: "asc", page: "3" })).toEqual({
      year: 2022,
      group: "wave:2",
      indicator: "rd_intensity",
      q: "tangshan",
      sort: "factor",
      dir: "asc",
      page: 3,
      pageSize: 25,
    });
  });

  it("shows the indicator a sort names unless one is chosen", () => {
    expect(from({ sort: "ind:hte_count" })).toMatchObject({ sort: "ind:hte_count", indicator: "hte_count" });
    expect(from({ sort: "ind:hte_count", indicator: "rd_intensity" }).indicator).toBe("rd_intensity");
    expect(from({ sort: "change" }).indicator).toBe("");
  });

  it("replaces what it cannot read with the defaults", () => {
    expect(from({ year: "abc", sort: "ind:DROP TABLE", dir: "ASC", page: "-2" })).toMatchObject({ year: 2024, sort: "composite", indicator: "", dir: "desc", page: 1 });
    expect(from({ year: "0" }).year).toBe(2024);
  });
});
