// GET /api/v1/rankings?year=YYYY&group=…[&indicator=KEY][&q=…&sort=…&dir=asc|desc&page=N&pageSize=N]
// — the areas of a peer group, scored and ranked: one page as JSON, or every row as ?format=csv|xlsx
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { groupParam, indicatorParam, pageParams, yearParam } from "@/lib/api/params";
import { keptJson } from "@/lib/api/kept-json";
import { audienceOfReader } from "@/lib/services/audience";
import { getRankingsPage, getRankingsPayload, rankingsPageKey } from "@/lib/services/rankings";
import { RANKINGS_SORT_PATTERN, type RankingsSort } from "@/lib/domain/rankings-page";
import { fileResponse, toCsv, toXlsx } from "@/lib/export/files";
import { rankingsFileName, rankingsTable } from "@/lib/export/rankings-table";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  year: yearParam,
  group: groupParam,
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
  // One indicator's raw values in each row (`indicators`); unknown keys give empty rows, as a missing value does.
  indicator: indicatorParam,
  q: z.string().max(100).optional(),
  sort: z
    .string()
    .regex(RANKINGS_SORT_PATTERN, { message: "must be composite, change, entity, factor, structure or ind:KEY" })
    .default("composite")
    .transform((s) => s as RankingsSort),
  dir: z.enum(["asc", "desc"]).default("desc"),
  ...pageParams,
});

export const GET = apiRoute({ permission: "areas.read", query: querySchema }, async ({ query, user }) => {
  // Rankings default to all areas. The public is ranked on approved years only (published means approved).
  const group = query.group ?? { kind: "all" as const };
  const audience = audienceOfReader(user);
  if (query.format === "json") {
    const params = { ...query, group, audience };
    return keptJson("rankings-json", rankingsPageKey(params), () => getRankingsPage(params));
  }
  const rankings = getRankingsPayload({ year: query.year, group, indicators: query.indicator, audience });
  const { headers, rows } = rankingsTable(rankings);
  if (query.format === "csv") return fileResponse(toCsv(headers, rows), "text/csv; charset=utf-8", rankingsFileName(rankings, "csv"));
  const book = await toXlsx([{ name: `Rankings ${rankings.year}`, headers, rows }]);
  return fileResponse(book, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", rankingsFileName(rankings, "xlsx"));
});
