import "server-only";
import { randomUUID } from "node:crypto";
import { zipSync } from "fflate";
import { listPeerAreas } from "@/lib/services/kept-reads";
import { AppError } from "@/lib/errors";
import { processWide } from "@/lib/process-wide";
import type { ReportLocale } from "./format";
import { getSummaryReport, summaryYears } from "@/lib/services/summary";
import { renderSummaryFile, summaryDocument, summaryFileName, SUMMARY_FORMATS } from "./summary-files";

// All summaries of a year as one .zip, made in the background so that the page can show real
// progress: POST starts a job, GET reports "done of total", and the finished .zip is downloaded
// once ready. The jobs live in this server process's memory (the app runs as one `next start`
// process): a restart forgets them, and a finished .zip is kept for JOB_TTL_MS, then dropped. One
// job runs at a time; asking again for the same year and language while it runs joins it.

export const JOB_TTL_MS = 10 * 60 * 1000;
const MAX_KEPT_JOBS = 10;

export type BundleStatus = "running" | "ready" | "failed";

type Job = {
  id: string;
  userId: number;
  year: number;
  lang: ReportLocale;
  total: number;
  done: number;
  status: BundleStatus;
  zip: Uint8Array | null;
  startedAt: number;
  finishedAt: number | null;
  ms: number | null;
};

export type BundleState = Pick<Job, "id" | "year" | "lang" | "total" | "done" | "status" | "ms">;

const store = processWide("summary-bundles", () => new Map<string, Job>());

function prune(now: number) {
  for (const [id, job] of store) {
    if (job.finishedAt !== null && now - job.finishedAt > JOB_TTL_MS) store.delete(id);
  }
  const finished = [...store.values()].filter((j) => j.finishedAt !== null).sort((a, b) => a.finishedAt! - b.finishedAt!);
  while (store.size > MAX_KEPT_JOBS && finished.length > 0) store.delete(finished.shift()!.id);
}

const view = (job: Job): BundleState => ({ id: job.id, year: job.year, lang: job.lang, total: job.total, done: job.done, status: job.status, ms: job.ms });

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

/** Makes the files of every area one after another; between areas it yields, so requests are still served. */
export async function buildBundle(
  year: number,
  lang: ReportLocale,
  codes: string[],
  onProgress: (done: number) => void = () => {},
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let done = 0;
  for (const code of codes) {
    const report = getSummaryReport(code, year);
    const document = summaryDocument(report, lang);
    for (const format of SUMMARY_FORMATS) {
      files[`${year}/${summaryFileName(report, format, lang)}`] = new Uint8Array(await renderSummaryFile(document, format));
    }
    onProgress(++done);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // The files are compressed already (PDF streams, .docx and .xlsx are zips): store them as they are.
  return zipSync(files, { level: 0 });
}

async function run(job: Job, codes: string[]) {
  try {
    job.zip = await buildBundle(job.year, job.lang, codes, (done) => {
      job.done = done;
    });
    job.status = "ready";
  } catch (error) {
    console.error("summary bundle failed", error);
    job.status = "failed";
  } finally {
    job.finishedAt = Date.now();
    job.ms = job.finishedAt - job.startedAt;
  }
}
