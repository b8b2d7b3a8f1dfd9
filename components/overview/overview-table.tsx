import Link from "next/link";
import type { ReactNode } from "react";
import { gradeReasonText, poorFlagText } from "@/lib/i18n/grade-texts";
import { fmtPercent, fmtScore, type ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import type { OverviewReport } from "@/lib/services/overview";
import { formatDate } from "@/lib/reports/summary-document";
import { shortAreaName } from "@/lib/i18n/localized";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { GradeBadge } from "./grade-badge";
import { GradeDecisionForm } from "./grade-decision-form";
import { OfficialCell } from "./official-cell";

type Level = OverviewReport["levels"][number];
/** `rows`: the page of the level's rows shown; `children`: its pager. */
/** `judged`: the year ends a closed plan period, so the target column counts targets met. */
type Props = { level: Level; rows: Level["rows"]; year: number; judged: boolean; t: ReportT; locale: ReportLocale; canDecide: boolean; children?: ReactNode };

/** One level's areas, ranked, with the proposed grade and why, the evaluator's decision, and the poor-run flags. */
export function OverviewTable({ level, rows, year, judged, t, locale, canDecide, children }: Props) {
  const group = t(`peerGroups.level.${level.level}`);
  const th = "whitespace-nowrap py-1.5 text-slate-900";
  return (
    <section aria-labelledby={`level-${level.level}`} className="space-y-2" data-testid={`overview-${level.level}`}>
      <h2 id={`level-${level.level}`} className="text-lg font-semibold">
        {t("overview.levelHeading", { group, count: level.rows.length })}
      </h2>
      <TableScroll label={t("overview.caption", { group, year })}>
        <Table>
          <TableCaption>{t("overview.caption", { group, year })}</TableCaption>
          <TableHeader>
            <TableRow head className="border-slate-300 bg-brand-50">
              <TableHead numeric className={th}>{t("overview.columns.rank")}</TableHead>
              <TableHead sticky className={th}>{t("overview.columns.area")}</TableHead>
              <TableHead numeric className={th}>{t("overview.columns.composite")}</TableHead>
              <TableHead numeric className={th}>{t("overview.columns.rankRange")}</TableHead>
              <TableHead className={th}>{t("overview.columns.performance")}</TableHead>
              <TableHead numeric className={th}>{t(judged ? "overview.columns.met" : "overview.columns.onTrack")}</TableHead>
              <TableHead className={th}>{t("overview.columns.data")}</TableHead>
              <TableHead className={`${th} border-x border-indigo-100 bg-indigo-50`}>{t("overview.columns.official")}</TableHead>
              <TableHead className={th}>{t("overview.columns.proposed")}</TableHead>
              <TableHead className={th}>{t("overview.columns.final")}</TableHead>
              {canDecide && <TableHead className={th}>{t("overview.columns.decide")}</TableHead>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => {
              const name = shortAreaName({ nameZh: r.names.zh, nameEn: r.names.en }, locale);
              const d = r.decision;
              return (
                <TableRow key={r.code} id={`area-${r.code}`} data-area={r.code} className="align-top">
                  <TableCell numeric className="whitespace-nowrap" data-testid="overview-rank">{r.rank ?? "—"}</TableCell>
                  <TableRowHeader sticky className="min-w-32">
                    <Link href={`/areas/${r.code}/summary/${year}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {name}
                    </Link>
                    {r.flags.map((f) => (
                      <p key={f.years.join("-")} className={`mt-1 text-xs ${f.current ? "font-medium text-red-800" : "text-slate-600"}`} data-testid={`poor-flag-${r.code}`}>
                        {poorFlagText(f, t)}
                      </p>
                    ))}
                  </TableRowHeader>
                  <TableCell numeric className="whitespace-nowrap font-semibold" data-testid="overview-composite">{fmtScore(r.composite, locale)}</TableCell>
                  <TableCell numeric className="whitespace-nowrap">{r.rankRange ? `${r.rankRange.best}–${r.rankRange.worst}` : "—"}</TableCell>
                  <TableCell className="whitespace-nowrap">{r.performance ? t(`compare.performanceGroups.${r.performance}`) : "—"}</TableCell>
                  <TableCell numeric className="whitespace-nowrap" data-testid="overview-targets">
                    {r.onTrack.targets > 0 ? `${t("overview.onTrackValue", { onTrack: r.onTrack.onTrack, targets: r.onTrack.targets })} (${fmtPercent(r.onTrack.onTrack, r.onTrack.targets, locale)})` : t("overview.noTargets")}
                  </TableCell>
                  <TableCell className="text-xs">
                    <span className="tabular-nums">{t("overview.dataValue", { reported: r.completeness.reported, expected: r.completeness.expected })}</span>
                    <br />
                    {t(`summary.approval.${r.approval}`)}
                  </TableCell>
                  <OfficialCell code={r.code} results={r.official} t={t} locale={locale} />
                  <TableCell data-testid={`proposed-${r.code}`}>
                    {r.proposed ? <GradeBadge grade={r.proposed} label={t(`summary.grades.${r.proposed}`)} /> : "—"}
                    <details className="mt-1 text-xs text-slate-700">
                      <summary className="cursor-pointer text-brand-700">{t("overview.whyProposed")}</summary>
                      <ul className="mt-1 list-disc space-y-0.5 pl-4">
                        {r.reasons.map((reason, i) => (
                          <li key={i}>{gradeReasonText(reason, t)}</li>
                        ))}
                      </ul>
                    </details>
                  </TableCell>
                  <TableCell className="text-xs" data-testid={`final-${r.code}`}>
                    {d ? (
                      <>
                        <GradeBadge grade={d.final} label={t(`summary.grades.${d.final}`)} testId={`final-grade-${r.code}`} />{" "}
                        <span className="font-medium" data-testid={`final-state-${r.code}`}>{t(`overview.${d.state}`)}</span>
                        <p className="text-slate-600">{t("overview.decidedBy", { name: d.decidedByName, date: formatDate(d.decidedAt, locale) })}</p>
                        {d.reason && <p>{t("overview.reason", { reason: d.reason })}</p>}
                        {d.proposalChanged && (
                          <p className="text-amber-900">{t("overview.proposalChanged", { before: d.proposedAtDecision ? t(`summary.grades.${d.proposedAtDecision}`) : "—" })}</p>
                        )}
                      </>
                    ) : (
                      <span className="text-slate-600" data-testid={`final-state-${r.code}`}>{t("overview.pending")}</span>
                    )}
                  </TableCell>
                  {canDecide && (
                    <TableCell>
                      <GradeDecisionForm areaCode={r.code} areaName={name} year={year} proposed={r.proposed} decided={!!d} />
                    </TableCell>
                  )}
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
