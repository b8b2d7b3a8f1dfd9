import "server-only";
import { keptUntilWriteAsync } from "@/lib/services/cache";
import { runInPool } from "@/lib/workers/pool";
import type { ReportLocale } from "./format";
import type { SummaryFormat } from "./summary-files";

/**
 * One summary document's bytes: rendered in the worker pool the first time it is asked for, then
 * kept until the next write to what the summary reads (the kind "summary-file" of lib/services/cache.ts), so that asking again
 * sends the same bytes without rendering. The caller has checked that the area and year have a summary.
 */
export function keptSummaryFile(area: string, year: number, format: SummaryFormat, lang: ReportLocale): Promise<Uint8Array> {
  return keptUntilWriteAsync("summary-file", `${area}|${year}|${format}|${lang}`, () => runInPool<"summary-file">({ kind: "summary-file", area, year, format, lang }));
}
