import Papa from "papaparse";
import { hasPercentSign, parseNumberInput } from "./number-input";
import { checkEntry, type EntryValue, type FieldProblem, type Flag, type IndicatorRule } from "./validation";

// A block pasted into the entry form from a spreadsheet (Excel and WPS copy a selection as lines of
// tab-separated cells), read into values for the form's fields (docs/methodology.md §2.6). Nothing is
// filled here: the form shows the preview and fills the fields only when the official confirms.
//
// Three shapes are recognised:
// - one column of values, in the form's order, starting at the field pasted into;
// - two columns, an indicator's name (Chinese, English, or its key) and its value;
// - the import template's or the export's own columns, with their header row (indicator_key, value,
//   and optionally year, area_code and note).

export type PasteIndicator = Pick<IndicatorRule, "key" | "nameZh" | "nameEn" | "unitZh" | "derivation">;

export type PasteShape = "column" | "pairs" | "template";

/** Why a line that names an indicator is not filled. */
export type PasteProblem =
  | { code: "not_a_number" }
  /** A percent sign on a value whose indicator is not in percent: most likely a column pasted one field off. */
  | { code: "percent_not_unit" }
  /** A computed indicator is never entered. */
  | { code: "computed" }
  | { code: "duplicate"; firstLine: number }
  /** More cells on the line than a name and a value. */
  | { code: "extra_cells" };

export type PasteLine = {
  /** 1-based line of the pasted block. */
  line: number;
  /** The line as pasted, cells separated by tabs (for the preview). */
  text: string;
  key: string;
  /** The value cell as pasted. */
  raw: string;
  /** null: a blank cell, which leaves the field as it is (never clears it). */
  value: number | null;
  /** From the template's note column, when it has one and the cell is not blank. */
  note: string | null;
  problem: PasteProblem | null;
};

export type UnmatchedReason =
  /** A name or key that is no indicator of the form. */
  | "unknown_indicator"
  /** A single column longer than the fields after the one pasted into. */
  | "no_field_left"
  /** A header row (the first line, when it holds no value). */
  | "header"
  /** A template or export row of another year or another area. */
  | "other_year"
  | "other_area";

export type PasteUnmatched = { line: number; text: string; reason: UnmatchedReason };

export type PasteResult = { shape: PasteShape; lines: PasteLine[]; unmatched: PasteUnmatched[] };

export type PasteOptions = {
  /** The key of the field pasted into: a single column starts there. */
  start: string;
  /** The form's year and area: template rows of another are not this form's. */
  year: number;
  areaCode: string;
};

/**
 * True when a paste is a block for parsePaste rather than one value for the field itself: a tab or a
 * line break inside it. A single cell copied from a spreadsheet ends in a line break, which does not count.
 */
export function isBlockPaste(text: string): boolean {
  const trimmed = text.replace(/[\r\n]+$/, "");
  return /[\t\r\n]/.test(trimmed);
}

/** Splits the clipboard's text into lines of cells, as a spreadsheet wrote them (quoted cells, \r\n). */
export function pasteCells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: "\t", quoteChar: '"', header: false, skipEmptyLines: false });
  const rows = parsed.data.map((cells) => cells.map((c) => c.trim()));
  // Trailing empty lines (a copied selection ends with a line break) are nothing.
  while (rows.length > 0 && rows.at(-1)!.every((c) => c === "")) rows.pop();
  return rows;
}

/**
 * A name as people type it, reduced for comparison: full-width characters to their ASCII forms
 * (NFKC), case, spaces and quotes ignored, and a trailing unit in parentheses dropped
 * ("常住人口（万人）" is "常住人口").
 */
export function normaliseName(name: string): string {
  let text = name.normalize("NFKC").toLowerCase().replace(/["'“”‘’]/g, "").replace(/\s+/g, "");
  // A unit may hold parentheses of its own: "指数(2020=100)".
  while (text.endsWith(")")) {
    const open = openingOf(text);
    if (open <= 0) break;
    text = text.slice(0, open);
  }
  return text;
}

/** Where the parenthesis closed at the end of the text opens, or -1 when none does. */
function openingOf(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) return i;
  }
  return -1;
}

/** The apostrophe an export puts before =, +, -, @ (so that a spreadsheet does not run the cell) is taken off. */
function unescapeCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const TEMPLATE_COLUMNS = ["indicator_key", "value", "note", "year", "area_code"] as const;
type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** The column positions of a template or export header row, or null when the row is not one. */
function templateHeader(cells: string[]): Partial<Record<TemplateColumn, number>> | null {
  const names = cells.map((c) => c.trim().toLowerCase());
  if (!names.includes("indicator_key") || !names.includes("value")) return null;
  const at: Partial<Record<TemplateColumn, number>> = {};
  for (const column of TEMPLATE_COLUMNS) {
    const i = names.indexOf(column);
    if (i >= 0) at[column] = i;
  }
  return at;
}

export function parsePaste(text: string, indicators: readonly PasteIndicator[], options: PasteOptions): PasteResult {
  const rows = pasteCells(text);
  const width = rows.reduce((widest, r) => Math.max(widest, r.length), 0);
  const firstFilled = rows.findIndex((r) => r.some((c) => c !== ""));
  const header = firstFilled >= 0 ? templateHeader(rows[firstFilled]!) : null;
  if (header) return readTemplate(rows, firstFilled, header, indicators, options);
  if (width <= 1) return readColumn(rows, indicators, options);
  return readPairs(rows, indicators);
}

const lineText = (cells: string[]) => cells.join("\t");

function valueOf(raw: string, indicator: PasteIndicator): { value: number | null; problem: PasteProblem | null } {
  if (indicator.derivation !== null) return { value: null, problem: { code: "computed" } };
  const parsed = parseNumberInput(raw);
  if (!parsed.ok) return { value: null, problem: { code: "not_a_number" } };
  if (parsed.value !== null && hasPercentSign(raw) && indicator.unitZh.trim() !== "%") return { value: null, problem: { code: "percent_not_unit" } };
  return { value: parsed.value, problem: null };
}

function readColumn(rows: string[][], indicators: readonly PasteIndicator[], options: PasteOptions): PasteResult {
  // Computed indicators have no field to type into: a column copied from the template skips them too.
  const entered = indicators.filter((i) => i.derivation === null);
  const startAt = Math.max(0, entered.findIndex((i) => i.key === options.start));
  const lines: PasteLine[] = [];
  const unmatched: PasteUnmatched[] = [];
  let next = startAt;
  rows.forEach((cells, index) => {
    const line = index + 1;
    const raw = cells[0] ?? "";
    // A first line without a digit ("value", "数值") is the column's heading, not the first field's
    // value: taking it for a value would shift every value below it one field down.
    if (index === 0 && raw !== "" && !/[0-9\uFF10-\uFF19]/.test(raw)) {
      unmatched.push({ line, text: raw, reason: "header" });
      return;
    }
    const indicator = entered[next++];
    if (!indicator) {
      unmatched.push({ line, text: raw, reason: "no_field_left" });
      return;
    }
    lines.push({ line, text: raw, key: indicator.key, raw, note: null, ...valueOf(raw, indicator) });
  });
  return { shape: "column", lines, unmatched };
}

function matcher(indicators: readonly PasteIndicator[]) {
  const byName = new Map<string, PasteIndicator>();
  for (const i of indicators) {
    for (const name of [i.key, i.nameZh, i.nameEn]) {
      const normal = normaliseName(name);
      if (normal && !byName.has(normal)) byName.set(normal, i);
    }
  }
  return (name: string) => byName.get(normaliseName(name));
}

function readPairs(rows: string[][], indicators: readonly PasteIndicator[]): PasteResult {
  const find = matcher(indicators);
  const lines: PasteLine[] = [];
  const unmatched: PasteUnmatched[] = [];
  const firstLineOf = new Map<string, number>();
  let seenFilled = false;
  rows.forEach((cells, index) => {
    const line = index + 1;
    if (cells.every((c) => c === "")) return;
    const first = !seenFilled;
    seenFilled = true;
    const [name = "", raw = "", ...rest] = cells;
    const indicator = find(name);
    if (!indicator) {
      // "指标  数值" above the values: a heading, not an indicator nobody knows.
      const heading = first && raw !== "" && !parseNumberInput(raw).ok;
      unmatched.push({ line, text: lineText(cells), reason: heading ? "header" : "unknown_indicator" });
      return;
    }
    let entry = valueOf(raw, indicator);
    const earlier = firstLineOf.get(indicator.key);
    if (earlier !== undefined) entry = { value: null, problem: { code: "duplicate", firstLine: earlier } };
    else if (rest.some((c) => c !== "")) entry = { value: null, problem: { code: "extra_cells" } };
    firstLineOf.set(indicator.key, earlier ?? line);
    lines.push({ line, text: lineText(cells), key: indicator.key, raw, note: null, ...entry });
  });
  return { shape: "pairs", lines, unmatched };
}

function readTemplate(
  rows: string[][],
  headerIndex: number,
  at: Partial<Record<TemplateColumn, number>>,
  indicators: readonly PasteIndicator[],
  options: PasteOptions,
): PasteResult {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const lines: PasteLine[] = [];
  const unmatched: PasteUnmatched[] = [{ line: headerIndex + 1, text: lineText(rows[headerIndex]!), reason: "header" }];
  const firstLineOf = new Map<string, number>();
  const cell = (cells: string[], column: TemplateColumn) => (at[column] === undefined ? "" : unescapeCell(cells[at[column]] ?? ""));
  rows.forEach((cells, index) => {
    const line = index + 1;
    if (index <= headerIndex || cells.every((c) => c === "")) return;
    const text = lineText(cells);
    const year = cell(cells, "year");
    if (year !== "" && year !== String(options.year)) return unmatched.push({ line, text, reason: "other_year" });
    const area = cell(cells, "area_code").toLowerCase();
    if (area !== "" && area !== options.areaCode) return unmatched.push({ line, text, reason: "other_area" });
    const indicator = byKey.get(cell(cells, "indicator_key").toLowerCase());
    if (!indicator) return unmatched.push({ line, text, reason: "unknown_indicator" });
    const raw = cell(cells, "value");
    const note = cell(cells, "note");
    let entry = valueOf(raw, indicator);
    const earlier = firstLineOf.get(indicator.key);
    if (earlier !== undefined) entry = { value: null, problem: { code: "duplicate", firstLine: earlier } };
    firstLineOf.set(indicator.key, earlier ?? line);
    lines.push({ line, text, key: indicator.key, raw, note: note === "" ? null : note, ...entry });
  });
  return { shape: "template", lines, unmatched };
}

// ---------------------------------------------------------------------------------------------
// The preview: what each line would do to the form, by the form's own rules (checkEntry).

export type PreviewStatus =
  /** Filled, nothing to say. */
  | "fill"
  /** Filled and flagged (outside the usual range, or a large change from last year). */
  | "flagged"
  /** The same as the field holds: nothing changes. */
  | "unchanged"
  /** A blank cell: the field is left as it is. */
  | "blank"
  /** Not filled: not a number, a computed indicator, a duplicate line, or outside the possible range. */
  | "refused";

export type PreviewLine = PasteLine & {
  status: PreviewStatus;
  /** What the field holds now, as text (it may be empty). */
  before: string;
  flags: Flag[];
  /** The form's problems for this value once filled: out_of_hard_range (refused), note_required, sector shares. */
  problems: FieldProblem[];
};

export type PastePreview = { shape: PasteShape; lines: PreviewLine[]; unmatched: PasteUnmatched[] };

export type PreviewContext = {
  rules: readonly IndicatorRule[];
  previous: Record<string, number | undefined>;
  /** The form's fields as they are now (text as typed), and their notes. */
  values: Record<string, string>;
  notes: Record<string, string>;
};

function formEntries(ctx: PreviewContext): Record<string, EntryValue> {
  const entries: Record<string, EntryValue> = {};
  for (const rule of ctx.rules) {
    if (rule.derivation !== null) continue;
    const parsed = parseNumberInput(ctx.values[rule.key] ?? "");
    if (parsed.ok) entries[rule.key] = { value: parsed.value, note: ctx.notes[rule.key] ?? "" };
  }
  return entries;
}

/**
 * What confirming the paste would do, line by line: the same checks as the form, on the whole year as
 * it would be after the paste (so that the sector shares are checked together). A value outside the
 * hard range is refused and left out of the year before its flags are computed.
 */
export function previewPaste(result: PasteResult, ctx: PreviewContext): PastePreview {
  const before = formEntries(ctx);
  const candidates = result.lines.filter((l) => l.problem === null && l.value !== null);
  const withPaste = (lines: PasteLine[]) => {
    const entries = { ...before };
    for (const l of lines) entries[l.key] = { value: l.value, note: l.note ?? ctx.notes[l.key] ?? "" };
    return entries;
  };
  const first = checkEntry(ctx.rules, withPaste(candidates), ctx.previous);
  const impossible = (key: string) => (first.errors[key] ?? []).some((p) => p.code === "out_of_hard_range");
  const accepted = candidates.filter((l) => !impossible(l.key));
  const check = checkEntry(ctx.rules, withPaste(accepted), ctx.previous);

  const lines = result.lines.map((l): PreviewLine => {
    const current = ctx.values[l.key] ?? "";
    const base = { ...l, before: current };
    if (l.problem) return { ...base, status: "refused", flags: [], problems: [] };
    if (l.value === null) return { ...base, status: "blank", flags: [], problems: [] };
    if (impossible(l.key)) return { ...base, status: "refused", flags: [], problems: (first.errors[l.key] ?? []).filter((p) => p.code === "out_of_hard_range") };
    const flags = check.flags[l.key] ?? [];
    const problems = check.errors[l.key] ?? [];
    const was = before[l.key];
    const sameNote = l.note === null || l.note === (ctx.notes[l.key] ?? "");
    if (was && was.value === l.value && sameNote) return { ...base, status: "unchanged", flags, problems };
    return { ...base, status: flags.length > 0 ? "flagged" : "fill", flags, problems };
  });
  return { shape: result.shape, lines, unmatched: result.unmatched };
}

/** The fields a confirmed paste fills: the value as a plain number, and the note when the paste carried one. */
export function pasteFills(preview: PastePreview): { values: Record<string, string>; notes: Record<string, string> } {
  const values: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const l of preview.lines) {
    if ((l.status !== "fill" && l.status !== "flagged") || l.value === null) continue;
    values[l.key] = String(l.value);
    if (l.note !== null) notes[l.key] = l.note;
  }
  return { values, notes };
}
