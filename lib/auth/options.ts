import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getCredentialsByEmail } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { clientAddress, throttledSignIn } from "@/lib/auth/rate-limit";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$2b$10$C/0JaDAv9wiu23jmMp3zceQQQUt6lksfTcjH.u9Uzch7SSzgKqTEm";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
        return throttledSignIn(attempt, async () => {
          if (!parsed.success) return null;
          const user = getCredentialsByEmail(parsed.data.email);
          const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
          // A rejected account cannot sign in; a pending one can, to read.
          if (!user || !ok || user.status === "rejected") return null;
          return { id: String(user.id), name: user.name, email: user.email };
        });
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out (its callbackUrl): only this site.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).href;
    },
    // The token carries only the user id; role, status and area are read fresh on every request.
    jwt({ token, user }) {
      if (user) token.uid = Number(user.id);
      return token;
    },
    session({ session, token }) {
      if (session.user) session.user.id = token.uid;
      return session;
    },
  },
};
