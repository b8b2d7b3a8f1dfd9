"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import { ChartTip } from "../chart-box";
import { peerBarRows, peerBarTip } from "../chart-data";
import { chartColors, FONT_SIZE, numberFormat, textWidth, tickStyle, withUnit } from "../format";
import type { PeerBarChartProps, PlotSize } from "../types";
import { still, surfaceProps } from "./surface";

// slate-400 for the peers, outlined in slate-500 so every bar keeps a 3:1 edge against white. The chosen
// area's label is also bold: colour is not the only cue.
const peerFill = "#94a3b8";
const peerStroke = "#64748b";

/** One bar per peer for one indicator, the chosen area highlighted, with the peers' median. */
export function PeerBarPlot(props: PeerBarChartProps & PlotSize) {
  const { locale, decimals, unit, median, medianLabel, noDataLabel } = props;
  const rows = peerBarRows(props.rows);
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, 2) });
  const labelWidth = Math.max(0, ...rows.map((r) => textWidth(r.short, FONT_SIZE))) + 10;
  const medianText = median === null ? "" : `${medianLabel} ${valueFormat.format(median)}`;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return (
    <BarChart {...surfaceProps(props)} data={rows} layout="vertical" margin={{ top: 24, right: 16, bottom: 0, left: 0 }} barCategoryGap={1.5}>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis type="number" niceTicks="snap125" tick={tickStyle} tickFormatter={(v: number) => tickFormat.format(v)} tickLine={false} axisLine={false} minTickGap={6} />
      <YAxis
        type="category"
        dataKey="code"
        width={labelWidth}
        interval={0}
        tickLine={false}
        axisLine={false}
        tick={({ x: xAt, y: yAt, payload }: YAxisTickContentProps) => {
          const [x, y] = [Number(xAt), Number(yAt)];
          const row = byCode.get(String(payload.value));
          return (
            <g>
              <text x={x - 4} y={y} dy="0.35em" textAnchor="end" fontSize={FONT_SIZE} fill={row?.highlight ? chartColors.text : chartColors.axis} fontWeight={row?.highlight ? 600 : 400}>
                {row?.short ?? payload.value}
              </text>
              {row?.value === null && (
                <text x={x + 6} y={y} dy="0.35em" fontSize={FONT_SIZE} fill={chartColors.axis} fontStyle="italic">
                  {noDataLabel}
                </text>
              )}
            </g>
          );
        }}
      />
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => peerBarTip(props, i)} />} cursor={{ fill: chartColors.highlight }} {...still} />
      <Bar dataKey="value" name={withUnit(props.title, unit)} minPointSize={1} {...still}>
        {rows.map((r) => (
          <Cell key={r.code} fill={r.highlight ? chartColors.brand : peerFill} stroke={r.highlight ? chartColors.brand : peerStroke} strokeWidth={1} />
        ))}
      </Bar>
      {median !== null && (
        <ReferenceLine x={median} stroke={chartColors.series} strokeDasharray="6 4" label={{ value: medianText, position: "top", fill: chartColors.series, fontSize: FONT_SIZE }} />
      )}
    </BarChart>
  );
}
