"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { deleteAttachmentAction } from "@/lib/actions/attachments";
import type { ActionResult } from "@/lib/actions/result";

/** Removes one evidence file (the server checks who and when, and audits it). */
export function AttachmentRemoveButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("attachments");
  const [state, action, pending] = useActionState<ActionResult, FormData>(deleteAttachmentAction, { ok: false });
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="outline" size="sm" disabled={pending} aria-label={t("removeLabel", { name })}>
        {t("remove")}
      </Button>
      {state.message && !state.ok && (
        <span role="alert" className="text-sm text-red-800">
          {t.has(`errors.${state.message}`) ? t(`errors.${state.message}`) : t("errors.other")}
        </span>
      )}
    </form>
  );
}
