import { z } from "zod";

// Marking notifications read: some by id (the ones shown), or every unread one.

export const markReadSchema = z.strictObject({
  ids: z.array(z.coerce.number({ error: "invalid_form" }).int({ error: "invalid_form" }).positive({ error: "invalid_form" })).max(50, { error: "invalid_form" }),
  all: z.boolean(),
});

export type MarkReadInput = z.output<typeof markReadSchema>;

export function markReadFromFormData(fd: FormData): unknown {
  return { ids: fd.getAll("id").map(String), all: fd.get("all") === "1" };
}
