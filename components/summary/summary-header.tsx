import Link from "next/link";
import type { ReportT } from "@/lib/reports/labels";
import type { SummaryDocument } from "@/lib/reports/summary-document";
import { DownloadLink } from "@/components/ui/download-link";
import { YearLinks } from "@/components/ui/year-links";
import { PrintButton } from "./print-button";

type Props = { document: SummaryDocument; code: string; year: number; years: number[]; t: ReportT };

/** Title, and the controls that never print: print, downloads, other years, related pages. */
export function SummaryHeader({ document, code, year, years, t }: Props) {
  const file = (format: "pdf" | "docx" | "xlsx" | "brief" | "brief-docx") => `/api/v1/summaries/${code}/${year}?format=${format}&lang=${document.lang}`;
  return (
    <header className="space-y-3">
      <div>
        <h1 className="text-2xl font-semibold" data-testid="summary-title">
          {document.title}
        </h1>
        <p className="text-sm text-slate-700">{document.subtitle}</p>
        {document.demoNote && <p className="mt-1 text-xs text-amber-900">{document.demoNote}</p>}
      </div>
      <nav aria-label={t("summary.toolbar.label")} className="flex flex-wrap items-center gap-2" data-no-print>
        <PrintButton label={t("summary.toolbar.print")} />
        <DownloadLink href={file("pdf")} testId="download-pdf">
          {t("summary.toolbar.pdf")}
        </DownloadLink>
        <DownloadLink href={file("docx")} testId="download-docx">
          {t("summary.toolbar.docx")}
        </DownloadLink>
        <DownloadLink href={file("xlsx")} testId="download-xlsx">
          {t("summary.toolbar.xlsx")}
        </DownloadLink>
        {/* The one-page brief for leaders, in the page's language as the full document. */}
        <DownloadLink href={file("brief")} testId="download-brief">
          {t("brief.toolbar.pdf")}
        </DownloadLink>
        <DownloadLink href={file("brief-docx")} testId="download-brief-docx">
          {t("brief.toolbar.docx")}
        </DownloadLink>
        <span className="ml-2 flex flex-wrap items-center gap-2">
          <YearLinks label={t("summary.toolbar.years")} years={years} current={year} href={(y) => `/areas/${code}/summary/${y}`} text={(y) => t("summary.toolbar.yearLink", { year: y })} />
        </span>
      </nav>
      <p className="flex flex-wrap gap-4 text-sm" data-no-print>
        <Link href={`/areas/${code}`} className="text-brand-700 underline-offset-2 hover:underline">
          {t("summary.toolbar.area")}
        </Link>
        <Link href={`/compare?area=${code}&year=${year}`} className="text-brand-700 underline-offset-2 hover:underline">
          {t("summary.toolbar.compare")}
        </Link>
        <Link href={`/overview/${year}`} className="text-brand-700 underline-offset-2 hover:underline">
          {t("summary.toolbar.overview")}
        </Link>
      </p>
    </header>
  );
}
