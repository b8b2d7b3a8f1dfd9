import "server-only";
import { MAX_ATTACHMENT_BODY_BYTES, MAX_ATTACHMENT_BYTES } from "@/lib/domain/attachment-type";
import { AppError } from "@/lib/errors";
import { readMultipart } from "@/lib/import/upload";
import { attachmentFieldsSchema, type AttachmentFields } from "@/lib/validations/attachments";

// Reading the multipart upload of POST /api/v1/attachments: the size is checked before the body is
// read and while it is read, so that an oversized request is refused without being held in memory.
// Every refusal (400, 413 too large, 415 not multipart) has a message that is a code the UI translates
// (messages: attachments.errors).

export type AttachmentUpload = AttachmentFields & { fileName: string; bytes: Uint8Array };

const tooLarge = () => new AppError("too_large", "attachment_too_large", { maxBytes: MAX_ATTACHMENT_BYTES });

export async function readAttachmentUpload(req: Request): Promise<AttachmentUpload> {
  const { fields, files } = await readMultipart(req, MAX_ATTACHMENT_BODY_BYTES, {
    notMultipart: () => new AppError("unsupported_type", "not_multipart"),
    tooLarge,
    malformed: () => new AppError("bad_request", "malformed_upload"),
  });
  // The same schema as the form's fields; unknown fields are refused.
  const parsed = attachmentFieldsSchema.safeParse(fields);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "invalid_form");
  const file = files[0];
  if (files.length !== 1 || !file) throw new AppError("bad_request", "attachment_missing");
  if (file.size > MAX_ATTACHMENT_BYTES) throw tooLarge();
  return { ...parsed.data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
