import { gradeRuleLines } from "@/lib/i18n/grade-texts";
import type { ReportT } from "@/lib/reports/labels";
import { Card } from "@/components/ui/card";

/** The thresholds of the proposed grade and the consecutive-poor rule, shown beside the grades they produce. */
export function GradeRules({ t, flagged }: { t: ReportT; flagged: number }) {
  return (
    <Card asChild>
      <section aria-labelledby="grade-rules" className="grid gap-4 md:grid-cols-2" data-testid="grade-rules">
        <div>
          <h2 id="grade-rules" className="mb-1 text-base font-semibold">{t("overview.rulesHeading")}</h2>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {gradeRuleLines(t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="mb-1 text-base font-semibold">{t("overview.poorHeading")}</h2>
          <p className="text-sm text-slate-800">{t("grades.consecutivePoorRule")}</p>
          <p className="mt-1 text-xs text-slate-600">{t("overview.officialNote")}</p>
          <p className="mt-1 text-sm font-medium" data-testid="flagged-count">
            {flagged > 0 ? t("overview.flaggedCount", { count: flagged }) : t("overview.noneFlagged")}
          </p>
        </div>
      </section>
    </Card>
  );
}
