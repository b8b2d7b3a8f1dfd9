import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AreaListItem } from "@/db/queries/areas";
import { isJudged, type PlanPeriod } from "@/lib/domain/plan";
import type { ProgressCounts } from "@/lib/services/progress";
import { ProgressSummary } from "@/components/progress/progress-summary";
import { Card } from "@/components/ui/card";
import { localName } from "@/lib/i18n/localized";

type Props = { areas: AreaListItem[]; byPeriod: { period: PlanPeriod; summaries: Map<number, ProgressCounts> }[] };

/** The home page's cards: one per area, with its counts for each plan period (verdicts of a closed one, progress of an open one). */
export async function AreaCardList({ areas, byPeriod }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("home");
  const ta = await getTranslations("area");
  if (areas.length === 0) {
    return (
      <Card asChild variant="empty" padding="lg">
        <p>{t("empty")}</p>
      </Card>
    );
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="area-list">
      {areas.map((area) => (
        <Card asChild key={area.code} className="shadow-sm">
          <li data-area={area.code}>
            <h2 className="text-base font-semibold leading-snug">
              <Link href={`/areas/${area.code}`} className="text-brand-700 hover:underline">
                {localName(area, locale)}
              </Link>
            </h2>
            <p className="mt-1 text-xs text-slate-600">
              {ta(`levels.${area.level}`)} · {ta(`waves.${area.wave}`)} ·{" "}
              {ta.has(`provinces.${area.province}`) ? ta(`provinces.${area.province}`) : area.province}
            </p>
            {byPeriod.map(({ period, summaries }) => (
              <div key={period.code} className="mt-3" data-period={period.code}>
                <p className="mb-1 text-xs text-slate-600">{locale === "zh" ? period.nameZh : period.nameEn}</p>
                <ProgressSummary summary={summaries.get(area.id)} judged={isJudged(period)} />
              </div>
            ))}
          </li>
        </Card>
      ))}
    </ul>
  );
}
