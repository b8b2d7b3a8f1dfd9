import { z } from "zod";
import { yearParamFrom } from "@/lib/api/params";
import { YEAR_MIN } from "@/lib/validations/values";

// Query parameters of the template and export downloads.

/** A year that can be imported: from YEAR_MIN to the current year (the entry form offers no later one). */
export const importYearParam = yearParamFrom(YEAR_MIN, () => new Date().getFullYear(), (min, max) => `must be a year from ${min} to ${max}`);

const fileFormat = z.enum(["xlsx", "csv"], { error: "must be xlsx or csv" }).default("xlsx");

// An area code of any shape reaches the lookup: one that matches no area is a 404, not a 400.
const areaParam = z.string().trim().max(64, { error: "is too long" }).optional();

export const templateQuerySchema = z.object({ area: areaParam, year: importYearParam, format: fileFormat });
export const exportQuerySchema = z.object({ area: areaParam, format: fileFormat });
export const definitionsQuerySchema = z.object({ format: fileFormat });

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";
