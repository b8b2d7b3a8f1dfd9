// GET /api/v1/compare?area=CODE&year=YYYY&group=…[&indicator=KEY|all] — one area's scores against its peers,
// with per-indicator rows; `values` holds KEY's values across the peers, every indicator's with `all`, none without
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { groupParam, indicatorParam, yearParam } from "@/lib/api/params";
import { keptJson } from "@/lib/api/kept-json";
import { getComparePayload, valuesOf } from "@/lib/services/compare";
import { audienceOfReader } from "@/lib/services/audience";
import { audienceKey } from "@/lib/services/composite";
import { formatGroupSpec } from "@/lib/domain/peer-groups";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  area: z.string().trim().min(1, { message: "is required" }).max(64),
  year: yearParam,
  group: groupParam,
  // `all` is written like a key, and no indicator is called that.
  indicator: indicatorParam,
});

export const GET = apiRoute({ permission: "areas.read", query: querySchema }, ({ query, user }) => {
  // The public is compared on approved years only (published means approved), kept apart.
  const audience = audienceOfReader(user);
  // Compare defaults to the area's own level (city areas vs county parks).
  const key = `${query.area}|${query.year ?? "latest"}|${query.group ? formatGroupSpec(query.group) : "default"}|${query.indicator ?? ""}|${audienceKey(audience)}`;
  return keptJson("compare-json", key, () => valuesOf(getComparePayload({ area: query.area, year: query.year, group: query.group, audience }), query.indicator));
});
