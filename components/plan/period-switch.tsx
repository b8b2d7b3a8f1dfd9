import Link from "next/link";
import type { PlanPeriod } from "@/lib/domain/plan";

/**
 * "Plan period: [14th (2021–2025)] 15th (2026–2030)" — a link per period, the one shown marked as
 * current; the link keeps the chosen period in the URL (`?period=fyp14`) so that it reproduces the view.
 */
export function PeriodSwitch({
  label,
  periods,
  current,
  href,
  locale,
}: {
  label: string;
  periods: readonly PlanPeriod[];
  current: PlanPeriod;
  href: (code: string) => string;
  locale: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1" data-testid="period-switch">
      <span className="text-sm text-slate-600">{label}:</span>
      {periods.map((p) => {
        const name = locale === "zh" ? p.nameZh : p.nameEn;
        return p.code === current.code ? (
          <span key={p.code} aria-current="page" className="rounded-md bg-brand-700 px-2 py-1 text-sm text-white">
            {name}
          </span>
        ) : (
          <Link key={p.code} href={href(p.code)} className="rounded-md px-2 py-1 text-sm text-brand-700 underline-offset-2 hover:underline">
            {name}
          </Link>
        );
      })}
    </nav>
  );
}
