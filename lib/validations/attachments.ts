import { z } from "zod";
import { areaCodeSchema, blankToUndefined, indicatorKeySchema, integerField, YEAR_MAX, YEAR_MIN } from "@/lib/validations/values";

// Evidence files: the fields sent with an upload (POST /api/v1/attachments, multipart, beside the
// file itself) and the removal of one (a server action). The file's own checks: lib/domain/attachment-type.ts.

export const attachmentFieldsSchema = z.strictObject({
  areaCode: areaCodeSchema,
  year: integerField(YEAR_MIN, YEAR_MAX, "invalid_year"),
  // A flagged value of the year the file supports; blank for the year as a whole.
  indicatorKey: z.preprocess(blankToUndefined, indicatorKeySchema.optional()),
});

export type AttachmentFields = z.output<typeof attachmentFieldsSchema>;

export const deleteAttachmentSchema = z.strictObject({
  id: integerField(1, Number.MAX_SAFE_INTEGER, "invalid_form"),
});

export function deleteAttachmentFromFormData(fd: FormData): unknown {
  return { id: fd.get("id") };
}
