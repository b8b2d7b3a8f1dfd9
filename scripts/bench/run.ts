// `npm run bench [-- --quick] [-- --keep]` — the benchmark suite at national scale; prints a table, writes bench/results.json.
//
// 1. Builds a deterministic database of 3,000 areas × the whole catalogue × 2015–2025 in a temporary
//    directory (never data/), with targets, review states and three accounts.
// 2. Builds the app if `.next` is stale (as `npm start` decides), starts `next start` on it (127.0.0.1,
//    a free port, a random NEXTAUTH_SECRET) and loads each page and API endpoint with autocannon
//    under 1, 8 and 32 clients; reads the server's peak RSS and the JavaScript each page loads.
//    Then heavy documents beside light requests: 32 clients on summary PDFs while 1 client asks for
//    /api/v1/indicators, then while 1 asks for an area page, signed out (scripts/bench/documents.ts).
// 3. Times each API endpoint's reads as bare SQL, and in process: rankings of all areas, the national
//    overview and an import of 100,000 values (on a copy of the database).
// Measures only: asserts nothing and exits 0 whether budgets are met or not.
//   --quick      2-second load runs, 20-second run limit, one in-process run each (a smoke run)
//   --keep       keep the temporary directory (database, server and build logs) and print where it is
//   --documents  only the documents step (database, build, server, the PDF runs); prints its table
// A full run takes about 6 minutes on 2 cores, plus `next build` when the build is stale.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Target } from "./load";
import type { DocumentsRun } from "./documents";
import type { TargetResult } from "./report";
import type { Server } from "./server";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const KEEP = args.has("--keep");
const DOCUMENTS_ONLY = args.has("--documents");
const YEAR = 2024;
const CONNECTIONS = [1, 8, 32];
const SECONDS = QUICK ? 2 : 5;
const IN_PROCESS_RUNS = QUICK ? 1 : 5;
// A slow endpoint's run sends one request per client rather than exceed this, and is skipped when
// even that would (the table says so, with the time one round would take).
const MAX_RUN_SECONDS = QUICK ? 20 : 60;

const root = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-bench-"));
const benchDb = path.join(dir, "bench.db");
const copyDb = path.join(dir, "in-process.db");
// Before any app module is imported (they are imported dynamically below): the in-process timings
// open this copy, and nothing in this process may fall back to the user's data/monitor.db.
process.env.DATABASE_PATH = copyDb;

let server: Server | null = null;
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await server?.stop();
    server = null;
    if (KEEP) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, stopping the server`);
    void cleanup().finally(() => process.exit(130));
  });
}

const log = (text: string) => console.log(`bench: ${text}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const startedAt = performance.now();
  const loadAverageStart = os.loadavg();
  const { cpuCheckMs, cpuShares, cpuTimes } = await import("./cpu-check");
  const cpuAtStart = cpuTimes();
  const cpuCheckStart = cpuCheckMs();
  const { buildDataset, ACCOUNTS, BENCH_PASSWORD, SAMPLE_AREA } = await import("./dataset");
  const { buildIfStale, startServer, peakRss } = await import("./server");
  const { load, sequentialMs, signIn } = await import("./load");
  const { pageJavaScript } = await import("./js-size");
  const { bareBaselines } = await import("./baseline");
  const { checkBudgets, printReport, printDocuments } = await import("./report");
  const { documentsRun, activeAreas, drain, SCENARIOS, SCENARIO_LABELS } = await import("./documents");
  log(`load average ${loadAverageStart.map((l) => l.toFixed(2)).join(" ")}; temporary directory ${dir}`);

  const dataset = await buildDataset(benchDb);
  log(`database: ${dataset.areas} areas, ${dataset.values.toLocaleString("en")} values, ${dataset.targets.toLocaleString("en")} targets, ${dataset.areaYears.toLocaleString("en")} area-years, built in ${seconds(dataset.ms)}`);
  // The copy for the in-process timings, taken now: the import writes to it, the server never sees it.
  fs.copyFileSync(benchDb, copyDb);

  const build = await buildIfStale(root, benchDb, path.join(dir, "build.log"));
  log(build.built ? `next build (${build.reason}) in ${seconds(build.ms)}` : `no build needed (${build.reason})`);
  server = await startServer(root, benchDb, path.join(dir, "server.log"));
  log(`next start on ${server.url} (pid ${server.pid})`);

  const evaluator = await signIn(server.url, ACCOUNTS.evaluator, BENCH_PASSWORD);
  const area = SAMPLE_AREA;
  const targets: Target[] = [
    { name: "home page", kind: "page", path: "/" },
    { name: "area page", kind: "page", path: `/areas/${area}` },
    { name: "compare page", kind: "page", path: `/compare?area=${area}&year=${YEAR}` },
    { name: "rankings page", kind: "page", path: `/rankings?year=${YEAR}` },
    { name: "summary page", kind: "page", path: `/areas/${area}/summary/${YEAR}` },
    { name: "overview page", kind: "page", path: `/overview/${YEAR}` },
    { name: "review queue", kind: "page", path: "/review", cookie: evaluator },
    { name: "/api/v1/areas", kind: "api", path: "/api/v1/areas" },
    { name: "/api/v1/areas/{code}/values", kind: "api", path: `/api/v1/areas/${area}/values` },
    { name: "/api/v1/areas/{code}/progress", kind: "api", path: `/api/v1/areas/${area}/progress` },
    { name: "/api/v1/rankings", kind: "api", path: `/api/v1/rankings?year=${YEAR}&group=all` },
    { name: "/api/v1/compare", kind: "api", path: `/api/v1/compare?area=${area}&year=${YEAR}` },
  ];

  const loadResults: TargetResult[] = [];
  for (const target of DOCUMENTS_ONLY ? [] : targets) {
    const url = server.url + target.path;
    const cookie = target.cookie;
    // Warm-up: the first request loads and caches; the next one (the median of three when they are
    // quick) is the single-request time that sizes the runs.
    const warm = await sequentialMs(url, cookie, 2);
    if (warm.ms[1]! < 1000) {
      const more = await sequentialMs(url, cookie, 2);
      warm.ms.push(...more.ms);
      warm.statuses.push(...more.statuses);
    }
    const timed = warm.ms.slice(1).sort((a, b) => a - b);
    const serviceMs = timed[Math.floor(timed.length / 2)]!;
    const runs = [];
    for (const connections of CONNECTIONS) {
      runs.push(await load(url, { connections, seconds: SECONDS, serviceMs, maxSeconds: MAX_RUN_SECONDS, cookie }));
    }
    // The server's peak so far: which endpoint drives it up.
    const peakAfter = peakRss(server.pid).bytes;
    const bad = warm.statuses.filter((s) => s !== 200);
    log(`${target.name}: single ${serviceMs.toFixed(0)} ms; p95 ${runs.map((r) => `${r.mode === "skipped" ? "skipped" : `${r.p95?.toFixed(0)} ms`} @ ${r.connections}`).join(", ")}; server peak RSS so far ${(peakAfter / 1024 / 1024).toFixed(0)} MiB${bad.length ? `; WARM-UP STATUSES ${warm.statuses.join(" ")}` : ""}`);
    loadResults.push({ ...target, serviceMs, warmupStatuses: warm.statuses, peakRssAfterBytes: peakAfter, runs });
  }

  // Heavy documents beside a light request (scripts/bench/documents.ts says what each scenario is).
  const areas = activeAreas(benchDb);
  const documentPath = (code: string) => `/api/v1/summaries/${code}/${YEAR}?format=pdf&lang=zh`;
  await sequentialMs(server.url + "/api/v1/indicators", undefined, 2);
  const pagePath = `/areas/${area}`;
  await sequentialMs(server.url + pagePath, undefined, 2);
  // One area of each level, so that the pool's thread has scored both groups before "rendered".
  const warmed = ["city", "county"].map((level) => areas.find((a) => a.level === level && a.code !== area)!.code);
  for (const code of warmed) await sequentialMs(server.url + documentPath(code), evaluator, 1);
  const others = areas.map((a) => a.code).filter((c) => c !== area && !warmed.includes(c));
  const documents: DocumentsRun[] = [];
  // The areas asked for once a run of "rendered" ends, from the end of the list (the runs take theirs from its start).
  let last = others.length;
  const base = server.url;
  for (const scenario of SCENARIOS) {
    // The sample area's PDF once, signed in, just before "kept": its rendering is not what "kept"
    // measures, and "rendered" makes more documents than the server keeps (its oldest go first).
    if (scenario === "kept") await sequentialMs(base + documentPath(area), evaluator, 1);
    let drained = 0;
    const result = await documentsRun(base, {
      scenario,
      seconds: SECONDS,
      documentPath: scenario === "control" ? "/api/v1/indicators" : documentPath(area),
      pagePath,
      cookie: scenario === "rendered" || scenario === "kept" ? evaluator : undefined,
      paths: scenario === "rendered" ? others.slice(0, 2_000).map(documentPath) : undefined,
      settle: async () => {
        // The documents the load tool gave up on are still in the pool's queue: one more, awaited, comes after them.
        if (scenario === "rendered") await sequentialMs(base + documentPath(others[--last]!), evaluator, 1);
        drained = await drain(base);
      },
    });
    documents.push(result);
    const d = result.documents;
    log(`documents, ${SCENARIO_LABELS[scenario]}: ${d.clients} clients got ${d.ok} answers 200 (${d.okPerSecond.toFixed(1)}/s), ${d.tooMany} × 429, ${d.otherStatus} other, ${d.errors} errors; beside them ${result.light.path} p95 ${result.light.p95?.toFixed(0) ?? "—"} ms (${result.light.responses} answers), ${result.page.path} p95 ${result.page.p95?.toFixed(0) ?? "—"} ms (${result.page.responses} answers); quick again ${seconds(drained)} after the run`);
  }
  if (DOCUMENTS_ONLY) {
    log(`server peak RSS ${(peakRss(server.pid).bytes / 1024 / 1024).toFixed(0)} MiB`);
    console.log("\n" + printDocuments(documents, { loadAverageStart, loadAverageEnd: os.loadavg() }) + "\n");
    return;
  }


  const rss = peakRss(server.pid);
  const javascript = [];
  for (const target of targets.filter((t) => t.kind === "page")) {
    javascript.push(await pageJavaScript(server.url, target.path, target.cookie));
  }
  log(`peak RSS ${(rss.bytes / 1024 / 1024).toFixed(0)} MiB; JavaScript per page measured`);
  await server.stop();
  server = null;

  const baselines = bareBaselines(benchDb, { area, year: YEAR, quick: QUICK }).map((b) => {
    const apiP50AtOne = loadResults.find((t) => t.name === b.name)?.runs.find((r) => r.connections === 1)?.p50 ?? null;
    return { ...b, apiP50AtOne, ratio: apiP50AtOne === null ? null : apiP50AtOne / b.p50 };
  });
  log("bare SQL baselines measured");

  // The app's modules open DATABASE_PATH, the copy, on first use.
  const { timeImport, timeOverview, timeRankings } = await import("./in-process");
  const rankingsAll = timeRankings(YEAR, IN_PROCESS_RUNS);
  const rankingsAllCold = timeRankings(YEAR, IN_PROCESS_RUNS, "every");
  log(`rankings of all areas in process: median ${rankingsAll.median.toFixed(0)} ms after a change to one indicator, ${rankingsAllCold.median.toFixed(0)} ms to every indicator`);
  const overview = timeOverview(YEAR, IN_PROCESS_RUNS);
  log(`national overview in process: median ${overview.median.toFixed(0)} ms`);
  const imported = await timeImport(copyDb, IN_PROCESS_RUNS);
  log(`import of ${imported.values} values: median ${seconds(imported.median)}`);

  const partial = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "cpu",
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      date: new Date().toISOString(),
      loadAverageStart,
      loadAverageEnd: os.loadavg(),
      cpuCheckMs: { start: cpuCheckStart, end: cpuCheckMs() },
      cpuShares: cpuShares(cpuAtStart, cpuTimes()),
    },
    options: { quick: QUICK, seconds: SECONDS, connections: CONNECTIONS, year: YEAR, area },
    dataset: { areas: dataset.areas, values: dataset.values, targets: dataset.targets, areaYears: dataset.areaYears, byStatus: dataset.byStatus, buildSeconds: dataset.ms / 1000 },
    build: { built: build.built, reason: build.reason, seconds: build.ms / 1000 },
    // The session cookie stays out of the results file.
    load: loadResults.map((t) => ({ ...t, cookie: t.cookie ? "(evaluator session)" : undefined })),
    documents,
    baselines,
    inProcess: { rankingsAll, rankingsAllCold, overview, import: imported },
    server: { peakRssBytes: rss.bytes, pid: rss.pid, processes: rss.processes },
    javascript,
  };
  const results = { ...partial, budgets: checkBudgets(partial) };
  console.log("\n" + printReport(results) + "\n");
  fs.mkdirSync(path.join(root, "bench"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  log(`wrote bench/results.json; whole run ${seconds(performance.now() - startedAt)}`);
}

main()
  .catch((error: unknown) => {
    console.error("bench failed:", error instanceof Error ? (error.stack ?? error.message) : error, error instanceof Error && error.cause ? error.cause : "");
    process.exitCode = 1;
  })
  .finally(() => cleanup());
