"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import type { ActionResult } from "@/lib/actions/result";

export type NotificationItem = { id: number; text: string; when: string; href: string };

/** Unread entries, each with its own "mark read" button, and one for all. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const t = useTranslations("todo");
  const [state, action, pending] = useActionState<ActionResult, FormData>(markNotificationsReadAction, { ok: false });
  return (
    <div className="space-y-2">
      <ul className="space-y-1.5 text-sm">
        {items.map((n) => (
          <li key={n.id} data-testid="notification" className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-sky-200 bg-sky-50 px-3 py-2">
            <Link href={n.href} className="font-medium text-brand-700 underline">{n.text}</Link>
            <span className="text-xs text-slate-600">{n.when}</span>
            <form action={action} className="ml-auto">
              <input type="hidden" name="id" value={n.id} />
              <Button type="submit" variant="outline" size="sm" disabled={pending} aria-label={t("markReadOne", { text: n.text })}>
                {t("markRead")}
              </Button>
            </form>
          </li>
        ))}
      </ul>
      {items.length > 1 && (
        <form action={action}>
          <input type="hidden" name="all" value="1" />
          <Button type="submit" variant="secondary" size="sm" disabled={pending}>
            {t("markAllRead")}
          </Button>
        </form>
      )}
      {state.message && !state.ok && (
        <p role="status" className="text-sm text-red-800">{t("markReadFailed")}</p>
      )}
    </div>
  );
}
