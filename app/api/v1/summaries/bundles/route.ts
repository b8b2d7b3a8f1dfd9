// POST /api/v1/summaries/bundles?year=YYYY&lang=zh|en — starts (or joins) the job making every area's summary of a year as one .zip; 202 with its progress
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { startBundle } from "@/lib/reports/bundle";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  year: z.string().regex(/^\d{4}$/, { message: "must be a four-digit year" }).transform(Number),
  lang: z.enum(["zh", "en"]).default("zh"),
});

export const POST = apiRoute({ permission: "summaries.bundle", query: querySchema }, async ({ query, user }) => {
  if (!user) throw new AppError("unauthenticated");
  return Response.json(startBundle({ userId: user.id, year: query.year, lang: query.lang }), { status: 202 });
});
