import { getLocale, getTranslations } from "next-intl/server";
import { listPendingTargetRequests, listRecentlyDecidedTargetRequests } from "@/db/queries/target-requests";
import { formatDateTime } from "@/components/audit/format";
import { ClientMessages } from "@/components/layout/client-messages";
import { RequestChange } from "@/components/targets/target-request-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { shortAreaName } from "@/lib/i18n/localized";
import { DecideTargetRequest } from "./decide-target-request";

/** The review area's list of target change requests waiting for an evaluator, oldest first. */
export async function TargetRequestQueue() {
  const t = await getTranslations("review.targetRequests");
  const tr = await getTranslations("targets.requests");
  const locale = await getLocale();
  const { rows, total } = listPendingTargetRequests();
  const decided = listRecentlyDecidedTargetRequests();
  return (
    <section id="target-requests" className="space-y-3" aria-labelledby="target-requests-title" data-testid="target-request-queue">
      <h2 id="target-requests-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <p className="text-sm text-slate-700" data-testid="target-request-count">
        {t("count", { total })}
      </p>
      {rows.length === 0 ? (
        <Card variant="empty" padding="md">
          {t("none")}
        </Card>
      ) : (
        <ClientMessages namespaces={["review", "targets"]}>
          <ul className="space-y-2">
            {rows.map((r) => {
              const area = shortAreaName({ nameZh: r.areaNameZh, nameEn: r.areaNameEn }, locale);
              const indicator = locale === "zh" ? r.indicatorNameZh : r.indicatorNameEn;
              return (
                <Card asChild padding="sm" key={r.id}>
                  <li className="grid gap-3 text-sm md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" data-testid="pending-target-request" data-area={r.areaCode} data-indicator={r.indicatorKey}>
                    <div className="space-y-1">
                      <p className="font-semibold">
                        {area} · {indicator} · {r.targetYear}
                      </p>
                      <RequestChange row={r} />
                      <p>{tr("reasonLabel", { reason: r.reason })}</p>
                      <p className="text-xs text-slate-600">{tr("by", { name: r.requestedByName, at: formatDateTime(r.requestedAt, locale) })}</p>
                    </div>
                    <DecideTargetRequest requestId={r.id} label={t("noteFor", { area, indicator })} />
                  </li>
                </Card>
              );
            })}
          </ul>
        </ClientMessages>
      )}
      {decided.length > 0 && (
        <>
          <h3 className="pt-2 text-base font-semibold">{t("recent")}</h3>
          <ul className="space-y-2">
            {decided.map((r) => (
              <Card asChild padding="sm" key={r.id}>
                <li className="space-y-1 text-sm" data-testid="decided-target-request" data-area={r.areaCode} data-indicator={r.indicatorKey} data-status={r.status}>
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">
                      {shortAreaName({ nameZh: r.areaNameZh, nameEn: r.areaNameEn }, locale)} · {locale === "zh" ? r.indicatorNameZh : r.indicatorNameEn} · {r.targetYear}
                    </span>
                    <Badge tone={r.status === "approved" ? "success" : "neutral"}>{tr(`status.${r.status}`)}</Badge>
                  </p>
                  <RequestChange row={r} />
                  <p className="text-xs text-slate-600">
                    {tr("decidedBy", { name: r.decidedByName ?? "—", at: r.decidedAt ? formatDateTime(r.decidedAt, locale) : "—" })}
                    {r.decisionNote ? ` · ${tr("noteLabel", { note: r.decisionNote })}` : ""}
                  </p>
                </li>
              </Card>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
