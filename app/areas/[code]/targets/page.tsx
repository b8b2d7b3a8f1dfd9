import { getLocale, getTranslations } from "next-intl/server";
import { listIndicators } from "@/lib/services/kept-reads";
import { getAreaProgress } from "@/lib/services/progress";
import { getAreaTargets } from "@/db/queries/targets";
import { StatusBadge } from "@/components/progress/status-badge";
import { TargetRowForm } from "@/components/targets/target-row-form";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { canActOnArea } from "@/lib/auth/area-scope";
import { formatNumber, localName, localUnit } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";
import { AreaBreadcrumb } from "@/components/areas/area-breadcrumb";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata() {
  return { title: (await getTranslations("targets"))("title") };
}

export default async function TargetsPage({ params }: { params: Promise<{ code: string }> }) {
  const { area, user } = await loadVisibleArea((await params).code);
  const t = await getTranslations("targets");
  const locale = await getLocale();
  if (!canActOnArea(user, "targets.write", area)) {
    return (
      <Notice asChild tone="warning" className="p-4 text-base">
        <p data-testid="not-allowed">{t("notAllowed")}</p>
      </Notice>
    );
  }
  const indicators = listIndicators().filter((i) => i.direction !== "context");
  const progress = new Map(getAreaProgress(area.id).map((p) => [p.indicatorKey, p]));
  const targets = new Map(getAreaTargets(area.id).map((t) => [t.indicatorKey, t]));

  return (
    <ClientMessages namespaces={["targets"]}>
      <div className="space-y-5">
        <AreaBreadcrumb area={area} locale={locale} label={t("breadcrumb")} />
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <ul className="space-y-3">
          {indicators.map((ind) => {
            const p = progress.get(ind.key);
            const unit = localUnit(ind, locale);
            const latest = p?.result.latestValue ?? null;
            const target = targets.get(ind.key);
            return (
              <Card asChild key={ind.key}>
                <li data-target-row={ind.key}>
                  <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                    <h2 className="text-sm font-semibold">
                      {localName(ind, locale)} <span className="font-normal text-slate-600">({unit})</span>
                    </h2>
                    <div className="flex items-center gap-3 text-xs text-slate-700">
                      <span>
                        {t("latest")}: <span className="tabular-nums">{latest === null ? "—" : `${formatNumber(latest, ind.decimals, locale)} (${p?.result.latestYear})`}</span>
                      </span>
                      {p && <StatusBadge status={p.result.status} hasTarget={p.result.hasTarget} testId={`target-status-${ind.key}`} />}
                    </div>
                  </div>
                  <TargetRowForm
                    areaCode={area.code}
                    indicatorKey={ind.key}
                    name={localName(ind, locale)}
                    unit={unit}
                    growthForm={ind.growthForm}
                    current={target ? { kind: target.kind, value: target.value, baseYear: target.baseYear, reason: target.reason ?? "" } : null}
                    suggestion={ind.nationalRef !== null && ind.nationalRefKind !== null ? { kind: ind.nationalRefKind, value: ind.nationalRef } : null}
                  />
                </li>
              </Card>
            );
          })}
        </ul>
      </div>
    </ClientMessages>
  );
}
