// GET /api/v1/areas/:code/values — one area's values by indicator and year (?from=&to=, both optional)
import { getAreaValues } from "@/db/queries/values";
import { apiRoute, requireActiveArea } from "@/lib/api/handler";
import { approvedYearsOf, audienceOfReader } from "@/lib/services/audience";
import { keptJson } from "@/lib/api/kept-json";
import { areaCodeParamsSchema, yearRangeQuerySchema } from "@/lib/api/params";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { permission: "areas.read", params: areaCodeParamsSchema, query: yearRangeQuerySchema },
  ({ params, query, user }) => {
    const area = requireActiveArea(params.code);
    // Published means approved: the public is answered the values of approved years only, and its
    // key names those years, so an approval answers anew.
    const audience = audienceOfReader(user);
    const approved = audience === "full" ? null : approvedYearsOf(area.id);
    const seen = approved ? `public:${[...approved].sort().join(",")}` : "full";
    // The body is kept until any value changes: a client polling one area is answered without
    // reading, mapping and serialising its 300 values again.
    return keptJson("values-json", `${area.code}|${query.from ?? ""}|${query.to ?? ""}|${seen}`, () => ({
      area: area.code,
      from: query.from ?? null,
      to: query.to ?? null,
      data: getAreaValues(area.id, query)
        .filter((v) => approved === null || approved.has(v.year))
        .map((v) => ({
          indicator: v.indicatorKey,
          year: v.year,
          value: v.value,
          note: v.note,
          source: v.source,
          flagged: v.flagged,
          demo: v.isDemo,
        })),
    }));
  },
);
