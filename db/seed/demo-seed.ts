import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Tx } from "@/db/queries/audit-write";
import { areas, areaYears, auditLog, indicators, indicatorValues, reviewComments, targets, users, type NewArea, type SubmissionStatus } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_DEFAULT_SEED, DEMO_FIRST_YEAR, DEMO_LAST_YEAR, generateDemoData } from "./demo";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_SOURCE = "演示数据 / demo data";
export const DEMO_ADMIN_EMAIL = "admin@demo.local";
export const DEMO_EVALUATOR_EMAIL = "evaluator@demo.local";
/** A signed-in reader: what a visitor sees, plus saved peer groups. */
export const DEMO_VIEWER_EMAIL = "viewer@demo.local";

export function demoOfficialEmail(areaCode: string): string {
  return `official.${areaCode}@demo.local`;
}

export type SeedDemoResult =
  | { seeded: false; reason: string }
  | { seeded: true; values: number; targets: number; users: number; areaYears: number };

// SQLite caps the number of bound parameters per statement; insert in slices well below it.
const CHUNK = 400;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

function count(db: Pick<Db, "select">, table: typeof users | typeof indicatorValues): number {
  return db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
}

/**
 * Fills an empty database with the demo data set and demo accounts (all marked isDemo), in one
 * transaction. Does nothing once the database holds any indicator value or any user, so real data
 * is never mixed with demo data. Needs the reference data (seedReference) first.
 */
export async function seedDemo(db: Db, opts: { seed?: number } = {}): Promise<SeedDemoResult> {
  if (count(db, indicatorValues) > 0 || count(db, users) > 0) {
    return { seeded: false, reason: "database already holds values or users" };
  }
  // bcrypt is asynchronous and the transaction is not: hash once, before it, for all accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.transaction(
    (tx): SeedDemoResult => {
      // Checked again inside the write lock: another process may have seeded meanwhile.
      if (count(tx, indicatorValues) > 0 || count(tx, users) > 0) {
        return { seeded: false, reason: "database already holds values or users" };
      }
      const areaRows = tx.select().from(areas).all();
      if (areaRows.length === 0) return { seeded: false, reason: "no areas: run seedReference first" };
      const catalogue = tx.select().from(indicators).all();
      const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));
      const idOf = (code: string) => areaIds.get(code) as number;

      const data = generateDemoData(opts.seed ?? DEMO_DEFAULT_SEED, areaRows, catalogue);

      // One prepared statement run per row: building a 7,000-row insert is the slow part otherwise.
      const insertValue = tx
        .insert(indicatorValues)
        .values({
          areaId: sql.placeholder("areaId"),
          indicatorKey: sql.placeholder("indicatorKey"),
          year: sql.placeholder("year"),
          value: sql.placeholder("value"),
          note: null,
          source: DEMO_SOURCE,
          flagged: false,
          isDemo: true,
        })
        .prepare();
      for (const v of data.values) {
        insertValue.run({ areaId: idOf(v.areaCode), indicatorKey: v.indicatorKey, year: v.year, value: v.value });
      }

      const yearKeys = new Set(data.values.map((v) => `${v.areaCode}|${v.year}`));
      const yearRows = [...yearKeys].map((key) => {
        const [code, year] = key.split("|") as [string, string];
        return { areaId: idOf(code), year: Number(year), version: 0 };
      });
      for (const slice of chunks(yearRows)) tx.insert(areaYears).values(slice).run();

      for (const slice of chunks(data.targets)) {
        tx.insert(targets)
          .values(
            slice.map((t) => ({
              areaId: idOf(t.areaCode),
              indicatorKey: t.indicatorKey,
              period: t.period,
              kind: t.kind,
              value: t.value,
              baseYear: t.baseYear,
              targetYear: t.targetYear,
              reason: t.reason,
              isDemo: true,
            })),
          )
          .run();
      }

      const account = { passwordHash, status: "active" as const, isDemo: true };
      const userRows = [
        { ...account, email: DEMO_ADMIN_EMAIL, name: "演示管理员", role: "admin" as const, areaId: null },
        { ...account, email: DEMO_EVALUATOR_EMAIL, name: "演示评估员", role: "evaluator" as const, areaId: null },
        { ...account, email: DEMO_VIEWER_EMAIL, name: "演示访客", role: "viewer" as const, areaId: null },
        ...areaRows.map((a) => ({
          ...account,
          email: demoOfficialEmail(a.code),
          name: `${shortName(a)} 演示联络员`,
          role: "official" as const,
          areaId: a.id,
        })),
      ];
      tx.insert(users).values(userRows).run();
      seedSubmissionStates(tx, new Set(areaRows.map((a) => a.code)));

      return { seeded: true, values: data.values.length, targets: data.targets.length, users: userRows.length, areaYears: yearRows.length };
    },
    { behavior: "immediate" },
  );
}

// Submission states, so that the review queue, the audit trail and the public pages (which show
// approved years only) have something to show: most areas' 2018–2022 approved when they were loaded,
// 2023 and 2024 submitted and approved; 2025 approved for most, a few submitted and one returned.
// The areas whose years the end-to-end suite and the query tests write stay drafts throughout, and
// the earlier years of two more the tests write stay drafts too.
export const DEMO_DRAFT_ONLY_AREAS = ["zigong", "tongling", "huangshi"];
export const DEMO_LOADED_APPROVED_YEARS = Array.from({ length: 2022 - DEMO_FIRST_YEAR + 1 }, (_, i) => DEMO_FIRST_YEAR + i);
export const DEMO_EARLIER_DRAFT_AREAS = ["dalian", "xuzhou"];
export const DEMO_APPROVED_YEARS = [2023, 2024];
export const DEMO_SUBMITTED_LAST = ["changxing-etdz", "ninghai-etdz", "liuyang-etdz"];
export const DEMO_RETURNED_LAST = "xiaolan-etdz";

function seedSubmissionStates(tx: Tx, codes: Set<string>) {
  const idOf = (table: "users" | "areas", key: string) =>
    table === "users"
      ? tx.select({ id: users.id }).from(users).where(eq(users.email, key)).get()!.id
      : tx.select({ id: areas.id }).from(areas).where(eq(areas.code, key)).get()!.id;
  const evaluator = idOf("users", DEMO_EVALUATOR_EMAIL);
  // Fixed moments (Beijing time), an hour apart per area, so that the data set stays deterministic.
  const at = (iso: string, hours: number) => new Date(Date.parse(`${iso}+08:00`) + hours * 3_600_000);

  const move = (
    code: string,
    year: number,
    from: SubmissionStatus,
    to: SubmissionStatus,
    actorId: number,
    when: Date,
    comments: { body: string; indicatorKey?: string }[] = [],
  ) => {
    const areaId = idOf("areas", code);
    const moved = tx
      .update(areaYears)
      .set({ status: to, statusChangedAt: when, statusChangedBy: actorId })
      .where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year)))
      .run();
    // An area without values in a year (designated later) has no area-year to move.
    if (moved.changes === 0) return;
    const kind = to === "submitted" ? "submit" : to === "approved" ? "approve" : to === "returned" ? "return" : "reopen";
    for (const c of comments) {
      tx.insert(reviewComments).values({ areaId, year, authorId: actorId, kind, indicatorKey: c.indicatorKey ?? null, body: c.body, createdAt: when }).run();
    }
    tx.insert(auditLog)
      .values({
        at: when,
        actorId,
        action: "status",
        entity: "area_year",
        entityKey: `${code}/${year}`,
        areaId,
        year,
        oldValue: JSON.stringify({ status: from }),
        newValue: JSON.stringify({ status: to }),
        reason: comments.map((c) => (c.indicatorKey ? `${c.indicatorKey}: ${c.body}` : c.body)).join("; ") || null,
      })
      .run();
  };

  const eligible = [...codes].filter((code) => !DEMO_DRAFT_ONLY_AREAS.includes(code));
  // The years before the review: approved by the evaluator as they were loaded, in one step.
  for (const year of DEMO_LOADED_APPROVED_YEARS) {
    eligible
      .filter((code) => !DEMO_EARLIER_DRAFT_AREAS.includes(code))
      .forEach((code, i) => move(code, year, "draft", "approved", evaluator, at(`${year + 1}-05-20T09:00:00`, i)));
  }
  for (const year of DEMO_APPROVED_YEARS) {
    eligible.forEach((code, i) => {
      const official = idOf("users", demoOfficialEmail(code));
      move(code, year, "draft", "submitted", official, at(`${year + 1}-03-11T09:00:00`, i));
      move(code, year, "submitted", "approved", evaluator, at(`${year + 1}-04-15T09:00:00`, i));
    });
  }
  const lastApproved = eligible.filter((code) => !DEMO_SUBMITTED_LAST.includes(code) && code !== DEMO_RETURNED_LAST);
  lastApproved.forEach((code, i) => {
    move(code, DEMO_LAST_YEAR, "draft", "submitted", idOf("users", demoOfficialEmail(code)), at("2026-03-10T09:00:00", i));
    move(code, DEMO_LAST_YEAR, "submitted", "approved", evaluator, at("2026-04-20T09:00:00", i));
  });
  DEMO_SUBMITTED_LAST.filter((code) => codes.has(code)).forEach((code, i) => {
    move(code, DEMO_LAST_YEAR, "draft", "submitted", idOf("users", demoOfficialEmail(code)), at("2026-03-17T10:00:00", i), [
      { body: "2025年数据已按统计公报填报完毕，请审查。（演示）" },
    ]);
  });
  if (codes.has(DEMO_RETURNED_LAST)) {
    const official = idOf("users", demoOfficialEmail(DEMO_RETURNED_LAST));
    move(DEMO_RETURNED_LAST, DEMO_LAST_YEAR, "draft", "submitted", official, at("2026-03-14T15:00:00", 0));
    move(DEMO_RETURNED_LAST, DEMO_LAST_YEAR, "submitted", "returned", evaluator, at("2026-03-28T11:00:00", 0), [
      { body: "请补充各项数据的来源，并核实能耗数据的统计口径。（演示）" },
      { body: "单位GDP能耗较上年变化较大，请核实数值或在说明中解释原因。（演示）", indicatorKey: "energy_intensity" },
    ]);
  }
}

// "四川自贡产业转型升级示范区" → "自贡"; falls back to the first member city, then the code.
function shortName(area: Pick<NewArea, "nameZh" | "code">): string {
  const match = /^(?:河北|山西|山东|安徽|湖北|四川|辽宁|黑龙江|江苏|江西|广东|贵州)?(.+?)产业转型升级示范区$/.exec(area.nameZh);
  if (match?.[1] && !/[（—]/.test(match[1])) return match[1];
  const head = area.nameZh.split(/[（(]/)[0] ?? "";
  return head.replace(/(产业转型升级示范区|示范区)$/, "") || area.code;
}
