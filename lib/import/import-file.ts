import "server-only";
import { runImport } from "@/db/queries/import";
import type { Actor } from "@/lib/auth/permissions";
import { YEAR_MIN } from "@/lib/validations/values";
import { parseCsv } from "./csv";
import { ImportError } from "./errors";
import { REQUIRED_COLUMNS, TARGETS_SHEET } from "./columns";
import { MAX_REPORTED } from "./limits";
import { problemList, tableToRows } from "./table";
import { targetSheetRows } from "./targets";
import type { ImportFormat, ImportMode, ImportResult, ImportTargets } from "./types";
import { parseXlsxBook, type XlsxBook } from "./xlsx";

export type ImportFileParams = {
  actor: Actor;
  file: { name: string; format: ImportFormat; bytes: Uint8Array };
  mode: ImportMode;
  /** The upload names one area: rows of any other are refused. */
  area?: string;
  now?: Date;
};

/**
 * Parse → read the columns → check (and, on commit, write) in one transaction. A dry run and a
 * commit run the same code on the same file, so a commit never relies on what a dry run answered.
 * An .xlsx may carry a targets sheet ("目标 Targets"): its rows are checked and written in the same
 * transaction as the values, all or nothing; a CSV holds values only.
 */
export async function importFile({ actor, file, mode, area, now = new Date() }: ImportFileParams): Promise<ImportResult> {
  const book: XlsxBook = file.format === "csv" ? { values: parseCsv(file.bytes), targets: null } : await parseXlsxBook(file.bytes);
  const table = book.values;
  if (!table.header) throw new ImportError("no_rows", "The file has no rows: not even a header.");
  const read = tableToRows(table);
  // The targets sheet's header problems count with the values' (listed after them).
  const targetHeader = problemList();
  const targetSheet = book.targets?.header ? targetSheetRows(book.targets, TARGETS_SHEET, targetHeader.report) : undefined;
  const base = { mode, file: { name: file.name, format: file.format, bytes: file.bytes.byteLength } };
  const summary = { rows: read.rows.length, skipped: read.skipped, areaYears: 0, changed: 0, unchanged: 0, flagged: 0, computed: 0 };
  const targets: ImportTargets = { sheet: targetSheet ? TARGETS_SHEET : null, rows: targetSheet?.rows.length ?? 0, skipped: targetSheet?.skipped ?? 0, changed: 0, unchanged: 0, lines: [] };

  // A header without the required columns: no row can be read.
  if (REQUIRED_COLUMNS.some((column) => read.letters[column] === undefined)) {
    return {
      ...base,
      ok: false,
      committed: false,
      summary: { ...summary, problems: read.problemCount },
      problems: read.problems,
      flags: [],
      computed: [],
      targets,
      truncated: { problems: read.problemCount > read.problems.length, flags: false, computed: false, targets: false },
    };
  }
  const outcome = runImport({
    actor,
    rows: read.rows,
    letters: read.letters,
    // Header problems (an unknown column) stop a commit too: the file may not mean what it seems to.
    mode: read.problemCount + targetHeader.count > 0 ? "dry-run" : mode,
    years: { min: YEAR_MIN, max: now.getFullYear() },
    onlyArea: area,
    targets: targetSheet,
  });
  const targetProblems = outcome.targets?.problems ?? [];
  const problems = [...read.problems, ...outcome.check.problems, ...targetHeader.problems, ...targetProblems];
  const problemCount = read.problemCount + outcome.check.problems.length + targetHeader.count + targetProblems.length;
  const { committed } = outcome;
  const lines = outcome.targets?.writes.map((w) => w.line) ?? [];
  targets.changed = outcome.targetsChanged;
  targets.unchanged = outcome.targets?.unchanged ?? 0;
  targets.lines = lines.slice(0, MAX_REPORTED);
  const { flags, computed, counts } = outcome.check;
  return {
    ...base,
    ok: problemCount === 0,
    committed,
    summary: {
      ...summary,
      areaYears: counts.areaYears,
      changed: committed ? outcome.changed : counts.changed,
      unchanged: committed ? counts.changed + counts.unchanged - outcome.changed : counts.unchanged,
      flagged: counts.flagged,
      computed: counts.computed,
      problems: problemCount,
    },
    problems: problems.slice(0, MAX_REPORTED),
    flags: flags.slice(0, MAX_REPORTED),
    computed: computed.slice(0, MAX_REPORTED),
    targets,
    truncated: { problems: problemCount > MAX_REPORTED, flags: flags.length > MAX_REPORTED, computed: computed.length > MAX_REPORTED, targets: lines.length > MAX_REPORTED },
  };
}
