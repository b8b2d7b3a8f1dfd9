// GET /api/v1/summaries/:code/:year?format=json|pdf|docx|xlsx&lang=zh|en — one area's annual evaluation summary, as data or as a file
import { z } from "zod";
import { apiRoute, requireActiveArea } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { fileResponse } from "@/lib/export/files";
import { getSummaryReport } from "@/lib/services/summary";
import { CONTENT_TYPES, renderSummaryFile, summaryDocument, summaryFileName } from "@/lib/reports/summary-files";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({
  code: z.string().min(1),
  year: z.string().regex(/^\d{4}$/, { message: "must be a four-digit year" }).transform(Number),
});

const querySchema = z.object({
  format: z.enum(["json", "pdf", "docx", "xlsx"]).default("json"),
  lang: z.enum(["zh", "en"]).default("zh"),
});

export const GET = apiRoute({ permission: "areas.read", params: paramsSchema, query: querySchema }, async ({ params, query }) => {
  // Pending and rejected areas have no public summary (404), as in the rest of the API.
  const area = requireActiveArea(params.code);
  const report = getSummaryReport(area.code, params.year);
  if (query.format === "json") return Response.json(report);
  const body = await renderSummaryFile(summaryDocument(report, query.lang), query.format);
  if (body.length === 0) throw new AppError("internal");
  return fileResponse(body, CONTENT_TYPES[query.format], summaryFileName(report, query.format, query.lang));
});
