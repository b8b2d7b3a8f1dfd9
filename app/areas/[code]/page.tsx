import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAreaSeries, getNationalReferences, listIndicators, listPlanPeriods, listSeriesBreaks } from "@/lib/services/kept-reads";
import { getAreaProgress, periodFromParam } from "@/lib/services/progress";
import { PeriodSwitch } from "@/components/plan/period-switch";
import { listLatestYearStates } from "@/db/queries/review";
import { AreaFacts } from "@/components/areas/area-facts";
import { GroupTabs } from "@/components/areas/group-tabs";
import { IndicatorCard } from "@/components/areas/indicator-card";
import { StructureCharts } from "@/components/areas/structure-charts";
import { ProgressSummary } from "@/components/progress/progress-summary";
import { OfficialRecordSection } from "@/components/record/official-record-section";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { INDICATOR_GROUPS } from "@/db/schema";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { audienceOfReader, approvedYearsOf } from "@/lib/services/audience";
import { canActOnArea } from "@/lib/auth/area-scope";
import { can } from "@/lib/auth/permissions";
import { isJudged, previousPeriod } from "@/lib/domain/plan";
import { summariseStatuses } from "@/lib/domain/progress";
import { breaksWithin } from "@/lib/domain/series-break";
import { localName } from "@/lib/i18n/localized";

type Params = Promise<{ code: string }>;
type SearchParams = Promise<{ group?: string | string[]; period?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { area } = await loadVisibleArea((await params).code);
  return { title: localName(area, await getLocale()) };
}

export default async function AreaPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { area, user } = await loadVisibleArea((await params).code);
  const { group: asked, period: askedPeriod } = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("area");
  const tg = await getTranslations("groups");
  const ts = await getTranslations("summary");
  const tp = await getTranslations("plan");
  const periods = listPlanPeriods();
  const period = periodFromParam(askedPeriod);
  const periodName = (p: typeof period) => (locale === "zh" ? p.nameZh : p.nameEn);
  // Beside the open period, the verdicts of the one before it (the 14th beside the 15th).
  const before = period.state === "open" ? previousPeriod(periods, period) : null;
  const references = getNationalReferences(period.code);
  const indicators = listIndicators();
  const groups = INDICATOR_GROUPS.map((group) => ({ group, indicators: indicators.filter((i) => i.group === group).length })).filter((g) => g.indicators > 0);
  const group = groups.find((g) => g.group === asked)?.group ?? groups[0]!.group;
  const groupIndicators = indicators.filter((i) => i.group === group);
  // Published means approved: the public sees approved years only; the others every year, those
  // not yet approved marked provisional.
  const audience = audienceOfReader(user);
  const approvedYears = approvedYearsOf(area.id);
  const values = getAreaSeries(area.id, audience);
  const progress = new Map(getAreaProgress(area.id, { period, audience }).map((p) => [p.indicatorKey, p]));
  const progressBefore = before ? getAreaProgress(area.id, { period: before, audience }) : [];
  const verdictsBefore = before ? summariseStatuses(progressBefore.map((p) => p.result)) : null;
  // The previous period's targets, drawn beside this period's on each chart.
  const targetBefore = new Map(
    progressBefore.flatMap(({ indicatorKey, result: r }) => (r.hasTarget && r.targetValue !== null ? [[indicatorKey, { year: r.targetYear, value: r.targetValue }] as const] : [])),
  );
  const seriesBreaks = listSeriesBreaks();
  const provisionalOf = (key: string) => (audience === "full" ? values.filter((v) => v.indicatorKey === key && !approvedYears.has(v.year)).map((v) => v.year) : []);
  const seriesOf = (key: string) => values.filter((v) => v.indicatorKey === key).map((v) => ({ year: v.year, value: v.value }));
  // The break a chart shows: the first within the years it draws (its first value to the period's target year).
  const breakOf = (key: string) => {
    const years = seriesOf(key).map((v) => v.year);
    return years.length > 0 ? breaksWithin(seriesBreaks, key, Math.min(...years), period.targetYear)[0] : undefined;
  };
  const latestYear = values.reduce((max, v) => Math.max(max, v.year), 0) || null;
  const canEdit = canActOnArea(user, "values.write", area);
  const canReview = can(user, "submissions.review");
  const yearStates = listLatestYearStates(area.id, 3);
  const yearHref = (year: number) => (canReview ? `/review/${area.code}/${year}` : canEdit ? `/areas/${area.code}/entry?year=${year}` : null);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{localName(area, locale)}</h1>
          <p className="text-sm text-slate-600">{locale === "en" ? area.nameZh : area.nameEn}</p>
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2" data-no-print>
            <Button asChild size="sm" className="py-2">
              <Link href={`/areas/${area.code}/entry?year=${latestYear ?? new Date().getFullYear() - 1}`}>{t("enterData")}</Link>
            </Button>
            <Button asChild variant="secondary" size="sm" className="py-2">
              <Link href={`/areas/${area.code}/targets?period=${period.code}`}>{t("setTargets")}</Link>
            </Button>
          </div>
        )}
      </div>

      <AreaFacts area={area} latestYear={latestYear} yearStates={yearStates} yearHref={yearHref} />
      {area.status === "active" && latestYear && (
        <p data-no-print>
          <Link href={`/areas/${area.code}/summary`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline" data-testid="summary-link">
            {ts("areaLink")}
          </Link>
        </p>
      )}

      <Card asChild>
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="mb-2 text-lg font-semibold">
            {t("progressHeading")} · {periodName(period)}
          </h2>
          <div className="mb-3" data-no-print>
            <PeriodSwitch label={tp("switchLabel")} periods={periods} current={period} href={(code) => `/areas/${area.code}?period=${code}${group ? `&group=${group}` : ""}`} locale={locale} />
          </div>
          <ProgressSummary summary={summariseStatuses([...progress.values()].map((p) => p.result))} judged={isJudged(period)} testId="area-progress-summary" />
          {before && verdictsBefore && verdictsBefore.total > 0 && (
            <div className="mt-3 border-t border-slate-200 pt-3" data-testid="previous-period-verdicts">
              <h3 className="mb-1 text-sm font-semibold">
                <Link href={`/areas/${area.code}?period=${before.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {tp("verdictsTitle", { period: periodName(before) })}
                </Link>
              </h3>
              <ProgressSummary summary={verdictsBefore} judged={isJudged(before)} />
            </div>
          )}
          <p className="mt-2 text-xs text-slate-600">{t("progressMethod")}</p>
        </section>
      </Card>

      <OfficialRecordSection area={area} user={user} />

      <GroupTabs areaCode={area.code} period={period.code} groups={groups} current={group} />
      <section aria-labelledby="group-heading" className="space-y-3" data-testid="group-section">
        <h2 id="group-heading" className="text-lg font-semibold">{tg(group)}</h2>
        <StructureCharts group={group} values={values} locale={locale} />
        <div className="grid gap-3 md:grid-cols-2">
          {groupIndicators.map((ind) => (
            <IndicatorCard
              key={ind.key}
              indicator={ind}
              series={seriesOf(ind.key)}
              progress={progress.get(ind.key)}
              period={period}
              reference={references.get(ind.key)}
              previousTarget={targetBefore.get(ind.key) ?? null}
              seriesBreak={breakOf(ind.key)}
              provisionalYears={provisionalOf(ind.key)}
              locale={locale}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
