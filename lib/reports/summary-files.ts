import "server-only";
import type { ReportLocale } from "./format";
import { reportTranslator } from "./labels";
import { buildSummaryDocument, type SummaryDocument } from "./summary-document";
import type { SummaryReport } from "@/lib/services/summary";
import { renderSummaryDocx } from "./summary-docx";
import { renderSummaryPdf } from "./summary-pdf";
import { renderSummaryXlsx } from "./summary-xlsx";
import { issueSummaryDocument } from "@/lib/services/document-issue";

// One summary as a downloadable file, for the download route and the .zip job alike.

export const SUMMARY_FORMATS = ["pdf", "docx", "xlsx"] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export const CONTENT_TYPES: Record<SummaryFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function summaryFileName(areaCode: string, year: number, format: SummaryFormat, lang: ReportLocale): string {
  return `summary-${areaCode}-${year}-${lang}.${format}`;
}

/** The document of a file being made: an approved area-year's takes its number here (lib/services/document-issue.ts). */
export function summaryDocument(report: SummaryReport, lang: ReportLocale): SummaryDocument {
  return buildSummaryDocument(report, reportTranslator(lang), lang, issueSummaryDocument(report));
}

export async function renderSummaryFile(document: SummaryDocument, format: SummaryFormat): Promise<Buffer> {
  if (format === "pdf") return renderSummaryPdf(document);
  if (format === "docx") return renderSummaryDocx(document);
  const t = reportTranslator(document.lang);
  return renderSummaryXlsx(document, {
    item: t("summary.xlsx.item"),
    value: t("summary.xlsx.value"),
    sentence: t("summary.xlsx.sentence"),
    section: t("summary.xlsx.section"),
  });
}
