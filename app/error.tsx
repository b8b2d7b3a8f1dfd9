"use client";

import { useTranslations } from "next-intl";

// The layout (header, language switch) survives; the page offers a retry.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6 text-center">
      <h1 className="mb-2 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-700">{t("body")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
