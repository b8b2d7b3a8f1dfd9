"use client";

import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";
import { GroupPicker, type SavedGroupOption } from "@/components/compare/group-picker";
import { groupLabel } from "@/components/compare/group-options";
import type { IndicatorMeta } from "@/components/compare/indicator-table";
import { MethodologyPanel } from "@/components/compare/methodology-panel";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { useUrlState } from "@/components/compare/use-url-state";
import { DIMENSION_SORTS, rankingsQueryFromUrl } from "@/lib/domain/rankings-page";
import { formatNumber, shortAreaName } from "@/lib/i18n/localized";
import { rankingsUrl, useRankings } from "@/lib/query/use-rankings";

export type RankingsViewProps = {
  years: number[];
  indicators: IndicatorMeta[];
  savedGroups: SavedGroupOption[];
  canSaveGroups: boolean;
  defaults: { year: number; group: string };
};

/** Every area of a group, sortable by composite, a dimension or an indicator; state in the URL. */
export function RankingsView({ years, indicators, savedGroups, canSaveGroups, defaults }: RankingsViewProps) {
  const t = useTranslations("rankings");
  const tc = useTranslations("compare");
  const tg = useTranslations("peerGroups");
  const locale = useLocale();
  const url = useUrlState();
  const state = rankingsQueryFromUrl((key) => url.get(key), defaults);
  const { year, group, sort: sortKey } = state;
  const dir = state.dir === "asc" ? 1 : -1;
  // The box follows what is typed at once; the query follows a deferred copy, so typing never waits on it.
  const [search, setSearch] = useState(url.get("q") ?? "");
  const query = useDeferredValue(search.trim().toLowerCase());
  const shownIndicator = state.indicator;
  // Search, sort and paging run on the server over every row: the browser gets the 25 rows it shows.
  const { data, error, isFetching, isPlaceholderData } = useRankings({ ...state, q: query });
  // The rows carry their names, and the methodology those of the areas it lists.
  const nameOf = useMemo(() => {
    const names = new Map(Object.entries(data?.methodology.names ?? {}));
    for (const r of data?.data ?? []) names.set(r.code, r.names);
    return (code: string) => {
      const n = names.get(code);
      return n ? shortAreaName({ nameZh: n.zh, nameEn: n.en }, locale) : code;
    };
  }, [data, locale]);
  const indicator = indicators.find((i) => i.key === shownIndicator);
  const shown = data?.data ?? [];
  const onSearch = (value: string) => {
    setSearch(value);
    url.set({ q: value.trim() || null, page: null });
  };

  // A new order starts again at page 1: page 3 of another order means nothing.
  const sortBy = (key: string) => url.set({ sort: key, dir: key === sortKey && dir === -1 ? "asc" : null, page: null });
  const header = (key: string, label: string) => (
    <TableHead key={key} numeric aria-sort={sortKey === key ? (dir === 1 ? "ascending" : "descending") : "none"}>
      <button type="button" onClick={() => sortBy(key)} className="hover:underline" data-testid={`sort-${key}`}>
        {label}
        {sortKey === key ? (dir === 1 ? " ▲" : " ▼") : ""}
      </button>
    </TableHead>
  );
  const num = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? tc("noData") : formatNumber(v, d, locale));

  return (
    <div className="space-y-4">
      <Card padding="sm" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-no-print>
        <Field id="rankings-year" label={tc("year")}>
          {(control) => (
            <Select {...control} value={year} onChange={(e) => url.set({ year: e.target.value, page: null })} data-testid="year-select">
              {years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="rankings-indicator" label={t("showIndicator")}>
          {(control) => (
            <Select {...control} value={shownIndicator} onChange={(e) => url.set({ indicator: e.target.value || null })} data-testid="indicator-select">
              <option value="">{t("noIndicator")}</option>
              {indicators.map((i) => (
                <option key={i.key} value={i.key}>{i.name}</option>
              ))}
            </Select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <GroupPicker key={group} value={group} valueName={data?.group.name ?? null} onChange={(spec) => url.set({ group: spec, page: null })} savedGroups={savedGroups} canSave={canSaveGroups} />
        </div>
      </Card>

      {data && !data.reporting.enough && (
        <Notice tone="warning" data-testid="reporting-notice">
          {t("notEnoughReported", { reported: data.reporting.reported, members: data.reporting.members, year: data.year, needed: data.reporting.needed })}
        </Notice>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {data ? t("summary", { count: data.total, group: groupLabel(data.group.spec, tg, data.group.name), year: data.year, average: num(data.peerAverage) }) : ""}
          {isFetching ? ` · ${tc("updating")}` : ""}
        </p>
        <div className="flex gap-2" data-no-print>
          <Button asChild variant="outline" size="sm" className="font-normal">
            <a href={rankingsUrl(year, group, { format: "csv" })} data-testid="download-csv" download>
              {t("downloadCsv")}
            </a>
          </Button>
          <Button asChild variant="outline" size="sm" className="font-normal">
            <a href={rankingsUrl(year, group, { format: "xlsx" })} data-testid="download-xlsx" download>
              {t("downloadXlsx")}
            </a>
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3" data-no-print>
        <Field id="rankings-search" label={t("search")} className="w-full sm:w-80">
          {(control) => <Input {...control} type="search" value={search} onChange={(e) => onSearch(e.target.value)} placeholder={t("searchPlaceholder")} data-testid="rankings-search" />}
        </Field>
        <p className="pb-1.5 text-sm text-slate-700" aria-live="polite" data-testid="rankings-matches">
          {data && query ? t("matches", { count: data.matched }) : ""}
        </p>
      </div>
      {error && <Notice className="p-3 text-base">{error.message}</Notice>}

      {data && (
        <TableScroll label={t("caption")}>
          <Table className="min-w-[48rem]" data-testid="rankings-table" aria-busy={isPlaceholderData}>
            <TableCaption>{t("caption")}</TableCaption>
            <TableHeader>
              <TableRow head>
                <TableHead numeric>{tc("rank")}</TableHead>
                <TableHead sticky>{tc("area")}</TableHead>
                {header("composite", tc("composite"))}
                {DIMENSION_SORTS.map((d) => header(d, tc(`dimensionsShort.${d}`)))}
                {header("change", t("change"))}
                {indicator && header(`ind:${indicator.key}`, `${indicator.name} (${indicator.unit})`)}
                <TableHead numeric>{tc("rankRange")}</TableHead>
                <TableHead>{tc("performance")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((r) => (
                <TableRow key={r.code} data-area={r.code}>
                  <TableCell numeric data-testid="rank-cell">{r.rank ?? "—"}</TableCell>
                  <TableRowHeader sticky>
                    <a href={`/compare?area=${r.code}&year=${year}&group=${encodeURIComponent(group)}`} className="text-brand-700 hover:underline">
                      {nameOf(r.code)}
                    </a>
                  </TableRowHeader>
                  <TableCell numeric className="font-semibold" data-testid="composite-cell">{num(r.composite)}</TableCell>
                  {DIMENSION_SORTS.map((d) => (
                    <TableCell key={d} numeric data-testid={`${d}-cell`}>{num(r.dimensions[d])}</TableCell>
                  ))}
                  <TableCell numeric>{r.change === null ? "—" : `${r.change > 0 ? "+" : ""}${num(r.change)}`}</TableCell>
                  {indicator && <TableCell numeric data-testid="indicator-cell">{num(r.indicators[indicator.key], indicator.decimals)}</TableCell>}
                  <TableCell numeric>{r.rankRange ? `${r.rankRange.best}–${r.rankRange.worst}` : "—"}</TableCell>
                  <TableCell>{r.performance ? tc(`performanceGroups.${r.performance}`) : "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.matched === 0 && <p className="p-4 text-center text-slate-600">{t("noMatch")}</p>}
        </TableScroll>
      )}
      {data && <Pagination page={data.page} total={data.matched} pageSize={data.pageSize} onPageChange={(p) => url.set({ page: p > 1 ? String(p) : null })} />}
      {data && (
        <MethodologyPanel
          methodology={data.methodology}
          memberNames={nameOf}
          indicatorName={(key) => indicators.find((i) => i.key === key)?.name ?? key}
          groupName={groupLabel(data.group.spec, tg, data.group.name)}
        />
      )}
    </div>
  );
}
