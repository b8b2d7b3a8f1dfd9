// `npm run bench:summaries` — times the annual evaluation summary on the demo data, in a temporary
// database made for the run (never the user's): one summary's data and page document, its PDF, Word
// and .xlsx files, the national overview, and the .zip of all 40 summaries. Prints figures; asserts nothing.
// With BENCH_URL=http://localhost:3000 it also times the summary page as served by a running app.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const AREA = "zigong";
const YEAR = 2024;
const RUNS = 5;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-bench-summaries-"));
process.env.DATABASE_PATH = path.join(dir, "demo.db");

async function main() {
  // Imported after DATABASE_PATH is set: the queries open that file.
  const { prepareDatabase } = await import("./prepare-db");
  const { getSummaryReport } = await import("@/lib/services/summary");
  const { getOverviewReport } = await import("@/lib/services/overview");
  const { renderSummaryFile, summaryDocument } = await import("@/lib/reports/summary-files");
  const { buildBundle } = await import("@/lib/reports/bundle");
  const { listPeerAreas } = await import("@/lib/services/kept-reads");

  const prepared = await prepareDatabase(process.env.DATABASE_PATH!, { demo: true, fresh: true });
  console.log(`temporary demo database: ${prepared.demo?.seeded ? prepared.demo.values : 0} values, ${prepared.indicators} indicators (${dir})`);

  const stats = (ms: number[]) => {
    const s = [...ms].sort((x, y) => x - y);
    return `min ${s[0]!.toFixed(0)} ms · median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms · max ${s.at(-1)!.toFixed(0)} ms`;
  };
  const timeSync = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const timeAsync = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };

  // The first call pays for module and font loading; it is reported on its own.
  const cold = timeSync(() => summaryDocument(getSummaryReport(AREA, YEAR), "zh"));
  const page = Array.from({ length: RUNS }, () => timeSync(() => summaryDocument(getSummaryReport(AREA, YEAR), "zh")));
  const report = getSummaryReport(AREA, YEAR);
  const document = summaryDocument(report, "zh");
  const coldPdf = await timeAsync(() => renderSummaryFile(document, "pdf"));
  const files: Record<string, number[]> = { pdf: [], docx: [], xlsx: [] };
  for (let i = 0; i < RUNS; i++) for (const format of ["pdf", "docx", "xlsx"] as const) files[format]!.push(await timeAsync(() => renderSummaryFile(document, format)));
  const overview = Array.from({ length: RUNS }, () => timeSync(() => getOverviewReport(YEAR)));

  console.log(`one summary (${AREA} ${YEAR}): data + page document, ${RUNS} runs: ${stats(page)} (first call ${cold.toFixed(0)} ms)`);
  console.log(`  PDF:   ${stats(files.pdf!)} (first ${coldPdf.toFixed(0)} ms: parses the CJK font once per process)`);
  console.log(`  Word:  ${stats(files.docx!)}`);
  console.log(`  .xlsx: ${stats(files.xlsx!)}`);
  console.log(`national overview ${YEAR} (both levels, grade history), ${RUNS} runs: ${stats(overview)}`);

  const codes = listPeerAreas().map((a) => a.code);
  let zip: Uint8Array = new Uint8Array();
  const bundle = await timeAsync(async () => {
    zip = (await buildBundle(YEAR, "zh", codes)).zip;
  });
  console.log(`all ${codes.length} summaries as one .zip (PDF + Word + .xlsx each): ${(bundle / 1000).toFixed(1)} s, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);

  if (process.env.BENCH_URL) {
    const url = `${process.env.BENCH_URL.replace(/\/$/, "")}/areas/${AREA}/summary/${YEAR}`;
    await fetch(url);
    const served = [];
    for (let i = 0; i < RUNS; i++) served.push(await timeAsync(async () => (await fetch(url)).text()));
    console.log(`summary page served by ${process.env.BENCH_URL} (whole HTML), ${RUNS} runs: ${stats(served)}`);
  }
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, node ${process.version}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
