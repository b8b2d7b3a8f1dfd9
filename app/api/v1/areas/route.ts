// GET /api/v1/areas[?q=text&page=N&pageSize=N] — the active demonstration areas, a page at a time;
// q: only those whose code, names, member cities or province contain the text
import { z } from "zod";
import { listAreasPage } from "@/db/queries/areas";
import { apiRoute } from "@/lib/api/handler";
import { keptJson } from "@/lib/api/kept-json";
import { pageParams } from "@/lib/api/params";

// The database is read at request time, never at build.
export const dynamic = "force-dynamic";

const querySchema = z.object({ ...pageParams, q: z.string().trim().max(100).optional() });

// Anonymous visitors may read: active areas are public (permissions.ts grants "areas.read" to everyone).
export const GET = apiRoute({ permission: "areas.read", query: querySchema }, ({ query }) =>
  keptJson("areas-json", `${query.q ?? ""}|${query.page}|${query.pageSize}`, () => {
    const { rows, total, page, pageSize } = listAreasPage({ q: query.q }, query.page, query.pageSize);
    return {
      total,
      page,
      pageSize,
      data: rows.map((a) => ({
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
