"use client";

import { ChartSvg, ChartFrame, ChartTooltip, chartColors, FONT_SIZE, Legend, numberFormat, usePointAt, type Tip } from "./chart-frame";
import { nearestIndex } from "@/lib/charts/layout";
import { spoke } from "@/lib/charts/scales";
import type { DimensionRadarProps } from "./types";

// brand-600 in app/globals.css: the chosen area is drawn in the brand colour in every peer comparison.
const brand = "#1c6a9a";
const HEIGHT = 300;
const RINGS = [25, 50, 75, 100];

/** Dimension scores (0–100) on spokes, the chosen area filled, the others dashed. */
export function DimensionRadar({ title, summary, locale, axes, series, noDataLabel = "—", testId, hideCaption }: DimensionRadarProps) {
  const score = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const legend = series.map((s) => (s.emphasis ? { label: s.name, color: brand, mark: "square" as const } : { label: s.name, color: chartColors.series, mark: "dash" as const }));
  return (
    <ChartFrame title={title} locale={locale} testId={testId} hideCaption={hideCaption} height={HEIGHT} footer={<Legend items={legend} />}>
      {(width) => <Plot width={width} axes={axes} series={series} summary={summary} format={(v) => (v === null ? noDataLabel : score.format(v))} />}
    </ChartFrame>
  );
}

function Plot({ width, axes, series, summary, format }: Pick<DimensionRadarProps, "axes" | "series" | "summary"> & { width: number; format: (v: number | null) => string }) {
  // Three spokes make a top-heavy triangle: lower the centre to balance it in the box.
  const cx = width / 2;
  const cy = HEIGHT * 0.57;
  const radius = Math.min(width / 2 - 60, HEIGHT * 0.8 * 0.5);
  const at = (i: number, value: number) => spoke(i, axes.length, (Math.max(0, Math.min(100, value)) / 100) * radius, cx, cy);
  const ends = axes.map((_, i) => at(i, 100));
  const { active, svgProps } = usePointAt(axes.length, (px, py) => {
    // The spoke nearest the pointer's direction from the centre.
    const angles = axes.map((_, i) => Math.atan2(ends[i]!.y - cy, ends[i]!.x - cx));
    const pointer = Math.atan2(py - cy, px - cx);
    const distance = angles.map((a) => Math.abs(Math.atan2(Math.sin(pointer - a), Math.cos(pointer - a))));
    return nearestIndex(distance, 0);
  });
  const polygon = (values: Record<string, number | null>) =>
    axes.map(({ key }, i) => at(i, values[key] ?? 0)).map((p) => `${p.x},${p.y}`).join(" ");
  const axis = active === null ? null : axes[active]!;
  const tip: Tip | null = axis && {
    title: axis.label,
    items: series.map((s) => ({ label: s.name, value: format(s.values[axis.key] ?? null), color: s.emphasis ? brand : chartColors.series })),
  };
  const tipAt = active === null ? { x: 0, y: 0 } : ends[active]!;

  return (
    <>
      <ChartSvg width={width} height={HEIGHT} summary={summary} svgProps={svgProps}>
        {RINGS.map((r) => (
          <polygon key={r} points={axes.map((_, i) => at(i, r)).map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke={chartColors.grid} />
        ))}
        {ends.map((p, i) => (
          <line key={axes[i]!.key} x1={cx} y1={cy} x2={p.x} y2={p.y} stroke={active === i ? chartColors.axis : chartColors.grid} />
        ))}
        {/* The scale between the first two spokes, so it does not sit on an axis; 11 px, the smallest text of any chart. */}
        {RINGS.map((r) => {
          const p = spoke(0.5, axes.length, (r / 100) * radius, cx, cy);
          return (
            <text key={r} x={p.x} y={p.y} dy="0.35em" textAnchor="middle" fontSize={11} fill={chartColors.axis}>
              {r}
            </text>
          );
        })}
        {axes.map(({ key, label }, i) => {
          const p = spoke(i, axes.length, radius + 14, cx, cy);
          const anchor = Math.abs(p.x - cx) < 1 ? "middle" : p.x > cx ? "start" : "end";
          return (
            <text key={key} x={p.x} y={p.y} dy={p.y < cy ? "-0.2em" : "0.8em"} textAnchor={anchor} fontSize={FONT_SIZE} fill="#0f172a">
              {label}
            </text>
          );
        })}
        {series.map((s) =>
          s.emphasis ? (
            <g key={s.name}>
              <polygon points={polygon(s.values)} fill={brand} fillOpacity={0.35} stroke={brand} strokeWidth={2} />
              {axes.map(({ key }, i) => {
                const p = at(i, s.values[key] ?? 0);
                return <circle key={key} cx={p.x} cy={p.y} r={3} fill={brand} />;
              })}
            </g>
          ) : (
            <polygon key={s.name} points={polygon(s.values)} fill="none" stroke={chartColors.series} strokeWidth={2} strokeDasharray="6 4" />
          ),
        )}
      </ChartSvg>
      <ChartTooltip tip={tip} x={tipAt.x} y={tipAt.y} width={width} />
    </>
  );
}
