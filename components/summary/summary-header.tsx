import Link from "next/link";
import type { ReportT } from "@/lib/reports/labels";
import type { SummaryDocument } from "@/lib/reports/summary-document";
import { PrintButton } from "./print-button";

type Props = { document: SummaryDocument; code: string; year: number; years: number[]; t: ReportT };

/** Title, and the controls that never print: print, downloads, other years, related pages. */
export function SummaryHeader({ document, code, year, years, t }: Props) {
  const file = (format: "pdf" | "docx" | "xlsx") => `/api/v1/summaries/${code}/${year}?format=${format}&lang=${document.lang}`;
  const button = "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50";
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
        <a href={file("pdf")} download className={button} data-testid="download-pdf">
          {t("summary.toolbar.pdf")}
        </a>
        <a href={file("docx")} download className={button} data-testid="download-docx">
          {t("summary.toolbar.docx")}
        </a>
        <a href={file("xlsx")} download className={button} data-testid="download-xlsx">
          {t("summary.toolbar.xlsx")}
        </a>
        <span className="ml-2 text-sm text-slate-600">{t("summary.toolbar.years")}:</span>
        {years.map((y) =>
          y === year ? (
            <span key={y} aria-current="page" className="rounded-md bg-brand-700 px-2 py-1 text-sm text-white">
              {t("summary.toolbar.yearLink", { year: y })}
            </span>
          ) : (
            <Link key={y} href={`/areas/${code}/summary/${y}`} className="rounded-md px-2 py-1 text-sm text-brand-700 underline-offset-2 hover:underline">
              {t("summary.toolbar.yearLink", { year: y })}
            </Link>
          ),
        )}
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
