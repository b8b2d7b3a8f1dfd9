import { notFound, redirect } from "next/navigation";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { currentAudience } from "@/lib/auth/audience";
import { getDefaultComparisonYear } from "@/lib/services/composite";
import { getAreaSeries } from "@/lib/services/kept-reads";
import { summaryYears } from "@/lib/services/summary";

// /areas/:code/summary — the summary of the latest year the area reported, up to the default year of
// the comparisons (a year too few areas reported is not offered by default); else the latest year.
export default async function LatestSummaryPage({ params }: { params: Promise<{ code: string }> }) {
  const { area } = await loadVisibleArea((await params).code);
  const audience = await currentAudience();
  const cap = getDefaultComparisonYear(audience) ?? Infinity;
  const years = summaryYears().filter((y) => y <= cap);
  const reported = new Set(getAreaSeries(area.id, audience).map((p) => p.year));
  const latest = years.filter((y) => reported.has(y)).at(-1) ?? years.at(-1);
  if (latest === undefined) notFound();
  redirect(`/areas/${area.code}/summary/${latest}`);
}
