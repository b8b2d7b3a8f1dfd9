// `npm run bench:rankings` — times the rankings (query + method) over a synthetic national-scale group:
// 3,000 areas × 25 indicators × 8 years in a temporary database, right after a write and as kept
// until the next one. Prints figures; asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const AREAS = 3000;
const INDICATORS = 25;
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const RUNS = 5;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-bench-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");

async function main() {
  // Imported after DATABASE_PATH is set: the queries open that file.
  const { prepareDatabase } = await import("./prepare-db");
  const { getDb, openDatabase } = await import("@/db/client");
  const { indicators } = await import("@/db/schema");
  const { sql } = await import("drizzle-orm");
  const { mulberry32 } = await import("@/db/seed/demo");
  const { getRankingsPayload } = await import("@/lib/services/rankings");
  const { listScoredIndicators } = await import("@/db/queries/compare");
  const { computeGroupComposite, getObservations } = await import("@/lib/services/composite");
  const { listPeerAreas } = await import("@/lib/services/kept-reads");

  await prepareDatabase(process.env.DATABASE_PATH!, { demo: false, fresh: true });
  const catalogue = getDb().select().from(indicators).all().slice(0, INDICATORS);
  const random = mulberry32(42);
  const started = performance.now();
  // Bulk insert through plain prepared statements on their own connection: building the data set is
  // not what is measured.
  const { sqlite } = openDatabase(process.env.DATABASE_PATH!);
  const insertArea = sqlite.prepare(
    "insert into areas (code, name_zh, name_en, level, wave, province, type, resource_type) values (?, ?, ?, ?, 'other', 'Hebei', 'both', 'coal')",
  );
  const insertValue = sqlite.prepare("insert into indicator_values (area_id, indicator_key, year, value) values (?, ?, ?, ?)");
  sqlite.transaction(() => {
    sqlite.prepare("delete from areas").run();
    for (let a = 0; a < AREAS; a++) {
      const code = `bench-${String(a).padStart(4, "0")}`;
      const id = Number(insertArea.run(code, `测试区${a}`, `Bench area ${a}`, a % 2 ? "city" : "county").lastInsertRowid);
      for (const ind of catalogue) {
        const lo = ind.softMin ?? 0;
        const hi = ind.softMax ?? 100;
        let v = lo + random() * (hi - lo);
        for (const year of YEARS) {
          // About 3% of values missing, as in real submissions.
          if (random() < 0.03) continue;
          v = Math.min(hi, Math.max(lo, v * (0.97 + random() * 0.08)));
          insertValue.run(id, ind.key, year, v);
        }
      }
    }
  })();
  const rows = (sqlite.prepare("select count(*) as n from indicator_values").get() as { n: number }).n;
  sqlite.close();
  console.log(`synthetic database: ${AREAS} areas × ${catalogue.length} indicators × ${YEARS.length} years = ${rows} values (built in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const stats = (ms: number[]) => {
    const s = [...ms].sort((x, y) => x - y);
    return `min ${s[0]!.toFixed(0)} ms · median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms · max ${s.at(-1)!.toFixed(0)} ms`;
  };

  // Any write makes the kept composites stale: "after a write" is the first request that follows one.
  const write = () => getDb().run(sql`update areas set name_en = name_en where id = (select min(id) from areas)`);
  const afterWrite = (fn: () => unknown) => () => {
    write();
    return time(fn);
  };
  const all = () => getRankingsPayload({ year: 2024, group: { kind: "all" } });
  time(all); // warm-up
  const endToEnd = Array.from({ length: RUNS }, afterWrite(all));
  const kept = Array.from({ length: RUNS }, () => time(all));
  const members = listPeerAreas();
  const methodOnly = Array.from({ length: RUNS }, afterWrite(() => computeGroupComposite(members, 2024)));
  const keys = listScoredIndicators().map((i) => i.key);
  const ids = members.map((m) => m.id);
  const queryOnly = Array.from({ length: RUNS }, () => time(() => getObservations(ids, keys, 2020, 2024)));
  const cityOnly = Array.from({ length: RUNS }, afterWrite(() => getRankingsPayload({ year: 2024, group: { kind: "level", value: "city" } })));

  console.log(`rankings, all ${AREAS} areas (query + method + payload), after a write, ${RUNS} runs: ${stats(endToEnd)}`);
  console.log(`  the same, kept since the last write:                    ${stats(kept)}`);
  console.log(`  of which query + method (computeGroupComposite):        ${stats(methodOnly)}`);
  console.log(`  of which the query alone (getObservations):            ${stats(queryOnly)}`);
  console.log(`rankings, level:city (${AREAS / 2} areas), after a write, ${RUNS} runs: ${stats(cityOnly)}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
  if (process.env.BENCH_KEEP) console.log(`kept ${process.env.DATABASE_PATH}`); else fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
