import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getTodoCounts } from "@/lib/services/todo";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";
import { NavCount, SiteMenu, type NavLink } from "./site-menu";

const link = "rounded-md px-2.5 py-1 text-sm hover:bg-white/10";

/**
 * The header on every page. From 640 px: the navigation, language switch and account in a row.
 * Below: the site's name and one menu button that holds all of them, so the header is one line.
 */
export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations("nav");
  const tr = await getTranslations("review");
  const ta = await getTranslations("audit");
  const ti = await getTranslations("import");
  // The counts of what waits for this person: a few small queries, only for officials and reviewers.
  const counts = getTodoCounts(user);
  const counted = (count: number) => (count > 0 ? { count, countLabel: t("countLabel", { count }) } : {});
  const links: NavLink[] = [
    ...(counts ? [{ href: "/todo", label: t("todo"), ...counted(counts.todo) }] : []),
    { href: "/", label: t("areas") },
    { href: "/compare", label: t("compare") },
    { href: "/rankings", label: t("rankings") },
    { href: "/overview", label: t("overview") },
    { href: "/policy", label: t("policy") },
    ...(user?.areaCode && user.role === "official" ? [{ href: `/areas/${user.areaCode}`, label: t("myArea") }] : []),
    ...(user && can(user, "accounts.review") ? [{ href: "/admin/approvals", label: t("approvals"), ...counted(counts?.approvals ?? 0) }] : []),
    ...(user && can(user, "accounts.manage") ? [{ href: "/admin/accounts", label: t("accounts") }] : []),
    ...(user && can(user, "documents.configure") ? [{ href: "/admin/documents", label: t("documents") }] : []),
    ...(user && can(user, "calendar.manage") ? [{ href: "/admin/calendar", label: t("calendar") }] : []),
    ...(user && can(user, "submissions.review") ? [{ href: "/review", label: tr("nav"), ...counted(counts?.review ?? 0) }] : []),
    ...(user && can(user, "audit.read") ? [{ href: "/audit", label: ta("nav") }] : []),
    ...(user && (can(user, "values.import") || can(user, "values.export")) ? [{ href: "/import", label: ti("nav") }] : []),
  ];
  const userName = user ? `${user.name}${user.status === "pending" ? ` · ${t("pendingAccount")}` : ""}` : null;
  return (
    <header data-site-header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-4 gap-y-2 px-4 py-3 sm:flex-wrap">
        <Link href="/" className="min-w-0 truncate text-base font-semibold tracking-wide sm:text-lg">
          {t("appName")}
        </Link>
        <nav aria-label={t("main")} className="hidden flex-1 flex-wrap items-center gap-1 sm:flex">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className={link}>
              {l.label}
              <NavCount link={l} />
            </Link>
          ))}
        </nav>
        <div className="hidden flex-wrap items-center gap-2 sm:flex">
          <LanguageSwitch />
          {user ? (
            <>
              <span className="text-sm text-white/90" data-testid="signed-in-as">
                {userName}
              </span>
              <Link href="/account" className={link}>
                {t("account")}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/login" className={link}>
                {t("signIn")}
              </Link>
              <Link href="/register" className={link}>
                {t("register")}
              </Link>
            </>
          )}
        </div>
        <SiteMenu links={links} userName={userName} className="ml-auto shrink-0 sm:hidden" />
      </div>
    </header>
  );
}
