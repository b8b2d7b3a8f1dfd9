import { describe, expect, it } from "vitest";
import type { DocumentsRun } from "./documents";
import type { PageJs } from "./js-size";
import { checkBudgets, JS_BUDGET_KIB, LIGHT_BESIDE_DOCUMENTS_MS, PAGE_BESIDE_DOCUMENTS_MS, printDocuments, type Results } from "./report";

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

/** Only what the JavaScript budgets read; the other budgets' inputs are empty. */
const results = (javascript: PageJs[], documents: DocumentsRun[] = []) =>
  ({
    load: [],
    documents,
    dataset: { areas: 40 },
    inProcess: {
      rankingsAll: { median: 1 },
      rankingsAllCold: { median: 1 },
      import: { values: 1, median: 1, problems: [0], changed: [1] },
    },
    server: { peakRssBytes: 1 },
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
