import "server-only";
import { randomUUID } from "node:crypto";
import { listPeerAreas } from "@/lib/services/kept-reads";
import { AppError } from "@/lib/errors";
import { processWide } from "@/lib/process-wide";
import { summaryYears } from "@/lib/services/summary";
import { runInPool } from "@/lib/workers/pool";
import type { ReportLocale } from "./format";

// All summaries of a year as one .zip, made in the background so that the page can show real
// progress: POST starts a job, GET reports "done of total", and the finished .zip is downloaded
// once ready. The jobs live in this server process's memory (the app runs as one `next start`
// process): a restart forgets them, and a finished .zip is kept for JOB_TTL_MS, then dropped. One
// job runs at a time; asking again for the same year and language while it runs joins it. An area
// whose summary cannot be made is listed (in the job's state and in failed.txt inside the .zip),
// and the other areas' files are still delivered.

export const JOB_TTL_MS = 10 * 60 * 1000;
const MAX_KEPT_JOBS = 10;

export type BundleStatus = "running" | "ready" | "failed";

/** An area whose files could not be made, by code and its name in the bundle's language (the code when even the report failed). */
export type BundleFailure = { code: string; name: string };

type Job = {
  id: string;
  userId: number;
  year: number;
  lang: ReportLocale;
  total: number;
  done: number;
  status: BundleStatus;
  zip: Uint8Array | null;
  failed: BundleFailure[];
  startedAt: number;
  finishedAt: number | null;
  ms: number | null;
};

export type BundleState = Pick<Job, "id" | "year" | "lang" | "total" | "done" | "status" | "ms" | "failed">;

const store = processWide("summary-bundles", () => new Map<string, Job>());

function prune(now: number) {
  for (const [id, job] of store) {
    if (job.finishedAt !== null && now - job.finishedAt > JOB_TTL_MS) store.delete(id);
  }
  const finished = [...store.values()].filter((j) => j.finishedAt !== null).sort((a, b) => a.finishedAt! - b.finishedAt!);
  while (store.size > MAX_KEPT_JOBS && finished.length > 0) store.delete(finished.shift()!.id);
}

const view = (job: Job): BundleState => ({
  id: job.id,
  year: job.year,
  lang: job.lang,
  total: job.total,
  done: job.done,
  status: job.status,
  ms: job.ms,
  failed: job.failed,
});

export function bundleFileName(year: number, lang: ReportLocale): string {
  return `summaries-${year}-${lang}.zip`;
}

/** Starts (or joins) the job making every active area's summary of a year as PDF, Word and .xlsx. */
export function startBundle(params: { userId: number; year: number; lang: ReportLocale }): BundleState {
  if (!summaryYears().includes(params.year)) throw new AppError("not_found", `No summaries for ${params.year}`);
  prune(Date.now());
  const running = [...store.values()].find((j) => j.status === "running");
  if (running) {
    if (running.year === params.year && running.lang === params.lang && running.userId === params.userId) return view(running);
    throw new AppError("conflict", "bundle_busy");
  }
  const codes = listPeerAreas().map((a) => a.code);
  const job: Job = {
    id: randomUUID(),
    ...params,
    total: codes.length,
    done: 0,
    status: "running",
    zip: null,
    failed: [],
    startedAt: Date.now(),
    finishedAt: null,
    ms: null,
  };
  store.set(job.id, job);
  void run(job, codes);
  return view(job);
}

/** A job's state, for the user who started it only. */
export function getBundle(id: string, userId: number): BundleState | null {
  const job = store.get(id);
  return job && job.userId === userId ? view(job) : null;
}

export function getBundleZip(id: string, userId: number): { zip: Uint8Array; fileName: string } | null {
  const job = store.get(id);
  if (!job || job.userId !== userId || job.status !== "ready" || !job.zip) return null;
  return { zip: job.zip, fileName: bundleFileName(job.year, job.lang) };
}

export const FAILED_LIST = "failed.txt";

/** failed.txt: which areas are missing from the .zip, in the bundle's language. */
export function failedListText(year: number, lang: ReportLocale, failed: readonly BundleFailure[]): string {
  const heading =
    lang === "zh"
      ? `以下 ${failed.length} 个示范区的 ${year} 年度评估摘要未能生成，未包含在本压缩包中（其余示范区的文件齐全）：`
      : `The ${year} summaries of the areas below (${failed.length}) could not be made and are not in this .zip; every other area's files are complete:`;
  return [heading, "", ...failed.map((f) => (f.name === f.code ? f.code : `${f.code}\t${f.name}`)), ""].join("\r\n");
}

/**
 * Makes the files of every area one after another, each area a task of the worker pool (so a user's
 * own download waits for one area at most, not for the whole .zip), and zips them there too. An area
 * whose report or any of its three files fails is left out whole and listed; the others are
 * delivered. Fails only when no area could be made.
 */
export async function buildBundle(
  year: number,
  lang: ReportLocale,
  codes: string[],
  onProgress: (done: number) => void = () => {},
): Promise<{ zip: Uint8Array; failed: BundleFailure[] }> {
  const files: Record<string, Uint8Array> = {};
  const failed: BundleFailure[] = [];
  let done = 0;
  for (const code of codes) {
    const made = await runInPool<"bundle-area">({ kind: "bundle-area", area: code, year, lang }).catch((error: unknown) => {
      console.error(`summary bundle: the ${year} summary of ${code} could not be made`, error);
      return { name: code, files: null };
    });
    if (made.files) Object.assign(files, made.files);
    else failed.push({ code, name: made.name });
    onProgress(++done);
  }
  if (codes.length > 0 && failed.length === codes.length) throw new Error(`no summary of ${year} could be made`);
  if (failed.length > 0) files[`${year}/${FAILED_LIST}`] = new TextEncoder().encode(failedListText(year, lang, failed));
  const zip = await runInPool<"zip">({ kind: "zip", files }, Object.values(files).map((f) => f.buffer as ArrayBuffer));
  return { zip, failed };
}

async function run(job: Job, codes: string[]) {
  try {
    const { zip, failed } = await buildBundle(job.year, job.lang, codes, (done) => {
      job.done = done;
    });
    job.zip = zip;
    job.failed = failed;
    job.status = "ready";
  } catch (error) {
    console.error("summary bundle failed", error);
    job.status = "failed";
  } finally {
    job.finishedAt = Date.now();
    job.ms = job.finishedAt - job.startedAt;
  }
}
