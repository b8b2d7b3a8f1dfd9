import { notFound, redirect } from "next/navigation";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { summaryYears } from "@/lib/services/summary";

// /areas/:code/summary — the latest year's summary.
export default async function LatestSummaryPage({ params }: { params: Promise<{ code: string }> }) {
  const { area } = await loadVisibleArea((await params).code);
  const latest = summaryYears().at(-1);
  if (latest === undefined) notFound();
  redirect(`/areas/${area.code}/summary/${latest}`);
}
