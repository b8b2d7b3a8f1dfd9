"use client";

import { BottomValueAxis, ChartFrame, ChartSvg, ChartTooltip, chartColors, FONT_SIZE, numberFormat, usePointAt, withUnit, type Tip } from "./chart-frame";
import { anchorWithin, byValue } from "@/lib/charts/layout";
import { linear, textWidth, truncate, zeroBasedScale } from "@/lib/charts/scales";
import type { PeerBarChartProps, PeerBarRow } from "./types";

// brand-600 in app/globals.css for the chosen area; slate-400 for the peers, outlined in slate-500 so every bar
// keeps a 3:1 edge against white. The chosen area's label is also bold: colour is not the only cue.
const brand = "#1c6a9a";
const peerFill = "#94a3b8";
const peerStroke = "#64748b";
const ROW_HEIGHT = 22;
// Room for the median label above the plot and the value axis below it.
const TOP = 24;
const BOTTOM = 30;
const RIGHT = 16;
const MAX_LABEL_CHARS = 14;

/** One bar per peer for one indicator, the chosen area highlighted, with the peers' median. */
export function PeerBarChart(props: PeerBarChartProps) {
  const { title, locale, unit, decimals, rows, median, testId, hideCaption } = props;
  const data = byValue(rows);
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const scale = zeroBasedScale(data.flatMap((r) => (r.value === null ? [] : [r.value])).concat(median ?? []));
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, scale.digits) });
  const height = Math.max(data.length, 1) * ROW_HEIGHT + TOP + BOTTOM;
  const left = Math.max(0, ...data.map((r) => textWidth(truncate(r.label, MAX_LABEL_CHARS), FONT_SIZE))) + 10;

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} hideCaption={hideCaption} height={height}>
      {(width) => (
        <Plot
          {...props}
          width={width}
          height={height}
          data={data}
          left={left}
          x={linear(scale.domain, [left, width - RIGHT])}
          ticks={scale.ticks}
          tickFormat={(v) => tickFormat.format(v)}
          format={(v) => withUnit(valueFormat.format(v), unit)}
          medianText={median === null ? "" : `${props.medianLabel} ${valueFormat.format(median)}`}
        />
      )}
    </ChartFrame>
  );
}

function Plot({ width, height, data, left, x, ticks, tickFormat, format, medianText, summary, median, noDataLabel, title }: PeerBarChartProps & {
  width: number;
  height: number;
  data: PeerBarRow[];
  left: number;
  x: (v: number) => number;
  ticks: number[];
  tickFormat: (v: number) => string;
  format: (v: number) => string;
  medianText: string;
}) {
  const rowY = (i: number) => TOP + i * ROW_HEIGHT;
  const { active, svgProps } = usePointAt(data.length, (_, py) => {
    const i = Math.floor((py - TOP) / ROW_HEIGHT);
    return i >= 0 && i < data.length ? i : null;
  });
  const plotBottom = TOP + data.length * ROW_HEIGHT;
  const row = active === null ? null : data[active]!;
  // A peer without data still gets a tooltip, saying so.
  const tip: Tip | null = row && { title: row.label, items: [{ label: title, value: row.value === null ? noDataLabel : format(row.value), color: row.highlight ? brand : peerFill }] };

  return (
    <>
      <ChartSvg width={width} height={height} summary={summary} svgProps={svgProps}>
        <BottomValueAxis ticks={ticks} x={x} top={TOP} bottom={plotBottom} format={tickFormat} />
        {active !== null && <rect x={0} y={rowY(active)} width={width} height={ROW_HEIGHT} fill="#f1f5f9" />}
        {data.map((r, i) => {
          const mid = rowY(i) + ROW_HEIGHT / 2;
          return (
            <g key={r.code}>
              <text x={left - 6} y={mid} dy="0.35em" textAnchor="end" fontSize={FONT_SIZE} fill={r.highlight ? "#0f172a" : chartColors.axis} fontWeight={r.highlight ? 600 : 400}>
                {truncate(r.label, MAX_LABEL_CHARS)}
              </text>
              {r.value === null ? (
                <text x={left + 6} y={mid} dy="0.35em" fontSize={FONT_SIZE} fill={chartColors.axis} fontStyle="italic">
                  {noDataLabel}
                </text>
              ) : (
                <rect
                  x={Math.min(x(0), x(r.value))}
                  y={rowY(i) + 1.5}
                  width={Math.max(1, Math.abs(x(r.value) - x(0)))}
                  height={ROW_HEIGHT - 3}
                  fill={r.highlight ? brand : peerFill}
                  stroke={r.highlight ? brand : peerStroke}
                  strokeWidth={1}
                />
              )}
            </g>
          );
        })}
        {median !== null && (
          <g>
            <line x1={x(median)} x2={x(median)} y1={TOP - 4} y2={plotBottom} stroke={chartColors.series} strokeDasharray="6 4" />
            <text x={x(median)} y={TOP - 8} textAnchor={anchorWithin(x(median), textWidth(medianText, FONT_SIZE), width)} fontSize={FONT_SIZE} fill={chartColors.series}>
              {medianText}
            </text>
          </g>
        )}
      </ChartSvg>
      <ChartTooltip tip={tip} x={row && row.value !== null ? x(row.value) : left} y={active === null ? 0 : rowY(active)} width={width} />
    </>
  );
}
