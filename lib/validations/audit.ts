import { z } from "zod";
import { AUDIT_ENTITIES } from "@/lib/domain/enums";
import { areaCodeSchema, blankToUndefined, indicatorKeySchema } from "@/lib/validations/values";

// The audit page's filters, from the URL: a malformed filter is dropped rather than refused.

export const AUDIT_PAGE_SIZE = 50;
// The app's dates are those of China Standard Time (UTC+8, no daylight saving).
export const AUDIT_TIME_ZONE = "Asia/Shanghai";
const UTC_OFFSET = "+08:00";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00${UTC_OFFSET}`)));

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

export const auditFiltersSchema = z.object({
  area: optional(areaCodeSchema),
  // Part of the e-mail address (or name) of the person who made the change.
  user: optional(z.string().trim().min(1).max(200)),
  indicator: optional(indicatorKeySchema),
  entity: optional(z.enum(AUDIT_ENTITIES)),
  from: optional(isoDate),
  to: optional(isoDate),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1_000_000).default(1)).catch(1),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** The first millisecond of a calendar day in Beijing time. */
export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00${UTC_OFFSET}`);
}

/** The first millisecond after a calendar day in Beijing time (so `to` includes the whole day). */
export function endOfDay(date: string): number {
  return startOfDay(date) + 24 * 60 * 60 * 1000;
}
