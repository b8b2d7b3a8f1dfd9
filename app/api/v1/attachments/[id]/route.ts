// GET /api/v1/attachments/:id — one evidence file, always as a download (the area's officials and reviewers)
import { z } from "zod";
import { getAttachmentForReader } from "@/db/queries/attachments";
import { apiRoute } from "@/lib/api/handler";
import { ATTACHMENT_CONTENT_TYPES, attachmentDisposition } from "@/lib/domain/attachment-type";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: z.coerce.number().int().positive() });

export const GET = apiRoute({ permission: "attachments.read", params: paramsSchema }, ({ params, user }) => {
  if (!user) throw new AppError("unauthenticated");
  const file = getAttachmentForReader(user, params.id);
  if (!file) throw new AppError("not_found", "attachment_not_found");
  // The type is the one its content was checked to be; never shown inline, never sniffed.
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": ATTACHMENT_CONTENT_TYPES[file.kind],
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(file.body.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
