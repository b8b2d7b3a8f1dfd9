import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError, toActionFailure } from "@/lib/errors";
import type { ActionResult } from "./result";

// The one wrapper of the server actions, as apiRoute (lib/api/handler.ts) is of the route handlers.
// A server action is a public POST endpoint: whatever a form offers, a forged request can send
// anything in its place. Every action takes the same steps in the same order — signed in, a form,
// the permission, the schema, the handler — and answers with one ActionResult.

/** null: a public action (sign-up, the language), which anyone may call, signed in or not. */
type Guard = Permission | null;
type UserOf<G extends Guard> = null extends G ? CurrentUser | null : CurrentUser;

/** The outcome of a check that needs more than a schema (the catalogue, last year's values). */
export type Checked<O, P> = { ok: true; data: O } | { ok: false; fieldErrors: Record<string, P[]>; formError?: string };

/** A page a success changes: a path, or [path, "layout"] for everything below it. */
type Revalidation = string | [path: string, type: "layout"];

type Options<G extends Guard, O, P> = {
  /** Checked after sign-in and before the input is parsed. */
  permission: G;
  /**
   * The input's schema (the form's own: its messages are the codes the UI translates), or a check
   * that reads the database; a check of one area's data reads it through the caller's area scope.
   */
  schema: z.ZodType<O> | ((raw: unknown, user: UserOf<G>) => Checked<O, P>);
  revalidate?: (input: O) => Revalidation[];
};

type FormOptions<G extends Guard, O, P> = Omit<Options<G, O, P>, "permission"> & {
  /** Or, where the form names what it asks for (a review transition), the permission it then needs. */
  permission: G | ((form: FormData) => G);
  /** Reads the form's fields into the shape the schema expects; fields it does not name are ignored. */
  form: (form: FormData) => unknown;
};

/** What a handler answers on success: a message code, and data for the page. */
type Done<T> = void | { message?: string; data?: T };
type Handler<G extends Guard, O, T> = (args: { input: O; user: UserOf<G> }) => Done<T> | Promise<Done<T>>;

/** An action that a form posts (through useActionState): `(previous result, form data)`. */
export function formAction<G extends Guard, O, T = undefined, P = string>(
  options: FormOptions<G, O, P>,
  handler: Handler<G, O, T>,
): (previous: ActionResult<T, P>, form: FormData) => Promise<ActionResult<T, P>> {
  const { permission, form } = options;
  return (_previous, data) =>
    run(options, handler, () => {
      // The argument is whatever the request encodes, not necessarily a form.
      if (!(data instanceof FormData)) return null;
      return { permission: typeof permission === "function" ? permission(data) : permission, raw: form(data) };
    });
}

/** An action that a component calls with a value (a peer group, a language) rather than a form. */
export function inputAction<G extends Guard, S extends z.ZodType, T = undefined>(
  options: Options<G, z.output<S>, string> & { schema: S },
  handler: Handler<G, z.output<S>, T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (input) => run(options, handler, () => ({ permission: options.permission, raw: input }));
}

async function run<G extends Guard, O, T, P>(
  options: Omit<Options<G, O, P>, "permission"> & { permission: unknown },
  handler: Handler<G, O, T>,
  read: () => { permission: G; raw: unknown } | null,
): Promise<ActionResult<T, P>> {
  let input: O;
  let done: Done<T>;
  try {
    const user = (await getCurrentUser()) as UserOf<G>;
    if (options.permission !== null && !user) throw new AppError("unauthenticated");
    const request = read();
    if (!request) return { ok: false, message: "invalid_form" };
    if (request.permission !== null && !can(user, request.permission)) throw new AppError("forbidden");
    const checked = check(options.schema, request.raw, user);
    if (!checked.ok) return { ok: false, message: checked.formError ?? "fix_fields", fieldErrors: checked.fieldErrors };
    input = checked.data;
    done = await handler({ input, user });
  } catch (error) {
    return toActionFailure(error);
  }
  // Outside the try, as next-learn's dashboard does: the write has committed by now, and a fault in
  // refreshing pages must not be answered as "nothing was saved" (which invites a second save).
  for (const page of options.revalidate?.(input) ?? []) {
    if (typeof page === "string") revalidatePath(page);
    else revalidatePath(...page);
  }
  return { ok: true, ...done };
}

function check<O, P, U>(schema: z.ZodType<O> | ((raw: unknown, user: U) => Checked<O, P>), raw: unknown, user: U): Checked<O, P> {
  if (typeof schema === "function") return schema(raw, user);
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) as Record<string, P[]> };
}

/** zod issues → { "area.code": ["area_code_format"], ... }: each message is a code the UI translates. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    (out[path] ??= []).push(issue.message);
  }
  return out;
}
