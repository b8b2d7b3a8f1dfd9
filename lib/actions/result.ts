import { z } from "zod";
import { AppError } from "@/lib/errors";

/** What every form action returns: field errors as message codes the UI translates, or one message. */
export type ActionResult<T = undefined> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
};

/** zod issues → { "area.code": ["area_code_format"], ... } */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    (out[path] ??= []).push(issue.message);
  }
  return out;
}

/** Typed errors become a message code; anything else is logged and reported as an internal error. */
export function failure(error: unknown): { ok: false; message: string } {
  if (error instanceof AppError) return { ok: false, message: error.message };
  console.error(error);
  return { ok: false, message: "internal" };
}
