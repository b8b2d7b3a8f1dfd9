"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getCredentialsByEmail, changeOwnPassword } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { withStrongPassword } from "@/lib/auth/password-strength";
import { clientAddress, throttledSignIn } from "@/lib/auth/rate-limit";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/auth";
import { formAction, type Checked } from "./form-action";

const field = (form: FormData, name: string) => (typeof form.get(name) === "string" ? form.get(name) : undefined);

/** The schema, plus the strength of the new password measured against this account's own email and name. */
function checkChange(raw: unknown, user: CurrentUser): Checked<ChangePasswordInput, string> {
  const schema = withStrongPassword(changePasswordSchema, (v) => ({ password: v.newPassword, personal: [user.email, user.name] }), "newPassword");
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
}

/**
 * A signed-in person changes their own password: the current one, checked under the sign-in limits
 * (so a session left open cannot be used to guess it), then the new one, which must follow the rule
 * of sign-up. Their other sessions end; this one goes on.
 */
export const changePasswordAction = formAction(
  {
    permission: "account.password",
    form: (form) => ({ currentPassword: field(form, "currentPassword"), newPassword: field(form, "newPassword"), confirmPassword: field(form, "confirmPassword") }),
    schema: checkChange,
    revalidate: () => ["/account"],
  },
  async ({ input, user }) => {
    const address = clientAddress(await headers());
    const verified = await throttledSignIn({ email: user.email, address }, async () => {
      const credentials = getCredentialsByEmail(user.email);
      return credentials && (await verifyPassword(input.currentPassword, credentials.passwordHash)) ? true : null;
    });
    if (!verified) throw new AppError("forbidden", "current_password_wrong");
    changeOwnPassword({ userId: user.id, passwordHash: await hashPassword(input.newPassword), keepSessionId: user.sessionId });
    return { message: "password_changed" };
  },
);
