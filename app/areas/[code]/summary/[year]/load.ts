import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { AppError } from "@/lib/errors";
import { audienceOfReader } from "@/lib/services/audience";
import { getSummaryReport, type SummaryReport } from "@/lib/services/summary";

type Loaded = { report: SummaryReport; user: Awaited<ReturnType<typeof loadVisibleArea>>["user"] };

/**
 * The summary, or 404 for an unknown or pending area or a year without data. Once per request: the
 * layout, the metadata and the page all ask.
 */
export const loadSummary = cache(async (code: string, year: string): Promise<Loaded> => {
  const { area, user } = await loadVisibleArea(code);
  if (!/^\d{4}$/.test(year)) notFound();
  try {
    return { report: getSummaryReport(area.code, Number(year), audienceOfReader(user)), user };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
