// Indicators computed from others. They are never typed: the entry form shows them read-only
// and the server recomputes them whenever one of their inputs changes.

export const NET_MIGRATION_KEY = "net_migration_rate";
export const NET_MIGRATION_INPUTS = ["pop_resident", "natural_increase_rate"] as const;

/**
 * Net migration rate in percent of last year's population:
 * (population change − natural increase) ÷ last year's population × 100,
 * where natural increase = last year's population × natural increase rate (‰) ÷ 1000.
 */
export function netMigrationRate(popPrev: number, popCurr: number, naturalIncreasePermille: number): number | null {
  if (!(popPrev > 0) || !Number.isFinite(popCurr) || !Number.isFinite(naturalIncreasePermille)) return null;
  const naturalIncrease = (popPrev * naturalIncreasePermille) / 1000;
  return ((popCurr - popPrev - naturalIncrease) / popPrev) * 100;
}

/**
 * Every derived indicator for one year, from a lookup of stored values. Null means an input is
 * missing, so the caller can clear a stale derived value instead of keeping it.
 */
export function computeDerivedForYear(
  year: number,
  values: (key: string, year: number) => number | undefined,
): Record<string, number | null> {
  const popPrev = values("pop_resident", year - 1);
  const popCurr = values("pop_resident", year);
  const rate = values("natural_increase_rate", year);
  const netMigration =
    popPrev === undefined || popCurr === undefined || rate === undefined ? null : netMigrationRate(popPrev, popCurr, rate);
  return { [NET_MIGRATION_KEY]: netMigration };
}
