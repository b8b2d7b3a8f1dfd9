import { getTranslations } from "next-intl/server";
import { TabLinks } from "@/components/ui/tab-links";
import type { IndicatorGroup } from "@/db/schema";

/** `period`: the plan period shown, kept in each tab's link. */
type Props = { areaCode: string; period: string; groups: { group: IndicatorGroup; indicators: number }[]; current: IndicatorGroup };

/**
 * One indicator group at a time: each is a link (a plain URL, so it can be shared, reloaded and
 * opened in a new tab). A page of every chart at once took seconds to draw on an office laptop.
 */
export async function GroupTabs({ areaCode, period, groups, current }: Props) {
  const t = await getTranslations("area");
  const tg = await getTranslations("groups");
  return (
    <TabLinks
      label={t("groupTabs")}
      data-testid="group-tabs"
      data-no-print
      items={groups.map(({ group, indicators }) => ({
        key: group,
        href: `/areas/${areaCode}?period=${period}&group=${group}`,
        label: tg(group),
        count: indicators,
        current: group === current,
      }))}
    />
  );
}
