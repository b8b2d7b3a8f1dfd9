import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/csp";

// Runs before every page request and server-action call (not API routes, not static files):
// 1. Sets the Content-Security-Policy with a fresh nonce, on the response and on the request that
//    Next renders (Next takes the nonce from there for its own scripts).
// 2. Answers forged server-action requests (from another site, or larger than Next accepts) with a
//    clear 403/413 before Next's action handler, which would refuse them with a 500.
// 3. Convenience only: sends signed-out visitors of the editing pages to the sign-in page.
//    The security boundary is the permission check in every action, route handler and query.

const SIGN_IN_REQUIRED = [/^\/areas\/[^/]+\/(entry|targets)\/?$/, /^\/admin(\/.*)?$/, /^\/account\/?$/];

/** Next's default `serverActions.bodySizeLimit` (1 MB); keep the two equal if that is ever configured. */
const ACTION_BODY_LIMIT = 1024 * 1024;

const requireSignIn = withAuth({ pages: { signIn: "/login" } });

export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  const csp = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development" });

  const refused = refuseForgedAction(req);
  if (refused) {
    refused.headers.set("Content-Security-Policy", csp);
    return refused;
  }

  if (SIGN_IN_REQUIRED.some((pattern) => pattern.test(req.nextUrl.pathname))) {
    // withAuth answers with a redirect to /login when there is no session, and nothing otherwise.
    const redirect = await requireSignIn(req as NextRequestWithAuth, event);
    if (redirect) {
      redirect.headers.set("Content-Security-Policy", csp);
      return redirect;
    }
  }

  const headers = new Headers(req.headers);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

/**
 * The same checks Next makes on a server-action call (Origin against the host; the body size
 * limit), answered as 403 and 413 with a JSON error. Next's own checks stay in place behind these.
 * Every POST this proxy sees is a server action: pages take no other POST, and /api is not matched.
 * If `serverActions.allowedOrigins` is ever set in next.config.js, allow those origins here too.
 */
function refuseForgedAction(req: NextRequest): NextResponse | null {
  if (req.method !== "POST") return null;
  const origin = req.headers.get("origin");
  if (origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    let from: string | null = null;
    try {
      from = new URL(origin).host;
    } catch {
      // An unreadable Origin counts as another site.
    }
    if (from !== host) return jsonError(403, "forbidden", "Server actions are accepted from this site's own pages only.");
  }
  if (Number(req.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) {
    return jsonError(413, "payload_too_large", "The request is larger than 1 MB.");
  }
  return null;
}

function jsonError(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status });
}

export const config = {
  // Pages (all rendered per request, so each gets its nonce) and the server actions posted to them.
  // API routes get a fixed, stricter policy from next.config.js, and their request bodies (uploads)
  // are not buffered for a proxy.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
