import Link from "next/link";
import type { ReactNode } from "react";
import type { AchievementSort } from "@/lib/domain/period-achievement";
import { fmtPercent, type ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import type { Achievement } from "@/lib/domain/period-achievement";
import type { Level, OverviewRow } from "@/lib/services/overview";
import { shortAreaName } from "@/lib/i18n/localized";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";

export type ResultRow = Pick<OverviewRow, "code" | "names"> & { level: Level; achievement: Achievement };

type Props = {
  /** The page of rows shown, already in the order asked for. */
  rows: ResultRow[];
  total: number;
  /** The name of the plan period the year closes. */
  period: string;
  year: number;
  sort: AchievementSort;
  ascending: boolean;
  /** The address of this page with another order (the overview keeps its other parameters). */
  sortHref: (sort: AchievementSort, ascending: boolean) => string;
  t: ReportT;
  locale: ReportLocale;
  children?: ReactNode;
};

/**
 * Every area's targets of the plan period the year closes: met, missed, without a target-year value,
 * and the share of its judged targets met. Each column header orders the list (a link, so it works
 * without JavaScript and the address keeps the order).
 */
export function PeriodResults({ rows, total, period, year, sort, ascending, sortHref, t, locale, children }: Props) {
  const th = "whitespace-nowrap py-1.5 text-slate-900";
  const header = (key: AchievementSort) => {
    const active = key === sort;
    return (
      <TableHead numeric className={th} aria-sort={active ? (ascending ? "ascending" : "descending") : "none"}>
        <Link href={sortHref(key, active && !ascending)} className="text-brand-700 hover:underline" data-testid={`results-sort-${key}`}>
          {t(`overview.periodResults.columns.${key}`)}
          {active ? (ascending ? " ▲" : " ▼") : ""}
        </Link>
      </TableHead>
    );
  };
  return (
    <section aria-labelledby="period-results" className="space-y-2" data-testid="period-results">
      <h2 id="period-results" className="text-lg font-semibold">
        {t("overview.periodResults.heading", { period, count: total })}
      </h2>
      <p className="max-w-4xl text-sm text-slate-700">{t("overview.periodResults.intro")}</p>
      <TableScroll label={t("overview.periodResults.caption", { year })}>
        <Table>
          <TableCaption>{t("overview.periodResults.caption", { year })}</TableCaption>
          <TableHeader>
            <TableRow head className="border-slate-300 bg-brand-50">
              <TableHead sticky className={th}>{t("overview.columns.area")}</TableHead>
              <TableHead className={th}>{t("overview.periodResults.columns.level")}</TableHead>
              {header("met")}
              {header("missed")}
              {header("insufficient")}
              {header("share")}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => {
              const a = r.achievement;
              return (
                <TableRow key={r.code} data-area={r.code} data-testid="period-result">
                  <TableRowHeader sticky className="min-w-32">
                    <Link href={`/areas/${r.code}/summary/${year}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {shortAreaName({ nameZh: r.names.zh, nameEn: r.names.en }, locale)}
                    </Link>
                  </TableRowHeader>
                  <TableCell className="whitespace-nowrap">{t(`peerGroups.level.${r.level}`)}</TableCell>
                  <TableCell numeric data-testid="result-met">{a.met}</TableCell>
                  <TableCell numeric data-testid="result-missed">{a.missed}</TableCell>
                  <TableCell numeric data-testid="result-insufficient">{a.insufficient}</TableCell>
                  <TableCell numeric className="whitespace-nowrap font-semibold" data-testid="result-share">
                    {a.share === null ? "—" : fmtPercent(a.met, a.met + a.missed, locale)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableScroll>
      {children}
    </section>
  );
}
