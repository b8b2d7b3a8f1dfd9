"use server";

import { addOfficialResult } from "@/db/queries/official-results";
import { officialResultFromFormData, officialResultSchema } from "@/lib/validations/official-results";
import { formAction } from "./form-action";

/** Records a published result of the national evaluation for an area, with its source (evaluators and administrators). */
export const addOfficialResultAction = formAction(
  {
    permission: "official_results.write",
    form: officialResultFromFormData,
    schema: officialResultSchema,
    revalidate: ({ areaCode }) => [`/areas/${areaCode}`, [`/overview`, "layout"], [`/areas/${areaCode}/summary`, "layout"]],
  },
  ({ input, user }) => {
    addOfficialResult({ actor: user, ...input });
    return { message: "official_result_saved" };
  },
);
