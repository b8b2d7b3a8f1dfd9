import { describe, expect, it } from "vitest";
import type { DocumentsRun } from "./documents";
import type { PageJs } from "./js-size";
import type { LoadResult } from "./load";
import { API_MS, AREA_PAGE_MS, checkBudgets, JS_BUDGET_KIB, LIGHT_BESIDE_DOCUMENTS_MS, PAGE_BESIDE_DOCUMENTS_MS, PEAK_RSS_MB, printDocuments, type Results, type TargetResult } from "./report";

const page = (name: string, kib: number): PageJs => ({
  page: name,
  scripts: 10,
  noModuleSkipped: [],
  rawBytes: kib * 3 * 1024,
  gzip9Bytes: kib * 1024,
  transferBytes: null,
  largest: [],
  htmlBytes: 0,
  inlineScriptBytes: 0,
});

/** What the budgets read: pages' JavaScript, documents runs, and load runs and peak memory when given; the rest empty. */
const results = (javascript: PageJs[], documents: DocumentsRun[] = [], more: { load?: TargetResult[]; peakRssBytes?: number } = {}) =>
  ({
    load: more.load ?? [],
    documents,
    dataset: { areas: 40 },
    inProcess: {
      rankingsAll: { median: 1 },
      rankingsAllCold: { median: 1 },
      import: { values: 1, median: 1, problems: [0], changed: [1] },
    },
    server: { peakRssBytes: more.peakRssBytes ?? 1 },
    javascript,
  }) as unknown as Omit<Results, "budgets">;

describe("the JavaScript budget per page", () => {
  it("is 300 KiB of gzip -9: just under passes, at it misses", () => {
    expect(JS_BUDGET_KIB).toBe(300);
    const budgets = checkBudgets(results([page("/", 299.9), page("/compare", 300), page("/areas/x", 250.1)])).filter((b) => b.figure.startsWith("JS of"));
    expect(budgets.map((b) => [b.figure, b.budget, b.verdict])).toEqual([
      ["JS of / (gzip -9)", 300, "PASS"],
      ["JS of /compare (gzip -9)", 300, "MISS"],
      ["JS of /areas/x (gzip -9)", 300, "PASS"],
    ]);
  });
});

const run = (connections: number, p95: number, more: Partial<LoadResult> = {}): LoadResult =>
  ({ connections, mode: "duration", seconds: 5, responses: 100, non2xx: 0, errors: 0, timeouts: 0, p50: p95 / 2, p95, p99: p95, ...more }) as LoadResult;

/** A load target with its runs at 1, 8 and 32 clients; only the run at 8 has a budget. */
const target = (name: string, kind: "page" | "api", p95At8: number, more: Partial<LoadResult> = {}): TargetResult =>
  ({ name, kind, path: `/${name}`, serviceMs: 1, warmupStatuses: [200], peakRssAfterBytes: 1, runs: [run(1, 1), run(8, p95At8, more), run(32, 10_000)] }) as TargetResult;

const loadBudgets = (load: TargetResult[]) => checkBudgets(results([], [], { load })).filter((b) => b.figure.endsWith("@ 8 clients"));

describe("the budgets at 8 clients", () => {
  it("the area page: a p95 under 200 ms, just under passes, at it misses; other pages have none", () => {
    expect(AREA_PAGE_MS).toBe(200);
    expect(loadBudgets([target("area page", "page", 199.9), target("home page", "page", 5000)]).map((b) => [b.figure, b.budget, b.verdict])).toEqual([
      ["area page p95 @ 8 clients", 200, "PASS"],
    ]);
    expect(loadBudgets([target("area page", "page", 200)]).map((b) => b.verdict)).toEqual(["MISS"]);
  });

  it("each API endpoint: a p95 under 50 ms, just under passes, at it misses", () => {
    expect(API_MS).toBe(50);
    expect(loadBudgets([target("/api/v1/areas", "api", 49.9), target("/api/v1/rankings", "api", 50)]).map((b) => [b.figure, b.budget, b.verdict])).toEqual([
      ["/api/v1/areas p95 @ 8 clients", 50, "PASS"],
      ["/api/v1/rankings p95 @ 8 clients", 50, "MISS"],
    ]);
  });

  it("is invalid when the run had a non-2xx answer, and a miss when it was skipped as too slow", () => {
    expect(loadBudgets([target("area page", "page", 10, { non2xx: 1 })]).map((b) => b.verdict)).toEqual(["INVALID"]);
    expect(loadBudgets([target("area page", "page", 10, { mode: "skipped" })]).map((b) => b.verdict)).toEqual(["MISS"]);
  });
});

describe("the server's peak memory", () => {
  const memory = (bytes: number) => checkBudgets(results([], [], { peakRssBytes: bytes })).find((b) => b.figure === "server peak RSS (VmHWM)");

  it("is under 600 MB, in decimal megabytes: just under passes, at it misses", () => {
    expect(PEAK_RSS_MB).toBe(600);
    expect(memory(599_900_000)).toMatchObject({ value: 599.9, unit: "MB", budget: 600, verdict: "PASS" });
    expect(memory(600_000_000)).toMatchObject({ value: 600, verdict: "MISS" });
    // 572 MiB is under the budget, 573 MiB over it.
    expect(memory(572 * 1024 * 1024)?.verdict).toBe("PASS");
    expect(memory(573 * 1024 * 1024)?.verdict).toBe("MISS");
  });
});

const documentsRun = (
  scenario: DocumentsRun["scenario"],
  lightP95: number,
  more: { lightNon2xx?: number; tooMany?: number; otherStatus?: number; pageP95?: number; pageNon2xx?: number } = {},
): DocumentsRun => ({
  scenario,
  budgeted: scenario === "rendered",
  seconds: 5,
  documents: { clients: 32, responses: 100, ok: 100 - (more.tooMany ?? 0), tooMany: more.tooMany ?? 0, otherStatus: more.otherStatus ?? 0, errors: 0, okPerSecond: 20, p50: 100, p95: 200 },
  light: { path: "/api/v1/indicators", responses: 500, non2xx: more.lightNon2xx ?? 0, errors: 0, timeouts: 0, p50: 3, p95: lightP95, p99: lightP95 },
  page: { path: "/areas/a0001", responses: 200, non2xx: more.pageNon2xx ?? 0, errors: 0, timeouts: 0, p50: 20, p95: more.pageP95 ?? 30, p99: more.pageP95 ?? 30 },
});

const RENDERED = "/api/v1/indicators p95 beside 32 clients on summary PDFs (rendered: signed in, another area's PDF each request)";
const PAGE_RENDERED = "area page p95 beside 32 clients on summary PDFs (rendered: signed in, another area's PDF each request)";
const beside = (runs: DocumentsRun[]) => checkBudgets(results([], runs)).filter((b) => b.figure.includes("beside"));

describe("the budgets of the light requests beside 32 clients on summary PDFs being rendered", () => {
  it("the indicators: a p95 under 50 ms, just under passes, at it misses", () => {
    expect(LIGHT_BESIDE_DOCUMENTS_MS).toBe(50);
    expect(beside([documentsRun("rendered", 49.9)]).map((b) => [b.figure, b.budget, b.verdict])).toEqual([
      [RENDERED, 50, "PASS"],
      [PAGE_RENDERED, 200, "PASS"],
    ]);
    expect(beside([documentsRun("rendered", 50)]).map((b) => b.verdict)).toEqual(["MISS", "PASS"]);
  });

  it("the area page: a p95 under 200 ms, just under passes, at it misses", () => {
    expect(PAGE_BESIDE_DOCUMENTS_MS).toBe(200);
    expect(beside([documentsRun("rendered", 10, { pageP95: 199.9 })]).map((b) => b.verdict)).toEqual(["PASS", "PASS"]);
    expect(beside([documentsRun("rendered", 10, { pageP95: 200 })]).map((b) => [b.figure, b.value, b.verdict])).toEqual([
      [RENDERED, 10, "PASS"],
      [PAGE_RENDERED, 200, "MISS"],
    ]);
  });

  it("is invalid when its light request failed, and both are when a PDF answered anything but 200", () => {
    expect(beside([documentsRun("rendered", 10, { lightNon2xx: 1 })]).map((b) => b.verdict)).toEqual(["INVALID", "PASS"]);
    expect(beside([documentsRun("rendered", 10, { pageNon2xx: 1 })]).map((b) => b.verdict)).toEqual(["PASS", "INVALID"]);
    expect(beside([documentsRun("rendered", 10, { otherStatus: 1 })]).map((b) => b.verdict)).toEqual(["INVALID", "INVALID"]);
  });

  it("applies to the rendered documents only: the kept, the limited and the control runs are reported beside it", () => {
    const budgets = beside([documentsRun("kept", 80), documentsRun("limited", 90, { tooMany: 90 }), documentsRun("control", 70), documentsRun("rendered", 20)]);
    expect(budgets.map((b) => [b.figure, b.verdict])).toEqual([
      [RENDERED, "PASS"],
      [PAGE_RENDERED, "PASS"],
    ]);
  });

  it("prints the area page's p50 and p95 beside the indicators' in the documents table", () => {
    const printed = printDocuments([documentsRun("rendered", 20, { pageP95: 123 })]);
    expect(printed).toContain("page p95 budget");
    expect(printed).toContain("/areas/a0001");
    expect(printed).toMatch(/\b123\b/);
    expect(printed).toContain("< 200");
  });
});
