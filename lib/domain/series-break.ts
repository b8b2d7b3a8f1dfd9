// Breaks in an indicator's series (a changed statistical definition from a year on). A break from
// year b separates the values up to b − 1 from those from b on: it lies within a span of years when
// the span holds values on both sides of it, that is from < b ≤ to. See docs/methodology.md §8.6.

export type SeriesBreak = {
  indicatorKey: string;
  fromYear: number;
  reasonZh: string;
  reasonEn: string;
  source: string;
  sourceUrl: string;
};

/** The breaks of one indicator that fall within the years from `from` to `to`, earliest first. */
export function breaksWithin(breaks: readonly SeriesBreak[], indicatorKey: string, from: number, to: number): SeriesBreak[] {
  return breaks.filter((b) => b.indicatorKey === indicatorKey && b.fromYear > from && b.fromYear <= to).sort((a, b) => a.fromYear - b.fromYear);
}
