import { computeComposite, DEFAULT_WINDOW_START, feedOf, type CompositeInput, type IndicatorScore, type ObservationFeed } from "../composite";

/**
 * Each member's indicator scores for year Y−1 on the scoring window windowStart…Y: the same outlier
 * bounds, transforms, minimum and maximum as the year-Y scores, so a change of score between the two
 * years comes from a change of value and nothing else (the movers rule of the evaluation summary).
 *
 * computeComposite scores the last year of its window. Every per-indicator step before that
 * (outliers, skewness, min–max) pools all the group's values in the window regardless of their year,
 * so exchanging the labels of years Y and Y−1 leaves every bound unchanged and makes Y−1 the year
 * read out. previous-scores.test.ts checks this against a hand computation; null when Y−1 lies
 * before the window.
 */
export function previousYearScoresOnWindow(input: CompositeInput): IndicatorScore[] | null {
  const start = input.windowStart ?? DEFAULT_WINDOW_START;
  const y = input.year;
  if (y - 1 < start) return null;
  const source = feedOf(input.observations);
  const swap = (year: number) => (year === y ? y - 1 : year === y - 1 ? y : year);
  const observations: ObservationFeed = (add) => source((areaCode, indicatorKey, year, value) => add(areaCode, indicatorKey, swap(year), value));
  return computeComposite({ ...input, observations }).indicatorScores;
}
