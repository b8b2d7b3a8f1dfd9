// GET /api/v1/areas/:code/progress — progress toward each targeted indicator's target (?year= as-of year)
import { getAreaProgress } from "@/lib/services/progress";
import { apiRoute, requireActiveArea } from "@/lib/api/handler";
import { keptJson } from "@/lib/api/kept-json";
import { areaCodeParamsSchema, asOfYearQuerySchema } from "@/lib/api/params";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { permission: "areas.read", params: areaCodeParamsSchema, query: asOfYearQuerySchema },
  ({ params, query }) => {
    const area = requireActiveArea(params.code);
    // Kept until a value or a target changes, as the values API is. Indicators without a target are
    // assessed by growth alone; the API reports target progress only.
    return keptJson("progress-json", `${area.code}|${query.year ?? ""}`, () => ({
      area: area.code,
      year: query.year ?? null,
      data: getAreaProgress(area.id, query.year).flatMap(({ indicatorKey, target, result: r }) =>
        target === null
          ? []
          : [
              {
                indicator: indicatorKey,
                baseYear: r.baseYear,
                baseValue: r.baseValue,
                latestYear: r.latestYear,
                latestValue: r.latestValue,
                target: { value: r.targetValue, year: target.targetYear, kind: target.kind, input: target.value },
                status: r.status,
                ratio: r.ratio,
                // Projected to the target year, which is 2025 for the 14th Five-Year Plan targets.
                projected2025: r.projected,
                requiredAnnualGrowth: r.requiredAnnualGrowth,
                form: r.form,
              },
            ],
      ),
    }));
  },
);
