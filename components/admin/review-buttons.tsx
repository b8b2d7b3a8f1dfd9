"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewAccountAction } from "@/lib/actions/approvals";
import type { ActionResult } from "@/lib/actions/result";

export function ReviewButtons({ userId, label }: { userId: number; label: string }) {
  const t = useTranslations("admin");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult, FormData>(reviewAccountAction, { ok: false });
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button name="decision" value="approve" disabled={pending} aria-label={`${t("approve")}: ${label}`} className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
        {t("approve")}
      </button>
      <button name="decision" value="reject" disabled={pending} aria-label={`${t("reject")}: ${label}`} className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {t("reject")}
      </button>
      {state.message && <span className="text-sm text-red-800" role="status">{te.has(state.message) ? te(state.message) : te("internal")}</span>}
    </form>
  );
}
