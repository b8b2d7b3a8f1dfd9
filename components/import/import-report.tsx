"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ImportResult } from "@/lib/import/types";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableScroll } from "@/components/ui/table";
import { describeFlag, describeProblem } from "./describe";
import type { IndicatorLabel } from "./types";

/** The problems (row, column, what is wrong) and the flags of one checked or imported file. */
export function ImportReport({ result, labels }: { result: ImportResult; labels: Map<string, IndicatorLabel> }) {
  const t = useTranslations("import");
  const locale = useLocale();
  const cell = "align-top";
  return (
    <div className="space-y-4">
      {result.problems.length > 0 && (
        <TableScroll label={t("problems.heading")} className="border-0">
          <Table className="min-w-[36rem]" data-testid="import-problems">
            <caption className="mb-1 text-left font-semibold text-red-900">
              {t("problems.heading")}
              {result.truncated.problems && ` · ${t("summary.truncated", { shown: result.problems.length, total: result.summary.problems })}`}
            </caption>
            <TableHeader>
              <TableRow head className="bg-white">
                <TableHead sticky>{t("problems.row")}</TableHead>
                <TableHead>{t("problems.column")}</TableHead>
                <TableHead>{t("problems.problem")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.problems.map((p, i) => (
                <TableRow key={i} data-testid="import-problem" data-row={p.row} data-column={p.column ?? ""} data-code={p.code}>
                  <TableCell sticky className={`${cell} tabular-nums`}>{p.row}</TableCell>
                  <TableCell className={`${cell} font-mono text-xs`}>{p.column ? (p.cell ? t("problems.columnCell", { column: p.column, cell: p.cell }) : p.column) : "—"}</TableCell>
                  <TableCell className={cell}>{describeProblem(t, p, labels, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {result.flags.length > 0 && (
        <TableScroll label={t("flags.heading")} className="border-0">
          <Table className="min-w-[36rem]" data-testid="import-flags">
            <caption className="mb-1 text-left font-semibold text-amber-900">
              {t("flags.heading")}
              {result.truncated.flags && ` · ${t("summary.truncated", { shown: result.flags.length, total: result.summary.flagged })}`}
            </caption>
            <TableHeader>
              <TableRow head className="bg-white">
                <TableHead sticky>{t("flags.row")}</TableHead>
                <TableHead>{t("flags.area")}</TableHead>
                <TableHead>{t("flags.indicator")}</TableHead>
                <TableHead>{t("flags.year")}</TableHead>
                <TableHead>{t("flags.flag")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.flags.map((f, i) => (
                <TableRow key={i} data-testid="import-flag" data-row={f.row} data-indicator={f.indicator}>
                  <TableCell sticky className={`${cell} tabular-nums`}>{f.row}</TableCell>
                  <TableCell className={`${cell} font-mono text-xs`}>{f.area}</TableCell>
                  <TableCell className={cell}>{labels.get(f.indicator)?.name ?? f.indicator}</TableCell>
                  <TableCell className={`${cell} tabular-nums`}>{f.year}</TableCell>
                  <TableCell className={cell}>{describeFlag(t, f.flag, labels.get(f.indicator), locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
