// GET /api/v1/overview/:year/brief?format=pdf|docx&lang=zh|en — the national one-page brief of a year
import { z } from "zod";
import { refuseAnonymousDownload } from "@/lib/api/download-limit";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { fileResponse } from "@/lib/export/files";
import { briefFileName } from "@/lib/reports/brief-files";
import { keptNationalBrief } from "@/lib/reports/kept-files";
import { CONTENT_TYPES } from "@/lib/reports/summary-files";
import { audienceOfReader } from "@/lib/services/audience";
import { summaryYears } from "@/lib/services/summary";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({
  year: z.string().regex(/^\d{4}$/, { message: "must be a four-digit year" }).transform(Number),
});

const querySchema = z.object({
  format: z.enum(["pdf", "docx"]).default("pdf"),
  lang: z.enum(["zh", "en"]).default("zh"),
});

export const GET = apiRoute({ permission: "areas.read", params: paramsSchema, query: querySchema }, async ({ req, params, query, user }) => {
  // As the summary files: a rendering when not kept, so signed-out clients get a few a minute each.
  if (!user) {
    const refused = refuseAnonymousDownload(req);
    if (refused) return refused;
  }
  if (!summaryYears().includes(params.year)) throw new AppError("not_found", `No overview for ${params.year}`);
  // The public's brief is made from approved years only, as the overview it abridges.
  const body = await keptNationalBrief(params.year, query.format, query.lang, audienceOfReader(user));
  if (body.length === 0) throw new AppError("internal");
  return fileResponse(Buffer.from(body.buffer, body.byteOffset, body.byteLength), CONTENT_TYPES[query.format], briefFileName("national", params.year, query.format, query.lang));
});
