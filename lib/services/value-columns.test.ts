import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-value-columns-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepareDatabase } from "@/scripts/prepare-db";
import { observationFeed } from "./composite";
import { valueColumns } from "./value-columns";

let zigong = 0;
let other = 0;

beforeAll(async () => {
  await prepareDatabase(file, { demo: false, fresh: true });
  const id = (code: string) => getDb().get<{ id: number }>(sql`select id from areas where code = ${code}`)!.id;
  zigong = id("zigong");
  other = id("jilin-central");
  const insert = (areaId: number, key: string, year: number, value: number) =>
    getDb().run(sql`insert into indicator_values (area_id, indicator_key, year, value) values (${areaId}, ${key}, ${year}, ${value})`);
  insert(zigong, "rd_intensity", 2019, 1.1);
  insert(zigong, "rd_intensity", 2020, 1.5);
  insert(zigong, "rd_intensity", 2021, 1.8);
  insert(other, "rd_intensity", 2021, 0.9);
  insert(zigong, "hte_count", 2021, 40);
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

const rows = (key: string, from = 2020) => {
  const c = valueColumns([key], from).get(key)!;
  return Array.from(c.years, (year, i) => ({ areaId: c.areaIds[i], year, value: c.values[i] })).sort((a, b) => a.areaId! - b.areaId! || a.year - b.year);
};

describe("valueColumns keeps each indicator's values until that indicator's values change", () => {
  it("holds every area's values from the first year on", () => {
    const expected = [
      { areaId: zigong, year: 2020, value: 1.5 },
      { areaId: zigong, year: 2021, value: 1.8 },
      { areaId: other, year: 2021, value: 0.9 },
    ].sort((a, b) => a.areaId - b.areaId || a.year - b.year);
    expect(rows("rd_intensity")).toEqual(expected);
    // From 2019 on: the 2019 value too.
    expect(rows("rd_intensity", 2019)).toHaveLength(4);
  });

  it("reads one indicator again after its values change, and leaves the others as they were", () => {
    const before = valueColumns(["rd_intensity", "hte_count"], 2020);
    expect(valueColumns(["rd_intensity", "hte_count"], 2020).get("rd_intensity")).toBe(before.get("rd_intensity"));
    getDb().run(sql`update indicator_values set value = 2.0 where area_id = ${zigong} and indicator_key = 'rd_intensity' and year = 2021`);
    const after = valueColumns(["rd_intensity", "hte_count"], 2020);
    expect(after.get("hte_count")).toBe(before.get("hte_count"));
    expect(after.get("rd_intensity")).not.toBe(before.get("rd_intensity"));
    expect(rows("rd_intensity").find((r) => r.areaId === zigong && r.year === 2021)?.value).toBe(2.0);
  });

  it("sees another connection's insert and delete", () => {
    const connection = new Database(file);
    connection.prepare("insert into indicator_values (area_id, indicator_key, year, value) values (?, 'hte_count', 2022, 55)").run(zigong);
    expect(rows("hte_count").map((r) => r.value)).toEqual([40, 55]);
    connection.prepare("delete from indicator_values where indicator_key = 'hte_count' and year = 2021").run();
    connection.close();
    expect(rows("hte_count").map((r) => r.value)).toEqual([55]);
  });

  it("reads only the values again after an update, and every column after an insert, a delete or a re-keyed row", () => {
    const counters = (key: string) => getDb().get<{ version: number; rows: number }>(sql`select version, rows_version as rows from indicator_value_versions where indicator_key = ${key}`)!;
    const columns = () => valueColumns(["rd_intensity"], 2020).get("rd_intensity")!;
    const before = columns();
    const counted = counters("rd_intensity");

    getDb().run(sql`update indicator_values set value = 2.5 where area_id = ${zigong} and indicator_key = 'rd_intensity' and year = 2020`);
    expect(counters("rd_intensity")).toEqual({ version: counted.version + 1, rows: counted.rows });
    const updated = columns();
    expect(updated.areaIds).toBe(before.areaIds);
    expect(updated.years).toBe(before.years);
    expect(rows("rd_intensity").find((r) => r.areaId === zigong && r.year === 2020)?.value).toBe(2.5);

    // The 2021 value moves to 2022: the same number of rows, not the same rows.
    getDb().run(sql`update indicator_values set year = 2022 where area_id = ${other} and indicator_key = 'rd_intensity' and year = 2021`);
    expect(counters("rd_intensity")).toEqual({ version: counted.version + 3, rows: counted.rows + 2 });
    const rekeyed = columns();
    expect(rekeyed.areaIds).not.toBe(before.areaIds);
    expect(rows("rd_intensity").filter((r) => r.areaId === other)).toEqual([{ areaId: other, year: 2022, value: 0.9 }]);

    getDb().run(sql`insert into indicator_values (area_id, indicator_key, year, value) values (${other}, 'rd_intensity', 2023, 1.2)`);
    expect(counters("rd_intensity").rows).toBe(counted.rows + 3);
    expect(rows("rd_intensity").filter((r) => r.areaId === other).map((r) => r.year)).toEqual([2022, 2023]);
    getDb().run(sql`delete from indicator_values where area_id = ${other} and indicator_key = 'rd_intensity' and year = 2023`);
    expect(counters("rd_intensity").rows).toBe(counted.rows + 4);
    expect(rows("rd_intensity").filter((r) => r.areaId === other).map((r) => r.year)).toEqual([2022]);

    // As the tests below expect them.
    getDb().run(sql`update indicator_values set value = 1.5 where area_id = ${zigong} and indicator_key = 'rd_intensity' and year = 2020`);
    getDb().run(sql`update indicator_values set year = 2021 where area_id = ${other} and indicator_key = 'rd_intensity' and year = 2022`);
  });

  it("keeps every double exactly, and gives an indicator without values empty columns", () => {
    // Doubles whose shortest form needs 16 or 17 digits, a large value and a tiny one.
    const exact = [0.1 + 0.2, 1 / 3, 123456789.12345679, -2.5e-7, 9.87654321e15];
    exact.forEach((value, i) => getDb().run(sql`insert into indicator_values (area_id, indicator_key, year, value) values (${zigong}, 'hv_patent_10k', ${2020 + i}, ${value})`));
    expect(rows("hv_patent_10k").map((r) => r.value)).toEqual(exact);
    expect(rows("hv_patent_10k").map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(valueColumns(["srdi_firms"], 2020).get("srdi_firms")).toEqual({ areaIds: new Int32Array(0), years: new Int16Array(0), values: new Float64Array(0) });
  });

  it("feeds a composite only the asked areas and years", () => {
    const seen: [string, string, number, number][] = [];
    observationFeed([zigong], ["rd_intensity"], 2020, 2020, "full")((...o) => seen.push(o));
    expect(seen).toEqual([["zigong", "rd_intensity", 2020, 1.5]]);
  });

  it("feeds the public the values of approved area-years only, and an approval at the next read", () => {
    const fed = (audience?: "public" | "full") => {
      const seen: [string, string, number, number][] = [];
      observationFeed([zigong, other], ["rd_intensity"], 2019, 2021, audience)((...o) => seen.push(o));
      return seen;
    };
    // Every value of the two areas in 2019–2021, as the earlier tests left them (by year, then area).
    const all = fed("full");
    expect(all.map(([code, , year]) => `${code}/${year}`)).toEqual(["zigong/2019", "zigong/2020", "jilin-central/2021", "zigong/2021"]);
    expect(fed("full")).toEqual(all);
    // Nothing approved: the public is fed nothing, and so is a caller that names no audience.
    expect(fed("public")).toEqual([]);
    expect(fed()).toEqual([]);
    getDb().run(sql`insert into area_years (area_id, year, status) values (${zigong}, 2020, 'approved'), (${zigong}, 2021, 'submitted'), (${other}, 2021, 'approved')`);
    expect(fed("public")).toEqual([all[1], all[2]]);
    expect(fed("full")).toEqual(all);
    getDb().run(sql`update area_years set status = 'returned' where area_id = ${other} and year = 2021`);
    expect(fed("public")).toEqual([all[1]]);
    getDb().run(sql`delete from area_years`);
  });
});
