// Turning what an official types into a number. Values are copied from spreadsheets and typed with
// Chinese input methods, so thousands separators, full-width characters and the Unicode minus occur.

export const NUMBER_INPUT_MAX_LENGTH = 40;

export type ParsedNumberInput = { ok: true; value: number | null } | { ok: false };

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

/** Empty input means "not reported" (null); anything that is not a plain finite number is rejected. */
export function parseNumberInput(raw: string): ParsedNumberInput {
  if (raw.length > NUMBER_INPUT_MAX_LENGTH) return { ok: false };
  const text = toAscii(raw.trim());
  if (text === "") return { ok: true, value: null };
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false };
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { ok: false };
  // "-0" would otherwise be stored and shown as −0.
  return { ok: true, value: value === 0 ? 0 : value };
}
