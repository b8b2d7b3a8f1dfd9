"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/actions/locale";

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "zh" ? "en" : "zh";

  return (
    <button
      type="button"
      lang={next === "zh" ? "zh-CN" : "en"}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        })
      }
      className="rounded-md border border-white/40 px-2.5 py-1 text-sm hover:bg-white/10 disabled:opacity-60"
      data-testid="language-switch"
    >
      {t("switchLanguage")}
    </button>
  );
}
