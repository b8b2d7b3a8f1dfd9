// GET /api/v1/import/template?area=CODE&year=YYYY&format=xlsx|csv — one row per importable indicator, to fill in and upload
import { listIndicators } from "@/lib/services/kept-reads";
import { getImportableArea } from "@/db/queries/import";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { fileResponse, toCsv, toXlsx } from "@/lib/export/files";
import { DEFINITIONS_SHEET, VALUES_SHEET } from "@/lib/import/columns";
import { CSV_TYPE, templateQuerySchema, XLSX_TYPE } from "@/lib/import/params";
import { definitionsTable, templateTable } from "@/lib/import/tables";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ permission: "values.import", query: templateQuerySchema }, async ({ query, user }) => {
  if (!user) throw new AppError("unauthenticated");
  // Officials get their own area by default; an administrator names one.
  const code = query.area || user.areaCode;
  if (!code) throw new AppError("bad_request", "area: choose the area the template is for", { issues: [{ path: "area", message: "required" }] });
  const area = getImportableArea(user, code);
  const year = query.year ?? new Date().getFullYear() - 1;
  const catalogue = listIndicators();
  const table = templateTable(area, year, catalogue);
  const name = `import-template-${area.code}-${year}`;
  if (query.format === "csv") return fileResponse(toCsv(table.headers, table.rows), CSV_TYPE, `${name}.csv`);
  const book = await toXlsx([
    { name: VALUES_SHEET, ...table },
    { name: DEFINITIONS_SHEET, ...definitionsTable(catalogue) },
  ]);
  return fileResponse(book, XLSX_TYPE, `${name}.xlsx`);
});
