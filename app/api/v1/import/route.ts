// POST /api/v1/import — a spreadsheet of values (multipart: file, mode=dry-run|commit, area?): every problem and flag; on commit, all or nothing
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { importFile } from "@/lib/import/import-file";
import { readUpload } from "@/lib/import/upload";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ permission: "values.import" }, async ({ req, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const upload = await readUpload(req);
  const result = await importFile({ actor: user, ...upload });
  // A commit refused for the file's problems wrote nothing: 422 with the same report as a dry run.
  return Response.json(result, { status: result.mode === "commit" && !result.committed ? 422 : 200, headers: { "Cache-Control": "no-store" } });
});
