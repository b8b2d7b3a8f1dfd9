// GET /api/v1/areas — the active demonstration areas
import { listAreas } from "@/db/queries/areas";
import { apiRoute } from "@/lib/api/handler";
import { keptJson } from "@/lib/api/kept-json";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

// Anonymous visitors may read: active areas are public (permissions.ts grants "areas.read" to everyone).
export const GET = apiRoute({ permission: "areas.read" }, () =>
  keptJson("areas", "", ["areas"], () => ({
    data: listAreas().map((a) => ({
      code: a.code,
      names: { zh: a.nameZh, en: a.nameEn },
      level: a.level,
      wave: a.wave,
      province: a.province,
      status: a.status,
    })),
  })),
);
