import { expect, test, type APIResponse } from "@playwright/test";

// The public JSON API (/api/v1), read anonymously against the fresh demo database the web server
// starts with: 40 areas, demo values 2018–2025 (zigong: to 2024, no gaps in 2020 or 2024), the 14th plan
// period's targets (2025) and the 15th's (2030) for about half of the areas. Read anonymously, the API
// publishes approved years only: most areas' 2018–2024 and most 2025s; none of zigong's (drafts).

const INDICATOR_FIELDS = [
  "decimals",
  "derivation",
  "dimension",
  "direction",
  "group",
  "growthForm",
  "key",
  "names",
  "nationalReferences",
  "ranges",
  "seriesBreaks",
  "unit",
  "yearOnYear",
];
const VALUE_FIELDS = ["demo", "flagged", "indicator", "note", "source", "value", "year"];
const PROGRESS_FIELDS = [
  "baseValue",
  "baseYear",
  "form",
  "indicator",
  "latestValue",
  "latestYear",
  "projected",
  "ratio",
  "requiredAnnualGrowth",
  "status",
  "target",
];
const TARGET_STATUSES = ["achieved", "on_track", "moderate", "limited", "deterioration", "insufficient_data", "no_data_yet"];

async function json(res: APIResponse, status = 200) {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  return res.json();
}

async function expectError(res: APIResponse, status: number, code: string) {
  const body = await json(res, status);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error;
}

test.describe("JSON API", () => {
  test("indicators: the whole catalogue with every definition field", async ({ request }) => {
    const { data } = await json(await request.get("/api/v1/indicators"));
    expect(data.length).toBeGreaterThanOrEqual(20);
    for (const ind of data) {
      expect(Object.keys(ind).sort(), ind.key).toEqual(INDICATOR_FIELDS);
      expect(ind.names.zh && ind.names.en, ind.key).toBeTruthy();
      expect(Object.keys(ind.unit).sort()).toEqual(["en", "zh"]);
      expect(["higher", "lower", "context"]).toContain(ind.direction);
      // Scored indicators must say which way is better: a default would invert their verdict.
      if (ind.dimension !== "context") expect(["higher", "lower"], ind.key).toContain(ind.direction);
      expect(["compound", "linear"]).toContain(ind.growthForm);
      expect(Object.keys(ind.ranges.soft).sort()).toEqual(["max", "min"]);
      expect(Object.keys(ind.ranges.hard).sort()).toEqual(["max", "min"]);
      expect(Object.keys(ind.yearOnYear).sort()).toEqual(["kind", "maxDown", "maxUp"]);
      for (const ref of Object.values(ind.nationalReferences)) expect(Object.keys(ref as object).sort()).toEqual(["kind", "source", "sourceUrl", "value"]);
    }
    const energy = data.find((i: { key: string }) => i.key === "energy_intensity");
    // The 14th plan's −13.5 %; the 15th plan outline sets none for energy intensity, and says so.
    expect(energy).toMatchObject({ direction: "lower", nationalReferences: { fyp14: { value: -13.5, kind: "change_pct" }, fyp15: { value: null, kind: null } } });
    const digital = data.find((i: { key: string }) => i.key === "digital_core_share");
    expect(digital.nationalReferences.fyp15).toMatchObject({ value: 12.5, kind: "absolute" });
    expect(digital.nationalReferences.fyp15.sourceUrl).toMatch(/^https:\/\//);
  });

  test("plan periods: the 14th closed, the 15th open, with their years", async ({ request }) => {
    const { data } = await json(await request.get("/api/v1/plan-periods"));
    expect(data).toEqual([
      { code: "fyp14", names: { zh: "“十四五”时期（2021—2025年）", en: "14th Five-Year Plan period (2021–2025)" }, baseYear: 2020, targetYear: 2025, state: "closed" },
      { code: "fyp15", names: { zh: "“十五五”时期（2026—2030年）", en: "15th Five-Year Plan period (2026–2030)" }, baseYear: 2025, targetYear: 2030, state: "open" },
    ]);
  });

  test("areas: the 40 active areas with both names", async ({ request }) => {
    const { data } = await json(await request.get("/api/v1/areas"));
    expect(data).toHaveLength(40);
    for (const area of data) {
      expect(Object.keys(area).sort()).toEqual(["code", "level", "names", "province", "status", "wave"]);
      expect(area.status).toBe("active");
    }
    const zigong = data.find((a: { code: string }) => a.code === "zigong");
    expect(zigong.names.zh).toBeTruthy();
    expect(zigong.names.en).toBeTruthy();
  });

  test("areas: a page at a time, the pages together the whole list", async ({ request }) => {
    const { data: all } = await json(await request.get("/api/v1/areas"));
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await json(await request.get(`/api/v1/areas?pageSize=15&page=${page}`)));
    expect(pages.map((p) => [p.total, p.page, p.pageSize, p.data.length])).toEqual([
      [40, 1, 15, 15],
      [40, 2, 15, 15],
      [40, 3, 15, 10],
    ]);
    expect(pages.flatMap((p) => p.data)).toEqual(all);
    // A page past the end answers the last one.
    expect((await json(await request.get("/api/v1/areas?pageSize=15&page=9"))).page).toBe(3);
  });

  test("areas: searched by code, name or member city", async ({ request }) => {
    const codes = async (q: string) => {
      const body = await json(await request.get(`/api/v1/areas?q=${encodeURIComponent(q)}`));
      return { total: body.total, codes: body.data.map((a: { code: string }) => a.code) };
    };
    expect(await codes("自贡")).toEqual({ total: 1, codes: ["zigong"] });
    expect(await codes("ZIGONG")).toEqual({ total: 1, codes: ["zigong"] });
    expect(await codes("no such area")).toEqual({ total: 0, codes: [] });
    await expectError(await request.get(`/api/v1/areas?q=${"x".repeat(101)}`), 400, "bad_request");
  });

  test("rankings: one page, searched and sorted over every row; files keep the whole table", async ({ request }) => {
    const base = "/api/v1/rankings?year=2024&group=all";
    const first = await json(await request.get(`${base}&pageSize=10`));
    expect([first.total, first.matched, first.page, first.pageSize, first.data.length]).toEqual([40, 40, 1, 10, 10]);
    // Composite, highest first: the ranks of the first page run from 1.
    expect(first.data[0].rank).toBe(1);
    const composites = first.data.map((r: { composite: number }) => r.composite);
    expect(composites).toEqual([...composites].sort((a, b) => b - a));

    // The methodology counts every clamped value and lists the first 20.
    const { clamped, clampedCount } = first.methodology;
    expect(clampedCount).toBeGreaterThan(0);
    expect(clamped).toHaveLength(Math.min(20, clampedCount));
    // A group of 40 is listed member by member, with the names of every member and clamped area.
    expect(first.methodology.membersListed).toBe(true);
    expect(Object.keys(first.methodology.names).sort()).toEqual([...first.methodology.members].sort());
    expect(first.methodology.names.zigong).toEqual({ zh: expect.stringContaining("自贡"), en: expect.stringContaining("Zigong") });

    const byFactor = await json(await request.get(`${base}&pageSize=40&sort=factor&dir=asc`));
    const factors = byFactor.data.map((r: { dimensions: { factor: number | null } }) => r.dimensions.factor).filter((f: number | null) => f !== null);
    expect(factors.length).toBeGreaterThan(30);
    expect(factors).toEqual([...factors].sort((a, b) => a - b));

    const found = await json(await request.get(`${base}&q=ZIGONG`));
    expect([found.total, found.matched, found.data.map((r: { code: string }) => r.code)]).toEqual([40, 1, ["zigong"]]);

    const csv = await (await request.get(`${base}&format=csv&pageSize=10`)).text();
    expect(csv.trim().split("\n")).toHaveLength(41);
  });

  test("compare: the peers' values of one indicator, of all, or of none", async ({ request }) => {
    const base = "/api/v1/compare?area=zigong&year=2024";
    const none = await json(await request.get(base));
    const all = await json(await request.get(`${base}&indicator=all`));
    const one = await json(await request.get(`${base}&indicator=rd_intensity`));
    expect(none.values).toEqual({});
    expect(Object.keys(all.values).length).toBeGreaterThan(10);
    expect(Object.keys(one.values)).toEqual(["rd_intensity"]);
    // Zigong and its 19 city-level peers.
    expect(Object.keys(one.values.rd_intensity)).toHaveLength(20);
    expect(one.values.rd_intensity).toEqual(all.values.rd_intensity);
    expect(one.scores).toEqual(none.scores);
  });

  test("values: only the years asked for, by indicator then year, chosen columns only; approved years alone", async ({ request }) => {
    // Changxing: 2018–2024 approved, 2025 submitted and waiting: read anonymously, 2025 is not published.
    const body = await json(await request.get("/api/v1/areas/changxing-etdz/values?from=2020&to=2025"));
    expect(body).toMatchObject({ area: "changxing-etdz", from: 2020, to: 2025 });
    expect(body.data.length).toBeGreaterThan(0);
    const years = new Set<number>(body.data.map((v: { year: number }) => v.year));
    expect([...years].sort()).toEqual([2020, 2021, 2022, 2023, 2024]);
    for (const v of body.data) {
      expect(Object.keys(v).sort()).toEqual(VALUE_FIELDS);
      expect(typeof v.value).toBe("number");
    }
    const order = body.data.map((v: { indicator: string; year: number }) => `${v.indicator}/${v.year}`);
    expect(order).toEqual([...order].sort());

    const all = await json(await request.get("/api/v1/areas/changxing-etdz/values"));
    expect(all).toMatchObject({ from: null, to: null });
    expect(Math.min(...all.data.map((v: { year: number }) => v.year))).toBe(2018);
    expect(Math.max(...all.data.map((v: { year: number }) => v.year))).toBe(2024);
    // Zigong's years are all drafts (the suite enters them): none is published.
    expect((await json(await request.get("/api/v1/areas/zigong/values"))).data).toEqual([]);

    // An empty parameter counts as absent.
    const open = await json(await request.get("/api/v1/areas/changxing-etdz/values?from=&to=2019"));
    expect(open).toMatchObject({ from: null, to: 2019 });
    expect(open.data.length).toBeGreaterThan(0);
    expect(open.data.every((v: { year: number }) => v.year <= 2019)).toBe(true);
  });

  test("progress: the open period by default; a closed period's verdicts, energy intensity resolved from its −13.5 % target", async ({ request }) => {
    // Changxing has no 15th-period targets in the demo data: the open period answers with none.
    expect(await json(await request.get("/api/v1/areas/changxing-etdz/progress"))).toMatchObject({ area: "changxing-etdz", period: "fyp15", year: null, data: [] });

    const body = await json(await request.get("/api/v1/areas/changxing-etdz/progress?period=fyp14"));
    expect(body).toMatchObject({ area: "changxing-etdz", period: "fyp14", year: null });
    expect(body.data.length).toBeGreaterThanOrEqual(2);
    for (const p of body.data) {
      expect(Object.keys(p).sort()).toEqual([...PROGRESS_FIELDS, "achievedShare", "final"].sort());
      // Changxing's 2025 is submitted, not approved: unpublished, so no verdict has its target-year value.
      expect(p.status, p.indicator).toBe("insufficient_data");
      expect(p.final).toBe(false);
    }
    const energy = body.data.find((p: { indicator: string }) => p.indicator === "energy_intensity");
    expect(energy).toMatchObject({ baseYear: 2020, latestYear: 2024, target: { kind: "change_pct", input: -13.5, year: 2025 } });
    expect(energy.target.value).toBeCloseTo(energy.baseValue * 0.865, 9);

    // Dalian reported 2025 and it is approved: final verdicts, met or missed, with the share achieved.
    const dalian = await json(await request.get("/api/v1/areas/dalian/progress?period=fyp14"));
    const judged = dalian.data.filter((p: { status: string }) => p.status !== "insufficient_data");
    expect(judged.length).toBeGreaterThan(0);
    for (const p of judged) {
      expect(["met", "missed"]).toContain(p.status);
      expect(p.final).toBe(true);
      expect(p.achievedShare).toBeCloseTo((p.latestValue - p.baseValue) / (p.target.value - p.baseValue), 9);
    }

    // As of 2022 the 14th period is tracked, not judged.
    const asOf = await json(await request.get("/api/v1/areas/changxing-etdz/progress?period=fyp14&year=2022"));
    expect(asOf.year).toBe(2022);
    for (const p of asOf.data) {
      if (p.latestYear !== null) expect(p.latestYear).toBeLessThanOrEqual(2022);
      expect(TARGET_STATUSES).toContain(p.status);
      expect(Object.keys(p).sort()).toEqual(PROGRESS_FIELDS);
    }

    await expectError(await request.get("/api/v1/areas/zigong/progress?period=fyp13"), 400, "bad_request");
    await expectError(await request.get("/api/v1/areas/zigong/progress?period=FYP 14"), 400, "bad_request");
  });

  test("unknown area: 404 with a JSON error", async ({ request }) => {
    for (const path of ["/api/v1/areas/nowhere/values", "/api/v1/areas/nowhere/progress"]) {
      const error = await expectError(await request.get(path), 404, "not_found");
      expect(error.message).toBe("Unknown area: nowhere");
    }
  });

  test("bad parameters: 400 with the issues, never a 500", async ({ request }) => {
    for (const query of ["year=abc", "year=99999", "year=1989", "year=2020.5", "year=-2020"]) {
      const error = await expectError(await request.get(`/api/v1/areas/zigong/progress?${query}`), 400, "bad_request");
      expect(error.issues[0].path, query).toBe("year");
    }
    for (const query of ["from=abc", "to=2101", "from=2025&to=2020"]) {
      await expectError(await request.get(`/api/v1/areas/zigong/values?${query}`), 400, "bad_request");
    }
    for (const query of ["pageSize=0", "pageSize=1001", "page=0", "page=two", "sort=rank", "dir=up"]) {
      const error = await expectError(await request.get(`/api/v1/rankings?${query}`), 400, "bad_request");
      expect(error.issues[0].path, query).toBe(query.split("=")[0]);
    }
    await expectError(await request.get("/api/v1/areas?pageSize=-1"), 400, "bad_request");
    const error = await expectError(await request.get("/api/v1/areas/zigong/values?from=2025&to=2020"), 400, "bad_request");
    expect(error.message).toBe("from: must not be after to");
    expect(error.issues).toEqual([{ path: "from", message: "must not be after to" }]);
  });
});
