import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { IndicatorGroup } from "@/db/schema";

type Props = { areaCode: string; groups: { group: IndicatorGroup; indicators: number }[]; current: IndicatorGroup };

/**
 * One indicator group at a time: each is a link (a plain URL, so it can be shared, reloaded and
 * opened in a new tab). A page of every chart at once took seconds to draw on an office laptop.
 */
export async function GroupTabs({ areaCode, groups, current }: Props) {
  const t = await getTranslations("area");
  const tg = await getTranslations("groups");
  return (
    <nav aria-label={t("groupTabs")} data-testid="group-tabs" data-no-print>
      <ul className="flex flex-wrap gap-2">
        {groups.map(({ group, indicators }) => {
          const selected = group === current;
          return (
            <li key={group}>
              <Link
                href={`/areas/${areaCode}?group=${group}`}
                aria-current={selected ? "page" : undefined}
                scroll={false}
                className={
                  selected
                    ? "inline-block rounded-full bg-brand-700 px-3 py-1.5 text-sm font-medium text-white"
                    : "inline-block rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:border-brand-700 hover:text-brand-700"
                }
              >
                {tg(group)} <span className={selected ? "text-brand-100" : "text-slate-500"}>({indicators})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
