"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Menu, MenuContent, MenuGroup, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";
import { cn } from "@/lib/utils";
import { useLanguageSwitch } from "./language-switch";
import { signOutClearingDrafts } from "./sign-out-button";

/** A link of the navigation; `count` (with its words for screen readers) where something waits there. */
export type NavLink = { href: string; label: string; count?: number; countLabel?: string };

/** The number of items waiting behind a link, as a small badge; read out as words ("（3 项）"). */
export function NavCount({ link }: { link: NavLink }) {
  if (!link.count) return null;
  return (
    <>
      <span aria-hidden="true" data-testid="nav-count" className="ml-1.5 inline-block min-w-5 rounded-full bg-amber-300 px-1.5 text-center text-xs font-semibold text-slate-900 tabular-nums">
        {link.count}
      </span>
      <span className="sr-only"> {link.countLabel}</span>
    </>
  );
}

/** The header on a phone: one button opening the navigation, the language switch and the account. */
export function SiteMenu({ links, userName, className }: { links: NavLink[]; userName: string | null; className?: string }) {
  const t = useTranslations("nav");
  const { pending, switchLanguage, lang } = useLanguageSwitch();
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its links stay focusable (axe: aria-hidden-focus).
    <Menu modal={false}>
      <MenuTrigger
        className={cn("inline-flex items-center gap-1.5 rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium hover:bg-white/10", className)}
        data-testid="site-menu"
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="shrink-0">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        {t("menu")}
      </MenuTrigger>
      <MenuContent align="end" className="w-64">
        {userName && (
          <>
            <MenuLabel data-testid="menu-signed-in-as">{t("signedInAs", { name: userName })}</MenuLabel>
            <MenuSeparator />
          </>
        )}
        <MenuGroup>
          {links.map((l) => (
            <MenuItem key={l.href} asChild>
              <Link href={l.href}>
                {l.label}
                <NavCount link={l} />
              </Link>
            </MenuItem>
          ))}
        </MenuGroup>
        <MenuSeparator />
        <MenuItem
          lang={lang}
          disabled={pending}
          onSelect={switchLanguage}
          data-testid="menu-language-switch"
        >
          {t("switchLanguage")}
        </MenuItem>
        {userName ? (
          <>
            <MenuItem asChild>
              <Link href="/account">{t("account")}</Link>
            </MenuItem>
            <MenuItem onSelect={signOutClearingDrafts}>{t("signOut")}</MenuItem>
          </>
        ) : (
          <>
            <MenuItem asChild>
              <Link href="/login">{t("signIn")}</Link>
            </MenuItem>
            <MenuItem asChild>
              <Link href="/register">{t("register")}</Link>
            </MenuItem>
          </>
        )}
      </MenuContent>
    </Menu>
  );
}
