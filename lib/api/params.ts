import { z } from "zod";
import { parseGroupSpec } from "@/lib/domain/peer-groups";

// Query and path parameters of the public JSON API (/api/v1), parsed by apiRoute before a handler runs.

export const MIN_API_YEAR = 1990;
export const MAX_API_YEAR = 2100;
const YEAR_MESSAGE = `must be a four-digit year from ${MIN_API_YEAR} to ${MAX_API_YEAR}`;

/**
 * An optional year. An empty value (`?year=`) counts as absent, as a form with a blank field
 * submits it; anything else that is not a plain four-digit year in range is a 400, never a 500.
 */
export const yearParam = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const text = raw?.trim();
    if (!text) return undefined;
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(year >= MIN_API_YEAR && year <= MAX_API_YEAR)) {
      ctx.addIssue({ code: "custom", message: YEAR_MESSAGE });
      return z.NEVER;
    }
    return year;
  });

export const yearRangeQuerySchema = z
  .object({ from: yearParam, to: yearParam })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "must not be after to",
    path: ["from"],
  });

export const asOfYearQuerySchema = z.object({ year: yearParam });

// Any string reaches the lookup: a code that matches no active area is a 404, not a 400.
export const areaCodeParamsSchema = z.object({ code: z.string().min(1) });

/** A peer group as written in links and the API: `level:city`, `wave:1`, `region:northeast`, `resource:coal`, `all`, `areas:a,b,c`, `saved:12`. */
export const groupParam = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const text = raw?.trim();
    if (!text) return undefined;
    const spec = parseGroupSpec(text);
    if (!spec) {
      ctx.addIssue({ code: "custom", message: "must be level:city|county, wave:…, region:…, resource:…, all, areas:code,code,… or saved:<id>" });
      return z.NEVER;
    }
    return spec;
  });

/** A whole number from `min` to `max`; an empty value counts as absent and takes the default. */
function wholeNumberParam(fallback: number, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const text = raw?.trim();
      if (!text) return fallback;
      const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
      if (!(n >= min && n <= max)) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** `page` (from 1) and `pageSize` of a paged JSON list; a page past the end answers the last page. */
export const pageParams = {
  page: wholeNumberParam(1, 1, 1_000_000),
  pageSize: wholeNumberParam(DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
};

/** An indicator key as the catalogue writes them (`rd_intensity`); an unknown key is not an error. */
export const indicatorParam = z
  .string()
  .regex(/^[a-z0-9_]{1,64}$/, { message: "must be an indicator key (a–z, 0–9 and _)" })
  .optional();
