// Where to go after signing in: only somewhere on this site. Shared by the sign-in form (in the
// browser) and next-auth's redirect callback (on the server), so the two never disagree.

/**
 * `raw` resolved against `origin` as the browser would resolve it, as a path on this site; "/" for
 * anything that leads elsewhere. Checking the string's prefix is not enough: browsers read "/\evil"
 * as "//evil" and drop tabs and newlines, so "/\t/evil" is "//evil" too — another site.
 */
export function safeCallbackUrl(raw: unknown, origin: string): string {
  if (typeof raw !== "string" || raw === "") return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin || (target.protocol !== "http:" && target.protocol !== "https:")) return "/";
  const path = target.pathname + target.search + target.hash;
  // A path starting with two slashes would be read as another host when used on its own.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}
