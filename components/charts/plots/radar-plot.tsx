"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { ChartTip } from "../chart-box";
import { radarRows, radarTip } from "../chart-data";
import { chartColors, FONT_SIZE, MIN_FONT_SIZE } from "../format";
import type { DimensionRadarProps, PlotSize } from "../types";
import { still, surfaceProps } from "./surface";

const RINGS = [25, 50, 75, 100];

/** Dimension scores (0–100) on spokes, the chosen area filled, the others dashed. */
export function RadarPlot(props: DimensionRadarProps & PlotSize) {
  const { axes, series, locale } = props;
  const data = radarRows(props);
  // Three spokes make a top-heavy triangle: lower the centre to balance it in the box.
  const outerRadius = Math.max(40, Math.min(props.width / 2 - 60, props.height * 0.4));
  return (
    <RadarChart {...surfaceProps(props)} data={data} cy="57%" outerRadius={outerRadius} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      <PolarGrid stroke={chartColors.grid} gridType="polygon" />
      <PolarAngleAxis dataKey="label" tick={{ fontSize: FONT_SIZE, fill: chartColors.text }} />
      {/* The scale between the first two spokes, so it does not sit on an axis; 11 px, the smallest text of any chart. */}
      <PolarRadiusAxis angle={90 - 180 / Math.max(axes.length, 1)} domain={[0, 100]} ticks={RINGS} tick={{ fontSize: MIN_FONT_SIZE, fill: chartColors.axis }} axisLine={false} />
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => radarTip(props, i)} />} {...still} />
      {series.map((s, i) =>
        s.emphasis ? (
          <Radar key={s.name} name={s.name} dataKey={`s${i}`} stroke={chartColors.brand} strokeWidth={2} fill={chartColors.brand} fillOpacity={0.35} dot={{ r: 3, fill: chartColors.brand }} {...still} />
        ) : (
          <Radar key={s.name} name={s.name} dataKey={`s${i}`} stroke={chartColors.series} strokeWidth={2} strokeDasharray="6 4" fill="none" {...still} />
        ),
      )}
    </RadarChart>
  );
}
