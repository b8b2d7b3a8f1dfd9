"use client";

import { useTranslations } from "next-intl";
import { formatDateTime } from "@/components/audit/format";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { EntryDraft } from "./entry-draft";

type Props = {
  draft: EntryDraft;
  /** The stored version the form shows: a draft begun on an older one was overtaken by a save since. */
  version: number;
  year: number;
  locale: string;
  onRestore: () => void;
  onDiscard: () => void;
};

/** "Restore the unsaved draft from <time>?" — restoring fills the form; nothing is sent until the official saves. */
export function DraftOffer({ draft, version, year, locale, onRestore, onDiscard }: Props) {
  const t = useTranslations("entry");
  const time = formatDateTime(draft.savedAt, locale);
  const count = new Set([...Object.keys(draft.values), ...Object.keys(draft.notes)]).size + (draft.source !== null ? 1 : 0);
  return (
    <Notice tone="warning" role="region" aria-label={t("draft.label")} data-testid="draft-offer">
      <p>{t("draft.offer", { time, count })}</p>
      {draft.version !== version && <p className="mt-1 font-medium">{t("draft.stale", { year })}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button type="button" size="sm" onClick={onRestore}>
          {t("draft.restore")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
          {t("draft.discard")}
        </Button>
      </div>
    </Notice>
  );
}
