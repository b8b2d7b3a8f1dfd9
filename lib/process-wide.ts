/**
 * One value per server process, made on first use. `next build` bundles the pages and the route
 * handlers apart, and each bundle runs its own copy of a module: state kept at a module's top level
 * exists once per bundle, and kept results would be held, and computed, once per bundle. What is
 * kept for the whole process (the database connection, the kept results of lib/services/cache.ts,
 * the jobs of the .zip downloads) lives here instead, under its own name.
 */
export function processWide<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for(`transformation-monitor:${name}`);
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
