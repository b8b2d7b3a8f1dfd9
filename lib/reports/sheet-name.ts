import { stripControlChars } from "@/lib/validations/text";

// Excel's rules for a worksheet's name, which ExcelJS enforces by throwing (a 500 for the whole
// download, and for every area of a year's .zip): at most 31 characters; none of [ ] : * ? / \;
// not beginning or ending with an apostrophe; not "History" (Excel keeps it for itself); and
// unique in the workbook without regard to case.

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = new Set(["history"]);

/** Cuts to `max` UTF-16 units without splitting a character made of two. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}

/** Spaces and apostrophes off both ends (an apostrophe may not stand there). */
const tidy = (text: string) => text.replace(/^[\s']+|[\s']+$/g, "");

/**
 * A name Excel accepts for a sheet titled `title`, not yet in `taken` (compared case-insensitively);
 * adds it to `taken`. A clash gets " (2)", " (3)"… within the 31 characters.
 */
export function safeSheetName(title: string, taken: Set<string>, fallback = "Sheet"): string {
  const base = tidy(cut(tidy(stripControlChars(title).replace(FORBIDDEN, " ").replace(/\s+/g, " ")), SHEET_NAME_MAX)) || fallback;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = `${tidy(cut(base, SHEET_NAME_MAX - suffix.length))}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
