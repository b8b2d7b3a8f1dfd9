"use client";

import { useLocale, useTranslations } from "next-intl";
import { SmallMultiples } from "@/components/charts/small-multiples";
import type { SideBySidePayload } from "@/lib/services/compare";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/localized";
import type { IndicatorMeta } from "./indicator-table";

/** 2–6 areas in one table (scores among themselves, then each indicator) plus small-multiple charts. */
export function SideBySide({ payload, labels, indicators }: { payload: SideBySidePayload; labels: Record<string, string>; indicators: IndicatorMeta[] }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const rows = new Map(payload.rankings.data.map((r) => [r.code, r]));
  const num = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? t("noData") : formatNumber(v, d, locale));
  const scoreRows: { label: string; value: (code: string) => string }[] = [
    { label: t("composite"), value: (c) => num(rows.get(c)?.composite) },
    ...(["entity", "factor", "structure"] as const).map((d) => ({ label: t(`dimensions.${d}`), value: (c: string) => num(rows.get(c)?.dimensions[d]) })),
    { label: t("rank"), value: (c) => String(rows.get(c)?.rank ?? "—") },
  ];

  return (
    <div className="space-y-5">
      <TableScroll label={t("sideBySideCaption", { year: payload.rankings.year })}>
        <Table className="min-w-[36rem]" data-testid="side-by-side-table">
          <TableCaption>{t("sideBySideCaption", { year: payload.rankings.year })}</TableCaption>
          <TableHeader>
            <TableRow head className="bg-white">
              <TableHead sticky>{payload.rankings.year}</TableHead>
              {payload.codes.map((c) => (
                <TableHead key={c} numeric className="font-semibold text-slate-900">{labels[c] ?? c}</TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {scoreRows.map((r) => (
              <TableRow key={r.label} className="bg-slate-50">
                <TableRowHeader sticky className="font-medium">{r.label}</TableRowHeader>
                {payload.codes.map((c) => (
                  <TableCell key={c} numeric>{r.value(c)}</TableCell>
                ))}
              </TableRow>
            ))}
            {indicators.map((i) => (
              <TableRow key={i.key}>
                <TableRowHeader sticky className="min-w-40">
                  {i.name} <span className="text-slate-600">({i.unit})</span>
                </TableRowHeader>
                {payload.codes.map((c) => (
                  <TableCell key={c} numeric>{num(rows.get(c)?.indicators[i.key], i.decimals)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <SmallMultiples
        testId="small-multiples"
        locale={locale === "en" ? "en" : "zh"}
        series={payload.codes.map((c) => ({ code: c, label: labels[c] ?? c }))}
        charts={indicators.map((i) => ({ key: i.key, title: i.name, unit: i.unit, decimals: i.decimals, rows: payload.series[i.key] ?? [] }))}
      />
    </div>
  );
}
