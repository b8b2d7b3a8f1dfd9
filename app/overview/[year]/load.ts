import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { currentAudience } from "@/lib/auth/audience";
import { AppError } from "@/lib/errors";
import { loadOverviewReport, type OverviewReport } from "@/lib/services/overview";

/** The year's overview, or 404 for a year without one. Once per request: the layout and the page both ask. */
export const loadOverview = cache(async (year: string): Promise<OverviewReport> => {
  if (!/^\d{4}$/.test(year)) notFound();
  try {
    return await loadOverviewReport(Number(year), await currentAudience());
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
