import { z } from "zod";
import { AREA_LEVELS, AREA_TYPES, AREA_WAVES, RESOURCE_TYPES } from "@/lib/domain/enums";
import { freeText } from "./text";

const text = (max: number) => freeText().trim().min(1, { error: "required" }).max(max, { error: "too_long" });

/** The base area schema: the registration form and the server share it. */
export const areaSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,62}[a-z0-9]$/, { error: "area_code_format" }),
  nameZh: text(120),
  nameEn: text(200),
  level: z.enum(AREA_LEVELS, { error: "required" }),
  wave: z.enum(AREA_WAVES, { error: "required" }),
  yearDesignated: z.coerce
    .number({ error: "not_a_number" })
    .int({ error: "not_a_number" })
    .min(2016, { error: "year_range" })
    .max(2030, { error: "year_range" }),
  province: text(40),
  memberCities: freeText()
    .trim()
    .max(300, { error: "too_long" })
    .transform((s) =>
      s
        .split(/[;；,，、]/)
        .map((c) => c.trim())
        .filter(Boolean)
        .join(";"),
    ),
  type: z.enum(AREA_TYPES, { error: "required" }),
  resourceType: z.enum(RESOURCE_TYPES, { error: "required" }),
});

export type AreaInput = z.output<typeof areaSchema>;
