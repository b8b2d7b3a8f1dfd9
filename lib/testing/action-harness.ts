import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";

// Shared by the server-action test suites (permission matrix, bad input): the roles, a fake session
// and a fingerprint of the whole database. Test-only; no app code imports it. It takes the raw
// SQLite handle from the test (only tests and db/queries may import the client).

type Statement = {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
  raw(toggle?: boolean): Statement;
  iterate(...params: unknown[]): IterableIterator<unknown>;
};
export type RawSqlite = { prepare(sql: string): Statement };

export const ROLES = ["anonymous", "viewer", "pendingOfficialA", "officialA", "officialB", "evaluator", "admin"] as const;
export type MatrixRole = (typeof ROLES)[number];

/** Area A is the one every action targets; official B belongs to another area. */
export const AREA_A = "zigong";
export const AREA_B = "tongling";

export const ROLE_LABELS: Record<MatrixRole, string> = {
  anonymous: "anonymous",
  viewer: "viewer",
  pendingOfficialA: "pending official of A",
  officialA: "official of A",
  officialB: "official of B",
  evaluator: "evaluator",
  admin: "admin",
};

/** What the mocked `getServerSession` answers: next-auth's session with the user id, or null. */
export const session: { current: { user: { id: number } } | null } = { current: null };

/** The request's cookies as the mocked `cookies()` lists them: next-auth's session cookie while signed in (getCurrentUser looks for it first). */
export function sessionCookies(): { name: string; value: string }[] {
  return session.current ? [{ name: "next-auth.session-token", value: "mocked" }] : [];
}

export type RoleIds = Record<MatrixRole, number | null>;

/** The demo accounts plus a viewer and a pending official of area A, created here (no demo account has those roles). */
export function setUpRoles(sqlite: RawSqlite): RoleIds {
  const idOf = (email: string) => {
    const row = sqlite.prepare("select id from users where email = ?").get(email) as { id: number } | undefined;
    if (!row) throw new Error(`no user ${email}`);
    return row.id;
  };
  const areaId = (sqlite.prepare("select id from areas where code = ?").get(AREA_A) as { id: number }).id;
  const insert = sqlite.prepare(
    "insert into users (email, name, password_hash, role, area_id, status) values (?, ?, 'not-a-hash', ?, ?, ?) on conflict(email) do nothing",
  );
  insert.run("viewer@matrix.test", "Matrix viewer", "viewer", null, "active");
  insert.run("pending@matrix.test", "Matrix pending official", "official", areaId, "pending");
  return {
    anonymous: null,
    viewer: idOf("viewer@matrix.test"),
    pendingOfficialA: idOf("pending@matrix.test"),
    officialA: idOf(`official.${AREA_A}@demo.local`),
    officialB: idOf(`official.${AREA_B}@demo.local`),
    evaluator: idOf("evaluator@demo.local"),
    admin: idOf("admin@demo.local"),
  };
}

/** What the mocked `headers()` answers: the request as the server stamped it, with the caller's client address. */
export const request: { headers: Headers } = { headers: new Headers() };

/** Signs in as `role`, calling from an address of that role's own (limits per address stay per role). */
export function signInAs(ids: RoleIds, role: MatrixRole) {
  const id = ids[role];
  session.current = id === null ? null : { user: { id } };
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: `192.0.2.${ROLES.indexOf(role) + 1}` });
}

/** Row count and a SHA-256 of every row of every table: equal fingerprints mean nothing was written. */
export function fingerprint(sqlite: RawSqlite): Record<string, string> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations' order by name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const hash = createHash("sha256");
      let count = 0;
      for (const row of sqlite.prepare(`select * from "${name}" order by rowid`).raw(true).iterate()) {
        hash.update(JSON.stringify(row));
        count++;
      }
      return [name, `${count} rows, sha256 ${hash.digest("hex").slice(0, 16)}`];
    }),
  );
}

/** A FormData as a browser would send it; arrays become repeated fields. */
export function form(fields: Record<string, string | Blob | (string | Blob)[]>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) fd.append(name, v);
  return fd;
}

export type ServerAction = (...args: unknown[]) => Promise<unknown>;

/**
 * Every export of every "use server" module in `dir`, as "<file>.<export>": each one is a public POST
 * endpoint that anyone can call with any arguments.
 */
export async function loadServerActions(dir: string): Promise<Map<string, ServerAction>> {
  const actions = new Map<string, ServerAction>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    const source = fs.readFileSync(path.join(dir, name), "utf8");
    if (!/^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(source)) continue;
    const mod = (await import(/* @vite-ignore */ path.join(dir, name))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(mod)) {
      if (typeof value === "function") actions.set(`${name.replace(/\.ts$/, "")}.${exported}`, value as ServerAction);
    }
  }
  return actions;
}
