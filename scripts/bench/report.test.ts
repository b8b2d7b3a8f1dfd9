import { describe, expect, it } from "vitest";
import type { DocumentsRun } from "./documents";
import type { PageJs } from "./js-size";
import { checkBudgets, JS_BUDGET_KIB, LIGHT_BESIDE_DOCUMENTS_MS, type Results } from "./report";

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

const documentsRun = (scenario: DocumentsRun["scenario"], lightP95: number, more: { lightNon2xx?: number; tooMany?: number; otherStatus?: number } = {}): DocumentsRun => ({
  scenario,
  budgeted: scenario === "rendered",
  seconds: 5,
  documents: { clients: 32, responses: 100, ok: 100 - (more.tooMany ?? 0), tooMany: more.tooMany ?? 0, otherStatus: more.otherStatus ?? 0, errors: 0, okPerSecond: 20, p50: 100, p95: 200 },
  light: { path: "/api/v1/indicators", responses: 500, non2xx: more.lightNon2xx ?? 0, errors: 0, timeouts: 0, p50: 3, p95: lightP95, p99: lightP95 },
});

const RENDERED = "/api/v1/indicators p95 beside 32 clients on summary PDFs (rendered: signed in, another area's PDF each request)";

describe("the budget of a light request beside 32 clients on summary PDFs being rendered", () => {
  it("is a p95 under 50 ms: just under passes, at it misses", () => {
    expect(LIGHT_BESIDE_DOCUMENTS_MS).toBe(50);
    const under = checkBudgets(results([], [documentsRun("rendered", 49.9)])).filter((b) => b.figure.includes("beside"));
    expect(under.map((b) => [b.figure, b.budget, b.verdict])).toEqual([[RENDERED, 50, "PASS"]]);
    const at = checkBudgets(results([], [documentsRun("rendered", 50)])).filter((b) => b.figure.includes("beside"));
    expect(at.map((b) => b.verdict)).toEqual(["MISS"]);
  });

  it("is invalid when a light request failed or a PDF answered anything but 200", () => {
    for (const more of [{ lightNon2xx: 1 }, { otherStatus: 1 }]) {
      const [budget] = checkBudgets(results([], [documentsRun("rendered", 10, more)])).filter((b) => b.figure.includes("beside"));
      expect(budget!.verdict, JSON.stringify(more)).toBe("INVALID");
    }
  });

  it("applies to the rendered documents only: the kept, the limited and the control runs are reported beside it", () => {
    const budgets = checkBudgets(results([], [documentsRun("kept", 80), documentsRun("limited", 90, { tooMany: 90 }), documentsRun("control", 70), documentsRun("rendered", 20)])).filter((b) =>
      b.figure.includes("beside"),
    );
    expect(budgets.map((b) => [b.figure, b.verdict])).toEqual([[RENDERED, "PASS"]]);
  });
});
