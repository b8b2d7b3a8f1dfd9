import { getLocale, getTranslations } from "next-intl/server";
import { getNationalReferences, listIndicators, listPlanPeriods } from "@/lib/services/kept-reads";
import { getAreaProgress, periodFromParam } from "@/lib/services/progress";
import { getTargetAidInputs } from "@/lib/services/target-aid";
import { getAreaTargets } from "@/db/queries/targets";
import { getAreaYearState } from "@/db/queries/review";
import { listAreaTargetRequests } from "@/db/queries/target-requests";
import { StatusBadge } from "@/components/progress/status-badge";
import type { TargetFormBase } from "@/components/targets/target-fields";
import { TargetRowForm } from "@/components/targets/target-row-form";
import { TargetRequestForm } from "@/components/targets/target-request-form";
import { TargetRequestList } from "@/components/targets/target-request-list";
import { PeriodSwitch } from "@/components/plan/period-switch";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { canActOnArea } from "@/lib/auth/area-scope";
import { can } from "@/lib/auth/permissions";
import { formatNumber, localName, localUnit } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";
import { AreaBreadcrumb } from "@/components/areas/area-breadcrumb";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata() {
  return { title: (await getTranslations("targets"))("title") };
}

type SearchParams = Promise<{ period?: string | string[] }>;

export default async function TargetsPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: SearchParams }) {
  const { area, user } = await loadVisibleArea((await params).code);
  const t = await getTranslations("targets");
  const tp = await getTranslations("plan");
  const locale = await getLocale();
  if (!canActOnArea(user, "targets.write", area)) {
    return (
      <Notice asChild tone="warning" className="p-4 text-base">
        <p data-testid="not-allowed">{t("notAllowed")}</p>
      </Notice>
    );
  }
  const period = periodFromParam((await searchParams).period);
  const closed = period.state === "closed";
  // A closed period's targets are read-only; an administrator may reopen one, with a reason.
  const reopening = closed && user?.role === "admin";
  // Once the target year's values are submitted, an official's change goes through a request that an
  // evaluator decides; the administrator keeps the direct change, with its reason.
  const targetYear = getAreaYearState(area.id, period.targetYear);
  const locked = targetYear.status === "submitted" || targetYear.status === "approved";
  const requesting = locked && user?.role !== "admin" && can(user, "target_requests.file");
  const requests = listAreaTargetRequests(area.id, period.code);
  const pendingFor = new Set(requests.filter((r) => r.status === "pending").map((r) => r.indicatorKey));
  const indicators = listIndicators().filter((i) => i.direction !== "context");
  const progress = new Map(getAreaProgress(area.id, { period, audience: "full" }).map((p) => [p.indicatorKey, p]));
  const targets = new Map(getAreaTargets(area.id, period.code).map((t) => [t.indicatorKey, t]));
  const references = getNationalReferences(period.code);
  const aids = closed ? null : getTargetAidInputs(area, period);
  const periodName = locale === "zh" ? period.nameZh : period.nameEn;

  return (
    <ClientMessages namespaces={["targets"]}>
      <div className="space-y-5">
        <AreaBreadcrumb area={area} locale={locale} label={t("breadcrumb")} />
        <h1 className="text-2xl font-semibold">
          {t("title")} · {periodName}
        </h1>
        <PeriodSwitch label={tp("switchLabel")} periods={listPlanPeriods()} current={period} href={(code) => `/areas/${area.code}/targets?period=${code}`} locale={locale} />
        {requesting && (
          <Notice tone="neutral" data-testid="targets-locked">
            {t("requests.lockedNotice", { year: period.targetYear, status: t(`requests.submissionStatus.${targetYear.status as "submitted" | "approved"}`) })}
          </Notice>
        )}
        {closed ? (
          <Notice tone="warning" data-testid="period-closed">
            {tp("closedTargets", { period: periodName })}
            {reopening && ` ${tp("adminReopen")}`}
          </Notice>
        ) : (
          <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        )}
        <ul className="space-y-3">
          {indicators.map((ind) => {
            const p = progress.get(ind.key);
            const unit = localUnit(ind, locale);
            const latest = p?.result.latestValue ?? null;
            const target = targets.get(ind.key);
            const reference = references.get(ind.key);
            if (closed && !target) return null;
            // What both target forms are given (set it, or request a change).
            const formBase: TargetFormBase = { areaCode: area.code, period: period.code, defaultBaseYear: period.baseYear, indicatorKey: ind.key, name: localName(ind, locale), unit, growthForm: ind.growthForm };
            const targetLine = target && (
              <p className="text-sm text-slate-700" data-testid={`closed-target-${ind.key}`}>
                {tp(`targetText.${target.kind}`, { value: formatNumber(target.value, ind.decimals, locale), unit, base: target.baseYear, year: target.targetYear })}
                {target.reason ? ` · ${target.reason}` : ""}
              </p>
            );
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
                  {requesting ? (
                    <div className="space-y-2">
                      {targetLine}
                      {pendingFor.has(ind.key) ? (
                        <p className="text-sm text-amber-900" data-testid={`request-pending-${ind.key}`}>
                          {t("messages.request_pending")}
                        </p>
                      ) : (
                        <TargetRequestForm
                          {...formBase}
                          current={target ? { kind: target.kind, value: target.value, baseYear: target.baseYear } : null}
                        />
                      )}
                    </div>
                  ) : closed && target && !reopening ? (
                    targetLine
                  ) : (
                    <>
                      {reference && (
                        <p className="mb-2 text-xs text-slate-600" data-testid={`national-reference-${ind.key}`}>
                          {reference.value === null
                            ? tp("referenceNone", { source: reference.source })
                            : tp(`reference.${reference.kind ?? "absolute"}`, { value: reference.value, unit, source: reference.source })}
                        </p>
                      )}
                      <TargetRowForm
                        {...formBase}
                        current={target ? { kind: target.kind, value: target.value, baseYear: target.baseYear, reason: target.reason ?? "" } : null}
                        suggestion={reference && reference.value !== null && reference.kind !== null ? { kind: reference.kind, value: reference.value } : null}
                        aid={(() => {
                          const inputs = aids?.get(ind.key);
                          return inputs && ind.direction !== "context" ? { direction: ind.direction, targetYear: period.targetYear, ...inputs } : null;
                        })()}
                      />
                    </>
                  )}
                </li>
              </Card>
            );
          })}
        </ul>
        {(locked || requests.length > 0) && <TargetRequestList rows={requests} />}
      </div>
    </ClientMessages>
  );
}
