"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { ComparePayload } from "@/lib/services/compare";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/localized";

export type IndicatorMeta = { key: string; name: string; unit: string; decimals: number; direction: "higher" | "lower"; dimension: string };
type Row = ComparePayload["indicators"][number];
type SortKey = "name" | "value" | "score" | "rank" | "peerMedian";

/** The area's standing on every scored indicator; sortable by any column. */
export function IndicatorTable({ rows, indicators, nameOf }: { rows: Row[]; indicators: IndicatorMeta[]; nameOf: (code: string) => string }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "score", dir: -1 });
  const meta = useMemo(() => new Map(indicators.map((i) => [i.key, i])), [indicators]);

  const sorted = useMemo(() => {
    const keyOf = (r: Row): string | number | null =>
      sort.key === "name" ? (meta.get(r.indicatorKey)?.name ?? r.indicatorKey) : r[sort.key];
    // Missing values always sort last, whichever the direction.
    return [...rows].sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (typeof x === "string" ? x.localeCompare(String(y), locale) : x - (y as number)) * sort.dir;
    });
  }, [rows, sort, meta, locale]);

  const header = (key: SortKey, label: string, first = false) => (
    <TableHead numeric={!first} sticky={first} aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
      <button type="button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === "name" || key === "rank" ? 1 : -1 }))} className="hover:underline">
        {label}
        {sort.key === key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
      </button>
    </TableHead>
  );
  const num = (v: number | null, d: number) => (v === null ? t("noData") : formatNumber(v, d, locale));

  return (
    <Card asChild padding="sm">
      <section className="space-y-2" aria-labelledby="indicator-table">
        <h3 id="indicator-table" className="text-lg font-semibold">{t("indicatorTable")}</h3>
        <TableScroll label={t("indicatorTable")} className="border-0">
          <Table className="min-w-[40rem]" data-testid="indicator-table">
            <TableHeader>
              <TableRow head className="bg-white">
                {header("name", t("indicator"), true)}
                {header("value", t("value"))}
                {header("score", t("scoreOf100"))}
                {header("rank", t("rankInGroup"))}
                {header("peerMedian", t("peerMedian"))}
                <TableHead numeric>{t("bestPeer")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sorted.map((r) => {
                const m = meta.get(r.indicatorKey);
                const d = m?.decimals ?? 1;
                return (
                  <TableRow key={r.indicatorKey} data-indicator={r.indicatorKey}>
                    <TableRowHeader sticky>
                      {m?.name ?? r.indicatorKey} <span className="text-slate-600">({m?.unit}{m?.direction === "lower" ? ` · ${t("lowerBetter")}` : ""})</span>
                    </TableRowHeader>
                    <TableCell numeric>{num(r.value, d)}</TableCell>
                    <TableCell numeric>{num(r.score, 1)}</TableCell>
                    <TableCell numeric>{r.rank === null ? "—" : `${r.rank}/${r.ranked}`}</TableCell>
                    <TableCell numeric>{num(r.peerMedian, d)}</TableCell>
                    <TableCell className="text-right">{r.best ? `${nameOf(r.best.areaCode)} (${formatNumber(r.best.value, d, locale)})` : "—"}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
      </section>
    </Card>
  );
}
