import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReviewQueueRow } from "@/db/queries/review";
import { formatDateTime } from "@/components/audit/format";
import { shortAreaName } from "@/lib/i18n/localized";
import { SubmissionBadge } from "./submission-badge";

/** The queue's rows: one area-year each, with its state, last change and a link to review it. */
export async function QueueTable({ rows }: { rows: ReviewQueueRow[] }) {
  const t = await getTranslations("review");
  const ta = await getTranslations("area");
  const locale = await getLocale();
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600" data-testid="queue-empty">
        {t("queue.none")}
      </p>
    );
  }
  const th = "px-3 py-2 text-left text-xs font-medium text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("queue.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t("queue.area")}</th>
            <th scope="col" className={th}>{t("queue.year")}</th>
            <th scope="col" className={th}>{t("queue.state")}</th>
            <th scope="col" className={th}>{t("queue.lastChange")}</th>
            <th scope="col" className={`${th} text-right`}>{t("queue.values")}</th>
            <th scope="col" className={`${th} text-right`}>{t("queue.flagged")}</th>
            <th scope="col" className={th}><span className="sr-only">{t("queue.open")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const name = shortAreaName(r, locale);
            return (
              <tr key={`${r.areaCode}/${r.year}`} data-testid="queue-row" data-area={r.areaCode} data-year={r.year}>
                <td className="px-3 py-2">
                  <span className="font-medium">{name}</span>
                  <span className="block text-xs text-slate-600">{ta(`levels.${r.level}`)} · {ta(`waves.${r.wave}`)}</span>
                </td>
                <td className="px-3 py-2 tabular-nums">{r.year}</td>
                <td className="px-3 py-2">
                  <SubmissionBadge status={r.status} />
                </td>
                <td className="px-3 py-2 text-slate-700">
                  {r.changedAt ? (
                    <>
                      {formatDateTime(r.changedAt, locale)}
                      {r.changedByName && <span className="block text-xs text-slate-600">{r.changedByName}</span>}
                    </>
                  ) : (
                    <>
                      {formatDateTime(r.updatedAt, locale)}
                      <span className="block text-xs text-slate-600">{t("queue.lastSaved")}</span>
                    </>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{r.values}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.flagged > 0 ? <span className="font-medium text-amber-900">{r.flagged}</span> : 0}</td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/review/${r.areaCode}/${r.year}`} className="text-brand-700 underline" aria-label={t("queue.openLabel", { area: name, year: r.year })}>
                    {t("queue.open")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
