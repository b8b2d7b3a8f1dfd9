// GET /api/v1/indicators — the indicator catalogue with every definition field, in display order
import { getNationalReferences, listIndicators, listPlanPeriods, listSeriesBreaks } from "@/lib/services/kept-reads";
import { apiRoute } from "@/lib/api/handler";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

export const GET = apiRoute({ permission: "areas.read" }, () => {
  const references = listPlanPeriods().map((p) => [p.code, getNationalReferences(p.code)] as const);
  const breaks = listSeriesBreaks();
  const data = listIndicators().map((i) => ({
    key: i.key,
    names: { zh: i.nameZh, en: i.nameEn },
    unit: { zh: i.unitZh, en: i.unitEn },
    direction: i.direction,
    dimension: i.dimension,
    group: i.group,
    decimals: i.decimals,
    ranges: {
      soft: { min: i.softMin, max: i.softMax },
      hard: { min: i.hardMin, max: i.hardMax },
    },
    yearOnYear: { kind: i.yoyKind, maxDown: i.yoyMaxDown, maxUp: i.yoyMaxUp },
    growthForm: i.growthForm,
    // Per plan period; `value: null` states that the period's plan published none, with its source.
    nationalReferences: Object.fromEntries(
      references.flatMap(([period, refs]) => {
        const r = refs.get(i.key);
        return r ? [[period, { value: r.value, kind: r.kind, source: r.source, sourceUrl: r.sourceUrl }]] : [];
      }),
    ),
    // Years from which the series is counted another way, each with why and its source.
    seriesBreaks: breaks
      .filter((b) => b.indicatorKey === i.key)
      .map((b) => ({ fromYear: b.fromYear, reason: { zh: b.reasonZh, en: b.reasonEn }, source: b.source, sourceUrl: b.sourceUrl })),
    derivation: i.derivation,
  }));
  return Response.json({ data });
});
