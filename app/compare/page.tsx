import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getLocale, getTranslations } from "next-intl/server";
import { listSavedGroups } from "@/db/queries/compare";
import { audienceOfReader } from "@/lib/services/audience";
import { getDefaultComparisonYear } from "@/lib/services/composite";
import { listPeerAreas } from "@/lib/services/kept-reads";
import { CompareView } from "@/components/compare/compare-view";
import { comparisonYears, getComparePayload, valuesOf, scoredIndicatorMeta } from "@/lib/services/compare";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseGroupSpec } from "@/lib/domain/peer-groups";
import { shortAreaName } from "@/lib/i18n/localized";
import { queryKeys } from "@/lib/query/keys";
import { getQueryClient } from "@/lib/query/query-client";
import { ClientMessages } from "@/components/layout/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("compare"))("title") };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("compare");
  const locale = await getLocale();
  const user = await getCurrentUser();
  const audience = audienceOfReader(user);
  const areas = listPeerAreas();
  const latest = getDefaultComparisonYear(audience) ?? new Date().getFullYear() - 1;
  const str = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : null);
  // An official starts from their own area; others from the first area.
  const defaultArea = areas.find((a) => a.code === user?.areaCode)?.code ?? areas[0]?.code ?? "";
  const area = str("area") ?? defaultArea;
  const year = Number(str("year")) || latest;
  const group = str("group");
  const chosen = areas.find((a) => a.code === area);

  const indicators = scoredIndicatorMeta(locale);
  // The indicator charted, as the view reads it: an unknown key shows the first.
  const indicator = (indicators.find((i) => i.key === str("indicator")) ?? indicators[0])?.key ?? "";

  // Prefetch exactly what the client's first query asks for, so the page arrives complete.
  const queryClient = getQueryClient();
  const spec = group ? parseGroupSpec(group) : null;
  if ((!group || spec) && chosen) {
    await queryClient.prefetchQuery({
      queryKey: queryKeys.compare(area, year, group, indicator),
      queryFn: () => valuesOf(getComparePayload({ area, year, group: spec ?? undefined, audience }), indicator || undefined),
    });
  }

  return (
    <ClientMessages namespaces={["compare", "peerGroups", "method"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <CompareView
            initialArea={{ code: area, label: chosen ? shortAreaName(chosen, locale) : area }}
            years={comparisonYears(latest)}
            indicators={indicators}
            savedGroups={user ? listSavedGroups(user.id).map((g) => ({ id: g.id, name: g.name })) : []}
            canSaveGroups={can(user, "groups.save")}
            defaults={{ area: defaultArea, year: latest }}
          />
        </HydrationBoundary>
      </div>
    </ClientMessages>
  );
}
