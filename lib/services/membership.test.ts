import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-membership-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { getDb } from "@/db/client";
import { areas } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import { resolveGroup } from "./composite";
import { listPeerAreas } from "./kept-reads";
import { getRankingsPayload } from "./rankings";

// An area belongs to the programme from its designation year: one designated in 2026 is neither a
// peer nor a row of a 2024 comparison, and is both from 2026 on.

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  getDb()
    .insert(areas)
    .values({ code: "newcomer", level: "city", wave: "2", yearDesignated: 2026, nameZh: "新设示范区", nameEn: "Newcomer", province: "Sichuan", type: "old-industrial", resourceType: "ferrous", status: "active" })
    .run();
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("membership from the designation year", () => {
  const codes = (year: number, keep?: string) => resolveGroup({ kind: "all" }, listPeerAreas(), year, keep).members.map((m) => m.code);

  it("leaves an area designated in 2026 out of the groups of 2024 and 2025, and counts it from 2026", () => {
    expect(listPeerAreas().map((a) => a.code)).toContain("newcomer");
    expect(codes(2024)).not.toContain("newcomer");
    expect(codes(2025)).not.toContain("newcomer");
    expect(codes(2026)).toContain("newcomer");
    // The 40 areas designated in 2017 and 2022 are members in 2024.
    expect(codes(2024)).toHaveLength(40);
    expect(codes(2026)).toHaveLength(41);
  });

  it("keeps it in a comparison about itself", () => {
    expect(codes(2024, "newcomer")).toContain("newcomer");
  });

  it("gives it no row in the 2024 rankings", () => {
    const rows = getRankingsPayload({ year: 2024, group: { kind: "all" } }).data;
    expect(rows).toHaveLength(40);
    expect(rows.map((r) => r.code)).not.toContain("newcomer");
  });
});
