// Turning what an official types into a number. Values are copied from spreadsheets and typed with
// Chinese input methods, so thousands separators, full-width characters, the Unicode minus and a
// trailing percent sign (a spreadsheet's percentage format: "12.5%" is copied as shown) occur.

export const NUMBER_INPUT_MAX_LENGTH = 40;

export type ParsedNumberInput = { ok: true; value: number | null } | { ok: false };

// One percent sign at the end, ASCII or full-width, with optional spaces before it: "12.5%", "12.5 ％".
const TRAILING_PERCENT = /\s*[%\uFF05]$/;

// Full-width forms (U+FF01–U+FF5E) sit at a fixed offset from their ASCII counterparts.
const FULL_WIDTH_OFFSET = 0xfee0;

// Plain "1234.5", ".5", "5." — or grouped "1,234,567.5" where every group after the first has three
// digits, so a decimal comma ("1,5") is rejected instead of being silently read as 15.
// No exponents: nobody types them, and accepting them would let "1e400" through as Infinity.
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function toAscii(text: string): string {
  return text
    .replace(/[\uFF0B-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET)) // ＋，－．／０–９
    .replace(/\u2212/g, "-");
}

/** True when the text ends in a percent sign (which parseNumberInput drops). */
export function hasPercentSign(raw: string): boolean {
  return TRAILING_PERCENT.test(raw.trim());
}

/**
 * Empty input means "not reported" (null); anything that is not a plain finite number is rejected.
 * A trailing percent sign is dropped, and the number is read as written: "12.5%" is 12.5, in the
 * indicator's own unit (percent indicators are stored in percent, never as a fraction).
 */
export function parseNumberInput(raw: string): ParsedNumberInput {
  if (raw.length > NUMBER_INPUT_MAX_LENGTH) return { ok: false };
  const trimmed = raw.trim();
  const text = toAscii(trimmed.replace(TRAILING_PERCENT, ""));
  // A percent sign alone is not a number, nor "not reported".
  if (text === "") return trimmed === "" ? { ok: true, value: null } : { ok: false };
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false };
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { ok: false };
  // "-0" would otherwise be stored and shown as −0.
  return { ok: true, value: value === 0 ? 0 : value };
}
