// GET /api/v1/summaries/bundles/:id/download — the finished .zip of a job started by the caller
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { fileResponse } from "@/lib/export/files";
import { getBundleZip } from "@/lib/reports/bundle";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: z.uuid() });

export const GET = apiRoute({ permission: "summaries.bundle", params: paramsSchema }, async ({ params, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const bundle = getBundleZip(params.id, user.id);
  if (!bundle) throw new AppError("not_found", "bundle_expired");
  return fileResponse(Buffer.from(bundle.zip), "application/zip", bundle.fileName);
});
