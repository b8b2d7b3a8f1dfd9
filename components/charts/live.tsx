"use client";

// The charts as the browser draws them. Recharts and the drawings load as chunks of their own, after
// the page's text and tables (next/dynamic): each chart keeps its height free meanwhile, so nothing
// moves when it arrives. The drawings take a fixed width and height; here they get the width the
// page gives them.
import dynamic from "next/dynamic";
import { ChartBox, ChartSkeleton } from "./chart-box";
import { peerBarHeight, progressOverviewHeight, RADAR_HEIGHT, SMALL_MULTIPLE_HEIGHT, SUMMARY_PRINT_WIDTH } from "./chart-data";
import { CHART_HEIGHT } from "./format";
import type {
  DimensionRadarProps,
  IndicatorChartProps,
  IndustryMixChartProps,
  PeerBandChartProps,
  PeerBarChartProps,
  PopulationChartProps,
  ProgressOverviewChartProps,
  SmallMultiplesChart,
  SmallMultiplesProps,
} from "./types";

type Live<P> = P & { descriptionId: string };

const skeleton = (height: number) =>
  function Loading() {
    return <ChartSkeleton height={height} />;
  };

const IndicatorPlot = dynamic(() => import("./plots/indicator-plot").then((m) => m.IndicatorPlot), { ssr: false, loading: skeleton(CHART_HEIGHT) });
const PopulationPlot = dynamic(() => import("./plots/population-plot").then((m) => m.PopulationPlot), { ssr: false, loading: skeleton(CHART_HEIGHT) });
const IndustryMixPlot = dynamic(() => import("./plots/industry-mix-plot").then((m) => m.IndustryMixPlot), { ssr: false, loading: skeleton(CHART_HEIGHT) });
const RadarPlot = dynamic(() => import("./plots/radar-plot").then((m) => m.RadarPlot), { ssr: false, loading: skeleton(RADAR_HEIGHT) });
const PeerBarPlot = dynamic(() => import("./plots/peer-bar-plot").then((m) => m.PeerBarPlot), { ssr: false });
const PeerBandPlot = dynamic(() => import("./plots/peer-band-plot").then((m) => m.PeerBandPlot), { ssr: false, loading: skeleton(CHART_HEIGHT) });
const SmallMultiplePlot = dynamic(() => import("./plots/small-multiple-plot").then((m) => m.SmallMultiplePlot), { ssr: false, loading: skeleton(SMALL_MULTIPLE_HEIGHT) });
const ProgressOverviewPlot = dynamic(() => import("./plots/progress-overview-plot").then((m) => m.ProgressOverviewPlot), { ssr: false });

export function IndicatorChartLive(props: Live<IndicatorChartProps>) {
  return <ChartBox height={CHART_HEIGHT} printWidth={props.printWidth}>{(width) => <IndicatorPlot {...props} width={width} height={CHART_HEIGHT} />}</ChartBox>;
}

export function PopulationChartLive(props: Live<PopulationChartProps>) {
  return <ChartBox height={CHART_HEIGHT} printWidth={props.printWidth}>{(width) => <PopulationPlot {...props} width={width} height={CHART_HEIGHT} />}</ChartBox>;
}

export function IndustryMixChartLive(props: Live<IndustryMixChartProps>) {
  return <ChartBox height={CHART_HEIGHT} printWidth={props.printWidth}>{(width) => <IndustryMixPlot {...props} width={width} height={CHART_HEIGHT} />}</ChartBox>;
}

export function RadarChartLive(props: Live<DimensionRadarProps>) {
  return <ChartBox height={RADAR_HEIGHT} printWidth={props.printWidth}>{(width) => <RadarPlot {...props} width={width} height={RADAR_HEIGHT} />}</ChartBox>;
}

export function PeerBarChartLive(props: Live<PeerBarChartProps>) {
  const height = peerBarHeight(props.rows.length);
  return <ChartBox height={height} printWidth={props.printWidth} layout="vertical">{(width) => <PeerBarPlot {...props} width={width} height={height} />}</ChartBox>;
}

export function PeerBandChartLive(props: Live<PeerBandChartProps>) {
  return <ChartBox height={CHART_HEIGHT} printWidth={props.printWidth}>{(width) => <PeerBandPlot {...props} width={width} height={CHART_HEIGHT} />}</ChartBox>;
}

export function SmallMultipleChartLive(props: Live<{ chart: SmallMultiplesChart } & Pick<SmallMultiplesProps, "series" | "locale">>) {
  return <ChartBox height={SMALL_MULTIPLE_HEIGHT}>{(width) => <SmallMultiplePlot {...props} width={width} height={SMALL_MULTIPLE_HEIGHT} />}</ChartBox>;
}

export function ProgressOverviewChartLive(props: Live<ProgressOverviewChartProps>) {
  const height = progressOverviewHeight(props.rows.length);
  return (
    <ChartBox height={height} printWidth={props.printWidth ?? SUMMARY_PRINT_WIDTH} layout="vertical">
      {(width) => <ProgressOverviewPlot {...props} width={width} height={height} />}
    </ChartBox>
  );
}
