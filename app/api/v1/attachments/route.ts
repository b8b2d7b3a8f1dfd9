// POST /api/v1/attachments — attach an evidence file (multipart: file, areaCode, year, indicatorKey?) to an area-year or one of its flagged values
import { addAttachment } from "@/db/queries/attachments";
import { readAttachmentUpload } from "@/lib/api/attachment-upload";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ permission: "attachments.write" }, async ({ req, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const upload = await readAttachmentUpload(req);
  const actor = { id: user.id, role: user.role, status: user.status, areaId: user.areaId };
  const saved = addAttachment({ actor, areaCode: upload.areaCode, year: upload.year, indicatorKey: upload.indicatorKey ?? null, fileName: upload.fileName, bytes: upload.bytes });
  return Response.json(saved, { status: 201, headers: { "Cache-Control": "no-store" } });
});
