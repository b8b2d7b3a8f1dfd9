// GET /api/v1/plan-periods — the five-year plan periods targets are set for, earliest first
import { listPlanPeriods } from "@/lib/services/kept-reads";
import { apiRoute } from "@/lib/api/handler";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

export const GET = apiRoute({ permission: "areas.read" }, () =>
  Response.json({
    data: listPlanPeriods().map((p) => ({
      code: p.code,
      names: { zh: p.nameZh, en: p.nameEn },
      baseYear: p.baseYear,
      targetYear: p.targetYear,
      state: p.state,
    })),
  }),
);
