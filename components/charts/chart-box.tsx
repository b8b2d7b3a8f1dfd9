"use client";

import { createContext, useContext, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type { TooltipContentProps } from "recharts";
import { popoverSurfaceClass } from "@/components/ui/popover-surface";
import { cn } from "@/lib/utils";
import { readoutText, type Tip } from "./format";
import type { ChartLocale } from "./types";

const ReadoutContext = createContext<(text: string) => void>(() => {});

/**
 * The keys recharts' accessibility layer should see for the keys pressed. It moves the tooltip with
 * ArrowRight and ArrowLeft in the direction of its category axis, which in a chart of horizontal bars
 * runs top to bottom, where ArrowRight moves up. Here every chart steps to its next point with
 * ArrowRight or ArrowDown and back with ArrowLeft or ArrowUp.
 */
const keyMaps = {
  horizontal: { ArrowDown: "ArrowRight", ArrowUp: "ArrowLeft" },
  vertical: { ArrowRight: "ArrowLeft", ArrowDown: "ArrowLeft", ArrowLeft: "ArrowRight", ArrowUp: "ArrowRight" },
} as const satisfies Record<string, Partial<Record<string, string>>>;
const translated = new WeakSet<Event>();

/** Passes a key on to the chart as the key recharts reads for that step (see keyMaps). */
function translateKey(layout: keyof typeof keyMaps) {
  return (e: KeyboardEvent<HTMLDivElement>) => {
    const to: string | undefined = (keyMaps[layout] as Partial<Record<string, string>>)[e.key];
    if (!to || translated.has(e.nativeEvent) || !(e.target instanceof SVGSVGElement) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    const event = new globalThis.KeyboardEvent("keydown", { key: to, bubbles: true });
    translated.add(event);
    e.target.dispatchEvent(event);
  };
}

/**
 * The browser's side of a chart: measures the width the page gives it and draws the chart at that
 * width (again when it changes, and at `printWidth` while the page prints), and speaks the point in
 * focus through a live region. The charts themselves take a fixed width and height, so that they
 * can also be drawn where nothing is measured.
 */
export function ChartBox({ height, printWidth, layout = "horizontal", children }: {
  height: number;
  printWidth?: number;
  /** "vertical" for charts of horizontal bars, whose categories run down the page. */
  layout?: keyof typeof keyMaps;
  children: (width: number) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [printing, setPrinting] = useState(false);
  const [readout, setReadout] = useState("");
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!printWidth) return;
    // The browser lays the printed page out right after `beforeprint` and observes no resize while
    // it does: the chart has to be drawn at the print width synchronously, in the event itself.
    const print = matchMedia("print");
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const change = () => (print.matches ? before() : after());
    addEventListener("beforeprint", before);
    addEventListener("afterprint", after);
    print.addEventListener("change", change);
    return () => {
      removeEventListener("beforeprint", before);
      removeEventListener("afterprint", after);
      print.removeEventListener("change", change);
    };
  }, [printWidth]);
  const drawn = printing && printWidth ? printWidth : width;
  return (
    <ReadoutContext.Provider value={setReadout}>
      <div ref={box} className="relative w-full" style={{ minHeight: height }} onKeyDownCapture={translateKey(layout)}>
        {drawn > 0 ? children(drawn) : <ChartSkeleton height={height} />}
      </div>
      <p className="sr-only" aria-live="polite" data-testid="chart-readout">
        {readout}
      </p>
    </ReadoutContext.Provider>
  );
}

/** The space a chart takes while its code loads: the page does not move when it arrives. */
export function ChartSkeleton({ height }: { height: number }) {
  return <div aria-hidden="true" className="w-full rounded bg-slate-50" style={{ height }} />;
}

/**
 * Tooltip content of every chart: the point's figures beside it, and the same figures for the live
 * region. Recharts renders it with `active` and the index of the point in focus (by pointer, tap, or
 * the arrow keys once the chart has focus).
 */
export function ChartTip({ active, activeIndex, tipAt, locale }: Partial<Pick<TooltipContentProps, "active" | "activeIndex">> & { tipAt: (index: number) => Tip | null; locale: ChartLocale }) {
  const index = active && activeIndex !== undefined && activeIndex !== null ? Number(activeIndex) : NaN;
  const tip = Number.isInteger(index) ? tipAt(index) : null;
  const speak = useContext(ReadoutContext);
  const text = tip ? readoutText(tip, locale) : "";
  useEffect(() => speak(text), [speak, text]);
  if (!tip) return null;
  return (
    <div data-testid="chart-tooltip" className={cn(popoverSurfaceClass, "pointer-events-none w-max max-w-[220px] px-2 py-1 text-xs shadow-sm")}>
      <p className="font-medium">{tip.title}</p>
      <ul>
        {tip.items.map((item) => (
          <li key={item.label} className="flex items-baseline gap-1.5">
            <span aria-hidden="true" className="inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: item.color }} />
            <span>
              {item.label}: <span className="tabular-nums">{item.value}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
