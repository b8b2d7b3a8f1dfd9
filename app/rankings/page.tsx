import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getLocale, getTranslations } from "next-intl/server";
import { listSavedGroups } from "@/db/queries/compare";
import { getDefaultComparisonYear } from "@/lib/services/composite";
import { RankingsView } from "@/components/rankings/rankings-view";
import { comparisonYears, scoredIndicatorMeta } from "@/lib/services/compare";
import { audienceOfReader } from "@/lib/services/audience";
import { getRankingsPage } from "@/lib/services/rankings";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseGroupSpec } from "@/lib/domain/peer-groups";
import { rankingsQueryFromUrl } from "@/lib/domain/rankings-page";
import { queryKeys } from "@/lib/query/keys";
import { getQueryClient } from "@/lib/query/query-client";
import { ClientMessages } from "@/components/layout/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("rankings"))("title") };
}

export default async function RankingsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("rankings");
  const locale = await getLocale();
  const user = await getCurrentUser();
  const audience = audienceOfReader(user);
  const latest = getDefaultComparisonYear(audience) ?? new Date().getFullYear() - 1;
  const str = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : null);
  // Rankings default to all areas.
  const defaults = { year: latest, group: "all" };
  const state = rankingsQueryFromUrl(str, defaults);
  const spec = parseGroupSpec(state.group);

  const queryClient = getQueryClient();
  if (spec) {
    await queryClient
      .prefetchQuery({
        queryKey: queryKeys.rankings(state),
        queryFn: () => getRankingsPage({ ...state, group: spec, indicator: state.indicator || undefined, audience }),
      })
      .catch(() => undefined);
  }
  const indicators = scoredIndicatorMeta(locale);

  return (
    <ClientMessages namespaces={["compare", "peerGroups", "rankings", "method", "pagination"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <RankingsView
            years={comparisonYears(latest)}
            indicators={indicators}
            savedGroups={user ? listSavedGroups(user.id).map((g) => ({ id: g.id, name: g.name })) : []}
            canSaveGroups={can(user, "groups.save")}
            defaults={defaults}
          />
        </HydrationBoundary>
      </div>
    </ClientMessages>
  );
}
