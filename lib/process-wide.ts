/**
 * One value per server process, made on first use. `next build` bundles the pages and the route
 * handlers apart, and each bundle runs its own copy of a module: state kept at a module's top level
 * exists once per bundle. The kept results were held, and computed, twice at national scale: the
 * API's copy of the memo held 11.9 MiB (9.1 of them composites) beside 34 MiB in the pages' copy.
 * Anything kept for the whole process (the database connection, kept results, jobs) lives here
 * instead, under its own name.
 */
export function processWide<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for(`transformation-monitor:${name}`);
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
