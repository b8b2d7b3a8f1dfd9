import { describe, expect, it } from "vitest";
import { rankingsPage, type RankedRow, type RankingsPageRequest } from "./rankings-page";

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
