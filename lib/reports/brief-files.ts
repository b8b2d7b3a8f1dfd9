import "server-only";
import type { Audience } from "@/lib/domain/audience";
import { issueSummaryDocument, nationalBriefIssue } from "@/lib/services/document-issue";
import { hasDemoValues } from "@/lib/services/kept-reads";
import type { OverviewReport } from "@/lib/services/overview";
import type { SummaryReport } from "@/lib/services/summary";
import { buildAreaBrief, buildNationalBrief } from "./brief-document";
import type { ReportLocale } from "./format";
import { reportTranslator } from "./labels";
import type { RenderableDocument } from "./summary-document";
import { renderSummaryDocx } from "./summary-docx";
import { renderSummaryPdf } from "./summary-pdf";

// The one-page briefs as files (docs/api.md): the area brief is asked for on the summary's own
// address with `?format=brief` (PDF) or `?format=brief-docx` (Word); the national brief on
// /api/v1/overview/:year/brief with `?format=pdf|docx`. Both are drawn by the summary's renderers.

export const BRIEF_FORMATS = ["brief", "brief-docx"] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];
export type BriefFileType = "pdf" | "docx";

export const isBriefFormat = (format: string): format is BriefFormat => (BRIEF_FORMATS as readonly string[]).includes(format);
export const briefFileType = (format: BriefFormat): BriefFileType => (format === "brief" ? "pdf" : "docx");

/** "brief-zigong-2025-zh.pdf"; the national brief: "brief-national-2025-zh.pdf". */
export function briefFileName(scope: string, year: number, type: BriefFileType, lang: ReportLocale): string {
  return `brief-${scope}-${year}-${lang}.${type}`;
}

/** An area's brief: an approved area-year's carries the number of its full summary (issued now if it has none yet). */
export function areaBriefDocument(report: SummaryReport, lang: ReportLocale): RenderableDocument {
  return buildAreaBrief(report, reportTranslator(lang), lang, issueSummaryDocument(report));
}

export function nationalBriefDocument(overview: OverviewReport, lang: ReportLocale, audience: Audience): RenderableDocument {
  return buildNationalBrief(overview, reportTranslator(lang), lang, nationalBriefIssue(), { publicOnly: audience === "public", demo: hasDemoValues() });
}

export function renderBriefFile(document: RenderableDocument, type: BriefFileType): Promise<Buffer> {
  return type === "pdf" ? renderSummaryPdf(document) : renderSummaryDocx(document);
}
