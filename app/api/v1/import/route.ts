// POST /api/v1/import — a spreadsheet of values, and in an .xlsx its targets sheet (multipart: file, mode=dry-run|commit, area?): every problem and flag; on commit, all or nothing
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { readUpload } from "@/lib/import/upload";
import { runInPool } from "@/lib/workers/pool";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ permission: "values.import" }, async ({ req, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const upload = await readUpload(req);
  const actor = { id: user.id, role: user.role, status: user.status, areaId: user.areaId };
  // Parsing, checking and writing thousands of values take seconds: in the worker pool, on its own
  // connection (one transaction, as ever), while the server answers other requests.
  const result = await runInPool<"import">({ kind: "import", actor, ...upload, now: Date.now() });
  // A commit refused for the file's problems wrote nothing: 422 with the same report as a dry run.
  return Response.json(result, { status: result.mode === "commit" && !result.committed ? 422 : 200, headers: { "Cache-Control": "no-store" } });
});
