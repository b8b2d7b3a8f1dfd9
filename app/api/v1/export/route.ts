// GET /api/v1/export?area=CODE|all&format=xlsx|csv — stored values (officials: their area; evaluators, admins: any or all); xlsx adds the targets by plan period and the indicator definitions
import { getExportTargets, getExportValues } from "@/db/queries/export";
import { listIndicators } from "@/lib/services/kept-reads";
import { apiRoute } from "@/lib/api/handler";
import { reachesEveryArea } from "@/lib/auth/area-scope";
import { AppError } from "@/lib/errors";
import { fileResponse, toCsv, toXlsx } from "@/lib/export/files";
import { DEFINITIONS_SHEET, TARGETS_SHEET, VALUES_SHEET } from "@/lib/import/columns";
import { CSV_TYPE, exportQuerySchema, XLSX_TYPE } from "@/lib/import/params";
import { definitionsTable, exportTable, targetsTable } from "@/lib/import/tables";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ permission: "values.export", query: exportQuerySchema }, async ({ query, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const area = query.area || (reachesEveryArea(user, "values.export") ? "all" : user.areaCode);
  if (!area) throw new AppError("bad_request", "area: choose an area, or all", { issues: [{ path: "area", message: "required" }] });
  const scope = area === "all" ? ({ kind: "all" } as const) : ({ kind: "area", code: area } as const);
  const { label, rows } = getExportValues(user, scope);
  const table = exportTable(rows);
  const name = `values-${label}-${new Date().toISOString().slice(0, 10)}`;
  // A CSV holds one table: the definitions are their own download (/api/v1/export/definitions?format=csv).
  if (query.format === "csv") return fileResponse(toCsv(table.headers, table.rows), CSV_TYPE, `${name}.csv`);
  const book = await toXlsx([
    { name: VALUES_SHEET, ...table },
    { name: TARGETS_SHEET, ...targetsTable(getExportTargets(user, scope)) },
    { name: DEFINITIONS_SHEET, ...definitionsTable(listIndicators()) },
  ]);
  return fileResponse(book, XLSX_TYPE, `${name}.xlsx`);
});
