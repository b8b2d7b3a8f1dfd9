// `npm run bench:import` — times the spreadsheet import of 10,000 values (40 areas × 10 years × 25
// indicators) into a temporary database, as CSV and as .xlsx: parse, check (dry run), commit, and the
// same file again. Prints figures; asserts nothing. Never touches the app's own database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const INDICATORS = 25;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-bench-import-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");

async function main() {
  // Imported after DATABASE_PATH is set: the queries open that file.
  const { prepareDatabase } = await import("./prepare-db");
  const { getDb, openDatabase } = await import("@/db/client");
  const { areas, indicators, users } = await import("@/db/schema");
  const { toXlsx } = await import("@/lib/export/files");
  const { importFile } = await import("@/lib/import/import-file");
  const { parseCsv } = await import("@/lib/import/csv");
  const { parseXlsx } = await import("@/lib/import/xlsx");
  const { tableToRows } = await import("@/lib/import/table");
  const { SECTOR_SHARE_KEYS } = await import("@/lib/domain/validation");
  const Papa = (await import("papaparse")).default;
  const { eq, isNull } = await import("drizzle-orm");

  await prepareDatabase(process.env.DATABASE_PATH!, { demo: false, fresh: true });
  const { sqlite } = openDatabase(process.env.DATABASE_PATH!);
  sqlite.prepare("insert into users (email, name, password_hash, role, status) values ('bench@local', 'bench', '-', 'admin', 'active')").run();
  sqlite.close();
  const db = getDb();
  const admin = db.select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, "bench@local")).get()!;
  const codes = db.select({ code: areas.code }).from(areas).all().map((a) => a.code);
  // Every entered indicator but two, keeping the three sector shares (they are checked together).
  const catalogue = db.select().from(indicators).where(isNull(indicators.derivation)).all();
  const chosen = [...catalogue.filter((i) => (SECTOR_SHARE_KEYS as readonly string[]).includes(i.key)), ...catalogue.filter((i) => !(SECTOR_SHARE_KEYS as readonly string[]).includes(i.key))].slice(0, INDICATORS);
  // Plausible values: the middle of the usual range, drifting 0.5 % a year (no flags, no notes
  // needed). The second file moves every value by one unit of its last decimal, so that it changes all.
  const table = (step: 0 | 1) => {
    const shares: Record<string, number> = { primary_share: 8 + step, secondary_share: 42, tertiary_share: 50 - step };
    return codes.flatMap((code) =>
      YEARS.flatMap((year, y) =>
        chosen.map((ind) => {
          const mid = ((ind.softMin ?? 0) + (ind.softMax ?? 100)) / 2;
          const value = shares[ind.key] ?? Number((mid * (1 + 0.005 * y) + step * 10 ** -ind.decimals).toFixed(ind.decimals));
          return [code, ind.key, year, value, ""];
        }),
      ),
    );
  };
  const header = ["area_code", "indicator_key", "year", "value", "note"];
  const first = table(0);
  const csv = new TextEncoder().encode(Papa.unparse({ fields: header, data: first }));
  const second = table(1);
  const xlsx = new Uint8Array(await toXlsx([{ name: "数据 Values", headers: header, rows: second }]));
  console.log(`${first.length} values: ${codes.length} areas × ${YEARS.length} years × ${chosen.length} indicators; CSV ${(csv.length / 1024).toFixed(0)} KB, xlsx ${(xlsx.length / 1024).toFixed(0)} KB`);

  const time = async <T>(fn: () => T | Promise<T>) => {
    const t0 = performance.now();
    const value = await fn();
    return { value, ms: performance.now() - t0 };
  };
  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  const run = (format: "csv" | "xlsx", bytes: Uint8Array, mode: "dry-run" | "commit") =>
    importFile({ actor: admin, mode, file: { name: `bench.${format}`, format, bytes } });

  const parse = await time(() => tableToRows(parseCsv(csv)));
  const dry = await time(() => run("csv", csv, "dry-run"));
  const commit = await time(() => run("csv", csv, "commit"));
  const again = await time(() => run("csv", csv, "commit"));
  console.log(`CSV   parse + read columns ${ms(parse.ms)}  (${parse.value.rows.length} rows)`);
  console.log(`CSV   dry run (parse, check) ${ms(dry.ms)}  → ${dry.value.summary.changed} would change, ${dry.value.summary.problems} problems`);
  console.log(`CSV   commit (parse, check, write) ${ms(commit.ms)}  → ${commit.value.summary.changed} changed`);
  console.log(`CSV   same file again ${ms(again.ms)}  → ${again.value.summary.changed} changed`);

  const xparse = await time(() => parseXlsx(xlsx));
  const xdry = await time(() => run("xlsx", xlsx, "dry-run"));
  const xcommit = await time(() => run("xlsx", xlsx, "commit"));
  const xagain = await time(() => run("xlsx", xlsx, "commit"));
  console.log(`xlsx  parse ${ms(xparse.ms)}  (${xparse.value.rows.length} rows)`);
  console.log(`xlsx  dry run (parse, check) ${ms(xdry.ms)}  → ${xdry.value.summary.changed} would change, ${xdry.value.summary.problems} problems`);
  console.log(`xlsx  commit (parse, check, write) ${ms(xcommit.ms)}  → ${xcommit.value.summary.changed} changed`);
  console.log(`xlsx  same file again ${ms(xagain.ms)}  → ${xagain.value.summary.changed} changed`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
