import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-documents-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, documentNumbers, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { documentSettingsSchema } from "@/lib/validations/documents";
import { prepareDatabase } from "@/scripts/prepare-db";
import { findDocumentNumber, getDocumentSettings, issueDocumentNumber, saveDocumentSettings } from "./documents";

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

const at = (iso: string) => new Date(iso);

describe("document numbers", () => {
  it("count per year of issue (in China's time), keep an area-year's number, and follow the pattern in force", () => {
    // 2030-12-31 17:00 UTC is already 2031 in Beijing.
    expect(issueDocumentNumber("zigong", 2025, at("2030-06-01T00:00:00Z")).number).toBe("TM-2030-001");
    expect(issueDocumentNumber("xuzhou", 2025, at("2030-06-02T00:00:00Z")).number).toBe("TM-2030-002");
    expect(issueDocumentNumber("zigong", 2025, at("2030-07-01T00:00:00Z")).number).toBe("TM-2030-001");
    expect(issueDocumentNumber("zigong", 2026, at("2030-12-31T17:00:00Z")).number).toBe("TM-2031-001");
    expect(findDocumentNumber("zigong", 2025)?.issuedAt).toEqual(at("2030-06-01T00:00:00Z"));
    expect(findDocumentNumber("zigong", 2024)).toBeNull();

    const admin = actorFor("admin@demo.local");
    saveDocumentSettings(admin, documentSettingsSchema.parse({ issuerZh: "某某委员会", issuerEn: "The Committee", numberPattern: "监测〔{year}〕{seq}号" }));
    expect(issueDocumentNumber("xuzhou", 2026, at("2030-08-01T00:00:00Z")).number).toBe("监测〔2030〕3号");
    expect(getDb().select().from(documentNumbers).all()).toHaveLength(4);
  });
});

describe("document settings", () => {
  it("are saved by an administrator and audited; refused to an evaluator, leaving them as they were", () => {
    const admin = actorFor("admin@demo.local");
    saveDocumentSettings(admin, { issuerZh: "产业转型升级示范区监测平台", issuerEn: "Monitoring Platform", numberPattern: "TM-{year}-{seq:4}" });
    expect(getDocumentSettings()).toMatchObject({ issuerEn: "Monitoring Platform", numberPattern: "TM-{year}-{seq:4}" });
    const entry = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "document_settings"), eq(auditLog.actorId, admin.id)))
      .all()
      .at(-1)!;
    expect(entry.action).toBe("update");
    expect(JSON.parse(entry.newValue!)).toMatchObject({ numberPattern: "TM-{year}-{seq:4}" });
    expect(JSON.parse(entry.oldValue!)).toMatchObject({ numberPattern: "监测〔{year}〕{seq}号" });

    expect(() => saveDocumentSettings(actorFor("evaluator@demo.local"), { issuerZh: "x", issuerEn: "x", numberPattern: "{year}{seq}" })).toThrow(/forbidden/);
    expect(getDocumentSettings().issuerEn).toBe("Monitoring Platform");
  });

  it("the schema refuses a pattern that could repeat a number, an empty issuer and control characters", () => {
    const ok = { issuerZh: "甲", issuerEn: "A", numberPattern: "TM-{year}-{seq}" };
    expect(documentSettingsSchema.safeParse(ok).success).toBe(true);
    const problems = (input: object) => {
      const r = documentSettingsSchema.safeParse({ ...ok, ...input });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(problems({ numberPattern: "TM-{year}" })).toEqual(["pattern_no_seq"]);
    expect(problems({ numberPattern: "TM-{seq}" })).toEqual(["pattern_no_year"]);
    expect(problems({ numberPattern: `{year}{seq}${"x".repeat(60)}` })).toEqual(["pattern_too_long"]);
    expect(problems({ issuerZh: "   " })).toEqual(["issuer_required"]);
    expect(problems({ issuerEn: "x".repeat(81) })).toEqual(["issuer_too_long"]);
    expect(problems({ issuerEn: "A\u0001" })).toEqual(["control_characters"]);
  });
});
