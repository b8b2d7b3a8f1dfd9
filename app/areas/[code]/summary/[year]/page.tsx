import { getLocale, getTranslations } from "next-intl/server";
import { SummaryBody } from "@/components/summary/summary-body";
import { SummaryHeader } from "@/components/summary/summary-header";
import { can } from "@/lib/auth/permissions";
import { asReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import { shownSummaryIssue } from "@/lib/services/document-issue";
import { buildSummaryDocument } from "@/lib/reports/summary-document";
import { ClientMessages } from "@/components/layout/client-messages";
import { loadSummary } from "./load";

type Params = Promise<{ code: string; year: string }>;

const load = async (params: Params) => {
  const { code, year } = await params;
  return loadSummary(code, year);
};

async function translator(): Promise<ReportT> {
  const t = await getTranslations();
  return (key, values) => t(key as never, values as never);
}

export async function generateMetadata({ params }: { params: Params }) {
  const { report } = await load(params);
  const locale = asReportLocale(await getLocale());
  return { title: (await translator())("summary.metaTitle", { area: report.area.names[locale], year: report.year }) };
}

export default async function SummaryPage({ params }: { params: Params }) {
  const { report, user } = await load(params);
  const locale = asReportLocale(await getLocale());
  const t = await translator();
  // The page renders the same document as the PDF and Word downloads.
  const document = buildSummaryDocument(report, t, locale, shownSummaryIssue(report));
  return (
    <ClientMessages namespaces={["summary.assessmentForm", "summary.aspects", "summary.messages"]}>
      <article className="summary-page space-y-5" data-testid="summary-page">
        <SummaryHeader document={document} code={report.area.code} year={report.year} years={report.years} t={t} />
        <SummaryBody document={document} report={report} t={t} locale={locale} canAssess={can(user, "assessments.write")} />
        <p className="text-xs text-slate-600">{document.footer}</p>
      </article>
    </ClientMessages>
  );
}
