"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ImportResult } from "@/lib/import/types";
import { formatNumber } from "@/lib/i18n/localized";
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
                <TableRow key={i} data-testid="import-problem" data-sheet={p.sheet ?? ""} data-row={p.row} data-column={p.column ?? ""} data-code={p.code}>
                  <TableCell sticky className={`${cell} tabular-nums`}>{p.sheet ? t("problems.sheetRow", { sheet: p.sheet, row: p.row }) : p.row}</TableCell>
                  <TableCell className={`${cell} font-mono text-xs`}>{p.column ? (p.cell ? t("problems.columnCell", { column: p.column, cell: p.cell }) : p.column) : "—"}</TableCell>
                  <TableCell className={cell}>{describeProblem(t, p, labels, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {result.targets.lines.length > 0 && <TargetLines result={result} labels={labels} />}
      {result.computed.length > 0 && (
        <details className="text-sm" data-testid="import-computed">
          <summary className="cursor-pointer font-semibold text-slate-800">{t("computed.heading", { count: result.summary.computed })}</summary>
          <div className="overflow-x-auto">
            <table className="mt-1 w-full min-w-[30rem] text-sm">
              {result.truncated.computed && (
                <caption className="mb-1 text-left text-slate-700">{t("summary.truncated", { shown: result.computed.length, total: result.summary.computed })}</caption>
              )}
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th scope="col" className={cell}>{t("computed.row")}</th>
                  <th scope="col" className={cell}>{t("computed.area")}</th>
                  <th scope="col" className={cell}>{t("computed.indicator")}</th>
                  <th scope="col" className={cell}>{t("computed.year")}</th>
                  <th scope="col" className={`${cell} text-right`}>{t("computed.value")}</th>
                </tr>
              </thead>
              <tbody>
                {result.computed.map((c) => (
                  <tr key={c.row} className="border-b border-slate-100" data-testid="import-computed-row" data-row={c.row}>
                    <td className={`${cell} tabular-nums`}>{c.row}</td>
                    <td className={`${cell} font-mono text-xs`}>{c.area}</td>
                    <td className={cell}>{labels.get(c.indicator)?.name ?? c.indicator}</td>
                    <td className={`${cell} tabular-nums`}>{c.year}</td>
                    <td className={`${cell} text-right tabular-nums`}>{formatNumber(c.value, labels.get(c.indicator)?.decimals ?? 2, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
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

/** The rows of the targets sheet that set or change a target (dry run: would; commit: did), with the target they replace. */
function TargetLines({ result, labels }: { result: ImportResult; labels: Map<string, IndicatorLabel> }) {
  const t = useTranslations("import");
  const locale = useLocale();
  const cell = "align-top";
  const text = (kind: string, value: number, key: string) => {
    const label = labels.get(key);
    const shown = formatNumber(value, kind === "absolute" ? (label?.decimals ?? 2) : 2, locale);
    return t(`targets.kind.${kind === "change_pct" || kind === "annual_growth" ? kind : "absolute"}`, { value: shown, unit: label?.unit ?? "" });
  };
  return (
    <TableScroll label={t("targets.heading")} className="border-0">
      <Table className="min-w-[40rem]" data-testid="import-targets">
        <caption className="mb-1 text-left font-semibold text-slate-800">
          {t(result.committed ? "targets.headingDone" : "targets.heading")}
          {result.truncated.targets && ` · ${t("summary.truncated", { shown: result.targets.lines.length, total: result.targets.changed })}`}
        </caption>
        <TableHeader>
          <TableRow head className="bg-white">
            <TableHead sticky>{t("problems.row")}</TableHead>
            <TableHead>{t("flags.area")}</TableHead>
            <TableHead>{t("flags.indicator")}</TableHead>
            <TableHead>{t("targets.period")}</TableHead>
            <TableHead>{t("targets.target")}</TableHead>
            <TableHead>{t("targets.before")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.targets.lines.map((l) => (
            <TableRow key={`${l.sheet}:${l.row}`} data-testid="import-target" data-row={l.row} data-indicator={l.indicator} data-period={l.period} data-change={l.before ? "changed" : "new"}>
              <TableCell sticky className={`${cell} tabular-nums`}>{t("problems.sheetRow", { sheet: l.sheet, row: l.row })}</TableCell>
              <TableCell className={`${cell} font-mono text-xs`}>{l.area}</TableCell>
              <TableCell className={cell}>{labels.get(l.indicator)?.name ?? l.indicator}</TableCell>
              <TableCell className={`${cell} font-mono text-xs`}>{t("targets.periodYears", { period: l.period, base: l.baseYear, year: l.targetYear })}</TableCell>
              <TableCell className={`${cell} tabular-nums`}>{text(l.kind, l.value, l.indicator)}</TableCell>
              <TableCell className={`${cell} tabular-nums`}>{l.before ? t("targets.was", { target: text(l.before.kind, l.before.value, l.indicator), base: l.before.baseYear }) : t("targets.new")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
