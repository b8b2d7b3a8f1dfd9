import { notFound, redirect } from "next/navigation";
import { currentAudience } from "@/lib/auth/audience";
import { getDefaultComparisonYear } from "@/lib/services/composite";
import { summaryYears } from "@/lib/services/summary";

// /overview — the national overview of the default year: the latest that enough areas reported.
export default async function LatestOverviewPage() {
  const latest = getDefaultComparisonYear(await currentAudience()) ?? summaryYears().at(-1);
  if (latest === undefined) notFound();
  redirect(`/overview/${latest}`);
}
