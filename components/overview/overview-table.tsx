import Link from "next/link";
import type { ReactNode } from "react";
import { gradeReasonText, poorFlagText } from "@/lib/i18n/grade-texts";
import { fmtPercent, fmtScore, type ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import type { OverviewReport } from "@/lib/services/overview";
import { formatDate } from "@/lib/reports/summary-document";
import { shortAreaName } from "@/lib/i18n/localized";
import { GradeBadge } from "./grade-badge";
import { GradeDecisionForm } from "./grade-decision-form";
import { OfficialCell } from "./official-cell";

type Level = OverviewReport["levels"][number];
/** `rows`: the page of the level's rows shown; `children`: its pager. */
type Props = { level: Level; rows: Level["rows"]; year: number; t: ReportT; locale: ReportLocale; canDecide: boolean; children?: ReactNode };

/** One level's areas, ranked, with the proposed grade and why, the evaluator's decision, and the poor-run flags. */
export function OverviewTable({ level, rows, year, t, locale, canDecide, children }: Props) {
  const group = t(`peerGroups.level.${level.level}`);
  const th = "whitespace-nowrap px-2 py-1.5 font-medium";
  return (
    <section aria-labelledby={`level-${level.level}`} className="space-y-2" data-testid={`overview-${level.level}`}>
      <h2 id={`level-${level.level}`} className="text-lg font-semibold">
        {t("overview.levelHeading", { group, count: level.rows.length })}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("overview.caption", { group, year })}</caption>
          <thead>
            <tr className="border-b border-slate-300 bg-brand-50 text-left">
              <th scope="col" className={`${th} text-right`}>{t("overview.columns.rank")}</th>
              <th scope="col" className={th}>{t("overview.columns.area")}</th>
              <th scope="col" className={`${th} text-right`}>{t("overview.columns.composite")}</th>
              <th scope="col" className={`${th} text-right`}>{t("overview.columns.rankRange")}</th>
              <th scope="col" className={th}>{t("overview.columns.performance")}</th>
              <th scope="col" className={`${th} text-right`}>{t("overview.columns.onTrack")}</th>
              <th scope="col" className={th}>{t("overview.columns.data")}</th>
              <th scope="col" className={`${th} border-x border-indigo-100 bg-indigo-50`}>{t("overview.columns.official")}</th>
              <th scope="col" className={th}>{t("overview.columns.proposed")}</th>
              <th scope="col" className={th}>{t("overview.columns.final")}</th>
              {canDecide && <th scope="col" className={th}>{t("overview.columns.decide")}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = shortAreaName({ nameZh: r.names.zh, nameEn: r.names.en }, locale);
              const d = r.decision;
              return (
                <tr key={r.code} id={`area-${r.code}`} data-area={r.code} className="border-b border-slate-100 align-top">
                  <td className="whitespace-nowrap px-2 py-1.5 text-right tabular-nums" data-testid="overview-rank">{r.rank ?? "—"}</td>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    <Link href={`/areas/${r.code}/summary/${year}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {name}
                    </Link>
                    {r.flags.map((f) => (
                      <p key={f.years.join("-")} className={`mt-1 text-xs ${f.current ? "font-medium text-red-800" : "text-slate-600"}`} data-testid={`poor-flag-${r.code}`}>
                        {poorFlagText(f, t)}
                      </p>
                    ))}
                  </th>
                  <td className="whitespace-nowrap px-2 py-1.5 text-right font-semibold tabular-nums" data-testid="overview-composite">{fmtScore(r.composite, locale)}</td>
                  <td className="whitespace-nowrap px-2 py-1.5 text-right tabular-nums">{r.rankRange ? `${r.rankRange.best}–${r.rankRange.worst}` : "—"}</td>
                  <td className="whitespace-nowrap px-2 py-1.5">{r.performance ? t(`compare.performanceGroups.${r.performance}`) : "—"}</td>
                  <td className="whitespace-nowrap px-2 py-1.5 text-right tabular-nums">
                    {r.onTrack.targets > 0 ? `${t("overview.onTrackValue", { onTrack: r.onTrack.onTrack, targets: r.onTrack.targets })} (${fmtPercent(r.onTrack.onTrack, r.onTrack.targets, locale)})` : t("overview.noTargets")}
                  </td>
                  <td className="px-2 py-1.5 text-xs">
                    <span className="tabular-nums">{t("overview.dataValue", { reported: r.completeness.reported, expected: r.completeness.expected })}</span>
                    <br />
                    {t(`summary.approval.${r.approval}`)}
                  </td>
                  <OfficialCell code={r.code} results={r.official} t={t} locale={locale} />
                  <td className="px-2 py-1.5" data-testid={`proposed-${r.code}`}>
                    {r.proposed ? <GradeBadge grade={r.proposed} label={t(`summary.grades.${r.proposed}`)} /> : "—"}
                    <details className="mt-1 text-xs text-slate-700">
                      <summary className="cursor-pointer text-brand-700">{t("overview.whyProposed")}</summary>
                      <ul className="mt-1 list-disc space-y-0.5 pl-4">
                        {r.reasons.map((reason, i) => (
                          <li key={i}>{gradeReasonText(reason, t)}</li>
                        ))}
                      </ul>
                    </details>
                  </td>
                  <td className="px-2 py-1.5 text-xs" data-testid={`final-${r.code}`}>
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
                  </td>
                  {canDecide && (
                    <td className="px-2 py-1.5">
                      <GradeDecisionForm areaCode={r.code} areaName={name} year={year} proposed={r.proposed} decided={!!d} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}
