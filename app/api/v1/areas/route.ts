// GET /api/v1/areas[?page=N&pageSize=N] — the active demonstration areas, a page at a time
import { z } from "zod";
import { listAreas } from "@/db/queries/areas";
import { apiRoute } from "@/lib/api/handler";
import { keptJson } from "@/lib/api/kept-json";
import { pageParams } from "@/lib/api/params";
import { clampPage, pageSlice } from "@/lib/domain/pagination";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

const querySchema = z.object(pageParams);

// Anonymous visitors may read: active areas are public (permissions.ts grants "areas.read" to everyone).
export const GET = apiRoute({ permission: "areas.read", query: querySchema }, ({ query }) =>
  keptJson("areas", `${query.page}|${query.pageSize}`, ["areas"], () => {
    const areas = listAreas();
    const page = clampPage(query.page, areas.length, query.pageSize);
    return {
      total: areas.length,
      page,
      pageSize: query.pageSize,
      data: pageSlice(areas, page, query.pageSize).map((a) => ({
        code: a.code,
        names: { zh: a.nameZh, en: a.nameEn },
        level: a.level,
        wave: a.wave,
        province: a.province,
        status: a.status,
      })),
    };
  }),
);
