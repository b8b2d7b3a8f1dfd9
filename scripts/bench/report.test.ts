import { describe, expect, it } from "vitest";
import type { PageJs } from "./js-size";
import { checkBudgets, JS_BUDGET_KIB, type Results } from "./report";

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
const results = (javascript: PageJs[]) =>
  ({
    load: [],
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
