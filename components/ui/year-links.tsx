import Link from "next/link";

/** "Years: 2022 2023 [2024]" — a link per year, the one shown marked as the current page (overview, summary). */
export function YearLinks({ label, years, current, href, text }: { label: string; years: number[]; current: number; href: (year: number) => string; text: (year: number) => string }) {
  return (
    <>
      <span className="text-sm text-slate-600">{label}:</span>
      {years.map((y) =>
        y === current ? (
          <span key={y} aria-current="page" className="rounded-md bg-brand-700 px-2 py-1 text-sm text-white">
            {text(y)}
          </span>
        ) : (
          <Link key={y} href={href(y)} className="rounded-md px-2 py-1 text-sm text-brand-700 underline-offset-2 hover:underline">
            {text(y)}
          </Link>
        ),
      )}
    </>
  );
}
