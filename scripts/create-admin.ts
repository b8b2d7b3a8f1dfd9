import { stdin, stdout } from "node:process";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { withStrongPassword } from "@/lib/auth/password-strength";
import { env } from "@/lib/env";
import en from "@/lib/i18n/messages/en.json";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, newUserSchema } from "@/lib/validations/auth";
import { prepareDatabase } from "./prepare-db";

// `npm run create-admin -- --email a@b.cn --name "Name" --password "…"` — creates an active admin
// account. Flags left out are asked for on the terminal (the password without echo).

const MESSAGES: Record<string, string> = {
  email_invalid: "not a valid email address",
  password_too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  password_too_long_bytes: `must be at most ${PASSWORD_MAX_BYTES} bytes in UTF-8 (a Chinese character takes 3)`,
  password_weak: "is too easy to guess",
  required: "is required",
  too_long: "is too long",
};

/** A code of the schema, or of the strength check ("warning:common"), in words. */
function inWords(code: string): string {
  const [kind, key] = code.split(":");
  const feedback = en.passwordFeedback as { warnings: Record<string, string>; suggestions: Record<string, string> };
  if (kind === "warning" && key) return feedback.warnings[key] ?? key;
  if (kind === "suggestion" && key) return feedback.suggestions[key] ?? key;
  return MESSAGES[code] ?? code;
}

// The same rule as sign-up and the account page: long enough, at most 72 bytes, hard to guess.
const adminSchema = withStrongPassword(newUserSchema, (input) => ({ password: input.password, personal: [input.email, input.name] }));

function fail(message: string): never {
  console.error(`create-admin: ${message}`);
  process.exit(1);
}

// Lines are read through one iterator (rl.question drops lines that arrive piped, all at once).
// Typed characters are echoed through `output`; muting it hides the password.
function promptReader() {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: stdin, output, terminal: stdin.isTTY === true });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string, hidden = false) => {
    stdout.write(question);
    muted = hidden;
    try {
      const line = await lines.next();
      if (line.done) throw new Error("input ended before all answers were given");
      return line.value;
    } finally {
      if (hidden) stdout.write("\n");
      muted = false;
    }
  };
  return { ask, close: () => rl.close() };
}

async function readInput() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
    strict: true,
  });
  if (values.email !== undefined && values.name !== undefined && values.password !== undefined) {
    return { email: values.email, name: values.name, password: values.password };
  }
  const reader = promptReader();
  try {
    const email = values.email ?? (await reader.ask("Email: "));
    const name = values.name ?? (await reader.ask("Name: "));
    const password = values.password ?? (await reader.ask(`Password (${PASSWORD_MIN_LENGTH} characters to ${PASSWORD_MAX_BYTES} bytes, hard to guess): `, true));
    return { email, name, password };
  } finally {
    reader.close();
  }
}

async function main() {
  let raw: { email: string; name: string; password: string };
  try {
    raw = await readInput();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const parsed = adminSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = Object.entries(z.flattenError(parsed.error).fieldErrors).map(
      ([field, codes]) => `${field} ${(codes ?? []).map(inWords).join(", ")}`,
    );
    fail(problems.join("; "));
  }
  const input = parsed.data;

  await prepareDatabase(env.databaseFile, { demo: false, fresh: false });
  const { db, sqlite } = openDatabase(env.databaseFile);
  try {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (existing) fail(`a user with email ${input.email} already exists`);
    const passwordHash = await hashPassword(input.password);
    const created = db
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, role: "admin", status: "active" })
      .returning({ id: users.id })
      .get();
    console.log(`create-admin: admin ${input.email} created (id ${created.id})`);
  } finally {
    sqlite.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
