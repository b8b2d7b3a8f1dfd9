"use server";

import { revalidatePath } from "next/cache";
import { getAreaByCode } from "@/db/queries/areas";
import { listIndicators } from "@/db/queries/indicators";
import { getYearEntryContext, saveYearEntry } from "@/db/queries/values";
import { canWriteArea } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { validateYearEntry, yearEntryFromFormData, type EntryProblem } from "@/lib/validations/values";
import { failure } from "./result";

export type YearEntryActionResult = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, EntryProblem[]>;
  saved?: { saved: number; removed: number; flagged: number; version: number };
};

/** Save one area-year: guard → parse and check (same schema and rules as the form) → atomic, version-checked write. */
export async function saveYearEntryAction(_prev: YearEntryActionResult, formData: FormData): Promise<YearEntryActionResult> {
  // A public endpoint: a forged request can send anything in place of the form.
  if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    const raw = yearEntryFromFormData(formData) as { areaCode?: unknown; year?: unknown };
    const area = typeof raw.areaCode === "string" ? getAreaByCode(raw.areaCode) : undefined;
    if (!area) throw new AppError("not_found", "area_not_found");
    // Authorisation before validation: a request for someone else's area learns nothing about its data.
    if (!canWriteArea(user, area.id, "values.write")) throw new AppError("forbidden", user.status === "active" ? "not_your_area" : "forbidden");

    const year = Number(raw.year);
    const context = Number.isInteger(year) ? getYearEntryContext(area.id, year) : { previous: {} };
    const result = validateYearEntry(listIndicators(), context.previous, raw);
    if (!result.ok) return { ok: false, message: result.formError ?? "fix_fields", fieldErrors: result.fieldErrors };

    const { entry, flags } = result;
    const saved = saveYearEntry({
      actor: user,
      areaCode: area.code,
      year: entry.year,
      expectedVersion: entry.version,
      source: entry.source,
      entries: Object.fromEntries(
        Object.entries(entry.values).map(([key, v]) => [key, { ...v, flagged: (flags[key]?.length ?? 0) > 0 }]),
      ),
    });
    revalidatePath(`/areas/${area.code}`);
    revalidatePath("/");
    return { ok: true, saved: { ...saved, flagged: Object.keys(flags).length } };
  } catch (error) {
    return failure(error);
  }
}
