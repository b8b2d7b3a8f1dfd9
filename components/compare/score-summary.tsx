"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ComparePayload } from "@/lib/services/compare";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/lib/i18n/localized";

type Props = Pick<ComparePayload, "scores" | "peerMedian" | "peerAverage">;

const PERFORMANCE_TONE: Record<string, BadgeTone> = {
  leader: "best",
  strong: "info",
  moderate: "warning",
  emerging: "caution",
};

/** Composite and dimension scores against the peer median, with rank, rank range and performance group. */
export function ScoreSummary({ scores, peerMedian, peerAverage }: Props) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const fmt = (v: number | null, d = 1) => (v === null ? t("noData") : formatNumber(v, d, locale));
  const rows = [
    { key: "composite", label: t("composite"), value: scores.composite, median: peerMedian.composite },
    ...(["entity", "factor", "structure"] as const).map((d) => ({
      key: d,
      label: t(`dimensions.${d}`),
      value: scores.dimensions[d],
      median: peerMedian.dimensions[d],
    })),
  ];
  return (
    <Card asChild>
      <section className="space-y-3" aria-labelledby="scores-heading" data-testid="score-summary">
        <h3 id="scores-heading" className="text-lg font-semibold">{t("scores")}</h3>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-600">{t("rank")}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="rank">
              {scores.rank === null ? t("unranked") : t("rankOf", { rank: scores.rank, total: scores.ranked })}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t("rankRange")}</dt>
            <dd className="text-lg tabular-nums" data-testid="rank-range">
              {scores.rankRange ? t("rankRangeValue", { best: scores.rankRange.best, worst: scores.rankRange.worst }) : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t("percentile")}</dt>
            <dd className="text-lg tabular-nums">{scores.percentile === null ? "—" : t("percentileValue", { value: scores.percentile })}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t("performance")}</dt>
            <dd data-testid="performance">
              {scores.performance ? (
                <Badge tone={PERFORMANCE_TONE[scores.performance]} className="text-sm">
                  {t(`performanceGroups.${scores.performance}`)}
                </Badge>
              ) : (
                "—"
              )}
            </dd>
          </div>
        </dl>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("scoresCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-1 font-medium">{t("score")}</th>
              <th scope="col" className="py-1 text-right font-medium">{t("thisArea")}</th>
              <th scope="col" className="py-1 text-right font-medium">{t("peerMedian")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100" data-score={r.key}>
                <th scope="row" className="py-1 text-left font-normal">{r.label}</th>
                <td className="py-1 text-right font-semibold tabular-nums" data-testid={`score-${r.key}`}>{fmt(r.value)}</td>
                <td className="py-1 text-right tabular-nums">{fmt(r.median)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-slate-600">
          {t("explain", {
            coverage: `${scores.coverage.indicators}/${scores.coverage.indicatorsTotal}`,
            dims: scores.coverage.dimensions,
            average: fmt(peerAverage),
            relative: scores.relativeToAverage ?? "—",
            change: scores.change === null ? "—" : formatNumber(scores.change, 1, locale),
          })}
        </p>
      </section>
    </Card>
  );
}
