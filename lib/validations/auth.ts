import { z } from "zod";
import { freeText } from "./text";

export const PASSWORD_MIN_LENGTH = 10;
/**
 * bcrypt reads the first 72 bytes of a password and ignores the rest, so a longer password would be
 * no stronger than its first 72 bytes, and those alone would sign in. Longer ones are refused. In
 * UTF-8 an ASCII character takes 1 byte and a Chinese character 3.
 */
export const PASSWORD_MAX_BYTES = 72;

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "email_invalid" })).pipe(z.string().max(200, { error: "too_long" }));

/**
 * A new password: its length in characters and bytes. How easily it would be guessed is checked on
 * the server on top of this (lib/auth/password-strength.ts), where the dictionaries are.
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "password_too_short" })
  .refine((p) => utf8Length(p) <= PASSWORD_MAX_BYTES, { error: "password_too_long_bytes" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const newUserSchema = z.object({
  name: freeText().trim().min(1, { error: "required" }).max(100, { error: "too_long" }),
  email: emailSchema,
  password: passwordSchema,
});

/** The account page's form: the current password, and the new one typed twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }).max(200, { error: "too_long" }),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(200, { error: "too_long" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { error: "password_mismatch", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { error: "password_unchanged", path: ["newPassword"] });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** The sign-in error of a declined registration: this prefix, then the reason the administrator gave. */
export const DECLINED_PREFIX = "declined:";
