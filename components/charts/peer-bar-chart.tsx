"use client";

import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Text, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps } from "recharts";
import { ChartFrame, chartColors, numberFormat, tickStyle, withUnit } from "./chart-frame";
import type { PeerBarChartProps, PeerBarRow } from "./types";

// brand-600 in app/globals.css for the chosen area; slate-400 for the peers, outlined in slate-500 so every bar
// keeps a 3:1 edge against white. The chosen area's label is also bold: colour is not the only cue.
const brand = "#1c6a9a";
const peerFill = "#94a3b8";
const peerStroke = "#64748b";
const ROW_HEIGHT = 22;
// Room for the median label above the plot and the value axis below it.
const VERTICAL_MARGIN = 24 + 30;
const MAX_LABEL_CHARS = 14;

function truncate(label: string, max: number) {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join("")}…`;
}

// Largest first; ties keep the caller's order; peers without data go last.
function byValue(rows: PeerBarRow[]) {
  return [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || 0);
}

// Bars start at zero; the axis ends on the first tick past the data, in about four steps of 1, 2 or 5 × 10^k.
function valueScale(values: number[]) {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const base = 10 ** Math.floor(Math.log10(span / 4));
  const step = ([1, 2, 5].find((m) => m * base >= span / 4) ?? 10) * base;
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step || step;
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Number(t.toFixed(digits)));
  return { domain: [ticks[0] ?? start, ticks.at(-1) ?? end] as [number, number], ticks, digits };
}

function PeerBar(props: BarShapeProps) {
  const highlight = (props.payload as PeerBarRow | undefined)?.highlight === true;
  return <Rectangle {...props} fill={highlight ? brand : peerFill} stroke={highlight ? brand : peerStroke} strokeWidth={1} />;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

// The label on the category axis, bold for the chosen area; peers without data say so where the bar would start.
function CategoryTick({ x, y, payload, byCode, noDataLabel }: TickProps & { byCode: Map<string, PeerBarRow>; noDataLabel: string }) {
  const row = byCode.get(String(payload?.value));
  if (!row) return null;
  return (
    <g>
      {/* The class is what recharts measures for width="auto". */}
      <Text
        className="recharts-cartesian-axis-tick-value"
        x={Number(x)}
        y={Number(y)}
        textAnchor="end"
        verticalAnchor="middle"
        {...tickStyle}
        fill={row.highlight ? "#0f172a" : tickStyle.fill}
        fontWeight={row.highlight ? 600 : 400}
      >
        {truncate(row.label, MAX_LABEL_CHARS)}
      </Text>
      {row.value === null && (
        <Text x={Number(x)} y={Number(y)} dx={6} textAnchor="start" verticalAnchor="middle" {...tickStyle} fontStyle="italic">
          {noDataLabel}
        </Text>
      )}
    </g>
  );
}

export function PeerBarChart(props: PeerBarChartProps) {
  const { title, summary, locale, unit, decimals, rows, medianLabel, median, noDataLabel, testId, hideCaption } = props;
  const data = byValue(rows);
  const byCode = new Map(data.map((r) => [r.code, r]));
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const scale = valueScale(data.flatMap((r) => (r.value === null ? [] : [r.value])).concat(median ?? []));
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, scale.digits) });
  const style = { width: "100%", height: Math.max(data.length, 1) * ROW_HEIGHT + VERTICAL_MARGIN } as const;

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} hideCaption={hideCaption} height={style.height}>
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={style}
        margin={{ top: 24, right: 16, bottom: 0, left: 0 }}
        barCategoryGap={3}
        accessibilityLayer
        role="img"
        aria-label={summary}
      >
        <CartesianGrid stroke={chartColors.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={scale.domain}
          ticks={scale.ticks}
          tick={tickStyle}
          tickFormatter={(v: number) => tickFormat.format(v)}
        />
        <YAxis type="category" dataKey="code" tick={(tick: TickProps) => <CategoryTick {...tick} byCode={byCode} noDataLabel={noDataLabel} />} interval={0} width="auto" tickLine={false} />
        {/* filterNull off: a peer without data still gets a tooltip, saying so. */}
        <Tooltip
          filterNull={false}
          itemStyle={{ color: chartColors.series }}
          cursor={{ fill: "#f1f5f9" }}
          labelFormatter={(code) => byCode.get(String(code))?.label ?? String(code)}
          formatter={(v) => (typeof v === "number" ? withUnit(valueFormat.format(v), unit) : noDataLabel)}
        />
        {median !== null && (
          <ReferenceLine
            x={median}
            stroke={chartColors.series}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{ value: `${medianLabel} ${valueFormat.format(median)}`, position: "top", fill: chartColors.series, fontSize: 12 }}
          />
        )}
        <Bar isAnimationActive={false} dataKey="value" name={title} fill={peerFill} shape={PeerBar} />
      </BarChart>
    </ChartFrame>
  );
}
