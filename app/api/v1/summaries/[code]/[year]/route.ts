// GET /api/v1/summaries/:code/:year?format=json|pdf|docx|xlsx|brief|brief-docx&lang=zh|en — one area's annual evaluation summary, as data or as a file, or its one-page brief
import { z } from "zod";
import { refuseAnonymousDownload } from "@/lib/api/download-limit";
import { apiRoute, requireActiveArea } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { fileResponse } from "@/lib/export/files";
import { BRIEF_FORMATS, briefFileName, briefFileType, isBriefFormat } from "@/lib/reports/brief-files";
import { keptSummaryFile } from "@/lib/reports/kept-files";
import { CONTENT_TYPES, summaryFileName } from "@/lib/reports/summary-files";
import { audienceOfReader } from "@/lib/services/audience";
import { getSummaryReport, summaryYears } from "@/lib/services/summary";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({
  code: z.string().min(1),
  year: z.string().regex(/^\d{4}$/, { message: "must be a four-digit year" }).transform(Number),
});

const querySchema = z.object({
  format: z.enum(["json", "pdf", "docx", "xlsx", ...BRIEF_FORMATS]).default("json"),
  lang: z.enum(["zh", "en"]).default("zh"),
});

export const GET = apiRoute({ permission: "areas.read", params: paramsSchema, query: querySchema }, async ({ req, params, query, user }) => {
  // Documents cost a rendering when they are not kept: signed-out clients get a few a minute each.
  if (query.format !== "json" && !user) {
    const refused = refuseAnonymousDownload(req);
    if (refused) return refused;
  }
  // Pending and rejected areas have no public summary (404), as in the rest of the API.
  const area = requireActiveArea(params.code);
  // The public's summary is made from approved years only (published means approved).
  const audience = audienceOfReader(user);
  if (query.format === "json") return Response.json(getSummaryReport(area.code, params.year, audience));
  if (!summaryYears().includes(params.year)) throw new AppError("not_found", `No summary for ${params.year}`);
  // Rendered off the server's thread, in the worker pool, and kept until the next write.
  const body = await keptSummaryFile(area.code, params.year, query.format, query.lang, audience);
  if (body.length === 0) throw new AppError("internal");
  const file = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isBriefFormat(query.format)) {
    const type = briefFileType(query.format);
    return fileResponse(file, CONTENT_TYPES[type], briefFileName(area.code, params.year, type, query.lang));
  }
  return fileResponse(file, CONTENT_TYPES[query.format], summaryFileName(area.code, params.year, query.format, query.lang));
});
