"use server";

import { saveDocumentSettings } from "@/db/queries/documents";
import { documentSettingsFromFormData, documentSettingsSchema } from "@/lib/validations/documents";
import { formAction } from "./form-action";

/** The issuing body and the number pattern of the summary documents, set by an administrator and audited. */
export const saveDocumentSettingsAction = formAction(
  {
    permission: "documents.configure",
    form: documentSettingsFromFormData,
    schema: documentSettingsSchema,
    revalidate: () => ["/admin/documents"],
  },
  ({ input, user }) => {
    saveDocumentSettings(user, input);
    return { message: "saved" };
  },
);
