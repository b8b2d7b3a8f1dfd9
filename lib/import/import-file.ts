import "server-only";
import { runImport } from "@/db/queries/import";
import type { Actor } from "@/lib/auth/permissions";
import { YEAR_MIN } from "@/lib/validations/values";
import { parseCsv } from "./csv";
import { ImportError } from "./errors";
import { REQUIRED_COLUMNS } from "./columns";
import { MAX_REPORTED } from "./limits";
import { tableToRows } from "./table";
import type { ImportFormat, ImportMode, ImportResult } from "./types";
import { parseXlsx } from "./xlsx";

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
 */
export async function importFile({ actor, file, mode, area, now = new Date() }: ImportFileParams): Promise<ImportResult> {
  const table = file.format === "csv" ? parseCsv(file.bytes) : await parseXlsx(file.bytes);
  if (!table.header) throw new ImportError("no_rows", "The file has no rows: not even a header.");
  const read = tableToRows(table);
  const base = { mode, file: { name: file.name, format: file.format, bytes: file.bytes.byteLength } };
  const summary = { rows: read.rows.length, skipped: read.skipped, areaYears: 0, changed: 0, unchanged: 0, flagged: 0, computed: 0 };

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
      truncated: { problems: read.problemCount > read.problems.length, flags: false, computed: false },
    };
  }
  const outcome = runImport({
    actor,
    rows: read.rows,
    letters: read.letters,
    // Header problems (an unknown column) stop a commit too: the file may not mean what it seems to.
    mode: read.problemCount > 0 ? "dry-run" : mode,
    years: { min: YEAR_MIN, max: now.getFullYear() },
    onlyArea: area,
  });
  const problems = [...read.problems, ...outcome.check.problems];
  const problemCount = read.problemCount + outcome.check.problems.length;
  const { committed } = outcome;
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
    truncated: { problems: problemCount > MAX_REPORTED, flags: flags.length > MAX_REPORTED, computed: computed.length > MAX_REPORTED },
  };
}
