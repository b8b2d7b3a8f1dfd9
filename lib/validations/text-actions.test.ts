import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A control character typed (or pasted) into any free-text field is refused by the server action
// with the control_characters message, which both languages translate, and nothing is written.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-text-actions-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

vi.mock("next-auth", async () => {
  const { session } = await import("@/lib/testing/action-harness");
  return { getServerSession: async () => session.current };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", async () => {
  const { sessionCookies } = await import("@/lib/testing/action-harness");
  return { cookies: async () => ({ getAll: sessionCookies, get: () => undefined, has: () => false, set: () => {}, delete: () => {} }), headers: async () => new Headers() };
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));

import path from "node:path";
import Database from "better-sqlite3";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { AREA_A, fingerprint, form, loadServerActions, setUpRoles, signInAs, type MatrixRole, type RoleIds, type ServerAction } from "@/lib/testing/action-harness";
import { prepareDatabase } from "@/scripts/prepare-db";

const BELL = "\u0007";
let sqlite: Database.Database;
let ids: RoleIds;
let actions = new Map<string, ServerAction>();

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  sqlite = new Database(file);
  ids = setUpRoles(sqlite);
  actions = await loadServerActions(path.join(import.meta.dirname, "..", "actions"));
}, 60_000);

afterAll(() => {
  sqlite.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

function version(year: number): string {
  const row = sqlite.prepare("select version from area_years where area_id = (select id from areas where code = ?) and year = ?").get(AREA_A, year) as { version: number } | undefined;
  return String(row?.version ?? 0);
}

/** The stored value of hte_count, plus one: a change small enough to need no note. */
function nextValue(year: number): string {
  const row = sqlite.prepare("select value from indicator_values where area_id = (select id from areas where code = ?) and indicator_key = 'hte_count' and year = ?").get(AREA_A, year) as { value: number };
  return String(row.value + 1);
}

/** The message text the UI shows for the code, in a namespace of the messages. */
function translated(messages: unknown, namespace: string): unknown {
  return namespace.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
}

type Case = { action: string; caller: MatrixRole; args: () => unknown[]; expected: Record<string, unknown>; namespace: string };

const CASES: Case[] = [
  {
    action: "review.addCommentAction",
    caller: "admin",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2020", body: `a remark${BELL}`, indicatorKey: "" })],
    expected: { ok: false, fieldErrors: { body: ["control_characters"] } },
    namespace: "review.messages",
  },
  {
    action: "review.changeStatusAction",
    caller: "admin",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2020", transition: "submit", comment: `ready${BELL}` })],
    expected: { ok: false, fieldErrors: { comment: ["control_characters"] } },
    namespace: "review.messages",
  },
  {
    action: "values.saveYearEntryAction",
    caller: "officialA",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2021", version: version(2021), source: "", "value:hte_count": nextValue(2021), "note:hte_count": `note${BELL}` })],
    expected: { ok: false, fieldErrors: { hte_count: [{ code: "control_characters" }] } },
    namespace: "entry.problems",
  },
  {
    action: "values.saveYearEntryAction",
    caller: "officialA",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2021", version: version(2021), source: `bulletin${BELL}`, "value:hte_count": nextValue(2021), "note:hte_count": "" })],
    expected: { ok: false, message: "control_characters" },
    namespace: "entry.messages",
  },
  {
    action: "targets.saveTargetAction",
    caller: "officialA",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, indicatorKey: "hitech_mfg_share", kind: "absolute", value: "25", baseYear: "2020", targetYear: "2025", reason: `plan${BELL}` })],
    expected: { ok: false, fieldErrors: { reason: [{ code: "control_characters" }] } },
    namespace: "targets.problems",
  },
  {
    action: "assessments.saveAssessmentsAction",
    caller: "evaluator",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2024", "score:park_building": "4", "comment:park_building": `fine${BELL}` })],
    expected: { ok: false, fieldErrors: { "aspects.park_building.comment": ["control_characters"] } },
    namespace: "summary.messages",
  },
  {
    action: "grades.decideGradeAction",
    caller: "evaluator",
    args: () => [{ ok: false }, form({ areaCode: AREA_A, year: "2024", decision: "override", finalGrade: "excellent", reason: `because${BELL}` })],
    expected: { ok: false, fieldErrors: { reason: ["control_characters"] } },
    namespace: "overview.messages",
  },
  ...(["sourceTitle", "noteZh", "noteEn", "fieldZh"] as const).map(
    (name): Case => ({
      action: "official-results.addOfficialResultAction",
      caller: "evaluator",
      args: () => [
        { ok: false },
        form({ areaCode: AREA_A, year: "2021", city: "0", result: "commendation", fieldZh: "领域", fieldEn: "", sourceTitle: "来源", sourceUrl: "https://example.org/x", sourceKind: "press", noteZh: "", noteEn: "", [name]: `text${BELL}` }),
      ],
      expected: { ok: false, fieldErrors: { [name]: ["control_characters"] } },
      namespace: "official.messages",
    }),
  ),
  {
    action: "register.registerAction",
    caller: "anonymous",
    args: () => [{ ok: false }, form({ mode: "claim", name: `New${BELL} official`, email: "bell@example.cn", password: "a-long-enough-password", claimAreaCode: AREA_A })],
    expected: { ok: false, fieldErrors: { name: ["control_characters"] } },
    namespace: "errors",
  },
  {
    action: "groups.saveGroupAction",
    caller: "viewer",
    args: () => [{ name: `group${BELL}`, areaCodes: [AREA_A] }],
    expected: { ok: false, fieldErrors: { name: ["control_characters"] } },
    namespace: "compare",
  },
];

describe("a control character in a free-text field", () => {
  it.each(CASES.map((c) => [`${c.action} (${JSON.stringify(c.expected).slice(0, 60)})`, c]))("%s: refused with the message, nothing written", async (_, c) => {
    const act = actions.get(c.action);
    expect(act, c.action).toBeDefined();
    signInAs(ids, c.caller);
    const before = fingerprint(sqlite);
    const result = await act!(...c.args());
    expect(result).toMatchObject(c.expected);
    expect(fingerprint(sqlite)).toEqual(before);
    const key = c.namespace === "compare" ? "groupNameControlCharacters" : "control_characters";
    for (const messages of [zh, en]) expect(translated(messages, `${c.namespace}.${key}`), `${c.namespace}.${key}`).toEqual(expect.any(String));
  });

  it("the same calls without the character are accepted (the control)", async () => {
    signInAs(ids, "admin");
    const comment = await actions.get("review.addCommentAction")!({ ok: false }, form({ areaCode: AREA_A, year: "2020", body: "a remark", indicatorKey: "" }));
    expect(comment, JSON.stringify(comment)).toMatchObject({ ok: true });
    signInAs(ids, "officialA");
    expect(
      await actions.get("values.saveYearEntryAction")!({ ok: false }, form({ areaCode: AREA_A, year: "2021", version: version(2021), source: "bulletin", "value:hte_count": nextValue(2021), "note:hte_count": "" })),
    ).toMatchObject({ ok: true });
  });
});
