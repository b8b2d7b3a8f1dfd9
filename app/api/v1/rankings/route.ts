// GET /api/v1/rankings?year=YYYY&group=…[&indicator=KEY] — every area of a peer group, scored and ranked (JSON, or ?format=csv|xlsx)
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { groupParam, yearParam } from "@/lib/api/params";
import { SCORE_TABLES } from "@/db/queries/memo";
import { keptJson } from "@/lib/api/kept-json";
import { getRankingsPayload } from "@/lib/api/peers";
import { formatGroupSpec } from "@/lib/domain/peer-groups";
import { fileResponse, toCsv, toXlsx } from "@/lib/export/files";
import { rankingsFileName, rankingsTable } from "@/lib/export/rankings-table";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  year: yearParam,
  group: groupParam,
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
  // One indicator's raw values in each row (`indicators`); unknown keys give empty rows, as a missing value does.
  indicator: z.string().regex(/^[a-z0-9_]{1,64}$/).optional(),
});

export const GET = apiRoute({ permission: "areas.read", query: querySchema }, async ({ query }) => {
  // Rankings default to all areas.
  const group = query.group ?? { kind: "all" as const };
  const payload = () => getRankingsPayload({ year: query.year, group, indicators: query.indicator });
  if (query.format === "json") {
    return keptJson("rankings", `${formatGroupSpec(group)}|${query.year ?? "latest"}|${query.indicator ?? ""}`, SCORE_TABLES, payload);
  }
  const rankings = payload();
  const { headers, rows } = rankingsTable(rankings);
  if (query.format === "csv") return fileResponse(toCsv(headers, rows), "text/csv; charset=utf-8", rankingsFileName(rankings, "csv"));
  const book = await toXlsx([{ name: `Rankings ${rankings.year}`, headers, rows }]);
  return fileResponse(book, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", rankingsFileName(rankings, "xlsx"));
});
