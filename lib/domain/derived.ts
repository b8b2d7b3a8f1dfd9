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
