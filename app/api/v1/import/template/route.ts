// GET /api/v1/import/template?area=CODE&year=YYYY&format=xlsx|csv — one row per importable indicator, to fill in and upload; the .xlsx adds the area's targets of the open plan period
import { getNationalReferences, listIndicators, listPlanPeriods } from "@/lib/services/kept-reads";
import { getImportableArea } from "@/db/queries/import";
import { getAreaTargets } from "@/db/queries/targets";
import { can } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { fileResponse, toCsv, toXlsx } from "@/lib/export/files";
import { DEFINITIONS_SHEET, TARGETS_SHEET, VALUES_SHEET } from "@/lib/import/columns";
import { CSV_TYPE, templateQuerySchema, XLSX_TYPE } from "@/lib/import/params";
import { definitionsTable, targetTemplateTable, templateTable } from "@/lib/import/tables";

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
  // The targets of each open plan period (lib/domain/plan.ts: the periods are data), for those who may set them.
  const open = can(user, "targets.write") ? listPlanPeriods().filter((p) => p.state === "open") : [];
  const stored = new Map(open.map((p) => [p.code, new Map(getAreaTargets(area.id, p.code).map((t) => [t.indicatorKey, t]))]));
  const targets = targetTemplateTable(
    area,
    open,
    catalogue,
    (period, key) => stored.get(period)?.get(key),
    (period, key) => getNationalReferences(period).get(key)?.kind ?? null,
  );
  const book = await toXlsx([
    { name: VALUES_SHEET, ...table },
    ...(open.length > 0 ? [{ name: TARGETS_SHEET, ...targets }] : []),
    { name: DEFINITIONS_SHEET, ...definitionsTable(catalogue) },
  ]);
  return fileResponse(book, XLSX_TYPE, `${name}.xlsx`);
});
