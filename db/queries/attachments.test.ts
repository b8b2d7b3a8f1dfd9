import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-attachments-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, attachments, auditLog, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { MAX_ATTACHMENTS_PER_AREA_YEAR } from "@/lib/domain/attachment-type";
import { attachmentsDirOf, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { prepareDatabase } from "@/scripts/prepare-db";
import { addAttachment, deleteAttachment, getAttachmentForReader, listAttachments } from "./attachments";

const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n%%EOF\n", "latin1"));
const HTML = new Uint8Array(Buffer.from("<html><body>not a pdf</body></html>", "latin1"));
const YEAR = 2021;

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}
const areaId = (code: string) => getDb().select({ id: areas.id }).from(areas).where(eq(areas.code, code)).get()!.id;
const storedFiles = () => (fs.existsSync(env.attachmentsDir) ? fs.readdirSync(env.attachmentsDir).sort() : []);
const rowCount = () => getDb().select({ n: sql<number>`count(*)` }).from(attachments).get()!.n;
const auditRows = () => getDb().select().from(auditLog).where(eq(auditLog.entity, "attachment")).orderBy(auditLog.id).all();

function setStatus(code: string, year: number, status: "draft" | "submitted" | "approved" | "returned") {
  getDb().run(sql`insert into area_years (area_id, year, version, status) values (${areaId(code)}, ${year}, 0, ${status}) on conflict (area_id, year) do update set status = ${status}`);
}

/** Refused with this code and message, and nothing stored: no row, no file, no audit record. */
function expectRefused(fn: () => unknown, code: string, message: string) {
  const before = { rows: rowCount(), files: storedFiles(), audit: auditRows().length };
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect([(thrown as AppError).code, (thrown as AppError).message]).toEqual([code, message]);
  expect({ rows: rowCount(), files: storedFiles(), audit: auditRows().length }).toEqual(before);
}

const upload = (actor: Actor, over: Partial<Parameters<typeof addAttachment>[0]> = {}) =>
  addAttachment({ actor, areaCode: "zigong", year: YEAR, indicatorKey: null, fileName: "统计公报.pdf", bytes: PDF, ...over });

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.rmSync(attachmentsDirOf(file), { recursive: true, force: true });
});

describe("attaching evidence", () => {
  it("stores the file beside the database under a random name, with its row and audit record", () => {
    const official = actorFor("official.zigong@demo.local");
    const saved = upload(official);
    expect(saved).toMatchObject({ kind: "pdf", fileName: "统计公报.pdf" });
    const row = getDb().select().from(attachments).where(eq(attachments.id, saved.id)).get()!;
    expect(row).toMatchObject({ year: YEAR, indicatorKey: null, bytes: PDF.byteLength, uploadedBy: official.id });
    expect(row.storedName).toMatch(/^[0-9a-f-]{36}$/);
    expect(env.attachmentsDir).toBe(attachmentsDirOf(file));
    expect(fs.readFileSync(`${env.attachmentsDir}/${row.storedName}`)).toEqual(Buffer.from(PDF));
    expect(storedFiles()).toEqual([row.storedName]);
    const [record] = auditRows();
    expect(record).toMatchObject({ action: "create", entityKey: `zigong/${YEAR}/attachment:${saved.id}`, actorId: official.id, year: YEAR });
    expect(JSON.parse(record!.newValue!)).toMatchObject({ fileName: "统计公报.pdf", kind: "pdf", bytes: PDF.byteLength });
  });

  it("refuses content of no accepted kind, whatever its name says", () => {
    expectRefused(() => upload(actorFor("official.zigong@demo.local"), { fileName: "report.pdf", bytes: HTML }), "unsupported_type", "attachment_type");
  });

  it("lets an official attach to their own area only; evaluators and viewers not at all", () => {
    expectRefused(() => upload(actorFor("official.tongling@demo.local")), "forbidden", "not_your_area");
    expectRefused(() => upload(actorFor("evaluator@demo.local")), "forbidden", "forbidden");
  });

  it("refuses while the year is submitted or approved, and again allows it once returned", () => {
    const official = actorFor("official.zigong@demo.local");
    setStatus("zigong", 2019, "submitted");
    expectRefused(() => upload(official, { year: 2019 }), "conflict", "year_submitted");
    setStatus("zigong", 2019, "approved");
    expectRefused(() => upload(official, { year: 2019 }), "conflict", "year_approved");
    setStatus("zigong", 2019, "returned");
    expect(upload(official, { year: 2019 }).kind).toBe("pdf");
  });

  it("attaches to a value only when it is a flagged value of the year", () => {
    const official = actorFor("official.zigong@demo.local");
    const id = areaId("zigong");
    const db = getDb();
    db.run(sql`update indicator_values set flagged = 0 where area_id = ${id} and year = 2018 and indicator_key = 'hte_count'`);
    expectRefused(() => upload(official, { year: 2018, indicatorKey: "hte_count" }), "bad_request", "attachment_value_not_flagged");
    db.run(sql`update indicator_values set flagged = 1 where area_id = ${id} and year = 2018 and indicator_key = 'hte_count'`);
    expect(upload(official, { year: 2018, indicatorKey: "hte_count" }).kind).toBe("pdf");
    expect(listAttachments(id, 2018).map((a) => a.indicatorKey)).toEqual(["hte_count"]);
  });

  it(`holds at most ${MAX_ATTACHMENTS_PER_AREA_YEAR} files per area-year: the last one fits, one more is refused`, () => {
    const official = actorFor("official.zigong@demo.local");
    for (let i = 0; i < MAX_ATTACHMENTS_PER_AREA_YEAR - 1; i++) upload(official, { year: 2017 });
    expect(listAttachments(areaId("zigong"), 2017)).toHaveLength(MAX_ATTACHMENTS_PER_AREA_YEAR - 1);
    upload(official, { year: 2017 });
    expect(listAttachments(areaId("zigong"), 2017)).toHaveLength(MAX_ATTACHMENTS_PER_AREA_YEAR);
    expectRefused(() => upload(official, { year: 2017 }), "conflict", "attachment_limit");
  });

  it("leaves no file behind when the row cannot be written", () => {
    const official = actorFor("official.zigong@demo.local");
    // A flagged value to attach to, and an insert that fails after the file was written (a full disk, say).
    const before = { rows: rowCount(), files: storedFiles() };
    getDb().run(sql`insert into indicator_values (area_id, indicator_key, year, value, flagged) select ${areaId("zigong")}, 'hte_count', 2016, 1, 1 where not exists (select 1 from indicator_values where area_id = ${areaId("zigong")} and year = 2016 and indicator_key = 'hte_count')`);
    getDb().run(sql`update indicator_values set flagged = 1 where area_id = ${areaId("zigong")} and year = 2016 and indicator_key = 'hte_count'`);
    getDb().run(sql`drop trigger if exists attachments_fail`);
    getDb().run(sql`create temp trigger attachments_fail before insert on main.attachments begin select raise(abort, 'disk full'); end`);
    try {
      expect(() => upload(official, { year: 2016, indicatorKey: "hte_count" })).toThrow(/disk full/);
    } finally {
      getDb().run(sql`drop trigger temp.attachments_fail`);
    }
    expect({ rows: rowCount(), files: storedFiles() }).toEqual(before);
  });
});

describe("reading and removing evidence", () => {
  it("gives the file to the area's official and to reviewers, never to another area's official", () => {
    const [first] = listAttachments(areaId("zigong"), YEAR);
    expect(getAttachmentForReader(actorFor("official.zigong@demo.local"), first!.id)?.body).toEqual(Buffer.from(PDF));
    expect(getAttachmentForReader(actorFor("evaluator@demo.local"), first!.id)?.kind).toBe("pdf");
    expect(getAttachmentForReader(actorFor("admin@demo.local"), first!.id)?.fileName).toBe("统计公报.pdf");
    expect(getAttachmentForReader(actorFor("official.tongling@demo.local"), first!.id)).toBeNull();
  });

  it("lets the official remove a file while the year is editable, audited, with its file", () => {
    const official = actorFor("official.zigong@demo.local");
    const saved = upload(official, { year: 2015 });
    const stored = getDb().select({ s: attachments.storedName }).from(attachments).where(eq(attachments.id, saved.id)).get()!.s;
    expectRefused(() => deleteAttachment({ actor: actorFor("official.tongling@demo.local"), id: saved.id }), "forbidden", "not_your_area");
    expectRefused(() => deleteAttachment({ actor: actorFor("evaluator@demo.local"), id: saved.id }), "forbidden", "forbidden");
    setStatus("zigong", 2015, "submitted");
    expectRefused(() => deleteAttachment({ actor: official, id: saved.id }), "conflict", "year_submitted");
    setStatus("zigong", 2015, "returned");

    expect(deleteAttachment({ actor: official, id: saved.id })).toEqual({ areaCode: "zigong", year: 2015 });
    expect(getDb().select().from(attachments).where(and(eq(attachments.id, saved.id))).get()).toBeUndefined();
    expect(storedFiles()).not.toContain(stored);
    const last = auditRows().at(-1)!;
    expect(last).toMatchObject({ action: "delete", entityKey: `zigong/2015/attachment:${saved.id}`, actorId: official.id });
    expect(JSON.parse(last.oldValue!)).toMatchObject({ fileName: "统计公报.pdf", kind: "pdf" });
    expectRefused(() => deleteAttachment({ actor: official, id: saved.id }), "not_found", "attachment_not_found");
  });
});
