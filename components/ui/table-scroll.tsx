"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/lib/utils";

/**
 * The box around a table wider than a phone: it scrolls sideways and shows that it does. A shade on
 * the right edge while columns remain hidden there, a shadow beside the sticky first column once
 * scrolled, and a hint read by screen readers. It is a named, focusable region so that keyboard
 * users can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  const t = useTranslations("table");
  const hintId = useId();
  const box = useRef<HTMLDivElement>(null);
  // Before the first measure (and without script) the box is taken to scroll: focusable, no shades.
  const [edges, setEdges] = useState({ measured: false, overflows: true, atStart: true, atEnd: true });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const overflows = el.scrollWidth > el.clientWidth + 1;
      setEdges({ measured: true, overflows, atStart: el.scrollLeft <= 1, atEnd: el.scrollLeft + el.clientWidth >= el.scrollWidth - 1 });
    };
    measure();
    el.addEventListener("scroll", measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    if (el.firstElementChild) resize.observe(el.firstElementChild);
    return () => {
      el.removeEventListener("scroll", measure);
      resize.disconnect();
    };
  }, []);

  return (
    <div
      className={cn("group/scroll relative rounded-lg border border-slate-200 bg-white", className)}
      data-overflows={edges.overflows}
      data-scrolled={!edges.atStart}
      data-testid="table-scroll"
    >
      <div
        ref={box}
        role="region"
        aria-label={label}
        aria-describedby={edges.overflows ? hintId : undefined}
        tabIndex={edges.overflows ? 0 : undefined}
        // Relative, so that a visually hidden cell text (absolutely placed) is clipped by this box
        // rather than placed against the page, where it would widen the page on a phone.
        className="relative overflow-x-auto rounded-lg"
      >
        {children}
      </div>
      {edges.overflows && (
        <p id={hintId} className="sr-only">
          {t("scrollHint")}
        </p>
      )}
      <div
        aria-hidden="true"
        className={cn(
          "pointer-events-none absolute inset-y-0 right-0 w-8 rounded-r-lg bg-linear-to-l from-slate-900/15 to-transparent transition-opacity",
          edges.measured && edges.overflows && !edges.atEnd ? "opacity-100" : "opacity-0",
        )}
        data-testid="table-scroll-more"
        data-no-print
      />
    </div>
  );
}
