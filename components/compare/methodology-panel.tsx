"use client";

import { useTranslations } from "next-intl";
import type { ComparePayload } from "@/lib/services/compare";
import { MEMBERS_LISTED } from "@/lib/domain/peer-compare";
import { Card } from "@/components/ui/card";

type Methodology = ComparePayload["methodology"];

/** What was applied to produce the scores on the page: group, window, indicators, treatments, weights. */
export function MethodologyPanel({ methodology, memberNames, indicatorName, groupName }: {
  methodology: Methodology;
  memberNames: (code: string) => string;
  indicatorName: (key: string) => string;
  groupName: string;
}) {
  const t = useTranslations("method");
  const { window, members, membersListed, indicatorsUsed, transformed, clamped, clampedCount } = methodology;
  return (
    <Card asChild>
      <details className="text-sm" data-testid="methodology">
        <summary className="cursor-pointer font-semibold text-brand-700">{t("title")}</summary>
        <dl className="mt-3 space-y-3 text-slate-800">
          <div>
            <dt className="font-medium">{t("group")}</dt>
            <dd>
              {groupName} · {t("members", { count: members.length })}
              {membersListed ? `: ${members.map(memberNames).join(locSep(t))}` : ` · ${t("membersNotListed", { listed: MEMBERS_LISTED })}`}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("window")}</dt>
            <dd>{t("windowText", { from: window.from, to: window.to })}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("indicators", { count: indicatorsUsed.length })}</dt>
            <dd>{indicatorsUsed.map(indicatorName).join(locSep(t))}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("outliers", { count: clampedCount })}</dt>
            <dd>
              {t("outliersRule")}
              {clamped.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {clamped.map((c, i) => (
                    <li key={i}>
                      {indicatorName(c.indicatorKey)} · {memberNames(c.areaCode)} · {c.year}: {c.from} → {c.to}
                    </li>
                  ))}
                  {clampedCount > clamped.length && <li>{t("more", { count: clampedCount - clamped.length })}</li>}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("transformed", { count: transformed.length })}</dt>
            <dd>
              {t("transformRule")}
              {transformed.length > 0 && `: ${transformed.map(indicatorName).join(locSep(t))}`}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("scoring")}</dt>
            <dd>{t("scoringRule", { from: window.from, to: window.to })}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("weights")}</dt>
            <dd>{t("weightsRule")}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("ranking")}</dt>
            <dd>{t("rankingRule")}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("sensitivity")}</dt>
            <dd>{t("sensitivityRule")}</dd>
          </div>
        </dl>
      </details>
    </Card>
  );
}

function locSep(t: ReturnType<typeof useTranslations>): string {
  return t("separator");
}
