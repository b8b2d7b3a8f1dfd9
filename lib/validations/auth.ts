import { z } from "zod";
import { freeText } from "./text";

export const PASSWORD_MIN_LENGTH = 10;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "email_invalid" })).pipe(z.string().max(200, { error: "too_long" }));
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "password_too_short" })
  .max(200, { error: "too_long" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const newUserSchema = z.object({
  name: freeText().trim().min(1, { error: "required" }).max(100, { error: "too_long" }),
  email: emailSchema,
  password: passwordSchema,
});
