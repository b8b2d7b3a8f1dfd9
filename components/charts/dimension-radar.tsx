"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { ChartFrame, chartColors, inKeyOrder, legendStyle, numberFormat, tickStyle } from "./chart-frame";
import type { DimensionRadarProps } from "./types";

// brand-600 in app/globals.css: the chosen area is drawn in the brand colour in every peer comparison.
const brand = "#1c6a9a";
const radarStyle = { width: "100%", height: 300 } as const;

type Row = { key: string; label: string } & Record<string, number | string | null>;

// One row per axis; a missing score is drawn at the centre (0) but keeps its null beside it for the tooltip.
const drawnKey = (i: number) => `s${i}`;
const rawKey = (dataKey: string) => `${dataKey}Raw`;

export function DimensionRadar({ title, summary, locale, axes, series, noDataLabel = "—", testId, hideCaption }: DimensionRadarProps) {
  const score = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const data: Row[] = axes.map(({ key, label }) => {
    const row: Row = { key, label };
    series.forEach((s, i) => {
      const value = s.values[key] ?? null;
      row[drawnKey(i)] = value ?? 0;
      row[rawKey(drawnKey(i))] = value;
    });
    return row;
  });
  const seriesOrder = inKeyOrder(series.map((_, i) => drawnKey(i)));

  return (
    <ChartFrame title={title} locale={locale} testId={testId} hideCaption={hideCaption} height={radarStyle.height}>
      <RadarChart
        data={data}
        responsive
        style={radarStyle}
        // Three spokes make a top-heavy triangle: lower the centre to balance it in the box.
        cy="57%"
        outerRadius="80%"
        margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        accessibilityLayer
        role="img"
        aria-label={summary}
      >
        <PolarGrid stroke={chartColors.grid} />
        <PolarAngleAxis dataKey="label" tick={{ ...tickStyle, fill: "#0f172a" }} />
        {/* Between the first two spokes, so the scale does not sit on an axis. */}
        <PolarRadiusAxis angle={30} domain={[0, 100]} ticks={[25, 50, 75, 100]} tick={{ ...tickStyle, fontSize: 10 }} axisLine={false} />
        <Tooltip
          formatter={(v, _name, item) => {
            const raw = (item.payload as Row | undefined)?.[rawKey(String(item.dataKey))];
            return typeof raw === "number" ? score.format(raw) : typeof v === "number" ? noDataLabel : v;
          }}
          itemSorter={seriesOrder}
        />
        <Legend wrapperStyle={legendStyle} itemSorter={seriesOrder} />
        {series.map((s, i) =>
          s.emphasis ? (
            <Radar
              isAnimationActive={false}
              key={drawnKey(i)}
              dataKey={drawnKey(i)}
              name={s.name}
              stroke={brand}
              strokeWidth={2}
              fill={brand}
              fillOpacity={0.35}
              dot={{ r: 3, fill: brand, strokeWidth: 0 }}
              legendType="square"
            />
          ) : (
            <Radar
              isAnimationActive={false}
              key={drawnKey(i)}
              dataKey={drawnKey(i)}
              name={s.name}
              stroke={chartColors.series}
              strokeWidth={2}
              strokeDasharray="6 4"
              fill="none"
              fillOpacity={0}
              legendType="plainline"
            />
          ),
        )}
      </RadarChart>
    </ChartFrame>
  );
}
