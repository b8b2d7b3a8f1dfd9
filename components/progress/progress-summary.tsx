import { getTranslations } from "next-intl/server";
import type { summariseStatuses } from "@/lib/domain/progress";
import { badgeVariants } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { STATUS_TONE } from "./status";

type Summary = ReturnType<typeof summariseStatuses>;

/**
 * Targeted indicators by status, each on its own: achieved / on track / moderate / limited / worsening
 * for an open period, met / missed for a judged one (and no data yet, insufficient data where any).
 */
export async function ProgressSummary({ summary, judged, testId }: { summary: Summary | undefined; judged: boolean; testId?: string }) {
  const t = await getTranslations("summary");
  if (!summary || summary.total === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid={testId}>
        {t("noTargets")}
      </p>
    );
  }
  const items = [
    ...(judged
      ? ([
          { key: "met", n: summary.met, tone: STATUS_TONE.met },
          { key: "missed", n: summary.missed, tone: STATUS_TONE.missed },
        ] as const)
      : ([
          { key: "achieved", n: summary.achieved, tone: STATUS_TONE.achieved },
          { key: "onTrack", n: summary.onTrack, tone: STATUS_TONE.on_track },
          { key: "moderate", n: summary.moderate, tone: STATUS_TONE.moderate },
          { key: "limited", n: summary.limited, tone: STATUS_TONE.limited },
          { key: "worsening", n: summary.worsening, tone: STATUS_TONE.deterioration },
        ] as const)),
    { key: "noDataYet", n: summary.noDataYet, tone: STATUS_TONE.no_data_yet },
    { key: "insufficient", n: summary.insufficient, tone: STATUS_TONE.insufficient_data },
  ] as const;
  return (
    <div data-testid={testId}>
      <p className="sr-only">{t("ofTotal", { total: summary.total })}</p>
      <ul className="flex flex-wrap gap-1.5" aria-label={t("ofTotal", { total: summary.total })}>
        {items
          .filter((i) => i.n > 0 || (i.key !== "insufficient" && i.key !== "noDataYet"))
          .map((i) => (
            <li key={i.key} className={cn(badgeVariants({ tone: i.tone }), "font-normal")} data-summary={i.key}>
              {t(i.key)} <span className="font-semibold tabular-nums">{i.n}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
