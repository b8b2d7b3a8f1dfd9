import { getTranslations } from "next-intl/server";
import type { IndicatorDef } from "@/db/queries/indicators";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { StatusBadge } from "@/components/progress/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { nationalReferenceLevel, projectionPath, yearlySeries } from "@/lib/domain/chart-paths";
import type { IndicatorProgress } from "@/lib/domain/area-progress";
import type { TargetKind } from "@/lib/domain/indicator";
import type { PlanPeriod } from "@/lib/domain/plan";
import type { SeriesBreak } from "@/lib/domain/series-break";
import type { YearValue } from "@/lib/domain/progress";
import { formatNumber, localName, localUnit } from "@/lib/i18n/localized";

type Props = {
  indicator: IndicatorDef;
  series: YearValue[];
  progress: IndicatorProgress | undefined;
  /** The plan period shown, its national reference for this indicator, and the year the next period begins from. */
  period: PlanPeriod;
  reference: { value: number | null; kind: TargetKind | null } | undefined;
  /** The previous plan period's target for this indicator, drawn beside this period's. */
  previousTarget?: { year: number; value: number } | null;
  /** A break in the indicator's series within the years the chart shows. */
  seriesBreak?: SeriesBreak;
  /** The years of the series not yet approved, ascending: shown to officials, evaluators and administrators, marked provisional. */
  provisionalYears?: readonly number[];
  locale: string;
};

/** One indicator: its chart, its status and the numbers the status was computed from. */
export async function IndicatorCard({ indicator, series, progress, period, reference, previousTarget, seriesBreak, provisionalYears = [], locale }: Props) {
  const t = await getTranslations("progress");
  const tp = await getTranslations("plan");
  const name = localName(indicator, locale);
  const unit = localUnit(indicator, locale);
  const num = (v: number | null, extra = 0) => (v === null ? "—" : formatNumber(v, indicator.decimals + extra, locale));
  const result = progress?.result;
  const target = result?.hasTarget && result.targetValue !== null ? { year: result.targetYear, value: result.targetValue } : null;
  const national = nationalReferenceLevel(reference, series, period);
  const growth = (g: number | null) =>
    g === null ? "—" : result?.form === "linear" ? t("perYearUnits", { value: num(g, 1), unit }) : t("perYearPct", { value: formatNumber(g * 100, 2, locale) });

  return (
    <Card asChild padding="sm">
      <article data-indicator={indicator.key}>
        <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
          <h3 className="text-sm font-semibold leading-snug">
            {name} <span className="font-normal text-slate-600">({unit})</span>
          </h3>
          {result && <StatusBadge status={result.status} hasTarget={result.hasTarget} testId={`status-${indicator.key}`} />}
        </div>
        <IndicatorChart
          testId={`chart-${indicator.key}`}
          hideCaption
          title={name}
          summary={t("chartSummary", { name, points: series.length })}
          unit={unit}
          decimals={indicator.decimals}
          locale={locale === "en" ? "en" : "zh"}
          series={yearlySeries(series)}
          projection={result ? projectionPath(result) : null}
          target={target}
          nationalReference={national}
          periodBoundary={{ year: period.baseYear, label: t("periodFrom", { year: period.baseYear }) }}
          endYear={period.targetYear}
          previousTarget={previousTarget}
          seriesBreak={seriesBreak ? { year: seriesBreak.fromYear, label: tp("seriesBreak") } : null}
          labels={{
            value: t("observed"),
            projection: t("projection"),
            target: t("targetOf", { year: period.targetYear }),
            national: t("national"),
            ...(previousTarget ? { previousTarget: t("targetOf", { year: previousTarget.year }) } : {}),
          }}
        />
        {seriesBreak && (
          <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-950" data-testid={`series-break-${indicator.key}`}>
            {tp("seriesBreakNote", { year: seriesBreak.fromYear, reason: locale === "en" ? seriesBreak.reasonEn : seriesBreak.reasonZh })}{" "}
            <a href={seriesBreak.sourceUrl} className="text-brand-700 underline" rel="noreferrer" target="_blank" title={seriesBreak.source}>
              {tp("seriesBreakSource")}
            </a>
          </p>
        )}
        {result && (
          <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-700 sm:grid-cols-4" data-testid={`numbers-${indicator.key}`}>
            <div>
              <dt className="text-slate-500">{t("base", { year: result.baseYear ?? "—" })}</dt>
              <dd className="tabular-nums">{num(result.baseValue)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("latest", { year: result.latestYear ?? "—" })}</dt>
              <dd className="tabular-nums">
                <span data-testid={`latest-${indicator.key}`}>{num(result.latestValue)}</span>
                {result.latestYear !== null && provisionalYears.includes(result.latestYear) && (
                  <>
                    {" "}
                    <Badge tone="warning" data-testid={`latest-provisional-${indicator.key}`}>
                      {t("provisional")}
                    </Badge>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("target", { year: result.targetYear })}</dt>
              <dd className="tabular-nums" data-testid={`target-${indicator.key}`}>{target ? num(target.value) : t("none")}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("requiredGrowth")}</dt>
              <dd className="tabular-nums">{growth(result.requiredAnnualGrowth)}</dd>
            </div>
          </dl>
        )}
        {provisionalYears.length > 0 && (
          <p className="mt-2 text-xs text-amber-800" data-testid={`provisional-${indicator.key}`}>
            {t("provisionalYears", { years: provisionalYears.join(locale === "en" ? ", " : "、") })}
          </p>
        )}
        {progress?.verdict && (
          <p className="mt-2 text-xs text-slate-700" data-testid={`verdict-${indicator.key}`}>
            {progress.verdict.achievedShare !== null && tp("achievedShare", { share: formatNumber(progress.verdict.achievedShare * 100, 0, locale) })}
            {progress.verdict.achievedShare !== null && " · "}
            {progress.verdict.final ? tp("verdictFinal") : tp("verdictProvisional", { year: period.targetYear })}
          </p>
        )}
        {result && result.status !== "insufficient_data" && result.status !== "no_data_yet" && (
          <details className="mt-2 text-xs text-slate-700">
            <summary className="cursor-pointer text-brand-700">{t("howComputed")}</summary>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              <li>{t("observedGrowth", { value: growth(result.observedGrowth), from: result.baseYear ?? "", to: result.latestYear ?? "" })}</li>
              {result.hasTarget && <li>{t("neededGrowth", { value: growth(result.requiredGrowth) })}</li>}
              {result.ratio !== null && <li>{t("ratio", { value: formatNumber(result.ratio, 2, locale) })}</li>}
              {result.projected !== null && <li>{t("projected", { value: num(result.projected), year: result.targetYear })}</li>}
              <li>{result.hasTarget ? t("thresholds") : t("thresholdsNoTarget")}</li>
            </ul>
          </details>
        )}
      </article>
    </Card>
  );
}
