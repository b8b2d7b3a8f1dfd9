// GET /api/v1/areas/:code/progress — progress toward each target of a plan period
// (?period= a plan period code, default the open one; ?year= as-of year)
import { findPeriod } from "@/lib/domain/plan";
import { AppError } from "@/lib/errors";
import { listPlanPeriods } from "@/lib/services/kept-reads";
import { approvedYearsOf, audienceOfReader } from "@/lib/services/audience";
import { getAreaProgress, resolvePeriod } from "@/lib/services/progress";
import { apiRoute, requireActiveArea } from "@/lib/api/handler";
import { keptJson } from "@/lib/api/kept-json";
import { areaCodeParamsSchema, progressQuerySchema } from "@/lib/api/params";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { permission: "areas.read", params: areaCodeParamsSchema, query: progressQuerySchema },
  ({ params, query, user }) => {
    const area = requireActiveArea(params.code);
    const named = query.period === undefined ? undefined : findPeriod(listPlanPeriods(), query.period);
    if (named === null) throw new AppError("bad_request", `Unknown plan period: ${query.period}`);
    const period = resolvePeriod({ period: named });
    // The public's progress is assessed from approved years only (published means approved).
    const audience = audienceOfReader(user);
    const seen = audience === "full" ? "full" : `public:${[...approvedYearsOf(area.id)].sort().join(",")}`;
    // Kept until the next write, as the values API is. Indicators without a target are assessed by
    // growth alone; the API reports target progress only.
    return keptJson("progress-json", `${area.code}|${period.code}|${query.year ?? ""}|${seen}`, () => ({
      area: area.code,
      period: period.code,
      year: query.year ?? null,
      data: getAreaProgress(area.id, { period, asOfYear: query.year, audience }).flatMap(({ indicatorKey, target, result: r, verdict }) =>
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
                // A judged period's verdict: final once the target year is approved, and the share of the intended change achieved.
                ...(verdict ? { final: verdict.final, achievedShare: verdict.achievedShare } : {}),
                ratio: r.ratio,
                // Projected to the period's target year.
                projected: r.projected,
                requiredAnnualGrowth: r.requiredAnnualGrowth,
                form: r.form,
              },
            ],
      ),
    }));
  },
);
