import { getTranslations } from "next-intl/server";
import { PolicyTimeline } from "@/components/policy/policy-timeline";
import { ScrollToHash } from "@/components/ui/scroll-to-hash";
import { POLICY_DOCUMENTS } from "@/db/seed/policy-documents";

// /policy — the documents behind the programme, as a timeline; public.

export async function generateMetadata() {
  return { title: (await getTranslations("policy"))("metaTitle") };
}

export default async function PolicyPage() {
  const t = await getTranslations("policy");
  return (
    <div className="space-y-5" data-testid="policy-page">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <p className="max-w-3xl text-xs text-slate-600">{t("sourceNote")}</p>
      </div>
      <PolicyTimeline documents={POLICY_DOCUMENTS} />
      <ScrollToHash />
    </div>
  );
}
