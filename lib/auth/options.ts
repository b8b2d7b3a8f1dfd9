import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { createSession, endSession, isSessionLive } from "@/db/queries/sessions";
import { getCredentialsByEmail, getRejectionReason } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { clientAddress, throttledSignIn } from "@/lib/auth/rate-limit";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { env } from "@/lib/env";
import { DECLINED_PREFIX, signInSchema } from "@/lib/validations/auth";

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$2b$10$C/0JaDAv9wiu23jmMp3zceQQQUt6lksfTcjH.u9Uzch7SSzgKqTEm";

/** Thrown by the jwt callback for a session that has ended: next-auth then clears the cookie and answers "no session". */
export class SessionEnded extends Error {
  constructor(reason: string) {
    super(`session ended: ${reason}`);
    this.name = "SessionEnded";
  }
}

/**
 * The session token's checks, on every use (each page, action and API request, and each
 * /api/auth/session renewal): the token must name a session row that still exists (not signed out,
 * not ended by a password change or a deactivation), of an account that may sign in, and be younger
 * than the absolute lifetime. `authTime` is set once, at sign-in, and carried unchanged through every
 * renewal, so renewing cannot extend a session past it.
 */
export function checkSessionToken(token: { uid?: unknown; sid?: unknown; authTime?: unknown }, now: number): void {
  const { uid, sid, authTime } = token;
  // Tokens issued before sessions had rows carry neither: they end, and their holders sign in again.
  if (typeof uid !== "number" || typeof sid !== "string" || typeof authTime !== "number") throw new SessionEnded("not a session token of this version");
  if (now - authTime >= SESSION_ABSOLUTE_MS) throw new SessionEnded("older than the absolute lifetime");
  if (!isSessionLive(sid, uid, now)) throw new SessionEnded("signed out, ended, or the account may not sign in");
}

export const authOptions: NextAuthOptions = {
  // The idle limit: each use of the session renews the cookie for this long (up to SESSION_ABSOLUTE_MS).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login" },
  // next-auth's cookies are httpOnly and SameSite=Lax; over https they are also Secure and get the
  // __Secure-/__Host- prefixes. Said here rather than left to next-auth's guess from the request.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        const attempt = { email: parsed.success ? parsed.data.email : null, address: clientAddress(req?.headers) };
        // Too many failures for this account or from this address: refused with the same answer
        // (and after the same password hash) as a wrong password.
        const result = await throttledSignIn(attempt, async () => {
          if (!parsed.success) return null;
          const user = getCredentialsByEmail(parsed.data.email);
          const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
          if (!user || !ok) return null;
          // A registration declined with a reason: the applicant, who holds the password, is told
          // why (the one distinct answer, given only for the right password of an account that can
          // do nothing; see docs/security.md).
          if (user.status === "rejected") {
            const reason = getRejectionReason(user.id);
            return reason ? { declined: reason } : null;
          }
          // A pending account can sign in, to read. A deactivated one cannot, and is answered as a
          // wrong password: a distinct answer would confirm to whoever holds the password that it
          // is right (and worth trying elsewhere).
          if (user.status !== "active" && user.status !== "pending") return null;
          return { id: String(user.id), name: user.name, email: user.email };
        });
        if (result && "declined" in result) throw new Error(`${DECLINED_PREFIX}${result.declined}`);
        return result;
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out (its callbackUrl): only this site.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).href;
    },
    // The token carries the user id, its session's id and when the password was checked; role,
    // status and area are read fresh on every request.
    jwt({ token, user }) {
      const now = Date.now();
      if (user) {
        const uid = Number(user.id);
        return { ...token, uid, sid: createSession(uid, now), authTime: now };
      }
      checkSessionToken(token, now);
      return token;
    },
    session({ session, token }) {
      if (session.user) session.user.id = token.uid;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    // Sign-out ends this session on the server too: a copy of its cookie no longer works.
    signOut({ token }) {
      if (typeof token?.sid === "string") endSession(token.sid);
    },
  },
  logger: {
    // An ended session is an answer ("no session"), not a fault: not logged as one. By name, not
    // instanceof: each server bundle has its own copy of this module.
    error(code, metadata) {
      const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (code === "JWT_SESSION_ERROR" && cause instanceof Error && cause.name === "SessionEnded") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
