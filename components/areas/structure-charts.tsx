import { getTranslations } from "next-intl/server";
import type { AreaSeriesPoint } from "@/db/queries/values";
import { IndustryMixChart } from "@/components/charts/industry-mix-chart";
import { PopulationChart } from "@/components/charts/population-chart";
import type { IndicatorGroup } from "@/db/schema";
import { Card } from "@/components/ui/card";

/** The group-level charts: industry mix as stacked shares, population flow as bars. */
export async function StructureCharts({ group, values, locale }: { group: IndicatorGroup; values: readonly AreaSeriesPoint[]; locale: string }) {
  if (group !== "industry" && group !== "population") return null;
  const t = await getTranslations("charts");
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const get = (key: string, year: number) => values.find((v) => v.indicatorKey === key && v.year === year)?.value ?? null;
  const loc = locale === "en" ? "en" : "zh";

  if (group === "industry") {
    const rows = years.map((year) => ({ year, primary: get("primary_share", year), secondary: get("secondary_share", year), tertiary: get("tertiary_share", year) }));
    return (
      <Card padding="sm">
        <IndustryMixChart
          testId="chart-industry-mix"
          title={t("industryMix")}
          summary={t("industryMixSummary", { from: years[0] ?? "", to: years.at(-1) ?? "" })}
          locale={loc}
          rows={rows}
          labels={{ primary: t("primary"), secondary: t("secondary"), tertiary: t("tertiary") }}
        />
      </Card>
    );
  }
  const rows = years.map((year) => ({ year, netMigrationRate: get("net_migration_rate", year), population: get("pop_resident", year) }));
  return (
    <Card padding="sm">
      <PopulationChart
        testId="chart-population"
        title={t("populationFlow")}
        summary={t("populationFlowSummary", { from: years[0] ?? "", to: years.at(-1) ?? "" })}
        locale={loc}
        rows={rows}
        labels={{ netMigration: t("netMigration"), population: t("population"), populationUnit: t("populationUnit") }}
      />
    </Card>
  );
}
