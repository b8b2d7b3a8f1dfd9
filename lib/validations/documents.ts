import { z } from "zod";
import { NUMBER_PATTERN_MAX, numberPatternProblem } from "@/lib/domain/document-number";
import { freeText } from "./text";

// The administrator's settings of the summary documents: the issuing body in both languages and the
// pattern of the document numbers. One schema for the form and the server.

const issuer = freeText({ error: "issuer_required" }).pipe(z.string().trim().min(1, "issuer_required").max(80, "issuer_too_long"));

export const documentSettingsSchema = z.object({
  issuerZh: issuer,
  issuerEn: issuer,
  numberPattern: freeText({ error: "pattern_no_seq" }).pipe(
    z
      .string()
      .trim()
      .min(1, "pattern_no_seq")
      .max(NUMBER_PATTERN_MAX, "pattern_too_long")
      .superRefine((s, ctx) => {
      const problem = numberPatternProblem(s);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  ),
});

export type DocumentSettingsInput = z.infer<typeof documentSettingsSchema>;

export const documentSettingsFromFormData = (form: FormData) => ({
  issuerZh: form.get("issuerZh"),
  issuerEn: form.get("issuerEn"),
  numberPattern: form.get("numberPattern"),
});
