// The budgets, the printed table and bench/results.json.
import type { Baseline } from "./baseline";
import { SCENARIO_LABELS, type DocumentsRun, type LightFigures } from "./documents";
import type { ImportTiming, Timing } from "./in-process";
import type { PageJs } from "./js-size";
import type { LoadResult, Target } from "./load";

export type TargetResult = Target & { serviceMs: number; warmupStatuses: number[]; peakRssAfterBytes: number; runs: LoadResult[] };

export type Results = {
  machine: { cpus: number; cpuModel: string; os: string; node: string; date: string; loadAverageStart: number[]; loadAverageEnd: number[]; cpuCheckMs: { start: number; end: number }; cpuShares: { steal: number; iowait: number } | null };
  options: { quick: boolean; seconds: number; connections: number[]; year: number; area: string };
  dataset: { areas: number; values: number; targets: number; areaYears: number; byStatus: Record<string, number>; buildSeconds: number };
  build: { built: boolean; reason: string; seconds: number };
  load: TargetResult[];
  documents: DocumentsRun[];
  baselines: (Baseline & { apiP50AtOne: number | null; ratio: number | null })[];
  inProcess: { rankingsAll: Timing; rankingsAllCold: Timing; overview: Timing; import: ImportTiming };
  server: { peakRssBytes: number; pid: number; processes: { pid: number; command: string; vmHwm: number | null }[] };
  javascript: PageJs[];
  budgets: Budget[];
};

export type Budget = { figure: string; value: number | null; unit: string; budget: number; verdict: "PASS" | "MISS" | "INVALID" };

const MiB = 1024 * 1024;
const KiB = 1024;
/** JavaScript per page, gzip -9. */
export const JS_BUDGET_KIB = 300;
const MB = 1_000_000;
/** p95 of each API endpoint at 8 clients. */
export const API_MS = 50;
/** p95 of the area page at 8 clients. */
export const AREA_PAGE_MS = 200;
/** p95 of /api/v1/indicators while 32 clients ask for summary PDFs. */
export const LIGHT_BESIDE_DOCUMENTS_MS = 50;
/** p95 of an area page (signed out), one request after another, while 32 clients ask for summary PDFs. */
export const PAGE_BESIDE_DOCUMENTS_MS = 200;
/**
 * The server's peak memory (VmHWM), in decimal MB: the server and its worker pool's thread. 400 MB
 * until 2026-12-07, set before the pool gave the process a second heap (docs/performance.md#budgets).
 */
export const PEAK_RSS_MB = 600;

export const documentsFigure = (d: DocumentsRun, light: LightFigures = d.light) =>
  `${light === d.page ? "area page" : light.path} p95 beside ${d.documents.clients} clients on summary PDFs (${SCENARIO_LABELS[d.scenario]})`;

/** Every budget (docs/performance.md#budgets; a 2-core machine), with its verdict. A load run with non-2xx answers or errors is INVALID. */
export function checkBudgets(r: Omit<Results, "budgets">): Budget[] {
  const out: Budget[] = [];
  const verdict = (value: number | null, budget: number, valid = true): Budget["verdict"] => (!valid || value === null ? "INVALID" : value < budget ? "PASS" : "MISS");
  for (const t of r.load) {
    const at8 = t.runs.find((run) => run.connections === 8);
    const budget = t.kind === "api" ? API_MS : t.name === "area page" ? AREA_PAGE_MS : null;
    if (!at8 || budget === null) continue;
    const valid = at8.non2xx === 0 && at8.errors === 0 && at8.timeouts === 0;
    // Skipped: one request per client would have taken longer than the run limit, so far beyond any budget.
    const result = at8.mode === "skipped" ? "MISS" : verdict(at8.p95, budget, valid);
    out.push({ figure: `${t.name} p95 @ 8 clients`, value: at8.p95, unit: "ms", budget, verdict: result });
  }
  // Light requests (the indicators, an area page) beside 32 clients on summary PDFs being rendered: they must not wait behind them.
  for (const d of r.documents.filter((run) => run.budgeted)) {
    const documentsValid = d.documents.errors === 0 && d.documents.otherStatus === 0;
    for (const [light, budget] of [[d.light, LIGHT_BESIDE_DOCUMENTS_MS], [d.page, PAGE_BESIDE_DOCUMENTS_MS]] as const) {
      const valid = documentsValid && light.non2xx === 0 && light.errors === 0 && light.timeouts === 0;
      out.push({ figure: documentsFigure(d, light), value: light.p95, unit: "ms", budget, verdict: verdict(light.p95, budget, valid) });
    }
  }
  // After an edit (a few indicators change) and after an import that changes every indicator.
  for (const [timing, after] of [[r.inProcess.rankingsAll, "one"], [r.inProcess.rankingsAllCold, "every"]] as const) {
    out.push({ figure: `rankings over ${r.dataset.areas} areas, ${after} indicator changed (in process, median)`, value: timing.median, unit: "ms", budget: 300, verdict: verdict(timing.median, 300) });
  }
  const imp = r.inProcess.import;
  const importValid = imp.problems.every((p) => p === 0) && imp.changed.every((c) => c > 0);
  out.push({ figure: `import of ${imp.values.toLocaleString("en")} values (median)`, value: imp.median / 1000, unit: "s", budget: 10, verdict: verdict(imp.median / 1000, 10, importValid) });
  // In decimal megabytes (600 MB is 572 MiB): the stricter reading.
  out.push({ figure: "server peak RSS (VmHWM)", value: r.server.peakRssBytes / MB, unit: "MB", budget: PEAK_RSS_MB, verdict: verdict(r.server.peakRssBytes / MB, PEAK_RSS_MB) });
  // The scripts a page's HTML loads; the charts' code (recharts) follows as chunks of its own, once the page's text is there.
  for (const page of r.javascript) {
    out.push({ figure: `JS of ${page.page} (gzip -9)`, value: page.gzip9Bytes / KiB, unit: "KiB", budget: JS_BUDGET_KIB, verdict: verdict(page.gzip9Bytes / KiB, JS_BUDGET_KIB) });
  }
  return out;
}

const num = (value: number | null, digits = 0) => (value === null ? "—" : value.toFixed(digits));
const pad = (text: string, width: number) => (text.length >= width ? text : text + " ".repeat(width - text.length));
const padL = (text: string, width: number) => (text.length >= width ? text : " ".repeat(width - text.length) + text);

function table(header: string[], rows: string[][], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < leftColumns ? pad(c, widths[i]!) : padL(c, widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function printReport(r: Results): string {
  const m = r.machine;
  const parts: string[] = [];
  parts.push(
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.os}, node ${m.node}; load average at start ${m.loadAverageStart.map((l) => l.toFixed(2)).join(" ")}, at end ${m.loadAverageEnd.map((l) => l.toFixed(2)).join(" ")}; ${m.date}`,
    `cpu check (sorting 1,000,000 numbers, median of 5; lower is faster, compare runs by it): ${m.cpuCheckMs.start.toFixed(0)} ms at start, ${m.cpuCheckMs.end.toFixed(0)} ms at end`,
    m.cpuShares
      ? `cpu time during the run taken by the host for other machines (steal): ${(m.cpuShares.steal * 100).toFixed(1)}%; waiting for the disk (iowait): ${(m.cpuShares.iowait * 100).toFixed(1)}%`
      : "cpu steal and iowait: not available (no /proc/stat)",
    `data: ${r.dataset.areas} areas, ${r.dataset.values.toLocaleString("en")} values 2015–2025, ${r.dataset.targets.toLocaleString("en")} targets, ${r.dataset.areaYears.toLocaleString("en")} area-years (${Object.entries(r.dataset.byStatus).map(([k, v]) => `${k} ${v}`).join(", ")}); built in ${r.dataset.buildSeconds.toFixed(1)} s (not measured)`,
    `load: autocannon, closed loop, ${r.options.seconds} s per run, or a fixed number of requests where marked "n=" (too slow to fill the time), or skipped where one request per client would exceed the run limit; p50/p95/p99 are nearest-rank percentiles of every response's own time (autocannon's histogram has no p95)`,
    "",
  );

  const loadRows: string[][] = [];
  for (const t of r.load) {
    for (const run of t.runs) {
      const budget = r.budgets.find((b) => b.figure === `${t.name} p95 @ 8 clients` && run.connections === 8);
      loadRows.push([
        run.connections === r.options.connections[0] ? t.name : "",
        String(run.connections),
        num(run.p50),
        num(run.p95),
        num(run.p99),
        num(run.rps, 1),
        run.mode === "amount" ? `n=${run.responses}` : run.mode === "skipped" ? `skipped: 1 round ≈ ${num(run.seconds)} s` : String(run.responses),
        String(run.non2xx + run.errors + run.timeouts),
        budget ? `< ${budget.budget}` : "",
        budget ? budget.verdict : "",
      ]);
    }
  }
  parts.push(table(["endpoint (p = ms)", "clients", "p50", "p95", "p99", "req/s", "responses", "non-2xx/err", "p95 budget", ""], loadRows), "");
  parts.push(
    table(
      ["endpoint", "path", "single request ms", "server peak RSS after its runs MiB"],
      r.load.map((t) => [t.name, t.path + (t.cookie ? " (evaluator)" : ""), num(t.serviceMs), num(t.peakRssAfterBytes / MiB)]),
      2,
    ),
    "",
  );

  parts.push(
    table(
      ["API endpoint: bare SQL vs API", "bare p50 ms", "rows read", "API p50 @ 1 ms", "API / bare"],
      r.baselines.map((b) => [b.name, num(b.p50, 2), String(b.rows), num(b.apiP50AtOne), b.ratio === null ? "—" : `${b.ratio.toFixed(0)}×`]),
    ),
    "(bare: the same reads as hand-written prepared statements on a read-only better-sqlite3 connection in the bench process; no scoring, no JSON, no HTTP)",
    "",
  );

  parts.push(printDocuments(r.documents), "");

  const ip = r.inProcess;
  parts.push(
    table(
      ["in process (median of runs)", "median", "runs"],
      [
        ["rankings, group all (getRankingsPayload), after a change to one indicator's values", `${num(ip.rankingsAll.median)} ms`, ip.rankingsAll.runs.map((x) => x.toFixed(0)).join(" ")],
        ["rankings, group all, after a change to every indicator's values", `${num(ip.rankingsAllCold.median)} ms`, ip.rankingsAllCold.runs.map((x) => x.toFixed(0)).join(" ")],
        ["national overview (getOverviewReport), after a change to the values", `${num(ip.overview.median)} ms`, ip.overview.runs.map((x) => x.toFixed(0)).join(" ")],
        [
          `import ${ip.import.values.toLocaleString("en")} values, commit (${ip.import.files} CSV files)`,
          `${num(ip.import.median / 1000, 2)} s`,
          ip.import.runs.map((x) => (x / 1000).toFixed(1)).join(" ") + ` (changed ${ip.import.changed.join("/")}, problems ${ip.import.problems.join("/")})`,
        ],
      ],
    ),
    "",
  );

  parts.push(
    table(
      ["page JavaScript", "scripts", "raw KiB", "gzip -9 KiB", "as sent KiB", "HTML KiB", "of which inline script KiB", "largest (gzip -9 KiB)"],
      r.javascript.map((p) => [
        p.page,
        String(p.scripts),
        num(p.rawBytes / KiB),
        num(p.gzip9Bytes / KiB),
        p.transferBytes === null ? "uncompressed" : num(p.transferBytes / KiB),
        num(p.htmlBytes / KiB),
        num(p.inlineScriptBytes / KiB),
        p.largest.slice(0, 3).map((l) => `${l.file.split("/").pop()} ${num(l.gzip9Bytes / KiB)}`).join(", "),
      ]),
    ),
    `(every /_next/static/…/*.js the HTML references, noModule polyfills excluded: ${[...new Set(r.javascript.flatMap((p) => p.noModuleSkipped))].join(", ") || "none"}${r.javascript.every((p) => p.transferBytes === null) ? "; next start sent them uncompressed" : ""})`,
    "",
  );
  parts.push(`server peak RSS: ${num(r.server.peakRssBytes / MiB)} MiB (pid ${r.server.pid}; processes: ${r.server.processes.map((p) => `${p.pid} ${p.command.split(" ").slice(0, 3).join(" ")} ${num((p.vmHwm ?? 0) / MiB)} MiB`).join("; ")})`, "");

  parts.push(table(["budget", "value", "budget", ""], r.budgets.map((b) => [b.figure, `${num(b.value, b.unit === "s" ? 2 : 0)} ${b.unit}`, `< ${b.budget} ${b.unit}`, b.verdict])));
  const missed = r.budgets.filter((b) => b.verdict !== "PASS");
  parts.push("", missed.length === 0 ? "every budget met" : `${missed.length} of ${r.budgets.length} budgets not met: ${missed.map((b) => b.figure).join("; ")}`);
  return parts.join("\n");
}

/** The documents step's table: the PDFs' answers and, beside them, the light requests' latency. */
export function printDocuments(runs: DocumentsRun[], load?: { loadAverageStart: number[]; loadAverageEnd: number[] }): string {
  const rows = runs.map((d) => [
    SCENARIO_LABELS[d.scenario],
    String(d.documents.clients),
    String(d.documents.ok),
    num(d.documents.okPerSecond, 1),
    String(d.documents.tooMany),
    String(d.documents.otherStatus + d.documents.errors),
    num(d.documents.p95),
    String(d.light.responses),
    num(d.light.p50),
    num(d.light.p95),
    num(d.light.p99),
    String(d.light.non2xx + d.light.errors + d.light.timeouts),
    d.budgeted ? `< ${LIGHT_BESIDE_DOCUMENTS_MS}` : "—",
    String(d.page.responses),
    num(d.page.p50),
    num(d.page.p95),
    String(d.page.non2xx + d.page.errors + d.page.timeouts),
    d.budgeted ? `< ${PAGE_BESIDE_DOCUMENTS_MS}` : "—",
  ]);
  const lines = [
    table(
      [
        "32 clients on … beside 1 on /api/v1/indicators, then 1 on an area page",
        "clients",
        "200",
        "200/s",
        "429",
        "other/err",
        "p95 ms",
        "light answers",
        "light p50",
        "light p95",
        "light p99",
        "light non-2xx/err",
        "light p95 budget",
        "page answers",
        "page p50",
        "page p95",
        "page non-2xx/err",
        "page p95 budget",
      ],
      rows,
    ),
    `(each row: ${runs[0]?.documents.clients ?? 32} autocannon clients for ${num(runs[0]?.seconds ?? 0)} s, beside 1 client on /api/v1/indicators for the first half and 1 on ${runs[0]?.page.path ?? "an area page"} (signed out) for the second, each one request after another; times in ms. Beside 32 clients of any request a light one waits for about 32 times the server's least work a request: compare "kept" and "limited" with "control")`,
  ];
  if (load) lines.push(`load average at start ${load.loadAverageStart.map((l) => l.toFixed(2)).join(" ")}, at end ${load.loadAverageEnd.map((l) => l.toFixed(2)).join(" ")}`);
  return lines.join("\n");
}
