"use server";

import { listIndicators } from "@/db/queries/indicators";
import { getPreviousValuesForWriter, saveYearEntry } from "@/db/queries/values";
import { validateYearEntry, yearEntryFromFormData } from "@/lib/validations/values";
import { formAction } from "./form-action";

/** Save one area-year: the same schema and rules as the form, then an atomic, version-checked write. */
export const saveYearEntryAction = formAction(
  {
    permission: "values.write",
    form: yearEntryFromFormData,
    // The checks compare with last year's values, read through the writer's area scope: a request
    // for an area this person may not write is refused there, before anything of its data is used.
    schema: (raw, user) => {
      const { areaCode, year } = raw as { areaCode?: unknown; year?: unknown };
      const previous = getPreviousValuesForWriter(user, typeof areaCode === "string" ? areaCode : "", Number(year));
      const result = validateYearEntry(listIndicators(), previous, raw);
      return result.ok ? { ok: true, data: result } : result;
    },
    revalidate: ({ entry }) => [`/areas/${entry.areaCode}`, "/"],
  },
  ({ input: { entry, flags }, user }) => {
    const saved = saveYearEntry({
      actor: user,
      areaCode: entry.areaCode,
      year: entry.year,
      expectedVersion: entry.version,
      source: entry.source,
      entries: Object.fromEntries(Object.entries(entry.values).map(([key, v]) => [key, { ...v, flagged: (flags[key]?.length ?? 0) > 0 }])),
    });
    // The moment of the save, which the form shows beside its save button ("已保存 · 10:42").
    return { data: { ...saved, flagged: Object.keys(flags).length, savedAt: Date.now() } };
  },
);
