import { DownloadLink } from "@/components/ui/download-link";
import { Card } from "@/components/ui/card";
import type { ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";

/** The year's national one-page brief, as PDF and Word, in the page's language (made from the overview this reader sees). */
export function NationalBriefPanel({ year, locale, t }: { year: number; locale: ReportLocale; t: ReportT }) {
  const file = (format: "pdf" | "docx") => `/api/v1/overview/${year}/brief?format=${format}&lang=${locale}`;
  return (
    <Card asChild>
      <section aria-labelledby="national-brief" className="space-y-2" data-testid="national-brief" data-no-print>
        <h2 id="national-brief" className="text-base font-semibold">
          {t("brief.overview.heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("brief.overview.intro")}</p>
        <div className="flex flex-wrap gap-2">
          <DownloadLink href={file("pdf")} testId="national-brief-pdf">
            {t("brief.overview.pdf")}
          </DownloadLink>
          <DownloadLink href={file("docx")} testId="national-brief-docx">
            {t("brief.overview.docx")}
          </DownloadLink>
        </div>
      </section>
    </Card>
  );
}
