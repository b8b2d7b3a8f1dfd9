"use client";

import { useTranslations } from "next-intl";
import { formatDateTime } from "@/components/audit/format";
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
    <div role="region" aria-label={t("draft.label")} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="draft-offer">
      <p>{t("draft.offer", { time, count })}</p>
      {draft.version !== version && <p className="mt-1 font-medium">{t("draft.stale", { year })}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onRestore} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
          {t("draft.restore")}
        </button>
        <button type="button" onClick={onDiscard} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
          {t("draft.discard")}
        </button>
      </div>
    </div>
  );
}
