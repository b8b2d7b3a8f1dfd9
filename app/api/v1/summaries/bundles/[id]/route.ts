// GET /api/v1/summaries/bundles/:id — progress of a .zip job started by the caller: { done, total, status }
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getBundle } from "@/lib/reports/bundle";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: z.uuid() });

export const GET = apiRoute({ permission: "summaries.bundle", params: paramsSchema }, async ({ params, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const job = getBundle(params.id, user.id);
  // Expired, forgotten after a restart, or someone else's.
  if (!job) throw new AppError("not_found", "bundle_expired");
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
});
