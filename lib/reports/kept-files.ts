import "server-only";
import type { Audience } from "@/lib/domain/audience";
import { keptUntilWriteAsync } from "@/lib/services/cache";
import { audienceKey } from "@/lib/services/composite";
import { runInPool } from "@/lib/workers/pool";
import type { ReportLocale } from "./format";
import type { SummaryFormat } from "./summary-files";

/**
 * One summary document's bytes: rendered in the worker pool the first time it is asked for, then
 * kept until the next write (the kind "summary-file" of lib/services/cache.ts), so that asking again
 * sends the same bytes without rendering. Kept per audience, as the summary is (published means approved). The caller has checked that the area and year have a summary.
 */
export function keptSummaryFile(area: string, year: number, format: SummaryFormat, lang: ReportLocale, audience: Audience): Promise<Uint8Array> {
  return keptUntilWriteAsync("summary-file", `${area}|${year}|${format}|${lang}|${audienceKey(audience)}`, () =>
    runInPool<"summary-file">({ kind: "summary-file", area, year, format, lang, audience }),
  );
}
