// GET /api/v1/export/definitions?format=csv|xlsx — the indicator catalogue: units, ranges, direction, sources (public, as /api/v1/indicators)
import { listIndicators } from "@/lib/services/kept-reads";
import { apiRoute } from "@/lib/api/handler";
import { fileResponse, toCsv, toXlsx } from "@/lib/export/files";
import { DEFINITIONS_SHEET } from "@/lib/import/columns";
import { CSV_TYPE, definitionsQuerySchema, XLSX_TYPE } from "@/lib/import/params";
import { definitionsTable } from "@/lib/import/tables";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ permission: "areas.read", query: definitionsQuerySchema }, async ({ query }) => {
  const table = definitionsTable(listIndicators());
  if (query.format === "csv") return fileResponse(toCsv(table.headers, table.rows), CSV_TYPE, "indicator-definitions.csv");
  return fileResponse(await toXlsx([{ name: DEFINITIONS_SHEET, ...table }]), XLSX_TYPE, "indicator-definitions.xlsx");
});
