import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-cache-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { beginAttempt, settleSuccessfulAttempt } from "@/db/queries/login-attempts";
import { createSession, endSession } from "@/db/queries/sessions";
import { changeOwnPassword, registerOfficial, setUserLocale } from "@/db/queries/users";
import { audit } from "@/db/queries/audit-write";
import { DATA_VERSIONED_TABLES } from "@/db/schema";
import { REGISTRATION_POLICY, SIGN_IN_POLICY } from "@/lib/auth/rate-limit";
import { prepareDatabase } from "@/scripts/prepare-db";
import { CACHES, keptAlongside, keptUntilWrite, keptUntilWriteAsync, type CacheKind } from "./cache";
import { listPeerAreas } from "./kept-reads";

beforeAll(async () => {
  await prepareDatabase(file, { demo: false, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

// The kinds below are the product's own, with stand-in computations: "summary" is kept until a write
// to what a summary reads (the values among them), "rankings" until a write to the values or the
// areas, "group-composite" keeps four entries.
describe("keptUntilWrite keeps a derived result until the database changes", () => {
  it("computes once per key while nothing is written", () => {
    const compute = vi.fn(() => ({ n: 1 }));
    const first = keptUntilWrite("summary", "a", compute);
    expect(keptUntilWrite("summary", "a", compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    keptUntilWrite("summary", "b", compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("keeps at most the kind's number of entries, dropping the least recently used", () => {
    expect(CACHES["group-composite"].maxEntries).toBe(4);
    const compute = vi.fn((key: string) => ({ key }));
    const keep = (key: string) => keptUntilWrite("group-composite", key, () => compute(key));
    for (const key of ["a", "b", "c", "d", "e"]) keep(key);
    expect(compute).toHaveBeenCalledTimes(5);
    // "a" went when "e" came; "b" to "e" are still kept, and "b", used again, is now the most recent.
    for (const key of ["e", "d", "c", "b"]) keep(key);
    expect(compute).toHaveBeenCalledTimes(5);
    keep("a");
    expect(compute).toHaveBeenCalledTimes(6);
    // "a" pushed out the least recently used, "e"; "b" stays.
    keep("b");
    expect(compute).toHaveBeenCalledTimes(6);
    keep("e");
    expect(compute).toHaveBeenCalledTimes(7);
  });

  it("recomputes after a write through the server's own connection", () => {
    const count = () => getDb().get<{ n: number }>(sql`select count(*) as n from indicator_values`)!.n;
    const compute = vi.fn(count);
    expect(keptUntilWrite("summary", "own", compute)).toBe(0);
    getDb().run(sql`insert into users (email, name, password_hash, role, status) values ('memo@test', 'm', '-', 'viewer', 'active')`);
    getDb().run(sql`insert into saved_groups (name, area_codes, owner_id) values ('g', 'zigong', (select id from users where email = 'memo@test'))`);
    expect(keptUntilWrite("summary", "own", compute)).toBe(0);
    getDb().run(sql`insert into indicator_values (area_id, indicator_key, year, value) values ((select id from areas where code = 'zigong'), 'rd_intensity', 2003, 1.5)`);
    expect(keptUntilWrite("summary", "own", compute)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("recomputes after another connection (a script, an import run elsewhere) commits", () => {
    const compute = vi.fn(() => getDb().get<{ n: number }>(sql`select count(*) as n from indicator_values`)!.n);
    const before = keptUntilWrite("summary", "other", compute);
    const other = new Database(file);
    other.prepare("insert into indicator_values (area_id, indicator_key, year, value) values ((select id from areas where code = 'zigong'), 'rd_intensity', 2004, 1.5)").run();
    other.close();
    expect(keptUntilWrite("summary", "other", compute)).toBe(before + 1);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("given the tables it depends on, outlives writes elsewhere and not writes to those tables", () => {
    expect(CACHES.rankings.dependsOn).toEqual(["indicator_values", "areas"]);
    const db = getDb();
    const compute = vi.fn(() => db.get<{ n: number }>(sql`select count(*) as n from indicator_values`)!.n);
    const before = keptUntilWrite("rankings", "tables", compute);
    // A saved group is no input: the kept count stays.
    db.run(sql`insert into saved_groups (name, area_codes, owner_id) values ('i', 'zigong', (select id from users where email = 'memo@test'))`);
    expect(keptUntilWrite("rankings", "tables", compute)).toBe(before);
    expect(compute).toHaveBeenCalledTimes(1);
    // A value written through another connection is: the triggers move the counter for everyone.
    const other = new Database(file);
    other.prepare("insert into indicator_values (area_id, indicator_key, year, value) values ((select id from areas where code = 'zigong'), 'rd_intensity', 2001, 1.5)").run();
    other.close();
    expect(keptUntilWrite("rankings", "tables", compute)).toBe(before + 1);
    // And so is a change to an area, here through the server's own connection.
    db.run(sql`update areas set name_en = name_en where code = 'zigong'`);
    keptUntilWrite("rankings", "tables", compute);
    expect(compute).toHaveBeenCalledTimes(3);
    // A target is not among the rankings' inputs.
    db.run(sql`insert into targets (area_id, indicator_key, kind, value, base_year, target_year) values ((select id from areas where code = 'zigong'), 'rd_intensity', 'absolute', 3, 2020, 2025)`);
    keptUntilWrite("rankings", "tables", compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("keeps the active areas until an area changes", () => {
    const first = listPeerAreas();
    expect(listPeerAreas()).toBe(first);
    expect(first.some((a) => a.code === "zigong")).toBe(true);
    // Another connection takes Zigong out of the programme: the next read leaves it out.
    const other = new Database(file);
    other.prepare("update areas set status = 'pending' where code = 'zigong'").run();
    other.close();
    const after = listPeerAreas();
    expect(after.length).toBe(first.length - 1);
    expect(after.some((a) => a.code === "zigong")).toBe(false);
    getDb().run(sql`update areas set status = 'active' where code = 'zigong'`);
    expect(listPeerAreas().length).toBe(first.length);
  });

  it("shares kept results between copies of the module, as the pages' and the route handlers' bundles are", async () => {
    const compute = vi.fn(() => ({ n: 1 }));
    const first = keptUntilWrite("overview", "k", compute);
    // A second, separately loaded copy of the module and of the database client.
    vi.resetModules();
    const copy = await import("./cache");
    const copyDb = await import("@/db/client");
    expect(copy.keptUntilWrite).not.toBe(keptUntilWrite);
    expect(copyDb.getDb()).toBe(getDb());
    expect(copy.keptUntilWrite("overview", "k", compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    // A write seen by one copy is seen by the other: one connection, one stamp.
    getDb().run(sql`update areas set name_en = name_en where code = 'zigong'`);
    expect(copy.keptUntilWrite("overview", "k", compute)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

// "summary-file" is kept until a write to what a summary reads, at most 32 entries; the computations stand in for the worker pool.
describe("keptUntilWriteAsync keeps a result made elsewhere until the database changes", () => {
  it("makes it once for the requests that ask while it is being made and after", async () => {
    let finish!: (bytes: Uint8Array) => void;
    const compute = vi.fn(() => new Promise<Uint8Array>((resolve) => (finish = resolve)));
    const first = keptUntilWriteAsync("summary-file", "together", compute);
    const second = keptUntilWriteAsync("summary-file", "together", compute);
    expect(second).toBe(first);
    finish(new Uint8Array([1, 2, 3]));
    const bytes = await first;
    expect(await keptUntilWriteAsync("summary-file", "together", compute)).toBe(bytes);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("makes it anew after a write", async () => {
    const compute = vi.fn(async () => new Uint8Array([7]));
    const before = await keptUntilWriteAsync("summary-file", "written", compute);
    getDb().run(sql`update areas set name_en = name_en where code = 'zigong'`);
    const after = await keptUntilWriteAsync("summary-file", "written", compute);
    expect(after).not.toBe(before);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failure: the next request tries again", async () => {
    const compute = vi.fn().mockRejectedValueOnce(new Error("worker gone")).mockResolvedValueOnce(new Uint8Array([9]));
    await expect(keptUntilWriteAsync("summary-file", "failing", compute)).rejects.toThrow("worker gone");
    expect(await keptUntilWriteAsync("summary-file", "failing", compute)).toEqual(new Uint8Array([9]));
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("keeps at most 32 documents", async () => {
    expect(CACHES["summary-file"]).toMatchObject({ mechanism: "until-write", maxEntries: 32 });
    const compute = vi.fn(async () => new Uint8Array(1));
    for (let i = 0; i < 33; i++) await keptUntilWriteAsync("summary-file", `bound-${i}`, compute);
    // The 33rd pushed out the first; the second is still kept.
    await keptUntilWriteAsync("summary-file", "bound-1", compute);
    expect(compute).toHaveBeenCalledTimes(33);
    await keptUntilWriteAsync("summary-file", "bound-0", compute);
    expect(compute).toHaveBeenCalledTimes(34);
  });
});

// Issue 16: a rendered summary document is kept until the next write that changes what it is made
// from. The writes below are the product's own (its queries) where one exists for them.
describe("a kept summary document lasts until a write to what it is made from", () => {
  const db = () => getDb();
  const id = (q: ReturnType<typeof sql>) => db().get<{ id: number }>(q)!.id;
  let made = 0;
  const compute = vi.fn(async () => new Uint8Array([++made]));
  const keep = () => keptUntilWriteAsync("summary-file", "zigong|2024|pdf|zh", compute);

  it("outlives a sign-in, sessions, a failed sign-in, registrations, a password and a locale change, an audit record, a comment and a saved group", async () => {
    const first = await keep();
    const userId = id(sql`select id from users where email = 'memo@test'`);
    const zigong = id(sql`select id from areas where code = 'zigong'`);
    const now = Date.now();
    // A failed sign-in, then a successful one with its session, and a sign-out.
    beginAttempt([{ key: "email:memo@test", policy: SIGN_IN_POLICY.account }], now);
    settleSuccessfulAttempt("email:memo@test", "ip:203.0.113.9", SIGN_IN_POLICY.address);
    const session = createSession(userId, now);
    createSession(userId, now);
    endSession(session);
    setUserLocale(userId, "en");
    changeOwnPassword({ userId, passwordHash: "-2", keepSessionId: null });
    // A registration for an existing area, and one proposing a new (pending) area with its cities.
    const throttle = { key: "ip:203.0.113.10", policy: REGISTRATION_POLICY, now };
    expect(registerOfficial({ name: "甲", email: "claim@test", passwordHash: "-", locale: "zh", throttle, claimAreaCode: "zigong" }).created).toBe(true);
    expect(
      registerOfficial({
        name: "乙",
        email: "new-area@test",
        passwordHash: "-",
        locale: "zh",
        throttle,
        newArea: { code: "new-area", nameZh: "新区", nameEn: "New area", level: "city", wave: "other", province: "四川", type: "both", resourceType: "coal" },
        newAreaCities: [{ nameZh: "新城", nameEn: null }],
      }).created,
    ).toBe(true);
    db().run(sql`update areas set status = 'rejected' where code = 'new-area'`);
    db().transaction((tx) => audit(tx, { actorId: userId, action: "create", entity: "user", entityKey: `user:${userId}`, new: { note: "audit only" } }));
    db().run(sql`insert into review_comments (area_id, year, author_id, kind, body) values (${zigong}, 2024, ${userId}, 'comment', 'a comment')`);
    db().run(sql`insert into saved_groups (name, area_codes, owner_id) values ('kept', 'zigong', ${userId})`);
    expect(await keep()).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("is made anew after a value, an approval, an assessment, a grade decision, an official result, a name change, a target and a new active area", async () => {
    const userId = id(sql`select id from users where email = 'memo@test'`);
    const zigong = id(sql`select id from areas where code = 'zigong'`);
    const writes: [string, () => void][] = [
      ["a value", () => db().run(sql`insert into indicator_values (area_id, indicator_key, year, value) values (${zigong}, 'rd_intensity', 2005, 2.5)`)],
      ["a submission", () => db().run(sql`insert into area_years (area_id, year, status) values (${zigong}, 2024, 'submitted')`)],
      ["an approval", () => db().run(sql`update area_years set status = 'approved', status_changed_by = ${userId} where area_id = ${zigong} and year = 2024`)],
      [
        "an assessment",
        () => db().run(sql`insert into qualitative_assessments (area_id, year, aspect, score, comment, updated_by) values (${zigong}, 2024, 'park_building', 4, 'good', ${userId})`),
      ],
      ["a grade decision", () => db().run(sql`insert into grade_decisions (area_id, year, proposed_grade, final_grade, decided_by) values (${zigong}, 2024, 'good', 'good', ${userId})`)],
      [
        "an official result",
        () =>
          db().run(
            sql`insert into official_results (area_id, year, result, source_title, source_url, source_kind, created_by) values (${zigong}, 2024, 'good', 'notice', 'https://example.gov.cn/n', 'official', ${userId})`,
          ),
      ],
      ["a name change of who decided", () => db().run(sql`update users set name = 'renamed' where id = ${userId}`)],
      ["a target", () => db().run(sql`insert into targets (area_id, indicator_key, kind, value, base_year, target_year) values (${zigong}, 'hte_count', 'absolute', 3, 2020, 2025)`)],
      ["an area approved into the programme", () => db().run(sql`update areas set status = 'active' where code = 'new-area'`)],
    ];
    let before = await keep();
    for (const [what, write] of writes) {
      const calls = compute.mock.calls.length;
      write();
      const after = await keep();
      expect(after, what).not.toBe(before);
      expect(compute.mock.calls.length, what).toBe(calls + 1);
      before = after;
    }
  });

  it("the migrations give every versioned table its row and triggers", () => {
    const sqlite = new Database(file, { readonly: true });
    const rows = sqlite.prepare("select name from data_versions order by name").pluck().all();
    const triggers = new Set(sqlite.prepare("select name from sqlite_master where type = 'trigger'").pluck().all() as string[]);
    sqlite.close();
    expect(rows).toEqual([...DATA_VERSIONED_TABLES].sort());
    for (const table of DATA_VERSIONED_TABLES) {
      const events = table === "users" ? ["name", "delete"] : ["insert", "update", "delete"];
      for (const event of events) expect(triggers.has(`${table}_version_${event}`), `${table} ${event}`).toBe(true);
    }
  });
});

describe("keptAlongside keeps a result as long as the object it follows", () => {
  it("computes once per kept object, in every copy of the module", async () => {
    const owner = {};
    const compute = vi.fn(() => ({ derived: true }));
    const first = keptAlongside("group-values", owner, compute);
    expect(keptAlongside("group-values", owner, compute)).toBe(first);
    expect(keptAlongside("group-values", {}, compute)).not.toBe(first);
    // Another kind following the same object keeps its own.
    expect(keptAlongside("group-quartiles", owner, compute)).not.toBe(first);
    vi.resetModules();
    const copy = await import("./cache");
    expect(copy.keptAlongside("group-values", owner, compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});

// The kinds are a type, so no code can use one that is not declared; these checks keep the table
// honest the other way: nothing declared that nothing uses, nothing kept for the process outside it.
describe("the table of kept results", () => {
  const root = path.resolve(__dirname, "../..");
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      return e.isDirectory() ? files(rel) : /\.tsx?$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [rel] : [];
    });
  const sources = ["app", "components", "db", "lib"].flatMap(files).map((file) => ({ file, text: fs.readFileSync(path.join(root, file), "utf8") }));

  it("declares only kinds that are used, each with its dependencies and a bound", () => {
    const used = (kind: string) =>
      sources.some(({ file, text }) => file !== path.join("lib", "services", "cache.ts") && new RegExp(`(keptUntilWrite|keptUntilWriteAsync|keptJson|keptAlongside|perIndicatorEntries)(<[^>]*>)?\\(\\s*"${kind}"`).test(text));
    for (const [kind, spec] of Object.entries(CACHES) as [CacheKind, (typeof CACHES)[CacheKind]][]) {
      expect(used(kind), kind).toBe(true);
      if (spec.mechanism === "until-write") {
        expect(spec.maxEntries, kind).toBeGreaterThanOrEqual(1);
        expect(spec.dependsOn.length, kind).toBeGreaterThanOrEqual(1);
        for (const table of spec.dependsOn) expect(DATA_VERSIONED_TABLES, kind).toContain(table);
      }
      if (spec.mechanism === "alongside") expect(CACHES[spec.follows as CacheKind]?.mechanism, kind).toBe("until-write");
    }
  });

  it("is the only place, besides the connection, the jobs of the .zip, the worker pool and the download limit, that keeps anything for the whole process", () => {
    const keepers = sources.filter(({ text }) => /\bprocessWide\(/.test(text)).map(({ file }) => file);
    expect(keepers.sort()).toEqual(
      [
        path.join("db", "client.ts"),
        path.join("lib", "api", "download-limit.ts"),
        path.join("lib", "reports", "bundle.ts"),
        path.join("lib", "services", "cache.ts"),
        path.join("lib", "workers", "pool.ts"),
      ].sort(),
    );
  });
});
