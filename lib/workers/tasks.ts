import "server-only";
import { zipSync } from "fflate";
import type { Actor } from "@/lib/auth/permissions";
import type { Audience } from "@/lib/domain/audience";
import { importFile } from "@/lib/import/import-file";
import type { ImportFormat, ImportMode, ImportResult } from "@/lib/import/types";
import type { ReportLocale } from "@/lib/reports/format";
import { areaBriefDocument, briefFileType, isBriefFormat, nationalBriefDocument, renderBriefFile, type BriefFileType, type BriefFormat } from "@/lib/reports/brief-files";
import { renderSummaryFile, summaryDocument, summaryFileName, SUMMARY_FORMATS, type SummaryFormat } from "@/lib/reports/summary-files";
import { getNationalPicture, type NationalPicture } from "@/lib/services/national-picture";
import { getOverviewReport, type OverviewReport } from "@/lib/services/overview";
import { getSummaryReport } from "@/lib/services/summary";

// The heavy jobs, as the worker pool runs them (lib/workers/worker.ts), each on the worker's own
// database connection and with the worker's own kept results: a summary document, one area's files
// of a year's .zip and the .zip itself, the national overview and the home page's national picture
// computed from cold, an import. Tasks and answers are plain data, copied between the threads (file
// bytes are moved, not copied).

/** A summary file, or the area's one-page brief (`brief`, `brief-docx`). */
export type SummaryFileTask = { kind: "summary-file"; area: string; year: number; format: SummaryFormat | BriefFormat; lang: ReportLocale; audience: Audience };
export type NationalBriefTask = { kind: "national-brief"; year: number; type: BriefFileType; lang: ReportLocale; audience: Audience };
export type BundleAreaTask = { kind: "bundle-area"; area: string; year: number; lang: ReportLocale };
export type ZipTask = { kind: "zip"; files: Record<string, Uint8Array> };
export type OverviewTask = { kind: "overview"; year: number; audience: Audience };
export type NationalPictureTask = { kind: "national-picture"; year: number; audience: Audience };
export type ImportTask = {
  kind: "import";
  actor: Actor;
  file: { name: string; format: ImportFormat; bytes: Uint8Array };
  mode: ImportMode;
  area?: string;
  /** The request's time (ms since the epoch): the latest year a file may hold is this one's. */
  now: number;
};

/** One area's three files in a year's .zip, by their path in it; null when they could not be made. */
export type BundleArea = { name: string; files: Record<string, Uint8Array> | null };

type Answers = {
  "summary-file": [SummaryFileTask, Uint8Array];
  "national-brief": [NationalBriefTask, Uint8Array];
  "bundle-area": [BundleAreaTask, BundleArea];
  zip: [ZipTask, Uint8Array];
  overview: [OverviewTask, OverviewReport];
  "national-picture": [NationalPictureTask, NationalPicture];
  import: [ImportTask, ImportResult];
};
export type TaskKind = keyof Answers;
export type PoolTask = Answers[TaskKind][0];
export type TaskOf<K extends TaskKind> = Answers[K][0];
export type AnswerOf<K extends TaskKind> = Answers[K][1];

/**
 * Whether a task only reads: the worker's connection refuses writes while it runs. An import writes
 * values; a summary file (alone or for the .zip) may issue its document number, one small insert.
 */
export const readsOnly = (task: PoolTask) => task.kind !== "import" && task.kind !== "summary-file" && task.kind !== "bundle-area";

/**
 * A file's bytes in an array of their own: an answer's bytes are moved to the server's thread with
 * their buffer, and a Buffer may be a view on a larger one (Node pools small Buffers).
 */
function owning(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
const bytes = (buffer: Buffer) => owning(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));

/** The file bytes in an answer, each owning its buffer: moved to the server's thread rather than copied. */
export function bytesIn(task: PoolTask, answer: AnswerOf<TaskKind>): Uint8Array[] {
  if (task.kind === "summary-file" || task.kind === "national-brief" || task.kind === "zip") return [answer as Uint8Array];
  if (task.kind === "bundle-area") return Object.values((answer as BundleArea).files ?? {});
  return [];
}

async function summaryFile(task: SummaryFileTask): Promise<Uint8Array> {
  const report = getSummaryReport(task.area, task.year, task.audience);
  if (isBriefFormat(task.format)) return bytes(await renderBriefFile(areaBriefDocument(report, task.lang), briefFileType(task.format)));
  return bytes(await renderSummaryFile(summaryDocument(report, task.lang), task.format));
}

/** The national brief of a year, from the overview the audience sees (published means approved); it takes no number. */
async function nationalBrief(task: NationalBriefTask): Promise<Uint8Array> {
  const overview = getOverviewReport(task.year, task.audience);
  return bytes(await renderBriefFile(nationalBriefDocument(overview, task.lang, task.audience), task.type));
}

/** An area whose report or any of its three files fails is left out whole (and listed by the caller). */
async function bundleArea(task: BundleAreaTask): Promise<BundleArea> {
  let name = task.area;
  try {
    // A year's .zip is made for evaluators and administrators (summaries.bundle): every value.
    const report = getSummaryReport(task.area, task.year, "full");
    name = report.area.names[task.lang] || task.area;
    const document = summaryDocument(report, task.lang);
    const files: Record<string, Uint8Array> = {};
    for (const format of SUMMARY_FORMATS) {
      files[`${task.year}/${summaryFileName(report.area.code, task.year, format, task.lang)}`] = bytes(await renderSummaryFile(document, format));
    }
    return { name, files };
  } catch (error) {
    console.error(`summary bundle: the ${task.year} summary of ${task.area} could not be made`, error);
    return { name, files: null };
  }
}

export async function runTask<K extends TaskKind>(task: TaskOf<K>): Promise<AnswerOf<K>>;
export async function runTask(task: PoolTask): Promise<AnswerOf<TaskKind>> {
  switch (task.kind) {
    case "summary-file":
      return summaryFile(task);
    case "national-brief":
      return nationalBrief(task);
    case "bundle-area":
      return bundleArea(task);
    case "zip":
      // The files are compressed already (PDF streams, .docx and .xlsx are zips): stored as they are.
      return owning(zipSync(task.files, { level: 0 }));
    case "overview":
      return getOverviewReport(task.year, task.audience);
    case "national-picture":
      return getNationalPicture(task.year, task.audience);
    case "import":
      return importFile({ actor: task.actor, file: task.file, mode: task.mode, area: task.area, now: new Date(task.now) });
  }
}
