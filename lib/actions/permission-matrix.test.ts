import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Every role × every server action: the expected allow or deny, and after each deny a database
// identical to the one before (every table's rows, fingerprinted). The actions run for real — guard,
// validation, scoped query — against a temporary database; only next-auth's session lookup and Next's
// request-bound helpers (cookies, revalidatePath) are replaced. A server action without a row here
// fails the first test: add its row when you add the action.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-matrix-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

vi.mock("next-auth", async () => {
  const { session } = await import("@/lib/testing/action-harness");
  return { getServerSession: async () => session.current };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
const cookieJar = vi.hoisted(() => ({ set: vi.fn(), get: vi.fn(), delete: vi.fn(), has: vi.fn(() => false), getAll: vi.fn((): { name: string; value: string }[] => []) }));
vi.mock("next/headers", async () => {
  const { request, sessionCookies } = await import("@/lib/testing/action-harness");
  cookieJar.getAll.mockImplementation(sessionCookies);
  return { cookies: async () => cookieJar, headers: async () => request.headers };
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));

import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { addAttachment } from "@/db/queries/attachments";
import { changeAreaYearStatus } from "@/db/queries/review";
import { saveTarget } from "@/db/queries/targets";
import { fileTargetRequest } from "@/db/queries/target-requests";
import { registerOfficial } from "@/db/queries/users";
import type { Actor } from "@/lib/auth/permissions";
import { REGISTRATION_POLICY } from "@/lib/auth/rate-limit";
import { attachmentsDirOf } from "@/lib/env";
import {
  AREA_A,
  fingerprint,
  form,
  loadServerActions,
  ROLE_LABELS,
  ROLES,
  setUpRoles,
  signInAs,
  type MatrixRole,
  type RoleIds,
  type ServerAction,
} from "@/lib/testing/action-harness";
import { prepareDatabase } from "@/scripts/prepare-db";

type Outcome = "allow" | "deny";
type Row = {
  /** "<file>.<export>" of lib/actions. */
  action: string;
  /** What this row exercises when one action does several things. */
  variant?: string;
  expect: Record<MatrixRole, Outcome>;
  /** Puts the database in the state the call needs; runs before the "before" fingerprint. */
  prepare?: (role: MatrixRole) => void;
  call: (role: MatrixRole) => Promise<unknown>;
  /** Whether the answer means "done"; by default `{ ok: true }`. */
  succeeded?: (result: unknown, role: MatrixRole) => boolean;
  /** Whether an allowed call writes to the database; by default it does. */
  writes?: (role: MatrixRole) => boolean;
};

// A refusal is one of these messages (the UI translates them); anything else is not a permission refusal.
const REFUSALS = ["unauthenticated", "forbidden", "not_your_area"];

const only = (...allowed: MatrixRole[]): Record<MatrixRole, Outcome> =>
  Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? "allow" : "deny"])) as Record<MatrixRole, Outcome>;
const everyone = only(...ROLES);

let sqlite: Database.Database;
let ids: RoleIds;
let serial = 0;
let actions = new Map<string, ServerAction>();

function action(name: string) {
  const fn = actions.get(name);
  if (!fn) throw new Error(`no server action ${name}`);
  return fn;
}

const adminActor = (): Actor => ({ id: ids.admin!, role: "admin", status: "active", areaId: null });

function one<T>(sql: string, ...params: unknown[]): T {
  return sqlite.prepare(sql).get(...params) as T;
}

// ---- the area-years and rows the actions work on; each row has its own, so rows do not interfere ----

const VALUES_YEAR = 2023; // saveYearEntryAction
const REVIEW_YEAR = 2022; // status changes and comments
const TARGET_KEY = "sei_share"; // saveTargetAction
const DELETED_TARGET_KEY = "rd_intensity"; // deleteTargetAction
const SUMMARY_YEAR = 2024; // assessments and grades
const REQUESTED_KEY = "hitech_mfg_share"; // fileTargetRequestAction
const DECIDED_KEY = "hte_count"; // decideTargetRequestAction
const ATTACHMENT_YEAR = 2020; // deleteAttachmentAction

/** Area A's 2025 submitted: its 14th-period targets then change through requests only. */
function submitTargetYear() {
  sqlite
    .prepare("insert into area_years (area_id, year, version, status) values ((select id from areas where code = ?), 2025, 0, 'submitted') on conflict do update set status = 'submitted'")
    .run(AREA_A);
}

let decidedRequest = 0;
let attachmentId = 0;

/** A pending request of area A to decide, filed as its official would. */
function pendingRequestId(): number {
  submitTargetYear();
  const pending = one<{ id: number } | undefined>("select id from target_change_requests where status = 'pending' and indicator_key = ?", DECIDED_KEY);
  if (pending) return pending.id;
  const areaId = one<{ id: number }>("select id from areas where code = ?", AREA_A).id;
  const official: Actor = { id: ids.officialA!, role: "official", status: "active", areaId };
  return fileTargetRequest({ actor: official, action: "set", areaCode: AREA_A, indicatorKey: DECIDED_KEY, period: "fyp14", kind: "absolute", value: 100 + ++serial, reason: "matrix" }).id;
}

function areaYearStatus(year: number): string {
  return (
    one<{ status: string } | undefined>(
      "select status from area_years where area_id = (select id from areas where code = ?) and year = ?",
      AREA_A,
      year,
    )?.status ?? "draft"
  );
}

/** Moves area A's review year, as the admin, to one of the wanted states (through the real transitions). */
function ensureReviewState(...wanted: string[]) {
  for (let step = 0; step < 4 && !wanted.includes(areaYearStatus(REVIEW_YEAR)); step++) {
    const current = areaYearStatus(REVIEW_YEAR);
    const transition =
      current === "draft" || current === "returned"
        ? "submit"
        : current === "submitted"
          ? wanted.includes("approved")
            ? "approve"
            : "return"
          : "reopen";
    changeAreaYearStatus({ actor: adminActor(), areaCode: AREA_A, year: REVIEW_YEAR, transition, comment: "matrix set-up" });
  }
  expect(wanted).toContain(areaYearStatus(REVIEW_YEAR));
}

function statusChange(transition: string, comment = "") {
  return () => action("review.changeStatusAction")({ ok: false }, form({ areaCode: AREA_A, year: String(REVIEW_YEAR), transition, comment }));
}

/** The password every role has when it changes its own (a cheap bcrypt cost: the test is about who may, not the hash). */
const CURRENT_PASSWORD = "matrix-current-password";
const CURRENT_HASH = bcrypt.hashSync(CURRENT_PASSWORD, 4);

/** An account the admin deactivates: active again before each call. */
const DEACTIVATED = "official.dalian@demo.local";

const ROWS: Row[] = [
  {
    action: "values.saveYearEntryAction",
    expect: only("officialA", "admin"),
    call: () => {
      const version = one<{ v: number } | undefined>(
        "select version as v from area_years where area_id = (select id from areas where code = ?) and year = ?",
        AREA_A,
        VALUES_YEAR,
      )?.v ?? 0;
      const current = one<{ value: number }>(
        "select value from indicator_values where area_id = (select id from areas where code = ?) and indicator_key = 'hte_count' and year = ?",
        AREA_A,
        VALUES_YEAR,
      ).value;
      return action("values.saveYearEntryAction")(
        { ok: false },
        form({ areaCode: AREA_A, year: String(VALUES_YEAR), version: String(version), source: "matrix", "value:hte_count": String(current + 1), "note:hte_count": "" }),
      );
    },
  },
  {
    action: "targets.saveTargetAction",
    expect: only("officialA", "admin"),
    call: () =>
      action("targets.saveTargetAction")(
        { ok: false },
        form({ areaCode: AREA_A, indicatorKey: TARGET_KEY, kind: "absolute", value: String(20 + ++serial / 10), period: "fyp15", baseYear: "2025", reason: "matrix" }),
      ),
  },
  {
    action: "targets.deleteTargetAction",
    expect: only("officialA", "admin"),
    prepare: () =>
      saveTarget({ actor: adminActor(), areaCode: AREA_A, indicatorKey: DELETED_TARGET_KEY, period: "fyp15", kind: "absolute", value: 2.5, baseYear: 2025, reason: "matrix" }),
    call: () => action("targets.deleteTargetAction")({ ok: false }, form({ areaCode: AREA_A, indicatorKey: DELETED_TARGET_KEY, period: "fyp15", reason: "matrix" })),
  },
  {
    action: "target-requests.fileTargetRequestAction",
    expect: only("officialA"),
    prepare: submitTargetYear,
    call: () =>
      action("target-requests.fileTargetRequestAction")(
        { ok: false },
        form({ action: "set", areaCode: AREA_A, indicatorKey: REQUESTED_KEY, kind: "absolute", value: "25", period: "fyp14", baseYear: "2020", reason: "matrix" }),
      ),
  },
  {
    action: "target-requests.decideTargetRequestAction",
    expect: only("evaluator", "admin"),
    prepare: () => {
      decidedRequest = pendingRequestId();
    },
    call: () => action("target-requests.decideTargetRequestAction")({ ok: false }, form({ requestId: String(decidedRequest), decision: "approve", note: "" })),
  },
  {
    action: "approvals.reviewAccountAction",
    expect: only("admin"),
    prepare: () => {
      registerOfficial({
        name: "Registrant",
        email: `registrant${++serial}@matrix.test`,
        passwordHash: "not-a-hash",
        locale: "zh",
        claimAreaCode: AREA_A,
        throttle: { key: `register:matrix-set-up-${serial}`, policy: REGISTRATION_POLICY, now: Date.now() },
      });
    },
    call: () => {
      const pending = one<{ id: number }>("select id from users where email like 'registrant%@matrix.test' and status = 'pending' order by id desc limit 1");
      return action("approvals.reviewAccountAction")({ ok: false }, form({ userId: String(pending.id), decision: "approve" }));
    },
  },
  {
    // Every signed-in account changes its own password, a pending one too; nobody changes another's.
    action: "account.changePasswordAction",
    expect: only("viewer", "pendingOfficialA", "officialA", "officialB", "evaluator", "admin"),
    prepare: (role) => {
      if (ids[role] !== null) sqlite.prepare("update users set password_hash = ? where id = ?").run(CURRENT_HASH, ids[role]);
    },
    call: () => {
      const fresh = `quiet-lantern-river-${++serial}7`;
      return action("account.changePasswordAction")({ ok: false }, form({ currentPassword: CURRENT_PASSWORD, newPassword: fresh, confirmPassword: fresh }));
    },
  },
  {
    action: "accounts.setAccountStatusAction",
    expect: only("admin"),
    prepare: () => {
      sqlite.prepare("update users set status = 'active' where email = ?").run(DEACTIVATED);
    },
    call: () => {
      const id = one<{ id: number }>("select id from users where email = ?", DEACTIVATED).id;
      return action("accounts.setAccountStatusAction")({ ok: false }, form({ userId: String(id), change: "deactivate", reason: "matrix" }));
    },
  },
  {
    action: "groups.saveGroupAction",
    expect: only("viewer", "officialA", "officialB", "evaluator", "admin"),
    call: () => action("groups.saveGroupAction")({ name: `matrix group ${++serial}`, areaCodes: [AREA_A, "tongling"] }),
  },
  {
    // Public and read-only: the registration form's proposed code for a Chinese name.
    action: "area-code.suggestAreaCode",
    expect: everyone,
    call: () => action("area-code.suggestAreaCode")("吕梁经济开发区"),
    succeeded: (result) => result === "lvliang-edz",
    writes: () => false,
  },
  {
    // Public: the language is a cookie for everyone, and is remembered on the caller's own account.
    action: "locale.setLocale",
    expect: everyone,
    prepare: (role) => {
      if (ids[role] !== null) sqlite.prepare("update users set locale = 'zh' where id = ?").run(ids[role]);
      cookieJar.set.mockClear();
    },
    call: () => action("locale.setLocale")("en"),
    succeeded: (_result, role) =>
      cookieJar.set.mock.calls.some((c) => c[1] === "en") &&
      (ids[role] === null || one<{ locale: string }>("select locale from users where id = ?", ids[role]).locale === "en"),
    writes: (role) => role !== "anonymous",
  },
  {
    // Public: anyone may register; the new account is pending until an admin approves it.
    action: "register.registerAction",
    expect: everyone,
    call: () =>
      action("register.registerAction")(
        { ok: false },
        form({ mode: "claim", name: "New official", email: `new${++serial}@matrix.test`, password: "a-long-enough-password", claimAreaCode: AREA_A }),
      ),
  },
  {
    action: "review.changeStatusAction",
    variant: "submit",
    expect: only("officialA", "admin"),
    prepare: () => ensureReviewState("draft", "returned"),
    call: statusChange("submit"),
  },
  {
    action: "review.changeStatusAction",
    variant: "approve",
    expect: only("evaluator", "admin"),
    prepare: () => ensureReviewState("submitted"),
    call: statusChange("approve"),
  },
  {
    action: "review.changeStatusAction",
    variant: "return",
    expect: only("evaluator", "admin"),
    prepare: () => ensureReviewState("submitted"),
    call: statusChange("return", "please check the 2022 figures"),
  },
  {
    action: "review.changeStatusAction",
    variant: "reopen",
    expect: only("evaluator", "admin"),
    prepare: () => ensureReviewState("approved"),
    call: statusChange("reopen", "a correction from the statistics bureau"),
  },
  {
    action: "assessments.saveAssessmentsAction",
    expect: only("evaluator", "admin"),
    call: () =>
      action("assessments.saveAssessmentsAction")(
        { ok: false },
        form({ areaCode: AREA_A, year: String(SUMMARY_YEAR), "score:park_building": String(1 + (++serial % 5)), "comment:park_building": `matrix ${serial}` }),
      ),
  },
  {
    action: "grades.decideGradeAction",
    expect: only("evaluator", "admin"),
    call: () => action("grades.decideGradeAction")({ ok: false }, form({ areaCode: AREA_A, year: String(SUMMARY_YEAR), decision: "confirm", reason: "" })),
  },
  {
    // Each call a commendation in a field of its own, so that no allowed call repeats an earlier one.
    action: "official-results.addOfficialResultAction",
    expect: only("evaluator", "admin"),
    call: () =>
      action("official-results.addOfficialResultAction")(
        { ok: false },
        form({ areaCode: AREA_A, year: "2023", city: "0", result: "commendation", fieldZh: `矩阵 ${++serial}`, fieldEn: "", sourceTitle: "matrix source", sourceUrl: "https://example.org/matrix", sourceKind: "press", noteZh: "", noteEn: "" }),
      ),
  },
  {
    action: "documents.saveDocumentSettingsAction",
    expect: only("admin"),
    call: () => action("documents.saveDocumentSettingsAction")({ ok: false }, form({ issuerZh: "产业转型升级示范区监测平台", issuerEn: `Matrix ${++serial}`, numberPattern: "TM-{year}-{seq:3}" })),
  },
  {
    action: "review.addCommentAction",
    expect: only("officialA", "evaluator", "admin"),
    call: () => action("review.addCommentAction")({ ok: false }, form({ areaCode: AREA_A, year: String(REVIEW_YEAR), body: "matrix comment", indicatorKey: "" })),
  },
  {
    // Approving at once: the review year, submitted and clean before each call.
    action: "review.approveCleanYearsAction",
    expect: only("evaluator", "admin"),
    prepare: () => {
      // The other rows' comments would be open remarks on it (a clean year has none).
      sqlite.prepare("delete from review_comments where area_id = (select id from areas where code = ?) and year = ?").run(AREA_A, REVIEW_YEAR);
      ensureReviewState("submitted");
    },
    call: () => {
      const fd = new FormData();
      fd.append("item", `${AREA_A}/${REVIEW_YEAR}`);
      return action("review.approveCleanYearsAction")({ ok: false }, fd);
    },
    succeeded: (result) => (result as { data?: { approved: unknown[] } }).data?.approved.length === 1,
  },
  {
    // One unread notification of the caller's own before each call; marking all read changes it.
    action: "notifications.markNotificationsReadAction",
    expect: only("viewer", "officialA", "officialB", "evaluator", "admin"),
    prepare: (role) => {
      if (ids[role] !== null) {
        sqlite.prepare("insert into notifications (user_id, kind, area_id, year) values (?, 'approved', (select id from areas where code = ?), 2022)").run(ids[role], AREA_A);
      }
    },
    call: () => action("notifications.markNotificationsReadAction")({ ok: false }, form({ all: "1" })),
  },
  {
    // A file of area A's editable year, attached by the admin before each call.
    action: "attachments.deleteAttachmentAction",
    expect: only("officialA", "admin"),
    prepare: () => {
      const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n%%EOF\n", "latin1"));
      attachmentId = addAttachment({ actor: adminActor(), areaCode: AREA_A, year: ATTACHMENT_YEAR, indicatorKey: null, fileName: "matrix.pdf", bytes: pdf }).id;
    },
    call: () => action("attachments.deleteAttachmentAction")({ ok: false }, form({ id: String(attachmentId) })),
  },
  {
    // A new review deadline each call, so that an allowed call always changes the calendar.
    action: "calendar.setDeadlinesAction",
    expect: only("admin"),
    call: () =>
      action("calendar.setDeadlinesAction")({ ok: false }, form({ year: "2030", dataDueOn: "2031-03-31", reviewDueOn: `2031-07-${String(1 + (++serial % 28)).padStart(2, "0")}` })),
  },
];

const observed: Record<string, Partial<Record<MatrixRole, Outcome>>> = {};
const rowName = (row: Row) => (row.variant ? `${row.action} (${row.variant})` : row.action);

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  // A second connection to the same file: it sees every write the app's own connection commits.
  sqlite = new Database(file);
  ids = setUpRoles(sqlite);
  actions = await loadServerActions(import.meta.dirname);
}, 60_000);

afterAll(() => {
  sqlite.close();
  // The matrix as it ran, for the record.
  const header = `| action | ${ROLES.map((r) => ROLE_LABELS[r]).join(" | ")} |`;
  const lines = Object.entries(observed).map(([name, o]) => `| ${name} | ${ROLES.map((r) => o[r] ?? "?").join(" | ")} |`);
  console.log([header, `|---|${ROLES.map(() => "---").join("|")}|`, ...lines].join("\n"));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.rmSync(attachmentsDirOf(file), { recursive: true, force: true });
});

describe("permission matrix: roles × server actions", () => {
  it("has a row for every server action in lib/actions", () => {
    const covered = new Set(ROWS.map((r) => r.action));
    const missing = [...actions.keys()].filter((a) => !covered.has(a));
    const stale = [...covered].filter((a) => !actions.has(a));
    expect(missing, "server actions without a row in the permission matrix").toEqual([]);
    expect(stale, "rows for server actions that no longer exist").toEqual([]);
    expect(actions.size).toBeGreaterThan(0);
  });

  for (const row of ROWS) {
    describe(rowName(row), () => {
      for (const role of ROLES) {
        const outcome = row.expect[role];
        it(`${ROLE_LABELS[role]} → ${outcome}`, async () => {
          row.prepare?.(role);
          signInAs(ids, role);
          const before = fingerprint(sqlite);
          const result = await row.call(role);
          const after = fingerprint(sqlite);
          const succeeded = row.succeeded ? row.succeeded(result, role) : (result as { ok?: boolean } | undefined)?.ok === true;
          (observed[rowName(row)] ??= {})[role] = succeeded ? "allow" : "deny";
          if (outcome === "allow") {
            expect(succeeded, JSON.stringify(result)).toBe(true);
            if (row.writes?.(role) ?? true) expect(after).not.toEqual(before);
          } else {
            expect(result).toMatchObject({ ok: false });
            expect(REFUSALS, JSON.stringify(result)).toContain((result as { message?: string }).message);
            expect(after).toEqual(before);
          }
        });
      }
    });
  }
});
