import "server-only";
import { z } from "zod";
import { getAreaByCode } from "@/db/queries/areas";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError, toErrorResponse } from "@/lib/errors";

// What Next passes as the second argument: every route's params fit this, static routes' too.
type SegmentParams = Record<string, string | string[] | undefined>;
type RouteContext = { params: Promise<SegmentParams> };

type InputSchema = z.ZodType<unknown, Record<string, unknown>>;
const noInput = z.object({});

export type ApiRouteOptions<P extends InputSchema, Q extends InputSchema> = {
  /** Checked for every request, signed in or not; anonymous visitors hold only what permissions.ts grants them. */
  permission: Permission;
  params?: P;
  query?: Q;
};

export type ApiHandlerArgs<P extends InputSchema, Q extends InputSchema> = {
  req: Request;
  params: z.output<P>;
  query: z.output<Q>;
  user: CurrentUser | null;
};

/**
 * The one wrapper of the API's route handlers: refuses a cross-site write, reads the session, checks
 * the permission, parses path and query parameters with zod, and turns every thrown error into a
 * JSON response.
 */
export function apiRoute<P extends InputSchema = typeof noInput, Q extends InputSchema = typeof noInput>(
  options: ApiRouteOptions<P, Q>,
  handler: (args: ApiHandlerArgs<P, Q>) => Response | Promise<Response>,
): (req: Request, ctx: RouteContext) => Promise<Response> {
  return async (req, ctx) => {
    try {
      if (isCrossSiteWrite(req)) throw new AppError("forbidden", "Requests that change something are accepted from this site's own pages only.");
      const user = await getCurrentUser();
      if (!can(user, options.permission)) throw new AppError(user ? "forbidden" : "unauthenticated");
      // Static routes get a params promise that resolves to undefined.
      const params = parseInput(options.params ?? noInput, (await ctx?.params) ?? {}) as z.output<P>;
      const query = parseInput(options.query ?? noInput, firstValues(new URL(req.url).searchParams)) as z.output<Q>;
      return await handler({ req, params, query, user });
    } catch (error) {
      return toErrorResponse(error instanceof z.ZodError ? badRequest(error) : error);
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * Whether a request that may change something (any method but GET and HEAD) comes from another
 * site's page. The browser sends the session cookie with such a request too (a form posted to us, or
 * a fetch the cookie's SameSite=Lax does not stop in every case), so every route refuses it here
 * rather than each remembering to. A browser names the page's origin in `Origin` on every such
 * request; older ones may send only `Sec-Fetch-Site` or `Referer`. A request with none of the three
 * is not a browser's (a script, curl), and cross-site forgery needs a browser.
 */
export function isCrossSiteWrite(req: Request): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const origin = req.headers.get("origin");
  if (origin !== null) return hostOf(origin) !== host;
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite !== "same-origin";
  const referer = req.headers.get("referer");
  if (referer !== null) return hostOf(referer) !== host;
  return false;
}

/** The host (and port) of a URL; null for "null" or anything unreadable, which then counts as another site. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function parseInput(schema: InputSchema, input: unknown): unknown {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error);
  return parsed.data;
}

// A repeated parameter (`?year=2020&year=2021`) counts once, by its first value, as URLSearchParams.get does.
function firstValues(searchParams: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of searchParams) if (!(key in values)) values[key] = value;
  return values;
}

function badRequest(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  return new AppError("bad_request", message || "Invalid request", { issues });
}

/** The active area with this code, or the API's 404: pending and rejected areas are not public. */
export function requireActiveArea(code: string) {
  const area = getAreaByCode(code);
  if (!area) throw new AppError("not_found", `Unknown area: ${code}`);
  return area;
}
