// The storage limit: each API endpoint's reads as hand-written prepared SQL on a read-only connection, timed in process.
import Database from "better-sqlite3";
import { percentile } from "./load";

export type Baseline = { name: string; iterations: number; p50: number; rows: number };

const MAX_MS_PER_ENDPOINT = 2000;
const MAX_ITERATIONS = 500;

/** The reads of each endpoint (the SQL only: no scoring method, no JSON), as the app's queries make them. */
export function bareBaselines(file: string, opts: { area: string; year: number; quick: boolean }): Baseline[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const areaByCode = db.prepare(
      "select id, code, name_zh, name_en, level, wave, province, status, year_designated, type, resource_type from areas where code = ? and status in ('active')",
    );
    const activeAreas = db.prepare("select id, code, name_zh, name_en, level, wave, province, status from areas where status = 'active' order by level, id");
    const peerAreas = db.prepare("select id, code, name_zh, name_en, level, wave, province, resource_type from areas where status = 'active' order by id");
    const values = db.prepare(
      "select indicator_key, year, value, note, source, flagged, is_demo, updated_at from indicator_values where area_id = ? and year between ? and ? order by indicator_key, year",
    );
    const catalogue = db.prepare("select * from indicators order by sort_order");
    const targets = db.prepare("select indicator_key, target_year, kind, value, base_year, reason from targets where area_id = ?");
    const scored = db.prepare("select key, direction, dimension from indicators where direction <> 'context' and dimension <> 'context' order by sort_order");
    const window = db.prepare("select area_id, year, value from indicator_values where indicator_key = ? and year between 2020 and ?").raw();

    const area = () => areaByCode.get(opts.area) as { id: number };
    // Every scored indicator's values over the scoring window for all areas, as getObservations reads them.
    const observations = () => {
      const peers = peerAreas.all();
      let rows = peers.length;
      for (const { key } of scored.all() as { key: string }[]) rows += window.all(key, opts.year).length;
      return rows;
    };
    const reads: Record<string, () => number> = {
      "/api/v1/areas": () => activeAreas.all().length,
      "/api/v1/areas/{code}/values": () => values.all(area().id, 1900, 2200).length,
      "/api/v1/areas/{code}/progress": () => {
        const { id } = area();
        return catalogue.all().length + values.all(id, 1900, 2200).length + targets.all(id).length;
      },
      "/api/v1/rankings": observations,
      // Compare reads every area's window too: the level group is picked in memory.
      "/api/v1/compare": () => area() && observations(),
    };
    return Object.entries(reads).map(([name, read]) => {
      read(); // warm the statement and the page cache
      const ms: number[] = [];
      let rows = 0;
      const budget = opts.quick ? MAX_MS_PER_ENDPOINT / 4 : MAX_MS_PER_ENDPOINT;
      const started = performance.now();
      while (ms.length < MAX_ITERATIONS && (ms.length < 5 || performance.now() - started < budget)) {
        const t0 = performance.now();
        rows = read();
        ms.push(performance.now() - t0);
      }
      return { name, iterations: ms.length, p50: percentile(ms.sort((a, b) => a - b), 0.5)!, rows };
    });
  } finally {
    db.close();
  }
}
