// In-process timings on a copy of the bench database: rankings of all areas, the national overview, an import of 100,000 values.
// Import only after DATABASE_PATH names the copy: the app's queries open that file.
import Papa from "papaparse";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getRankingsPayload } from "@/lib/services/rankings";
import { importFile } from "@/lib/import/import-file";
import { MAX_ROWS } from "@/lib/import/limits";
import { SECTOR_SHARE_KEYS } from "@/lib/domain/validation";
import { getOverviewReport } from "@/lib/services/overview";
import { ACCOUNTS } from "./dataset";

export const IMPORT_VALUES = 100_000;

export type Timing = { runs: number[]; median: number };
export type ImportTiming = Timing & { files: number; values: number; changed: number[]; problems: number[] };

function timing(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  return { runs, median: sorted[Math.floor(sorted.length / 2)]! };
}

// The app keeps scores until the values change (lib/services/cache.ts), and each indicator's values
// until that indicator's change (lib/services/value-columns.ts): each timed run follows a write to the
// values, of one indicator (an edit) or of every indicator (an import), so that these are the
// figures of the first request after it, the slowest a user meets. The load runs against the
// server show the kept ones.
const touchOne = () => getDb().run(sql`update indicator_values set value = value where id = (select min(id) from indicator_values)`);
const touchEvery = () => getDb().run(sql`update indicator_values set value = value where id in (select min(id) from indicator_values group by indicator_key)`);

function timeRuns(runs: number, fn: () => unknown, touch = touchOne): Timing {
  fn(); // warm-up: module loading and the first statement preparations are not what is measured
  return timing(Array.from({ length: runs }, () => {
    touch();
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }));
}

export function timeRankings(year: number, runs: number, after: "one" | "every" = "one"): Timing {
  return timeRuns(runs, () => getRankingsPayload({ year, group: { kind: "all" } }), after === "one" ? touchOne : touchEvery);
}

export function timeOverview(year: number, runs: number): Timing {
  return timeRuns(runs, () => getOverviewReport(year));
}

type StoredRow = { code: string; key: string; year: number; value: number; decimals: number; softMax: number | null };

/**
 * Imports 100,000 stored values back, each moved by one step of its last decimal (and back on the
 * next run), so that every run changes every value. Only draft and returned years can be written.
 * The app takes at most MAX_ROWS rows per file, so each run is two files, committed one after the other.
 */
export async function timeImport(file: string, runs: number): Promise<ImportTiming> {
  const sqlite = new Database(file, { readonly: true });
  const shares = SECTOR_SHARE_KEYS.map((k) => `'${k}'`).join(", ");
  const rows = sqlite
    .prepare(
      `select a.code, v.indicator_key as key, v.year, v.value, i.decimals, i.soft_max as softMax
       from area_years ay
       join areas a on a.id = ay.area_id
       join indicator_values v on v.area_id = ay.area_id and v.year = ay.year
       join indicators i on i.key = v.indicator_key
       where ay.status in ('draft', 'returned') and i.derivation is null
       -- The three sector shares first in each area-year, so that cutting the list never splits them.
       order by ay.year desc, ay.area_id, case when v.indicator_key in (${shares}) then 0 else 1 end, i.sort_order
       limit ?`,
    )
    .all(IMPORT_VALUES) as StoredRow[];
  const admin = sqlite.prepare("select id, role, status, area_id as areaId from users where email = ?").get(ACCOUNTS.admin) as Parameters<typeof importFile>[0]["actor"];
  sqlite.close();

  // Shares move +0.2, −0.1, −0.1 so that all three change and still add up to 100.
  const shareStep: Record<string, number> = { primary_share: 2, secondary_share: -1, tertiary_share: -1 };
  const moved = (r: StoredRow, k: number) => {
    if (k % 2 === 1) return r.value;
    const unit = 10 ** -r.decimals;
    const steps = shareStep[r.key] ?? (r.softMax !== null && r.value + unit > r.softMax ? -1 : 1);
    return Number((r.value + steps * unit).toFixed(r.decimals));
  };
  const csvFiles = (k: number) => {
    const out: Uint8Array[] = [];
    for (let i = 0; i < rows.length; i += MAX_ROWS) {
      const data = rows.slice(i, i + MAX_ROWS).map((r) => [r.code, r.key, r.year, moved(r, k), ""]);
      out.push(new TextEncoder().encode(Papa.unparse({ fields: ["area_code", "indicator_key", "year", "value", "note"], data })));
    }
    return out;
  };

  const ms: number[] = [];
  const changed: number[] = [];
  const problems: number[] = [];
  let files = 0;
  for (let k = 0; k < runs; k++) {
    const inputs = csvFiles(k); // making the files is not what is measured
    files = inputs.length;
    let runChanged = 0;
    let runProblems = 0;
    const t0 = performance.now();
    for (const bytes of inputs) {
      const result = await importFile({ actor: admin, mode: "commit", file: { name: "bench.csv", format: "csv", bytes } });
      runChanged += result.committed ? result.summary.changed : 0;
      runProblems += result.summary.problems;
    }
    ms.push(performance.now() - t0);
    changed.push(runChanged);
    problems.push(runProblems);
  }
  return { ...timing(ms), files, values: rows.length, changed, problems };
}
