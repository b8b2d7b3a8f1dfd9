import "server-only";
import type { Audience } from "@/lib/domain/audience";
import { keptUntilWriteAsync } from "@/lib/services/cache";
import { documentFormStamp } from "@/lib/services/document-issue";
import { audienceKey } from "@/lib/services/composite";
import { runInPool } from "@/lib/workers/pool";
import type { ReportLocale } from "./format";
import type { BriefFileType, BriefFormat } from "./brief-files";
import type { SummaryFormat } from "./summary-files";

/**
 * One summary document's bytes: rendered in the worker pool the first time it is asked for, then
 * kept until the next write to what the summary reads (the kind "summary-file" of lib/services/cache.ts), so that asking again
 * sends the same bytes without rendering. Kept per audience, as the summary is (published means approved). The caller has
 * checked that the area and year have a summary.
 */
export function keptSummaryFile(area: string, year: number, format: SummaryFormat | BriefFormat, lang: ReportLocale, audience: Audience): Promise<Uint8Array> {
  // The issuer and the date of issue are not data the cache watches: a change of the settings, or a
  // new day (a draft is dated the day it is made), makes the file anew.
  return keptUntilWriteAsync("summary-file", `${area}|${year}|${format}|${lang}|${audienceKey(audience)}|${documentFormStamp()}`, () =>
    runInPool<"summary-file">({ kind: "summary-file", area, year, format, lang, audience }),
  );
}

/** The national brief's bytes, made in the worker pool from the year's overview and kept as the summary files are. */
export function keptNationalBrief(year: number, type: BriefFileType, lang: ReportLocale, audience: Audience): Promise<Uint8Array> {
  return keptUntilWriteAsync("national-brief-file", `${year}|${type}|${lang}|${audienceKey(audience)}|${documentFormStamp()}`, () =>
    runInPool<"national-brief">({ kind: "national-brief", year, type, lang, audience }),
  );
}
