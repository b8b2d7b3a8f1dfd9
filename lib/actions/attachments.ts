"use server";

import { deleteAttachment } from "@/db/queries/attachments";
import { deleteAttachmentFromFormData, deleteAttachmentSchema } from "@/lib/validations/attachments";
import { formAction } from "./form-action";

/** Remove an evidence file: the area's writer, while the year is editable; audited (db/queries/attachments.ts). */
export const deleteAttachmentAction = formAction(
  {
    permission: "attachments.write",
    form: deleteAttachmentFromFormData,
    schema: deleteAttachmentSchema,
    revalidate: () => [["/areas", "layout"], ["/review", "layout"]],
  },
  ({ input, user }) => {
    deleteAttachment({ actor: user, id: input.id });
    return { message: "attachment_deleted" };
  },
);
