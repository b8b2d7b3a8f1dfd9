import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Bad input on every server action — wrong types, 1 MB strings, unknown keys, years out of range,
// files where text belongs, arguments that are not a form at all — gets a clear refusal (a message
// code the UI translates, never "internal" and never a throw, which Next would turn into a 500) and
// writes nothing. The caller is the admin, who passes every permission check, so it is the input
// handling that is tested. Each action also gets one valid call, to show the refusals are the input's.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-bad-input-${process.pid}-${Date.now()}.db`;
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
import { AREA_A, fingerprint, form, loadServerActions, setUpRoles, signInAs, type RoleIds, type ServerAction } from "@/lib/testing/action-harness";
import { addAttachment } from "@/db/queries/attachments";
import { attachmentsDirOf } from "@/lib/env";
import { prepareDatabase } from "@/scripts/prepare-db";

const MB = "x".repeat(1024 * 1024);
const MB_DIGITS = "9".repeat(1024 * 1024);
const BAD_YEARS = ["abc", "2020.5", "1899", "1999", "2101", "99999", "-2020", "1e3", " ", MB_DIGITS];
/** What an attacker can send instead of a FormData: the action's argument is whatever the request encodes. */
const NOT_A_FORM: unknown[] = [undefined, null, "areaCode=zigong", 42, true, {}, [], { get: "x" }];

type Fields = Record<string, string | Blob | (string | Blob)[]>;
type Case = { name: string; args: unknown[] };

let sqlite: Database.Database;
let ids: RoleIds;
let actions = new Map<string, ServerAction>();
let serial = 0;

function one<T>(sql: string, ...params: unknown[]): T {
  return sqlite.prepare(sql).get(...params) as T;
}

/** The cases of a form action: the valid base form with one field replaced (or removed, with `null`). */
function formCases(base: () => Fields, variants: Record<string, Record<string, string | Blob | (string | Blob)[] | null>>): Case[] {
  const cases: Case[] = NOT_A_FORM.map((arg) => ({ name: `argument ${JSON.stringify(arg) ?? "undefined"} instead of a form`, args: [{ ok: false }, arg] }));
  for (const [name, change] of Object.entries(variants)) {
    cases.push({
      name,
      args: [
        { ok: false },
        (() => {
          const fields: Fields = { ...base() };
          for (const [k, v] of Object.entries(change)) {
            if (v === null) delete fields[k];
            else fields[k] = v;
          }
          return form(fields);
        })(),
      ],
    });
  }
  return cases;
}

const years = (field: string) => Object.fromEntries(BAD_YEARS.map((y) => [`${field} ${JSON.stringify(y.length > 20 ? `${y.slice(0, 5)}… (${y.length} chars)` : y)}`, { [field]: y }]));
const file1 = () => new Blob(["2024"], { type: "text/plain" });

const valuesYear = 2021;
function valuesBase(): Fields {
  const version = one<{ v: number } | undefined>("select version as v from area_years where area_id = (select id from areas where code = ?) and year = ?", AREA_A, valuesYear)?.v ?? 0;
  const current = one<{ value: number }>(
    "select value from indicator_values where area_id = (select id from areas where code = ?) and indicator_key = 'hte_count' and year = ?",
    AREA_A,
    valuesYear,
  ).value;
  return { areaCode: AREA_A, year: String(valuesYear), version: String(version), source: "bad-input test", "value:hte_count": String(current + 1), "note:hte_count": "" };
}

const targetBase = (): Fields => ({ areaCode: AREA_A, indicatorKey: "hitech_mfg_share", period: "fyp15", kind: "absolute", value: "25", baseYear: "2025", reason: "area plan" });

/** Area A's 2025 submitted: its 14th-period targets then change through requests only. */
function submitTargetYear() {
  sqlite
    .prepare("insert into area_years (area_id, year, version, status) values ((select id from areas where code = ?), 2025, 0, 'submitted') on conflict do update set status = 'submitted'")
    .run(AREA_A);
}
const requestBase = (): Fields => ({ action: "set", areaCode: AREA_A, indicatorKey: "hitech_mfg_share", period: "fyp14", kind: "absolute", value: "25", baseYear: "2020", reason: "统计口径调整" });

/** A pending request of area A to decide (made directly, as the official's filing would). */
function pendingRequest(): number {
  const existing = one<{ id: number } | undefined>("select id from target_change_requests where status = 'pending' and indicator_key = 'hte_count' order by id limit 1");
  if (existing) return existing.id;
  sqlite
    .prepare(
      "insert into target_change_requests (area_id, indicator_key, period, action, kind, value, base_year, reason, requested_by) values ((select id from areas where code = ?), 'hte_count', 'fyp14', 'set', 'absolute', 120, 2020, 'r', ?)",
    )
    .run(AREA_A, ids.officialA);
  return pendingRequest();
}

/** Per action: the bad cases, and one valid call. */
const SUITES: Record<string, { caller: keyof RoleIds; cases: () => Case[]; valid: () => unknown[]; validCheck?: (result: unknown) => void }> = {
  "values.saveYearEntryAction": {
    caller: "admin",
    cases: () =>
      formCases(valuesBase, {
        ...years("year"),
        "version not a number": { version: "abc" },
        "version negative": { version: "-1" },
        "version missing": { version: null },
        "version beyond any integer": { version: "1e309" },
        "area code of 1 MB": { areaCode: MB },
        "area code malformed": { areaCode: "ZIGONG!" },
        "area code missing": { areaCode: null },
        "area code unknown": { areaCode: "nowhere" },
        "value not a number": { "value:hte_count": "abc" },
        "value NaN": { "value:hte_count": "NaN" },
        "value Infinity": { "value:hte_count": "Infinity" },
        "value 1e400": { "value:hte_count": "1e400" },
        "value of 1 MB of digits": { "value:hte_count": MB_DIGITS },
        "value beyond the hard range": { "value:hte_count": "99999999" },
        "value as a file": { "value:hte_count": file1() },
        "year as a file": { year: file1() },
        "note of 1 MB": { "note:hte_count": MB },
        "source of 1 MB": { source: MB },
        "unknown indicator": { "value:not_an_indicator": "1" },
        "indicator key __proto__": { "value:__proto__": "1" },
        "indicator key of 1 MB": { [`value:${MB}`]: "1" },
        "a computed indicator typed in": { "value:net_migration_rate": "1" },
      }),
    valid: () => [{ ok: false }, form(valuesBase())],
  },
  "targets.saveTargetAction": {
    caller: "admin",
    cases: () =>
      formCases(targetBase, {
        ...years("baseYear"),
        "base year 2030 (not before the target year)": { baseYear: "2030" },
        "period unknown": { period: "fyp99" },
        "closed period without a reason": { period: "fyp14", reason: "" },
        "period missing": { period: null },
        "period of 1 MB": { period: MB },
        "kind unknown": { kind: "bogus" },
        "kind missing": { kind: null },
        "value not a number": { value: "abc" },
        "value missing": { value: null },
        "value of 1 MB": { value: MB_DIGITS },
        "value beyond the hard range": { value: "1000" },
        "value as a file": { value: file1() },
        "reason of 1 MB": { reason: MB },
        "indicator unknown": { indicatorKey: "not_an_indicator" },
        "indicator of 1 MB": { indicatorKey: MB },
        "area code of 1 MB": { areaCode: MB },
        "area unknown": { areaCode: "nowhere" },
      }),
    valid: () => [{ ok: false }, form(targetBase())],
  },
  "targets.deleteTargetAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ areaCode: AREA_A, indicatorKey: "energy_intensity", period: "fyp15", reason: "plan revised" }), {
        "closed period without a reason": { period: "fyp14", reason: "" },
        "indicator missing": { indicatorKey: null },
        "indicator of 1 MB": { indicatorKey: MB },
        "indicator as a file": { indicatorKey: file1() },
        "area missing": { areaCode: null },
        "area of 1 MB": { areaCode: MB },
        "area unknown": { areaCode: "nowhere" },
      }),
    valid: () => [{ ok: false }, form({ areaCode: AREA_A, indicatorKey: "energy_intensity", period: "fyp15", reason: "plan revised" })],
  },
  "target-requests.fileTargetRequestAction": {
    caller: "officialA",
    cases: () => {
      submitTargetYear();
      return formCases(requestBase, {
        "action unknown": { action: "replace" },
        "action missing": { action: null },
        "action of 1 MB": { action: MB },
        "reason missing": { reason: null },
        "reason blank": { reason: "   " },
        "reason of 1 MB": { reason: MB },
        "reason with a control character": { reason: "a\u0007b" },
        "kind unknown": { kind: "bogus" },
        "value not a number": { value: "abc" },
        "value of 1 MB": { value: MB_DIGITS },
        "value beyond the hard range": { value: "1000" },
        "value as a file": { value: file1() },
        ...years("baseYear"),
        "base year 2025 (not before the target year)": { baseYear: "2025" },
        "period unknown": { period: "fyp99" },
        "period of 1 MB": { period: MB },
        "period still open (2030 not submitted)": { period: "fyp15", baseYear: "2025" },
        "indicator unknown": { indicatorKey: "not_an_indicator" },
        "indicator of 1 MB": { indicatorKey: MB },
        "another area": { areaCode: "tongling" },
        "area unknown": { areaCode: "nowhere" },
        "removal of a target never set": { action: "remove", indicatorKey: "net_migration_rate" },
      });
    },
    valid: () => [{ ok: false }, form(requestBase())],
    validCheck: () => {
      const row = one<{ status: string; value: number; reason: string }>("select status, value, reason from target_change_requests order by id desc limit 1");
      expect(row).toEqual({ status: "pending", value: 25, reason: "统计口径调整" });
    },
  },
  "target-requests.decideTargetRequestAction": {
    caller: "evaluator",
    cases: () =>
      formCases(() => ({ requestId: String(pendingRequest()), decision: "decline", note: "口径未变" }), {
        "request id not a number": { requestId: "abc" },
        "request id negative": { requestId: "-1" },
        "request id fractional": { requestId: "1.5" },
        "request id of 1 MB": { requestId: MB_DIGITS },
        "request id unknown": { requestId: "99999999" },
        "request id missing": { requestId: null },
        "decision unknown": { decision: "maybe" },
        "decision missing": { decision: null },
        "decline without a note": { note: "" },
        "note of 1 MB": { note: MB },
        "note as a file": { note: file1() },
      }),
    valid: () => [{ ok: false }, form({ requestId: String(pendingRequest()), decision: "approve", note: "" })],
    validCheck: () => {
      const target = one<{ value: number }>("select value from targets where area_id = (select id from areas where code = ?) and indicator_key = 'hte_count' and period = 'fyp14'", AREA_A);
      expect(target.value).toBe(120);
    },
  },
  "approvals.reviewAccountAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ userId: String(pendingUser()), decision: "approve" }), {
        "user id not a number": { userId: "abc" },
        "user id negative": { userId: "-1" },
        "user id fractional": { userId: "1.5" },
        "user id of 1 MB": { userId: MB_DIGITS },
        "user id unknown": { userId: "99999999" },
        "user id of an active account": { userId: String(ids.officialA) },
        "user id missing": { userId: null },
        "decision unknown": { decision: "promote" },
        "decision of 1 MB": { decision: MB },
        "reject without a reason": { decision: "reject", reason: null },
        "reject with a blank reason": { decision: "reject", reason: "   " },
        "reject with a reason of 501 characters": { decision: "reject", reason: "x".repeat(501) },
        "decision missing": { decision: null },
      }),
    // Unknown fields are ignored (React adds its own to forms): approving cannot also make an admin.
    valid: () => [{ ok: false }, form({ userId: String(pendingUser()), decision: "approve", role: "admin", areaId: "1" })],
    validCheck: () => {
      const approved = one<{ role: string; status: string; area: string }>(
        "select role, status, (select code from areas where id = area_id) as area from users where email like 'pending-review%' order by id desc limit 1",
      );
      expect(approved).toEqual({ role: "official", status: "active", area: AREA_A });
    },
  },
  "account.changePasswordAction": {
    caller: "officialA",
    cases: () => {
      // The caller's current password is known (a cheap hash), so that each refusal below is the new password's.
      sqlite.prepare("update users set password_hash = ? where id = ?").run(bcrypt.hashSync(CURRENT_PASSWORD, 4), ids.officialA);
      return formCases(passwordChange, {
        "current password missing": { currentPassword: null },
        "current password of 1 MB": { currentPassword: MB },
        "current password as a file": { currentPassword: file1() },
        "new password missing": { newPassword: null, confirmPassword: null },
        "new password too short": { newPassword: "short", confirmPassword: "short" },
        "new password easily guessed": { newPassword: "password1234", confirmPassword: "password1234" },
        "new password of 73 bytes": { newPassword: "x".repeat(73), confirmPassword: "x".repeat(73) },
        "new password of 1 MB": { newPassword: MB, confirmPassword: MB },
        "new password as a file": { newPassword: file1() },
        "new password typed differently twice": { confirmPassword: "quiet-lantern-river-58" },
        "new password the same as the current": { newPassword: CURRENT_PASSWORD, confirmPassword: CURRENT_PASSWORD },
      });
    },
    valid: () => [{ ok: false }, form(passwordChange())],
    validCheck: () => {
      const hash = one<{ h: string }>("select password_hash as h from users where id = ?", ids.officialA).h;
      expect(bcrypt.compareSync("quiet-lantern-river-57", hash)).toBe(true);
    },
  },
  "accounts.setAccountStatusAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ userId: String(ids.officialB), change: "deactivate", reason: "left the office" }), {
        "user id not a number": { userId: "abc" },
        "user id negative": { userId: "-1" },
        "user id of 1 MB": { userId: MB_DIGITS },
        "user id unknown": { userId: "99999999" },
        "user id missing": { userId: null },
        "one's own account": { userId: String(ids.admin) },
        "reactivate an account that is active": { change: "reactivate" },
        "change unknown": { change: "delete" },
        "change missing": { change: null },
        "reason missing": { reason: null },
        "reason blank": { reason: "   " },
        "reason of 1 MB": { reason: MB },
        "reason with a control character": { reason: "a\u0007b" },
        "reason as a file": { reason: file1() },
      }),
    // Unknown fields are ignored: deactivating cannot also change the role.
    valid: () => [{ ok: false }, form({ userId: String(ids.officialB), change: "deactivate", reason: "left the office", role: "admin", status: "active" })],
    validCheck: () => {
      expect(one("select role, status from users where id = ?", ids.officialB)).toEqual({ role: "official", status: "deactivated" });
      sqlite.prepare("update users set status = 'active' where id = ?").run(ids.officialB);
    },
  },
  "groups.saveGroupAction": {
    caller: "viewer",
    cases: () =>
      [
        ...NOT_A_FORM,
        "name=x",
        { name: MB, areaCodes: [AREA_A] },
        { name: "", areaCodes: [AREA_A] },
        { name: 42, areaCodes: [AREA_A] },
        { name: "g", areaCodes: AREA_A },
        { name: "g", areaCodes: [1, 2] },
        { name: "g", areaCodes: [] },
        { name: "g", areaCodes: ["nowhere"] },
        { name: "g", areaCodes: [MB] },
        { name: "g", areaCodes: Array.from({ length: 10_000 }, () => AREA_A) },
        { name: "g", areaCodes: [AREA_A], ownerId: 1 },
        { name: "g", areaCodes: [AREA_A], __proto__: { admin: true } },
      ].map((input) => ({ name: `input ${JSON.stringify(input)?.slice(0, 60)}`, args: [input] })),
    valid: () => [{ name: `valid group ${++serial}`, areaCodes: [AREA_A, "tongling"] }],
  },
  "locale.setLocale": {
    caller: "officialA",
    cases: () => [undefined, null, "xx", "EN", " en", MB, 42, {}, ["en"]].map((input) => ({ name: `locale ${JSON.stringify(input)?.slice(0, 20)}`, args: [input] })),
    valid: () => ["en"],
  },
  // Read-only: proposes a code, writes nothing; bad input gets no proposal (null).
  "area-code.suggestAreaCode": {
    caller: "anonymous",
    cases: () => [undefined, null, "", "   ", MB, 42, {}, ["浏阳"]].map((input) => ({ name: `name ${JSON.stringify(input)?.slice(0, 20)}`, args: [input] })),
    valid: () => ["吕梁经济开发区"],
  },
  "register.registerAction": {
    caller: "anonymous",
    cases: () =>
      formCases(registration, {
        "mode unknown": { mode: "admin" },
        "mode missing": { mode: null },
        "name of 1 MB": { name: MB },
        "email of 1 MB": { email: `${MB}@example.cn` },
        "email malformed": { email: "not-an-email" },
        "password of 1 MB": { password: MB },
        "password too short": { password: "short" },
        "password easily guessed": { password: "password1234" },
        "password of 73 bytes": { password: "x".repeat(73) },
        "password of 25 Chinese characters (75 bytes)": { password: "密".repeat(25) },
        "password as a file": { password: file1() },
        "area to claim of 1 MB": { claimAreaCode: MB },
        "area to claim unknown": { claimAreaCode: "nowhere" },
        "new area with its fields missing": { mode: "new" },
        "new area with a code of 1 MB": { mode: "new", "area.code": MB, "area.nameZh": "新区", "area.nameEn": "New", "area.level": "city", "area.wave": "1", "area.province": "Sichuan", "area.type": "old_industrial", "area.resourceType": "none" },
        "new area whose Chinese and English city lists differ in length": { mode: "new", "area.code": "newarea", "area.nameZh": "新区", "area.nameEn": "New", "area.level": "city", "area.wave": "1", "area.province": "Sichuan", "area.type": "both", "area.resourceType": "none", "area.yearDesignated": "2020", "area.memberCities": "内江;遂宁", "area.memberCitiesEn": "Neijiang" },
        "new area with member cities of 1 MB": { mode: "new", "area.code": "newarea", "area.nameZh": "新区", "area.nameEn": "New", "area.level": "city", "area.wave": "1", "area.province": "Sichuan", "area.type": "both", "area.resourceType": "none", "area.yearDesignated": "2020", "area.memberCitiesEn": MB },
        "new area designated in year 1800": { mode: "new", "area.code": "newarea", "area.nameZh": "新区", "area.nameEn": "New", "area.level": "city", "area.wave": "1", "area.province": "Sichuan", "area.type": "old_industrial", "area.resourceType": "none", "area.yearDesignated": "1800" },
      }),
    // Unknown fields are ignored: the new account is a pending official whatever the request says.
    valid: () => [{ ok: false }, form({ ...registration(), role: "admin", status: "active", areaId: "1" })],
    validCheck: () => {
      const created = one<{ role: string; status: string }>("select role, status from users order by id desc limit 1");
      expect(created).toEqual({ role: "official", status: "pending" });
    },
  },
  "review.changeStatusAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ areaCode: AREA_A, year: "2020", transition: "submit", comment: "" }), {
        ...years("year"),
        "transition unknown": { transition: "publish" },
        "transition missing": { transition: null },
        "transition of 1 MB": { transition: MB },
        "comment of 1 MB": { comment: MB },
        "area unknown": { areaCode: "nowhere" },
        "area of 1 MB": { areaCode: MB },
        "field comments with submit": { fieldKey: "hte_count", fieldBody: "x" },
        "return with 1,000 field comments": {
          transition: "return",
          fieldKey: Array.from({ length: 1000 }, () => "hte_count"),
          fieldBody: Array.from({ length: 1000 }, () => "x"),
        },
        "return with an unknown indicator": { transition: "return", fieldKey: "nope", fieldBody: "x" },
        "reopen without a reason": { transition: "reopen" },
      }),
    valid: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2020", transition: "submit", comment: "" })],
  },
  "assessments.saveAssessmentsAction": {
    caller: "evaluator",
    cases: () =>
      formCases(assessmentBase, {
        ...years("year"),
        "a year before the scoring window": { year: "2015" },
        "score 3.0": { "score:park_building": "3.0" },
        "score 6": { "score:park_building": "6" },
        "score 0": { "score:park_building": "0" },
        "score of 1 MB": { "score:park_building": MB_DIGITS },
        "score as a file": { "score:park_building": file1() },
        "comment of 1 MB": { "comment:park_building": MB },
        "comment without a score": { "score:park_building": null, "comment:park_building": "why" },
        "area unknown": { areaCode: "nowhere" },
        "area of 1 MB": { areaCode: MB },
      }),
    valid: () => [{ ok: false }, form(assessmentBase())],
  },
  "grades.decideGradeAction": {
    caller: "evaluator",
    cases: () =>
      formCases(gradeBase, {
        ...years("year"),
        "decision unknown": { decision: "maybe" },
        "decision missing": { decision: null },
        "override without a grade or reason": { decision: "override" },
        "override with an unknown grade": { decision: "override", finalGrade: "legendary", reason: "x" },
        "reason of 1 MB": { reason: MB },
        "area unknown": { areaCode: "nowhere" },
        "area of 1 MB": { areaCode: MB },
      }),
    valid: () => [{ ok: false }, form(gradeBase())],
  },
  "official-results.addOfficialResultAction": {
    caller: "evaluator",
    cases: () =>
      formCases(officialBase, {
        ...years("year"),
        "a year before the first evaluation": { year: "2016" },
        "a year still to come": { year: String(new Date().getFullYear() + 1) },
        "city not a number": { city: "abc" },
        "city negative": { city: "-1" },
        "city fractional": { city: "0.5" },
        "city the area does not have": { city: "99" },
        "city as a file": { city: file1() },
        "result unknown": { result: "legendary" },
        "result fair (not an official result)": { result: "fair" },
        "result missing": { result: null },
        "commendation without a field": { result: "commendation" },
        "a grade with a field": { fieldZh: "绿色转型" },
        "field of 1 MB": { result: "commendation", fieldZh: MB },
        "source title missing": { sourceTitle: null },
        "source title blank": { sourceTitle: "   " },
        "source title of 1 MB": { sourceTitle: MB },
        "source address missing": { sourceUrl: null },
        "source address not a web address": { sourceUrl: "javascript:alert(1)" },
        "source address ftp": { sourceUrl: "ftp://example.org/x" },
        "source address without a host": { sourceUrl: "https://" },
        "source address relative": { sourceUrl: "/policy" },
        "source address of 1 MB": { sourceUrl: `https://example.org/${MB}` },
        "source address with a control character": { sourceUrl: "https://example.org/\u0001" },
        "source kind unknown": { sourceKind: "rumour" },
        "note of 1 MB": { noteZh: MB },
        "note with a control character": { noteEn: "a\u0007b" },
        "area unknown": { areaCode: "nowhere" },
        "area of 1 MB": { areaCode: MB },
        // Zigong's 2020 result (good), as published, is on record from the reference data.
        "a result already on record": { year: "2020" },
      }),
    valid: () => [{ ok: false }, form(officialBase())],
  },
  "documents.saveDocumentSettingsAction": {
    caller: "admin",
    cases: () =>
      formCases(documentBase, {
        "issuer missing": { issuerZh: null },
        "issuer blank": { issuerEn: "   " },
        "issuer of 1 MB": { issuerZh: MB },
        "issuer with a control character": { issuerEn: "a\u0001b" },
        "issuer as a file": { issuerZh: file1() },
        "pattern missing": { numberPattern: null },
        "pattern without the counter": { numberPattern: "TM-{year}" },
        "pattern without the year": { numberPattern: "TM-{seq:3}" },
        "pattern with an unknown token": { numberPattern: "{year}-{area}-{seq}" },
        "pattern of 1 MB": { numberPattern: MB },
      }),
    valid: () => [{ ok: false }, form(documentBase())],
  },
  "review.addCommentAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ areaCode: AREA_A, year: "2020", body: "a remark", indicatorKey: "" }), {
        ...years("year"),
        "body of 1 MB": { body: MB },
        "body empty": { body: "   " },
        "body as a file": { body: file1() },
        "indicator unknown": { indicatorKey: "nope" },
        "indicator of 1 MB": { indicatorKey: MB },
        "area unknown": { areaCode: "nowhere" },
      }),
    valid: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2020", body: "a remark", indicatorKey: "" })],
  },
  "calendar.setDeadlinesAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ year: "2029", dataDueOn: "2030-04-15", reviewDueOn: "2030-07-15" }), {
        ...years("year"),
        "a day that does not exist": { dataDueOn: "2030-02-30" },
        "a day written otherwise": { dataDueOn: "15/04/2030" },
        "a day of 1 MB": { reviewDueOn: MB },
        "a day as a file": { dataDueOn: file1() },
        "a day missing": { reviewDueOn: null },
        "data due before the year ends": { dataDueOn: "2029-12-31" },
        "review ending with the data deadline": { reviewDueOn: "2030-04-15" },
        "review ending before the data deadline": { reviewDueOn: "2030-04-01" },
      }),
    valid: () => [{ ok: false }, form({ year: "2029", dataDueOn: "2030-04-15", reviewDueOn: "2030-07-15" })],
  },
  "review.approveCleanYearsAction": {
    caller: "evaluator",
    cases: () =>
      formCases(() => ({ item: "changxing-etdz/2025" }), {
        "no year ticked": { item: null },
        "an item without its year": { item: "changxing-etdz" },
        "an item of 1 MB": { item: MB },
        "an item as a file": { item: file1() },
        "a year of five digits": { item: "changxing-etdz/20250" },
        "51 items": { item: Array.from({ length: 51 }, (_, i) => `area-${i}/2025`) },
      }),
    valid: () => [{ ok: false }, form({ item: "changxing-etdz/2025" })],
    validCheck: (result) => expect(result).toMatchObject({ data: { approved: [{ areaCode: "changxing-etdz", year: 2025 }], skipped: [] } }),
  },
  "attachments.deleteAttachmentAction": {
    caller: "admin",
    cases: () =>
      formCases(() => ({ id: "1" }), {
        "an id not a number": { id: "abc" },
        "a negative id": { id: "-1" },
        "an id of 0": { id: "0" },
        "an id with a fraction": { id: "1.5" },
        "an id of 1 MB of digits": { id: MB_DIGITS },
        "an id as a file": { id: file1() },
        "no id": { id: null },
        "an id that names no file": { id: "999999" },
      }),
    // A file of a year no other suite submits or approves.
    valid: () => {
      const admin = { id: ids.admin!, role: "admin" as const, status: "active" as const, areaId: null };
      const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n%%EOF\n", "latin1"));
      const { id } = addAttachment({ actor: admin, areaCode: AREA_A, year: 2016, indicatorKey: null, fileName: "bad-input.pdf", bytes: pdf });
      return [{ ok: false }, form({ id: String(id) })];
    },
  },
  "notifications.markNotificationsReadAction": {
    caller: "evaluator",
    cases: () =>
      formCases(() => ({ id: "1" }), {
        "an id not a number": { id: "abc" },
        "a negative id": { id: "-1" },
        "an id of 1 MB of digits": { id: MB_DIGITS },
        "an id as a file": { id: file1() },
        "51 ids": { id: Array.from({ length: 51 }, (_, i) => String(i + 1)) },
      }),
    valid: () => [{ ok: false }, form({ all: "1" })],
  },
};

const assessmentBase = (): Fields => ({ areaCode: AREA_A, year: "2024", "score:park_building": "4", "comment:park_building": "a remark" });
/** A valid result not on record: each case makes one field bad, so a check that let it through would write. */
const documentBase = (): Fields => ({ issuerZh: "产业转型升级示范区监测平台", issuerEn: "Monitoring Platform", numberPattern: "TM-{year}-{seq:3}" });
const officialBase = (): Fields => ({ areaCode: AREA_A, year: "2019", city: "0", result: "good", fieldZh: "", fieldEn: "", sourceTitle: "来源", sourceUrl: "https://example.org/n", sourceKind: "press", noteZh: "", noteEn: "" });
const gradeBase = (): Fields => ({ areaCode: AREA_A, year: "2024", decision: "confirm", reason: "" });

const CURRENT_PASSWORD = "bad-input-current-password";
const passwordChange = (): Fields => ({ currentPassword: CURRENT_PASSWORD, newPassword: "quiet-lantern-river-57", confirmPassword: "quiet-lantern-river-57" });

function registration(): Fields {
  return { mode: "claim", name: "New official", email: `bad-input${++serial}@example.cn`, password: "a-long-enough-password", claimAreaCode: AREA_A };
}

function pendingUser(): number {
  const existing = one<{ id: number } | undefined>("select id from users where email like 'pending-review%' and status = 'pending' order by id limit 1");
  if (existing) return existing.id;
  sqlite
    .prepare("insert into users (email, name, password_hash, role, area_id, status) values (?, 'P', 'not-a-hash', 'official', (select id from areas where code = ?), 'pending')")
    .run(`pending-review${++serial}@example.cn`, AREA_A);
  return pendingUser();
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  // A second connection to the same file: it sees every write the app's own connection commits.
  sqlite = new Database(file);
  ids = setUpRoles(sqlite);
  actions = await loadServerActions(import.meta.dirname);
}, 60_000);

afterAll(() => {
  sqlite.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.rmSync(attachmentsDirOf(file), { recursive: true, force: true });
});

describe("bad input on every server action", () => {
  it("has a suite for every server action in lib/actions", () => {
    expect([...actions.keys()].filter((a) => !(a in SUITES)), "server actions without bad-input cases").toEqual([]);
  });

  for (const [name, suite] of Object.entries(SUITES)) {
    describe(name, () => {
      it("refuses each bad input clearly and writes nothing", async () => {
        const act = actions.get(name);
        if (!act) return expect.fail(`no server action ${name}`);
        signInAs(ids, suite.caller);
        const errors = vi.spyOn(console, "error").mockImplementation(() => {});
        try {
          const cases = suite.cases(); // may set up rows (a pending account to review) before the first fingerprint
          let before = fingerprint(sqlite);
          for (const c of cases) {
            cookieJar.set.mockClear();
            let result: unknown;
            try {
              result = await act(...c.args);
            } catch (error) {
              expect.fail(`${c.name}: threw ${String(error)}`);
            }
            // A field named "value:__proto__" once wrote to Object.prototype, breaking every later request.
            expect(Object.keys(Object.prototype), `${c.name}: Object.prototype polluted`).toEqual([]);
            const after = fingerprint(sqlite);
            expect(after, c.name).toEqual(before);
            before = after;
            if (name === "locale.setLocale") {
              expect(cookieJar.set, c.name).not.toHaveBeenCalled();
              continue;
            }
            if (name === "area-code.suggestAreaCode") {
              expect(result, c.name).toBeNull();
              continue;
            }
            expect(result, c.name).toMatchObject({ ok: false });
            const message = (result as { message?: string; fieldErrors?: unknown }).message;
            expect(message === undefined ? (result as { fieldErrors?: unknown }).fieldErrors : message, c.name).toBeTruthy();
            expect(message, c.name).not.toBe("internal");
          }
          // Nothing was logged as an unexpected fault.
          expect(errors).not.toHaveBeenCalled();
        } finally {
          errors.mockRestore();
        }
      }, 60_000);

      it("accepts a valid call (the control)", async () => {
        signInAs(ids, suite.caller);
        const result = await actions.get(name)!(...suite.valid());
        if (name === "area-code.suggestAreaCode") expect(result).toBe("lvliang-edz");
        else if (name !== "locale.setLocale") expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        suite.validCheck?.(result);
      });
    });
  }
});
