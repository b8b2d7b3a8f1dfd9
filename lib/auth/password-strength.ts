import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import type { z } from "zod";
import { passwordSchema } from "@/lib/validations/auth";

// How easily a new password would be guessed, by zxcvbn (@zxcvbn-ts/core): it matches the password
// against dictionaries of common passwords, names and words, keyboard patterns, sequences, repeats and
// dates, and estimates how many guesses an attacker needs. Its dictionaries weigh some 24 MB of heap,
// so they stay on the server (this module is server-only) and are built on the first check, not when
// a page that holds a password form loads.

/** zxcvbn's score from 0 (guessed at once) to 4; below this a new password is refused. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Common Chinese passwords that the English and common dictionaries miss (zxcvbn scores
 * "woaini1314" 3). From D. Wang, P. Wang, D. He, Y. Tian, "Birthday, Name and Bifacial-security:
 * Understanding Passwords of Chinese Web Users", USENIX Security 2019: "woaini1314" ("I love you
 * forever" in Pinyin and digits) and "5201314" (the same in digits) are among the most popular
 * passwords of the leaked Chinese sites studied, and "woaini1314" is rated strong by meters built on
 * English data. Ranked in the order given there.
 */
const CHINESE_COMMON = ["woaini1314", "5201314", "woaini", "1314520"];

/** Words of this product that a password should not lean on (zxcvbn's "user inputs"). */
const PRODUCT_WORDS = ["transformation", "monitor", "demonstration", "shifanqu", "zhuanxing", "demo"];

let factory: ZxcvbnFactory | null = null;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, "chinese-common": CHINESE_COMMON },
    graphs: common.adjacencyGraphs,
    // Feedback comes back as zxcvbn's own keys ("common", "anotherWord"), which the UI translates;
    // its English sentences would show in the Chinese interface.
    translations: keysOf(en.translations),
  });
  return factory;
}

function keysOf<T extends Record<string, Record<string, string>>>(translations: T): T {
  return Object.fromEntries(
    Object.entries(translations).map(([section, messages]) => [section, Object.fromEntries(Object.keys(messages).map((k) => [k, k]))]),
  ) as T;
}

export type PasswordStrength = { ok: true; score: number } | { ok: false; score: number; codes: string[] };

/**
 * Whether a new password is strong enough (score ≥ MIN_PASSWORD_SCORE), and if not, why: the codes
 * are "password_weak", then zxcvbn's warning as "warning:<key>" and its suggestions as
 * "suggestion:<key>" (messages "passwordFeedback.warnings.<key>" and ".suggestions.<key>").
 * `personal` are the account's own words (email, name), which the password should not contain.
 */
export function checkPasswordStrength(password: string, personal: string[] = []): PasswordStrength {
  const inputs = [...PRODUCT_WORDS, ...personal.flatMap(personalWords)];
  const result: ZxcvbnResult = estimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, score: result.score };
  const { warning, suggestions } = result.feedback;
  return {
    ok: false,
    score: result.score,
    codes: ["password_weak", ...(warning ? [`warning:${warning}`] : []), ...suggestions.map((s) => `suggestion:${s}`)],
  };
}

/** An email gives its local part and the words in it as well ("li.ming@x.cn" → "li.ming", "li", "ming"). */
function personalWords(value: string): string[] {
  const lower = value.trim().toLowerCase();
  if (!lower) return [];
  const local = lower.split("@")[0]!;
  return [...new Set([lower, local, ...local.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)])];
}

/**
 * A schema with the strength check added on the server: each code becomes an issue of the password
 * field (`field`), so the form shows why under it. Runs only when the password passed its own
 * checks (length, bytes).
 */
export function withStrongPassword<S extends z.ZodType>(schema: S, read: (value: z.output<S>) => { password: string; personal: string[] }, field = "password"): S {
  return schema.superRefine((value, ctx) => {
    const { password, personal } = read(value as z.output<S>);
    // A password too short or too long already has its message; a strength verdict would only add noise.
    if (!passwordSchema.safeParse(password).success) return;
    const strength = checkPasswordStrength(password, personal);
    if (!strength.ok) for (const code of strength.codes) ctx.addIssue({ code: "custom", message: code, path: [field] });
  }) as unknown as S;
}
