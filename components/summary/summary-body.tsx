import Link from "next/link";
import { SUMMARY_PRINT_WIDTH } from "@/components/charts/chart-data";
import { DimensionRadar } from "@/components/charts/dimension-radar";
import { SCORED_DIMENSIONS } from "@/lib/domain/composite";
import { fmtScore, type ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import type { Block, DocSection, SummaryDocument } from "@/lib/reports/summary-document";
import type { SummaryReport } from "@/lib/services/summary";
import { AssessmentForm } from "./assessment-form";
import { DocumentBlock } from "./document-blocks";
import { NarrativeParagraph } from "./narrative";
import { ProgressOverviewChart } from "./progress-overview-chart";
import { SummarySection } from "./summary-section";

type Props = { document: SummaryDocument; report: SummaryReport; t: ReportT; locale: ReportLocale; canAssess: boolean };

/**
 * Every section of the summary document, with the page's own interactive charts in place of the
 * documents' drawn ones (the radar and the progress overview); the targeted indicators' series are
 * the area page's charts, so the page leaves them to it.
 */
export function SummaryBody({ document, report, t, locale, canAssess }: Props) {
  const block = (section: DocSection, b: Block, i: number) => {
    const key = `${section.id}-${i}`;
    if (b.kind === "chart" && b.id === "target-series") return null;
    if (b.kind === "chart" && b.id === "dimension-radar") {
      const d = report.scores.dimensions;
      return (
        <div key={key} className="summary-chart max-w-[560px]">
          <DimensionRadar
            testId="summary-radar"
            printWidth={SUMMARY_PRINT_WIDTH}
            title={b.caption}
            summary={t("summary.peers.radarSummary", { entity: fmtScore(d.entity, locale), factor: fmtScore(d.factor, locale), structure: fmtScore(d.structure, locale) })}
            locale={locale}
            axes={SCORED_DIMENSIONS.map((dim) => ({ key: dim, label: t(`compare.dimensionsShort.${dim}`) }))}
            series={[
              { name: t("summary.peers.thisArea"), values: report.scores.dimensions, emphasis: true },
              { name: t("summary.peers.peerMedian"), values: report.peerMedian.dimensions, emphasis: false },
            ]}
            noDataLabel={t("compare.noData")}
          />
        </div>
      );
    }
    if (b.kind === "chart" && b.charts[0]?.type === "progress") {
      const chart = b.charts[0];
      return (
        <div key={key} className="space-y-1">
          <ProgressOverviewChart
            title={b.caption}
            summary={t("summary.progress.chartSummary", { count: chart.rows.length })}
            targetLabel={chart.reference.label}
            locale={locale}
            rows={report.progress.map((p, j) => ({ key: p.indicatorKey, label: chart.rows[j]!.label, value: p.distanceCovered, text: chart.rows[j]!.text, status: p.status }))}
          />
          <p className="text-xs text-slate-600">{b.note}</p>
        </div>
      );
    }
    if (b.kind === "narrative") return <NarrativeParagraph key={key} lang={b.lang} sentences={b.sentences} t={t} />;
    return <DocumentBlock key={key} block={b} />;
  };

  return (
    <>
      {document.sections.map((section) => (
        <SummarySection key={section.id} id={section.id} number={section.number} heading={section.heading}>
          {section.id === "diagnosis" && <p className="text-sm text-slate-700">{t("summary.diagnosis.intro")}</p>}
          {section.id === "narrative" && <p className="text-xs text-slate-600">{t("summary.narrative.intro")}</p>}
          {section.blocks.map((b, i) => block(section, b, i))}
          {section.id === "assessment" && <p className="text-xs text-slate-600">{t("summary.assessment.published")}</p>}
          {section.id === "assessment" && canAssess && (
            <AssessmentForm
              areaCode={report.area.code}
              year={report.year}
              initial={Object.fromEntries(report.assessments.map((a) => [a.aspect, { score: a.score, comment: a.comment }])) as Parameters<typeof AssessmentForm>[0]["initial"]}
            />
          )}
          {section.id === "grade" && (
            <p data-no-print>
              <Link href={`/overview/${report.year}?area=${report.area.code}#area-${report.area.code}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
                {t("summary.grade.overviewLink")}
              </Link>
            </p>
          )}
        </SummarySection>
      ))}
    </>
  );
}
