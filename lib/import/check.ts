import { computeDerivedForYear } from "@/lib/domain/derived";
import type { SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { checkEntry, SECTOR_SHARE_KEYS, type EntryValue, type IndicatorRule } from "@/lib/domain/validation";
import { hasControlCharacters } from "@/lib/validations/text";
import { areaCodeSchema, numberTextSchema, SOURCE_MAX_LENGTH, valueEntrySchema, NOTE_MAX_LENGTH } from "@/lib/validations/values";
import type { ImportColumn } from "./columns";
import { MAX_QUOTED_CHARS } from "./limits";
import type { RawCell, RawImportRow } from "./table";
import type { ImportComputedRow, ImportFlag, ImportProblem, ProblemCode, ProblemParams } from "./types";

// The checks of an import, without I/O: every row is read as the entry form reads a field (the same
// number parsing, the same note rule), each area-year is checked as the form checks a year
// (checkEntry: hard range, flags that need a note, sector shares), and the caller supplies what is
// stored and what this person may write.

type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export type AreaAccess = "writable" | "not_your_area" | "not_active";
export type StoredValue = { value: number; note: string | null };

export type ImportCheckContext = {
  rules: IndicatorRule[];
  /** Years that may be imported (the form offers no later year than the current one). */
  years: { min: number; max: number };
  /** What this person may do with each area code of the file; a code not listed does not exist. */
  areaAccess: ReadonlyMap<string, AreaAccess>;
  /** Stored values of one area-year, by indicator (asked only for writable areas). */
  stored: (area: string, year: number) => ReadonlyMap<string, StoredValue> | undefined;
  status: (area: string, year: number) => SubmissionStatus | undefined;
  /** When the upload names one area, rows of any other are refused. */
  onlyArea?: string;
};

export type ImportEntry = { value: number; note: string; flagged: boolean };
/**
 * One write: the values of one area-year that share a source (applyYearEntry stores one source with
 * the values it writes). An area-year whose rows name different sources is written in several.
 */
export type ImportGroup = { area: string; year: number; source: string; entries: Record<string, ImportEntry> };

export type ImportCheck = {
  problems: ImportProblem[];
  flags: ImportFlag[];
  /** Rows of computed indicators that equal what the product computes: skipped, not written. */
  computed: ImportComputedRow[];
  groups: ImportGroup[];
  counts: { rows: number; areaYears: number; changed: number; unchanged: number; flagged: number; computed: number };
};

type Row = { row: number; area: string; indicator: string; year: number; value: number; note: string; source: string };

const COLUMN_ORDER: ImportColumn[] = ["area_code", "indicator_key", "year", "value", "note", "source"];

/** Text of a cell, trimmed; the apostrophe that an export puts before =, +, -, @ is taken off again. */
export function cellText(cell: RawCell): string {
  const text = cell === null ? "" : typeof cell === "number" ? String(cell) : cell.trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

export function parseYearCell(cell: RawCell, years: { min: number; max: number }): number | null {
  const year = typeof cell === "number" ? cell : /^\d{4}$/.test(cellText(cell)) ? Number(cellText(cell)) : NaN;
  return Number.isInteger(year) && year >= years.min && year <= years.max ? year : null;
}

/** A number cell is taken as it is; text goes through the form's number parsing (separators, full-width digits). */
export function parseValueCell(cell: RawCell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? (cell === 0 ? 0 : cell) : null;
  const parsed = numberTextSchema.safeParse(cellText(cell));
  return parsed.success ? parsed.data : null;
}

export function checkImport(raw: RawImportRow[], letters: Partial<Record<ImportColumn, string>>, ctx: ImportCheckContext): ImportCheck {
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: ImportColumn | null, code: ProblemCode, params?: ProblemParams) =>
    problems.push({ row, column, cell: column ? (letters[column] ?? null) : null, code, ...(params ? { params } : {}) });
  const rules = new Map(ctx.rules.map((r) => [r.key, r]));

  // 1. Each row on its own.
  const usable: Row[] = [];
  const computedRows: Row[] = [];
  const firstOf = new Map<string, number>();
  for (const r of raw) {
    let ok = true;
    const area = cellText(r.area).toLowerCase();
    const access = ctx.areaAccess.get(area);
    if (area === "") {
      problem(r.row, "area_code", "required");
      ok = false;
    } else if (!areaCodeSchema.safeParse(area).success || access === undefined) {
      problem(r.row, "area_code", "unknown_area", { value: quote(area) });
      ok = false;
    } else if (access !== "writable") {
      problem(r.row, "area_code", access === "not_active" ? "area_not_active" : "not_your_area", { value: area });
      ok = false;
    } else if (ctx.onlyArea !== undefined && area !== ctx.onlyArea) {
      problem(r.row, "area_code", "not_selected_area", { value: area, expected: ctx.onlyArea });
      ok = false;
    }

    const indicator = cellText(r.indicator).toLowerCase();
    const rule = rules.get(indicator);
    // A computed indicator's row (an export carries them) is compared with what the product computes
    // once the rest of the file is read; with other problems on its row it is refused outright.
    const computed = rule !== undefined && rule.derivation !== null;
    if (indicator === "") problem(r.row, "indicator_key", "required");
    else if (!rule) problem(r.row, "indicator_key", "unknown_indicator", { value: quote(indicator) });
    if (!rule) ok = false;

    const year = parseYearCell(r.year, ctx.years);
    if (year === null) {
      const text = cellText(r.year);
      if (text === "") problem(r.row, "year", "required");
      else problem(r.row, "year", "bad_year", { value: quote(text), min: ctx.years.min, max: ctx.years.max });
      ok = false;
    }

    const value = parseValueCell(r.value);
    if (value === null) {
      problem(r.row, "value", "not_a_number", { value: quote(cellText(r.value)) });
      ok = false;
    }

    const noteText = cellText(r.note);
    const note = valueEntrySchema.shape.note.safeParse(noteText);
    // The same rules as the entry form's: a control character (which would break the summary files) is refused.
    if (hasControlCharacters(noteText)) problem(r.row, "note", "control_characters");
    else if (!note.success) problem(r.row, "note", "note_too_long", { max: NOTE_MAX_LENGTH });
    const source = cellText(r.source);
    if (hasControlCharacters(source)) problem(r.row, "source", "control_characters");
    else if (source.length > SOURCE_MAX_LENGTH) problem(r.row, "source", "source_too_long", { max: SOURCE_MAX_LENGTH });

    // A second row for the same value is refused, whether or not the first one is valid.
    if (area !== "" && indicator !== "" && year !== null) {
      const key = `${area}|${indicator}|${year}`;
      const first = firstOf.get(key);
      if (first !== undefined) {
        problem(r.row, "indicator_key", "duplicate_row", { firstRow: first });
        continue;
      }
      firstOf.set(key, r.row);
    }
    if (ok && year !== null && value !== null) {
      const row = { row: r.row, area, indicator, year, value, note: note.success ? note.data : noteText.slice(0, NOTE_MAX_LENGTH), source };
      if (!computed) usable.push(row);
      else if (note.success) computedRows.push(row);
      else problem(r.row, "indicator_key", "derived_not_importable", { indicator });
    } else if (computed) {
      problem(r.row, "indicator_key", "derived_not_importable", { indicator });
    }
  }

  const byAreaYear = new Map<string, Row[]>();
  const fileValue = new Map<string, number>();
  for (const row of usable) {
    const id = `${row.area}:${row.year}`;
    const rows = byAreaYear.get(id);
    if (rows) rows.push(row);
    else byAreaYear.set(id, [row]);
    fileValue.set(`${row.area}:${row.indicator}:${row.year}`, row.value);
  }

  // 2. Computed rows: skipped when they equal what the product computes from the file's inputs (or,
  // for an input the file leaves out, the stored one), compared at the indicator's decimals, as the
  // product stores them; otherwise refused, with the computed value beside the file's.
  const computed: ImportComputedRow[] = [];
  for (const r of computedRows) {
    const rule = rules.get(r.indicator)!;
    const inputOf = (key: string, year: number) => fileValue.get(`${r.area}:${key}:${year}`) ?? ctx.stored(r.area, year)?.get(key)?.value;
    const expected = computeDerivedForYear(r.year, inputOf)[r.indicator] ?? null;
    const rounded = expected === null ? null : roundTo(expected, rule.decimals);
    // A note cannot be stored on a computed value: a row that carries one is not skipped silently.
    if (rounded !== null && rounded === roundTo(r.value, rule.decimals) && r.note === "") {
      computed.push({ row: r.row, area: r.area, indicator: r.indicator, year: r.year, value: rounded });
    } else {
      problem(r.row, "indicator_key", "derived_not_importable", { indicator: r.indicator, value: r.value, computed: rounded });
    }
  }

  // 3. Each area-year as a whole, as the form checks a year.
  const flags: ImportFlag[] = [];
  const groups: ImportGroup[] = [];
  const counts = { rows: raw.length, areaYears: 0, changed: 0, unchanged: 0, flagged: 0, computed: computed.length };
  for (const rows of byAreaYear.values()) {
    const { area, year } = rows[0]!;
    const stored = ctx.stored(area, year);
    const isUnchanged = (r: Row) => {
      const before = stored?.get(r.indicator);
      return !!before && before.value === r.value && (before.note ?? "") === r.note;
    };
    // A locked year refuses a change, not a row: an export of every year goes back in unchanged.
    const changedRows = rows.filter((r) => !isUnchanged(r));
    const status = ctx.status(area, year);
    const locked = status === "submitted" || status === "approved";
    if (locked && changedRows.length > 0) {
      problem(Math.min(...changedRows.map((r) => r.row)), "year", status === "submitted" ? "year_submitted" : "year_approved", { area, year });
    }

    const storedBefore = ctx.stored(area, year - 1);
    const entries: Record<string, EntryValue> = {};
    const rowOf = new Map<string, Row>();
    for (const r of rows) {
      entries[r.indicator] = { value: r.value, note: r.note };
      rowOf.set(r.indicator, r);
    }
    // A file may carry only some of a year's indicators: the sector shares it leaves out are taken
    // from what is stored, so that the three still add up to 100.
    const merged = { ...entries };
    for (const key of SECTOR_SHARE_KEYS) {
      const kept = stored?.get(key);
      if (!merged[key] && kept) merged[key] = { value: kept.value, note: kept.note ?? "" };
    }
    // Last year's value comes from the file when it has one, otherwise from the database.
    const previous: Record<string, number | undefined> = {};
    for (const key of Object.keys(merged)) previous[key] = fileValue.get(`${area}:${key}:${year - 1}`) ?? storedBefore?.get(key)?.value;

    const check = checkEntry(ctx.rules, merged, previous);
    const missingShares = SECTOR_SHARE_KEYS.filter((key) => check.errors[key]?.some((p) => p.code === "sector_incomplete"));
    for (const [key, found] of Object.entries(check.errors)) {
      const r = rowOf.get(key);
      if (!r) continue;
      for (const p of found) {
        if (p.code === "out_of_hard_range") problem(r.row, "value", p.code, { min: p.min, max: p.max, indicator: key });
        else if (p.code === "note_required") problem(r.row, "note", p.code, { indicator: key });
        else if (p.code === "sector_sum") problem(r.row, "value", p.code, { sum: Math.round(p.sum * 100) / 100 });
        else if (p.code === "derived_not_editable") problem(r.row, "indicator_key", "derived_not_importable", { indicator: key });
        else if (p.code === "not_a_number") problem(r.row, "value", p.code, { value: String(r.value) });
      }
    }
    if (missingShares.length > 0) {
      for (const key of SECTOR_SHARE_KEYS) {
        const r = rowOf.get(key);
        if (r) problem(r.row, "value", "sector_incomplete", { missing: missingShares.join(", ") });
      }
    }

    const bySource = new Map<string, ImportGroup>();
    for (const r of rows) {
      const found = check.flags[r.indicator] ?? [];
      for (const flag of found) flags.push({ row: r.row, area, indicator: r.indicator, year, flag });
      if (found.length > 0) counts.flagged++;
      const group = bySource.get(r.source) ?? { area, year, source: r.source, entries: {} };
      bySource.set(r.source, group);
      group.entries[r.indicator] = { value: r.value, note: r.note, flagged: found.length > 0 };
      if (isUnchanged(r)) counts.unchanged++;
      else counts.changed++;
    }
    // Nothing of a locked year is written: its rows are all unchanged (or refused above).
    if (!locked) groups.push(...bySource.values());
    counts.areaYears++;
  }

  const columnRank = (c: string | null) => (c === null ? -1 : COLUMN_ORDER.indexOf(c as ImportColumn));
  problems.sort((a, b) => a.row - b.row || columnRank(a.column) - columnRank(b.column));
  flags.sort((a, b) => a.row - b.row);
  computed.sort((a, b) => a.row - b.row);
  groups.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year || a.source.localeCompare(b.source));
  return { problems, flags, computed, groups, counts };
}

function roundTo(value: number, decimals: number): number {
  // The rounding the write applies to a computed value (applyYearEntry's recomputation).
  return Number(value.toFixed(decimals));
}
