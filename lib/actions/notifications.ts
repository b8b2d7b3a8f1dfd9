"use server";

import { markNotificationsRead } from "@/db/queries/notifications";
import { markReadFromFormData, markReadSchema } from "@/lib/validations/notifications";
import { formAction } from "./form-action";

/** Mark one's own notifications read (some by id, or all); another person's are out of reach by the query's WHERE. */
export const markNotificationsReadAction = formAction(
  { permission: "notifications.read", form: markReadFromFormData, schema: markReadSchema, revalidate: () => [["/todo", "layout"]] },
  ({ input, user }) => {
    const changed = markNotificationsRead(user.id, input.all ? undefined : input.ids);
    return { message: changed > 0 ? "marked_read" : "nothing_to_mark" };
  },
);
