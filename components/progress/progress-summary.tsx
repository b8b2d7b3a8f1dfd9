import { getTranslations } from "next-intl/server";
import type { summariseStatuses } from "@/lib/domain/progress";
import { STATUS_STYLE } from "./status";

type Summary = ReturnType<typeof summariseStatuses>;

/** Targeted indicators by status: on track / moderate / limited / worsening (and insufficient data). */
export async function ProgressSummary({ summary, testId }: { summary: Summary | undefined; testId?: string }) {
  const t = await getTranslations("summary");
  if (!summary || summary.total === 0) {
    return <p className="text-sm text-slate-600">{t("noTargets")}</p>;
  }
  const items = [
    { key: "onTrack", n: summary.onTrack, style: STATUS_STYLE.on_track },
    { key: "moderate", n: summary.moderate, style: STATUS_STYLE.moderate },
    { key: "limited", n: summary.limited, style: STATUS_STYLE.limited },
    { key: "worsening", n: summary.worsening, style: STATUS_STYLE.deterioration },
    { key: "insufficient", n: summary.insufficient, style: STATUS_STYLE.insufficient_data },
  ] as const;
  return (
    <div data-testid={testId}>
      <p className="sr-only">{t("ofTotal", { total: summary.total })}</p>
      <ul className="flex flex-wrap gap-1.5" aria-label={t("ofTotal", { total: summary.total })}>
        {items
          .filter((i) => i.n > 0 || i.key !== "insufficient")
          .map((i) => (
            <li key={i.key} className={`rounded-full border px-2 py-0.5 text-xs ${i.style}`} data-summary={i.key}>
              {t(i.key)} <span className="font-semibold tabular-nums">{i.n}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
