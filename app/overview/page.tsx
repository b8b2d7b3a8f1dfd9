import { notFound, redirect } from "next/navigation";
import { summaryYears } from "@/lib/services/summary";

// /overview — the latest year's national overview.
export default function LatestOverviewPage() {
  const latest = summaryYears().at(-1);
  if (latest === undefined) notFound();
  redirect(`/overview/${latest}`);
}
