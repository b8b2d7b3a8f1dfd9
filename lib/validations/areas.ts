import { z } from "zod";
import { AREA_LEVELS, AREA_TYPES, AREA_WAVES, RESOURCE_TYPES } from "@/lib/domain/enums";
import { PROVINCES } from "@/lib/domain/regions";
import { freeText } from "./text";

const text = (max: number) => freeText().trim().min(1, { error: "required" }).max(max, { error: "too_long" });

/** A list of names typed in one box, separated by ; ， 、 or commas: the names, trimmed, in order. */
const cityList = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  freeText()
    .trim()
    .max(300, { error: "too_long" })
    .transform((s) =>
      s
        .split(/[;；,，、]/)
        .map((c) => c.trim())
        .filter(Boolean),
    ),
);

/**
 * The base area schema: the registration form and the server share it. Member cities come in two
 * boxes, Chinese and English names in the same order; either may be left empty, but when both are
 * filled they must name as many cities.
 */
export const areaSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,62}[a-z0-9]$/, { error: "area_code_format" }),
  nameZh: text(120),
  // Optional: left empty, the area is named in pinyin from its Chinese name (romanisedAreaName).
  nameEn: z.preprocess((v) => (v === undefined || v === null ? "" : v), freeText().trim().max(200, { error: "too_long" })),
  level: z.enum(AREA_LEVELS, { error: "required" }),
  wave: z.enum(AREA_WAVES, { error: "required" }),
  yearDesignated: z.coerce
    .number({ error: "not_a_number" })
    .int({ error: "not_a_number" })
    .min(2016, { error: "year_range" })
    .max(2030, { error: "year_range" }),
  // One of the 31 mainland provincial-level divisions, chosen from a list (stored by its English name).
  province: z.enum(PROVINCES, { error: "required" }),
  memberCities: cityList,
  memberCitiesEn: cityList,
  type: z.enum(AREA_TYPES, { error: "required" }),
  resourceType: z.enum(RESOURCE_TYPES, { error: "required" }),
}).superRefine((area, ctx) => {
  if (area.memberCities.length > 0 && area.memberCitiesEn.length > 0 && area.memberCities.length !== area.memberCitiesEn.length) {
    ctx.addIssue({ code: "custom", path: ["memberCitiesEn"], message: "member_cities_count" });
  }
});

export type AreaInput = z.output<typeof areaSchema>;

/** The member cities of a registered area, one row per city, each in the languages given. */
export function memberCityRows(area: Pick<AreaInput, "memberCities" | "memberCitiesEn">): { nameZh: string | null; nameEn: string | null }[] {
  const count = Math.max(area.memberCities.length, area.memberCitiesEn.length);
  return Array.from({ length: count }, (_, i) => ({ nameZh: area.memberCities[i] ?? null, nameEn: area.memberCitiesEn[i] ?? null }));
}
