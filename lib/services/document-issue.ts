import "server-only";
import { findDocumentNumber, getDocumentSettings, issueDocumentNumber } from "@/db/queries/documents";
import { isDraftSummary } from "@/lib/domain/document-number";
import type { DocumentIssue } from "@/lib/reports/summary-document";
import type { SummaryReport } from "./summary";

// How a summary document is issued (docs/methodology.md §6.12). A draft carries no number and is
// dated the day it is made. The first time the document of an approved area-year (its data approved,
// its grade decided) is made as a file, it takes the next number of the year; every later file of
// that area-year, in either language, carries the same number and the date it was first issued.
// The page only shows a number once given: reading the page issues nothing.

function issuer() {
  const s = getDocumentSettings();
  return { zh: s.issuerZh, en: s.issuerEn };
}

/** The issue of a file being made: numbered now if the area-year is approved and has no number yet. */
export function issueSummaryDocument(report: SummaryReport, now: Date = new Date()): DocumentIssue {
  if (isDraftSummary(report.approval.status, report.grade.state)) return { issuer: issuer(), number: null, issuedAt: now.toISOString() };
  const issued = issueDocumentNumber(report.area.code, report.year, now);
  return { issuer: issuer(), number: issued.number, issuedAt: issued.issuedAt.toISOString() };
}

/** The issue as the page shows it: the number if one was given, none otherwise. */
export function shownSummaryIssue(report: SummaryReport, now: Date = new Date()): DocumentIssue {
  const issued = isDraftSummary(report.approval.status, report.grade.state) ? null : findDocumentNumber(report.area.code, report.year);
  return { issuer: issuer(), number: issued?.number ?? null, issuedAt: (issued?.issuedAt ?? now).toISOString() };
}

/**
 * The issue of a national brief: the issuer and the day it is made. National briefs take no number:
 * the counter is kept per area-year (document_numbers), and a national one would need its own.
 */
export function nationalBriefIssue(now: Date = new Date()): DocumentIssue {
  return { issuer: issuer(), number: null, issuedAt: now.toISOString() };
}

/** What a kept file depends on beyond the data: the settings' last change, and the day (a draft is dated the day it is made). */
export function documentFormStamp(now: Date = new Date()): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
  return `${getDocumentSettings().updatedAt?.getTime() ?? 0}|${day}`;
}
