"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/actions/locale";

/** The other language, and switching to it: the choice is kept in a cookie and the page re-rendered. */
export function useLanguageSwitch() {
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "zh" ? "en" : "zh";
  const switchLanguage = () =>
    startTransition(async () => {
      await setLocale(next);
      router.refresh();
    });
  return { pending, switchLanguage, lang: next === "zh" ? "zh-CN" : "en" };
}

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const { pending, switchLanguage, lang } = useLanguageSwitch();

  return (
    <button
      type="button"
      lang={lang}
      disabled={pending}
      onClick={switchLanguage}
      className="rounded-md border border-white/40 px-2.5 py-1 text-sm hover:bg-white/10 disabled:opacity-60"
      data-testid="language-switch"
    >
      {t("switchLanguage")}
    </button>
  );
}
