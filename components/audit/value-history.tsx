import { useLocale, useTranslations } from "next-intl";
import type { ValueHistoryEntry } from "@/db/queries/audit";
import { formatNumber } from "@/lib/i18n/localized";
import { formatDateTime } from "./format";

type Props = { indicatorKey: string; name: string; decimals: number; entries: ValueHistoryEntry[] };

/** One value's history from the audit trail, newest first, folded away under the field (no script needed). */
export function ValueHistory({ indicatorKey, name, decimals, entries }: Props) {
  const t = useTranslations("audit.history");
  const locale = useLocale();
  const num = (v: number | null) => (v === null ? t("none") : formatNumber(v, decimals, locale));
  return (
    <details className="mt-1 text-xs" data-testid={`history-${indicatorKey}`}>
      <summary className="cursor-pointer text-brand-700 underline" aria-label={t("label", { name, count: entries.length })}>
        {t("summary", { count: entries.length })}
      </summary>
      {entries.length === 0 ? (
        <p className="mt-1 text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="mt-1 space-y-1 border-l-2 border-slate-200 pl-2">
          {entries.map((e, i) => (
            <li key={i} data-testid="history-entry" data-action={e.action}>
              <time dateTime={new Date(e.at).toISOString()} className="tabular-nums text-slate-600">
                {formatDateTime(e.at, locale)}
              </time>{" "}
              · {e.actorName ?? t("system")} · {t(`actions.${e.action}`)}:{" "}
              <span className="tabular-nums">{num(e.before)}</span> → <span className="tabular-nums font-medium">{num(e.after)}</span>
              {e.noteAfter && e.noteAfter !== e.noteBefore && <span className="block text-slate-700">{t("note", { note: e.noteAfter })}</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
