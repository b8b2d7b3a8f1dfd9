// GET /api/v1/rankings?year=YYYY&group=…[&indicator=KEY] — every area of a peer group, scored and ranked (JSON, or ?format=csv|xlsx)
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { groupParam, yearParam } from "@/lib/api/params";
import { getRankingsPayload } from "@/lib/api/peers";
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
  const payload = getRankingsPayload({ year: query.year, group: query.group ?? { kind: "all" }, indicators: query.indicator });
  if (query.format === "json") return Response.json(payload);
  const { headers, rows } = rankingsTable(payload);
  if (query.format === "csv") return fileResponse(toCsv(headers, rows), "text/csv; charset=utf-8", rankingsFileName(payload, "csv"));
  const book = await toXlsx([{ name: `Rankings ${payload.year}`, headers, rows }]);
  return fileResponse(book, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", rankingsFileName(payload, "xlsx"));
});
