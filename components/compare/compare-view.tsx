"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DimensionRadar } from "@/components/charts/dimension-radar";
import { PeerBandChart } from "@/components/charts/peer-band-chart";
import { PeerBarChart } from "@/components/charts/peer-bar-chart";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { shortAreaName } from "@/lib/i18n/localized";
import { nearestPeers } from "@/lib/domain/peer-compare";
import { useCompare } from "@/lib/query/use-compare";
import type { AreaOption } from "@/lib/query/use-areas";
import { AreaCombobox } from "./area-combobox";
import { GroupPicker, type SavedGroupOption } from "./group-picker";
import { groupLabel } from "./group-options";
import { IndicatorTable, type IndicatorMeta } from "./indicator-table";
import { MethodologyPanel } from "./methodology-panel";
import { ScoreSummary } from "./score-summary";
import { useUrlState } from "./use-url-state";

export type CompareViewProps = {
  /** The area the address names (or the default one), with its name: the page sends no list of areas. */
  initialArea: AreaOption;
  years: number[];
  indicators: IndicatorMeta[];
  savedGroups: SavedGroupOption[];
  canSaveGroups: boolean;
  defaults: { area: string; year: number };
};

/** Bars in the chart across peers: a larger group shows the chosen area's nearest neighbours. */
const MAX_BARS = 30;

export function CompareView({ initialArea, years, indicators, savedGroups, canSaveGroups, defaults }: CompareViewProps) {
  const t = useTranslations("compare");
  const tg = useTranslations("peerGroups");
  const locale = useLocale();
  const url = useUrlState();
  const area = url.get("area") ?? defaults.area;
  const year = Number(url.get("year")) || defaults.year;
  const groupParam = url.get("group");
  const indicatorKey = url.get("indicator") ?? indicators[0]?.key ?? "";
  const indicator = indicators.find((i) => i.key === indicatorKey) ?? indicators[0];
  const { data, error, isFetching } = useCompare(area, year, groupParam, indicator?.key ?? "");
  // Names come with the answer (every member of the group, the area among them); the area just
  // picked, or the one the page opened on, until the answer arrives.
  const [picked, setPicked] = useState<AreaOption>(initialArea);
  const memberName = useMemo(
    () => new Map((data?.group.members ?? []).map((m) => [m.code, shortAreaName({ nameZh: m.names.zh, nameEn: m.names.en }, locale)])),
    [data, locale],
  );
  const nameOf = (code: string) => memberName.get(code) ?? (code === picked.code ? picked.label : code);
  const indicatorName = (key: string) => indicators.find((i) => i.key === key)?.name ?? key;
  const bars =
    data && indicator
      ? nearestPeers(
          data.group.members.map((m) => ({
            code: m.code,
            label: nameOf(m.code),
            value: data.values[indicator.key]?.[m.code] ?? null,
            highlight: m.code === data.area.code,
          })),
          MAX_BARS,
        )
      : [];

  return (
    <div className="space-y-5">
      <Card padding="sm" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-no-print>
        <div className="text-sm">
          {/* Changing the area falls back to its own default peers (same level). */}
          <AreaCombobox
            key={area}
            label={t("area")}
            value={{ code: area, label: nameOf(area) }}
            onChange={(next) => {
              setPicked(next);
              url.set({ area: next.code, group: null });
            }}
            testId="area-select"
          />
        </div>
        <Field id="compare-year" label={t("year")}>
          {(control) => (
            <Select {...control} value={year} onChange={(e) => url.set({ year: e.target.value })} data-testid="year-select">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <GroupPicker
            key={data?.group.spec}
            value={data?.group.spec ?? groupParam ?? ""}
            valueName={data?.group.name ?? null}
            onChange={(spec) => url.set({ group: spec })}
            savedGroups={savedGroups}
            canSave={canSaveGroups}
          />
        </div>
      </Card>

      <p aria-live="polite" className="text-sm text-slate-600">
        {isFetching ? t("updating") : ""}
      </p>
      {error && (
        <Notice asChild className="p-3 text-base">
          <p data-testid="compare-error">{error.message}</p>
        </Notice>
      )}

      {data && (
        <>
          <h2 className="text-xl font-semibold" data-testid="compare-heading">
            {t("heading", { area: nameOf(data.area.code), year: data.year, group: groupLabel(data.group.spec, tg, data.group.name) })}
          </h2>
          <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <ScoreSummary scores={data.scores} peerMedian={data.peerMedian} peerAverage={data.peerAverage} />
            <Card padding="sm">
              <DimensionRadar
                testId="dimension-radar"
                title={t("radarTitle")}
                summary={t("radarSummary", {
                  entity: data.scores.dimensions.entity ?? "—",
                  factor: data.scores.dimensions.factor ?? "—",
                  structure: data.scores.dimensions.structure ?? "—",
                })}
                locale={locale === "en" ? "en" : "zh"}
                axes={(["entity", "factor", "structure"] as const).map((key) => ({ key, label: t(`dimensionsShort.${key}`) }))}
                series={[
                  { name: nameOf(data.area.code), values: data.scores.dimensions, emphasis: true },
                  { name: t("peerMedian"), values: data.peerMedian.dimensions, emphasis: false },
                ]}
                noDataLabel={t("noData")}
              />
            </Card>
          </div>

          <IndicatorTable rows={data.indicators} indicators={indicators} nameOf={nameOf} />

          <Card asChild padding="sm">
            <section className="space-y-3" aria-labelledby="indicator-charts">
              <div className="flex flex-wrap items-end justify-between gap-3">
                <h3 id="indicator-charts" className="text-lg font-semibold">
                  {t("indicatorCharts")}
                </h3>
                <Field id="compare-indicator" label={t("indicator")}>
                  {(control) => (
                    <Select {...control} value={indicator?.key} onChange={(e) => url.set({ indicator: e.target.value })} data-testid="indicator-select">
                      {indicators.map((i) => (
                        <option key={i.key} value={i.key}>
                          {i.name}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              </div>
              {indicator && (
                <div className="grid gap-4 lg:grid-cols-2">
                  {/* The last answer is shown while the next loads; it has no values for a newly chosen indicator. */}
                  {!data.values[indicator.key] && isFetching ? (
                    <p className="text-sm text-slate-600">{t("updating")}</p>
                  ) : (
                    <div>
                      <PeerBarChart
                        testId="peer-bar-chart"
                        title={t("barTitle", { indicator: indicator.name, year: data.year })}
                        summary={t("barSummary", { indicator: indicator.name, count: bars.length })}
                        locale={locale === "en" ? "en" : "zh"}
                        unit={indicator.unit}
                        decimals={indicator.decimals}
                        rows={bars}
                        median={data.indicators.find((r) => r.indicatorKey === indicator.key)?.peerMedian ?? null}
                        medianLabel={t("peerMedian")}
                        noDataLabel={t("noData")}
                      />
                      {bars.length < data.group.members.length && (
                        <p className="mt-1 text-xs text-slate-600" data-testid="bar-window">
                          {t("barWindow", { shown: bars.length, count: data.group.members.length, area: nameOf(data.area.code) })}
                        </p>
                      )}
                    </div>
                  )}
                  <PeerBandChart
                    testId="peer-band-chart"
                    title={t("bandTitle", { indicator: indicator.name })}
                    summary={t("bandSummary", { indicator: indicator.name, area: nameOf(data.area.code) })}
                    locale={locale === "en" ? "en" : "zh"}
                    unit={indicator.unit}
                    decimals={indicator.decimals}
                    rows={data.bands[indicator.key] ?? []}
                    labels={{ value: nameOf(data.area.code), median: t("peerMedian"), band: t("iqr") }}
                  />
                </div>
              )}
            </section>
          </Card>

          <MethodologyPanel
            methodology={data.methodology}
            memberNames={nameOf}
            indicatorName={indicatorName}
            groupName={groupLabel(data.group.spec, tg, data.group.name)}
          />
        </>
      )}
    </div>
  );
}
