"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewAccountAction } from "@/lib/actions/approvals";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

export function ReviewButtons({ userId, label }: { userId: number; label: string }) {
  const t = useTranslations("admin");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult, FormData>(reviewAccountAction, { ok: false });
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Button name="decision" value="approve" variant="success" size="sm" disabled={pending} aria-label={`${t("approve")}: ${label}`}>
        {t("approve")}
      </Button>
      <Button name="decision" value="reject" variant="danger" size="sm" disabled={pending} aria-label={`${t("reject")}: ${label}`}>
        {t("reject")}
      </Button>
      {state.message && <span className="text-sm text-red-800" role="status">{te.has(state.message) ? te(state.message) : te("internal")}</span>}
    </form>
  );
}
