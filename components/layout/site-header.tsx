import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations("nav");
  const tr = await getTranslations("review");
  const ta = await getTranslations("audit");
  const ti = await getTranslations("import");
  const link = "rounded-md px-2.5 py-1 text-sm hover:bg-white/10";
  return (
    <header data-site-header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-base font-semibold tracking-wide sm:text-lg">
          {t("appName")}
        </Link>
        <nav aria-label={t("main")} className="flex flex-1 flex-wrap items-center gap-1">
          <Link href="/" className={link}>
            {t("areas")}
          </Link>
          <Link href="/compare" className={link}>
            {t("compare")}
          </Link>
          <Link href="/rankings" className={link}>
            {t("rankings")}
          </Link>
          <Link href="/overview" className={link}>
            {t("overview")}
          </Link>
          <Link href="/policy" className={link}>
            {t("policy")}
          </Link>
          {user?.areaCode && user.role === "official" && (
            <Link href={`/areas/${user.areaCode}`} className={link}>
              {t("myArea")}
            </Link>
          )}
          {user && can(user, "accounts.review") && (
            <Link href="/admin/approvals" className={link}>
              {t("approvals")}
            </Link>
          )}
          {user && can(user, "accounts.manage") && (
            <Link href="/admin/accounts" className={link}>
              {t("accounts")}
            </Link>
          )}
          {user && can(user, "submissions.review") && (
            <Link href="/review" className={link}>
              {tr("nav")}
            </Link>
          )}
          {user && can(user, "audit.read") && (
            <Link href="/audit" className={link}>
              {ta("nav")}
            </Link>
          )}
          {user && (can(user, "values.import") || can(user, "values.export")) && (
            <Link href="/import" className={link}>
              {ti("nav")}
            </Link>
          )}
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch />
          {user ? (
            <>
              <span className="text-sm text-white/90" data-testid="signed-in-as">
                {user.name}
                {user.status === "pending" && ` · ${t("pendingAccount")}`}
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
      </div>
    </header>
  );
}
