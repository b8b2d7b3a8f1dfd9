import { getLocale, getTranslations } from "next-intl/server";
import type { AuditRecordRow } from "@/db/queries/audit";
import { ChangeList } from "./change-list";
import { formatDateTime } from "./format";

/** One page of audit records: who, when, what, old → new and why. */
export async function AuditTable({ rows }: { rows: AuditRecordRow[] }) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600" data-testid="audit-empty">
        {t("none")}
      </p>
    );
  }
  const th = "px-3 py-2 text-left text-xs font-medium text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t("columns.when")}</th>
            <th scope="col" className={th}>{t("columns.who")}</th>
            <th scope="col" className={th}>{t("columns.what")}</th>
            <th scope="col" className={th}>{t("columns.change")}</th>
            <th scope="col" className={th}>{t("columns.reason")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} data-testid="audit-row" data-entity={r.entity} data-action={r.action} data-key={r.entityKey} className="align-top">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                <time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time>
              </td>
              <td className="px-3 py-2">
                {r.actorName ? (
                  <>
                    <span className="font-medium">{r.actorName}</span>
                    <span className="block text-xs text-slate-600">{r.actorEmail}</span>
                  </>
                ) : (
                  <span className="text-slate-600">{t("system")}</span>
                )}
              </td>
              <td className="px-3 py-2">
                <span className="font-medium">{t.has(`entities.${r.entity}`) ? t(`entities.${r.entity}`) : r.entity}</span> ·{" "}
                {t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}
                <span className="block break-all font-mono text-xs text-slate-700">{r.entityKey}</span>
              </td>
              <td className="px-3 py-2">
                <ChangeList changes={r.changes} />
              </td>
              <td className="px-3 py-2 whitespace-pre-line">{r.reason ?? <span className="text-slate-600">{t("empty")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
