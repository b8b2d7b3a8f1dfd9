import { z } from "zod";
import { parseGroupSpec } from "@/lib/domain/peer-groups";
import { PERIOD_CODE_PATTERN, YEAR_BOUNDS } from "@/lib/domain/plan";

// Query and path parameters of the public JSON API (/api/v1), parsed by apiRoute before a handler runs.

export const MIN_API_YEAR = YEAR_BOUNDS.min;
export const MAX_API_YEAR = YEAR_BOUNDS.max;

/**
 * An optional whole number written in plain digits (`pattern`), from `min` to `max` (a function where
 * the bound moves with the date). An empty value (`?year=`) counts as absent, as a form with a blank
 * field submits it, and gives `fallback`; anything else out of shape or range is a 400, never a 500.
 */
export function wholeNumberParam<F extends number | undefined>(options: {
  min: number;
  max: number | (() => number);
  fallback: F;
  pattern?: RegExp;
  message?: (min: number, max: number) => string;
}) {
  const { min, fallback, pattern = /^\d{1,9}$/, message = (lo, hi) => `must be a whole number from ${lo} to ${hi}` } = options;
  return z
    .string()
    .optional()
    .transform((raw, ctx): number | F => {
      const text = raw?.trim();
      if (!text) return fallback;
      const max = typeof options.max === "function" ? options.max() : options.max;
      const n = pattern.test(text) ? Number(text) : NaN;
      if (!(n >= min && n <= max)) {
        ctx.addIssue({ code: "custom", message: message(min, max) });
        return z.NEVER;
      }
      return n;
    });
}

/** An optional plain four-digit year in range. */
export function yearParamFrom(min: number, max: number | (() => number), message: (min: number, max: number) => string) {
  return wholeNumberParam({ min, max, fallback: undefined, pattern: /^\d{4}$/, message });
}

export const yearParam = yearParamFrom(MIN_API_YEAR, MAX_API_YEAR, (min, max) => `must be a four-digit year from ${min} to ${max}`);

export const yearRangeQuerySchema = z
  .object({ from: yearParam, to: yearParam })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "must not be after to",
    path: ["from"],
  });

export const asOfYearQuerySchema = z.object({ year: yearParam });

/** An as-of year and a plan period (`?period=fyp14`); whether the period exists is the handler's to say. */
export const progressQuerySchema = z.object({
  year: yearParam,
  period: z.string().regex(PERIOD_CODE_PATTERN, { message: "must be a plan period code, e.g. fyp15" }).optional(),
});

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

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** `page` (from 1) and `pageSize` of a paged JSON list; a page past the end answers the last page. */
export const pageParams = {
  page: wholeNumberParam({ min: 1, max: 1_000_000, fallback: 1 }),
  pageSize: wholeNumberParam({ min: 1, max: MAX_PAGE_SIZE, fallback: DEFAULT_PAGE_SIZE }),
};

/** An indicator key as the catalogue writes them (`rd_intensity`); an unknown key is not an error. */
export const indicatorParam = z
  .string()
  .regex(/^[a-z0-9_]{1,64}$/, { message: "must be an indicator key (a–z, 0–9 and _)" })
  .optional();
