import { getLocale, getTranslations } from "next-intl/server";
import { BundlePanel } from "@/components/overview/bundle-panel";
import { GradeRules } from "@/components/overview/grade-rules";
import { NationalBriefPanel } from "@/components/overview/national-brief-panel";
import { OverviewTable } from "@/components/overview/overview-table";
import { PeriodResults, type ResultRow } from "@/components/overview/period-results";
import { Pagination } from "@/components/ui/pagination";
import { ScrollToHash } from "@/components/ui/scroll-to-hash";
import { YearLinks } from "@/components/ui/year-links";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { clampPage, pageContaining, pageSlice, parsePage } from "@/lib/domain/pagination";
import { parseAchievementSort, sortByAchievement, type AchievementSort } from "@/lib/domain/period-achievement";
import { asReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import { ClientMessages } from "@/components/layout/client-messages";
import { loadOverview as load } from "./load";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Rows a level's table shows at a time: at national scale each level has some 1,500 areas. */
const PAGE_SIZE = 50;

export async function generateMetadata({ params }: { params: Params }) {
  const { year } = await params;
  return { title: (await getTranslations("overview"))("metaTitle", { year }) };
}

export default async function OverviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const report = await load((await params).year);
  const query = await searchParams;
  // Each level pages on its own (?cityPage=, ?countyPage=); ?area= opens the page that holds the area.
  const pageParam = (level: string) => `${level}Page`;
  const pages = Object.fromEntries(
    report.levels.map(({ level, rows }) => {
      const focus = rows.findIndex((r) => r.code === query.area);
      const asked = query[pageParam(level)] ? parsePage(query[pageParam(level)]) : focus >= 0 ? pageContaining(focus, PAGE_SIZE) : 1;
      return [pageParam(level), clampPage(asked, rows.length, PAGE_SIZE)];
    }),
  );
  // The period's results, in a year that closes a plan period: every area, in the order the address asks.
  const resultsSort = parseAchievementSort(query.resultsSort);
  const resultsAscending = query.resultsDir === "asc";
  const results = report.judged
    ? sortByAchievement(
        report.levels.flatMap(({ level, rows }) => rows.flatMap((r): ResultRow[] => (r.achievement ? [{ code: r.code, names: r.names, level, achievement: r.achievement }] : []))),
        resultsSort,
        resultsAscending,
      )
    : [];
  const resultsPage = clampPage(parsePage(query.resultsPage), results.length, PAGE_SIZE);
  // What the pagers of the levels and of the results keep of the results' order and page.
  const resultsParams = { resultsSort: resultsSort === "share" ? undefined : resultsSort, resultsDir: resultsAscending ? "asc" : undefined, resultsPage: resultsPage > 1 ? resultsPage : undefined };
  const sortHref = (sort: AchievementSort, ascending: boolean) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(pages)) if (v > 1) next.set(k, String(v));
    if (sort !== "share") next.set("resultsSort", sort);
    if (ascending) next.set("resultsDir", "asc");
    const qs = next.toString();
    return `/overview/${report.year}${qs ? `?${qs}` : ""}#period-results`;
  };
  const user = await getCurrentUser();
  const locale = asReportLocale(await getLocale());
  const tt = await getTranslations();
  const t: ReportT = (key, values) => tt(key as never, values as never);
  return (
    <ClientMessages namespaces={["overview.decide", "overview.messages", "overview.bundle", "summary.grades"]}>
      <div className="space-y-5" data-testid="overview-page">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold">{t("overview.title", { year: report.year })}</h1>
          <p className="max-w-4xl text-sm text-slate-700">{t("overview.intro")}</p>
          <nav aria-label={t("overview.years")} className="flex flex-wrap items-center gap-2 text-sm" data-no-print>
            <YearLinks label={t("overview.years")} years={report.years} current={report.year} href={(y) => `/overview/${y}`} text={(y) => t("overview.yearLink", { year: y })} />
          </nav>
        </div>
        <GradeRules t={t} flagged={report.flagged} />
        <NationalBriefPanel year={report.year} locale={locale} t={t} />
        {can(user, "summaries.bundle") && <BundlePanel year={report.year} />}
        {report.judged && (
          <PeriodResults
            rows={pageSlice(results, resultsPage, PAGE_SIZE)}
            total={results.length}
            period={locale === "en" ? report.period.en : report.period.zh}
            year={report.year}
            sort={resultsSort}
            ascending={resultsAscending}
            sortHref={sortHref}
            t={t}
            locale={locale}
          >
            <Pagination
              path={`/overview/${report.year}`}
              params={{ ...pages, ...resultsParams }}
              pageParam="resultsPage"
              page={resultsPage}
              total={results.length}
              pageSize={PAGE_SIZE}
            />
          </PeriodResults>
        )}
        {report.levels.map((level) => {
          const page = pages[pageParam(level.level)]!;
          return (
            <OverviewTable
              key={level.level}
              level={level}
              rows={pageSlice(level.rows, page, PAGE_SIZE)}
              year={report.year}
              judged={report.judged}
              t={t}
              locale={locale}
              canDecide={can(user, "grades.decide")}
            >
              <Pagination path={`/overview/${report.year}`} params={{ ...pages, ...resultsParams }} pageParam={pageParam(level.level)} page={page} total={level.rows.length} pageSize={PAGE_SIZE} />
            </OverviewTable>
          );
        })}
        <ScrollToHash />
      </div>
    </ClientMessages>
  );
}
